#include "crypto/Random.h"

#include <openssl/rand.h>

namespace regie::crypto
{

QByteArray randomBytes(int n)
{
    if (n < 0 || n > kMaxRandomBytes)
        qFatal("regie::crypto::randomBytes: requested size out of range");
    QByteArray out(n, Qt::Uninitialized);
    if (n == 0)
        return out;
    // A predictable nonce or key silently breaks confidentiality; stopping is safer.
    if (RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), n) != 1)
        qFatal("regie::crypto::randomBytes: the OpenSSL random generator failed");
    return out;
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace regie::crypto
