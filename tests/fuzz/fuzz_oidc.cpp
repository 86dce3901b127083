// libFuzzer harness for the OIDC token checks: the JWKS document and the compact ID
// token come from outside. Input layout: token, a newline, then the JWKS document; both
// halves are also fed whole to each parser. Never a crash; a token that verifies (only a
// signed seed can) must stop verifying when a bit of it changes.
#include "auth/OidcJwt.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace regie::auth::oidc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray token = newline < 0 ? input : input.left(newline);
    const QByteArray jwksText = newline < 0 ? input : input.mid(newline + 1);

    QString error;
    const auto keys = Jwks::parse(jwksText, &error);
    const auto signedToken = splitJwt(token, &error);
    if (keys && signedToken && verifySignature(*signedToken, *keys, &error)) {
        // Only a genuinely signed seed gets here; one flipped bit must break it.
        SignedToken tampered = *signedToken;
        if (!tampered.signature.isEmpty())
            tampered.signature[0] = static_cast<char>(tampered.signature[0] ^ 1);
        tampered.signingInput.append('x');
        if (verifySignature(tampered, *keys, &error))
            std::abort();
    }

    // base64url must round-trip whatever it accepts.
    if (const auto decoded = base64UrlDecode(token)) {
        const auto again = base64UrlDecode(base64UrlEncode(*decoded));
        if (!again || *again != *decoded)
            std::abort();
    }
    (void)algorithmFromName(QString::fromUtf8(token.left(64)));
    return 0;
}
