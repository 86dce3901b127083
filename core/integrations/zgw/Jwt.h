#pragma once
// The ZGW APIs authenticate every call with a short-lived JWT signed with a shared
// secret (HS256). The zaaksysteem derives the client's autorisaties from client_id and
// records user_id/user_representation in its audit trail, so a fresh token is made
// per call with the acting medewerker in it.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace regie::zgw {

struct JwtClaims {
    QString issuer;
    qint64 issuedAt = 0; // seconds since the epoch
    QString clientId;
    QString userId;
    QString userRepresentation;
};

QByteArray base64UrlEncode(QByteArrayView data);
// Strict: rejects padding, '+', '/' and any other character outside the url alphabet.
std::optional<QByteArray> base64UrlDecode(QByteArrayView text);

QByteArray hmacSha256(QByteArrayView key, QByteArrayView message);

// header.payload.signature, compact serialisation. The header and claim order are fixed
// so the same input always gives the same token (testable against a known vector).
QByteArray encodeJwt(const JwtClaims &claims, QByteArrayView secret);

enum class JwtFailure { None, Malformed, WrongAlgorithm, BadSignature, MissingClaim, Expired, NotYetValid };

struct JwtVerification {
    JwtFailure failure = JwtFailure::None;
    QJsonObject claims;
    QString reason; // safe to log: names the claim or the check, never a value
    bool ok() const { return failure == JwtFailure::None; }
};

// Checks header alg == HS256 (never "none"), the signature in constant time, the claims
// iss, iat and client_id, and that iat lies in [now - maxAgeSeconds, now + skewSeconds].
JwtVerification verifyJwt(QByteArrayView token, QByteArrayView secret, qint64 nowSeconds,
                          qint64 maxAgeSeconds = 3600, qint64 skewSeconds = 300);

// Compares two byte strings in time that depends only on their lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace regie::zgw
