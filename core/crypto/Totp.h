#pragma once
// Time-based one-time passwords (RFC 6238 on top of HOTP, RFC 4226) as used by common
// authenticator apps: HMAC-SHA1, 30-second steps, 6 digits.

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie::crypto
{

inline constexpr int kTotpStepSeconds = 30;
inline constexpr int kTotpDefaultDigits = 6;
// More drift than this turns a one-time code into a long-lived password.
inline constexpr int kTotpMaxDriftSteps = 5;
// RFC 4226 asks for at least 128 bits; 160 bits matches the HMAC-SHA1 block use.
inline constexpr int kTotpSecretBytes = 20;
inline constexpr qsizetype kTotpMaxSecretBytes = 64;

// A fresh random secret for enrolment.
QByteArray generateTotpSecret();

// floor(unix seconds / 30); negative before 1970 (no code exists then).
qint64 totpTimeStep(const QDateTime &at);

// HOTP value for one counter, zero-padded to `digits` (6..8). Empty for an empty or
// oversized secret or digits out of range.
QString hotpCode(QByteArrayView secret, quint64 counter, int digits = kTotpDefaultDigits);

// The code shown by an app at `at`. Empty for an invalid time or one before 1970.
QString totpCode(QByteArrayView secret, const QDateTime &at, int digits = kTotpDefaultDigits);

// Checks `code` (spaces ignored) against the steps now-drift .. now+drift. Returns the
// matched time step so the caller can store it and refuse the same or an older step
// next time (replay protection); pass that stored step + 1 as minimumStep. Every
// candidate is compared in constant time.
std::optional<qint64> verifyTotp(QByteArrayView secret, QStringView code, const QDateTime &now,
    int allowedDriftSteps = 1, qint64 minimumStep = 0, int digits = kTotpDefaultDigits);

// Demo only: the secret of a demo staff account, derived from its username, so regie-desk's
// demo banner can show the current code without asking the server and without linking the
// account store (auth::demoTotpSecret is this). Never used for real accounts (those get
// generateTotpSecret()).
QByteArray demoTotpSecret(QStringView username);

// otpauth://totp/<issuer>:<account>?secret=...&issuer=...&algorithm=SHA1&digits=6&period=30
// (Key Uri Format), to be shown as a QR code. Issuer and account are percent-encoded.
QString totpProvisioningUri(QStringView issuer, QStringView accountName, QByteArrayView secret);

} // namespace regie::crypto
