#include "integrations/zgw/Jwt.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonDocument>
#include <QtCore/QMessageAuthenticationCode>

namespace regie::zgw {

namespace {

constexpr qsizetype kMaxTokenBytes = 8192;

bool isUrlAlphabet(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'
        || c == '_';
}

QByteArray compactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray base64UrlEncode(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(QByteArrayView text)
{
    if (text.size() % 4 == 1)
        return std::nullopt;
    for (char c : text) {
        if (!isUrlAlphabet(c))
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::Base64UrlEncoding
                                                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message)
{
    return QMessageAuthenticationCode::hash(message.toByteArray(), key.toByteArray(),
                                            QCryptographicHash::Sha256);
}

QByteArray encodeJwt(const JwtClaims &claims, QByteArrayView secret)
{
    // QJsonObject sorts keys, which gives the fixed order the known-vector test relies on.
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject payload{{QStringLiteral("iss"), claims.issuer},
                              {QStringLiteral("iat"), claims.issuedAt},
                              {QStringLiteral("client_id"), claims.clientId},
                              {QStringLiteral("user_id"), claims.userId},
                              {QStringLiteral("user_representation"), claims.userRepresentation}};
    const QByteArray signingInput =
        base64UrlEncode(compactJson(header)) + '.' + base64UrlEncode(compactJson(payload));
    return signingInput + '.' + base64UrlEncode(hmacSha256(secret, signingInput));
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff = static_cast<unsigned char>(diff | (static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(b[i])));
    return diff == 0;
}

namespace {

JwtVerification failed(JwtFailure failure, const QString &reason)
{
    JwtVerification v;
    v.failure = failure;
    v.reason = reason;
    return v;
}

std::optional<QJsonObject> decodeJsonPart(QByteArrayView part)
{
    const auto bytes = base64UrlDecode(part);
    if (!bytes)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

JwtVerification verifyJwt(QByteArrayView token, QByteArrayView secret, qint64 nowSeconds,
                          qint64 maxAgeSeconds, qint64 skewSeconds)
{
    if (token.isEmpty() || token.size() > kMaxTokenBytes)
        return failed(JwtFailure::Malformed, QStringLiteral("token empty or too long"));
    const qsizetype firstDot = token.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : token.toByteArray().indexOf('.', firstDot + 1);
    if (firstDot <= 0 || secondDot <= firstDot + 1 || token.toByteArray().indexOf('.', secondDot + 1) >= 0)
        return failed(JwtFailure::Malformed, QStringLiteral("token is not three parts"));
    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const auto header = decodeJsonPart(headerPart);
    const auto payload = decodeJsonPart(payloadPart);
    if (!header || !payload)
        return failed(JwtFailure::Malformed, QStringLiteral("header or payload is not base64url JSON"));
    if (header->value(QStringLiteral("alg")).toString() != QStringLiteral("HS256"))
        return failed(JwtFailure::WrongAlgorithm, QStringLiteral("alg must be HS256"));

    const QByteArray signingInput = token.first(secondDot).toByteArray();
    const QByteArray expected = base64UrlEncode(hmacSha256(secret, signingInput));
    if (!constantTimeEquals(expected, signaturePart))
        return failed(JwtFailure::BadSignature, QStringLiteral("signature does not match"));

    for (const char *claim : {"iss", "client_id"}) {
        const QJsonValue v = payload->value(QLatin1String(claim));
        if (!v.isString() || v.toString().isEmpty())
            return failed(JwtFailure::MissingClaim, QStringLiteral("claim %1 missing").arg(QLatin1String(claim)));
    }
    const QJsonValue iat = payload->value(QStringLiteral("iat"));
    if (!iat.isDouble())
        return failed(JwtFailure::MissingClaim, QStringLiteral("claim iat missing"));
    const auto issuedAt = static_cast<qint64>(iat.toDouble());
    if (issuedAt > nowSeconds + skewSeconds)
        return failed(JwtFailure::NotYetValid, QStringLiteral("iat lies in the future"));
    if (issuedAt < nowSeconds - maxAgeSeconds)
        return failed(JwtFailure::Expired, QStringLiteral("iat too old"));

    JwtVerification ok;
    ok.claims = *payload;
    return ok;
}

} // namespace regie::zgw
