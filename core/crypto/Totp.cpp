#include "crypto/Totp.h"

#include "crypto/Base32.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QtCore/QUrl>
#include <QtCore/QtEndian>

namespace regie::crypto
{

namespace
{

quint32 powerOfTen(int digits)
{
    quint32 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

QString normalisedCode(QStringView code)
{
    QString digitsOnly;
    digitsOnly.reserve(code.size());
    for (QChar c : code) {
        if (c != u' ')
            digitsOnly.append(c);
    }
    return digitsOnly;
}

bool isAsciiDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace

QByteArray generateTotpSecret()
{
    return randomBytes(kTotpSecretBytes);
}

qint64 totpTimeStep(const QDateTime &at)
{
    const qint64 seconds = at.toSecsSinceEpoch();
    // Floor division, so instants just before 1970 do not map onto step 0.
    return seconds >= 0 ? seconds / kTotpStepSeconds
                        : -((-seconds + kTotpStepSeconds - 1) / kTotpStepSeconds);
}

QString hotpCode(QByteArrayView secret, quint64 counter, int digits)
{
    if (secret.isEmpty() || secret.size() > kTotpMaxSecretBytes || digits < 6 || digits > 8)
        return {};
    char message[8];
    qToBigEndian(counter, message);
    const QByteArray mac = hmacSha1(secret, QByteArrayView(message, 8));
    // Dynamic truncation, RFC 4226 section 5.3.
    const int offset = static_cast<quint8>(mac[19]) & 0x0f;
    const quint32 binary = (static_cast<quint32>(static_cast<quint8>(mac[offset]) & 0x7fu) << 24)
        | (static_cast<quint32>(static_cast<quint8>(mac[offset + 1])) << 16)
        | (static_cast<quint32>(static_cast<quint8>(mac[offset + 2])) << 8)
        | static_cast<quint32>(static_cast<quint8>(mac[offset + 3]));
    return QString::number(binary % powerOfTen(digits)).rightJustified(digits, u'0');
}

QString totpCode(QByteArrayView secret, const QDateTime &at, int digits)
{
    if (!at.isValid())
        return {};
    const qint64 step = totpTimeStep(at);
    if (step < 0)
        return {};
    return hotpCode(secret, static_cast<quint64>(step), digits);
}

std::optional<qint64> verifyTotp(QByteArrayView secret, QStringView code, const QDateTime &now,
    int allowedDriftSteps, qint64 minimumStep, int digits)
{
    if (!now.isValid() || allowedDriftSteps < 0 || allowedDriftSteps > kTotpMaxDriftSteps)
        return std::nullopt;
    const QString given = normalisedCode(code);
    if (given.size() != digits || !isAsciiDigits(given))
        return std::nullopt;
    const QByteArray givenBytes = given.toLatin1();
    const qint64 current = totpTimeStep(now);
    std::optional<qint64> matched;
    // No early exit: the number of HMACs computed does not depend on which step matched.
    for (qint64 step = current - allowedDriftSteps; step <= current + allowedDriftSteps; ++step) {
        if (step < 0)
            continue;
        const QByteArray expected = hotpCode(secret, static_cast<quint64>(step), digits).toLatin1();
        const bool equal = !expected.isEmpty() && constantTimeEquals(expected, givenBytes);
        if (equal && step >= minimumStep && !matched)
            matched = step;
    }
    return matched;
}

QString totpProvisioningUri(QStringView issuer, QStringView accountName, QByteArrayView secret)
{
    const QByteArray issuerEncoded = QUrl::toPercentEncoding(issuer.toString());
    const QByteArray accountEncoded = QUrl::toPercentEncoding(accountName.toString());
    const QString secretText = base32Encode(secret, Base32Padding::WithoutPadding);
    return QStringLiteral("otpauth://totp/") + QString::fromLatin1(issuerEncoded) + QLatin1Char(':')
        + QString::fromLatin1(accountEncoded) + QStringLiteral("?secret=") + secretText
        + QStringLiteral("&issuer=") + QString::fromLatin1(issuerEncoded)
        + QStringLiteral("&algorithm=SHA1&digits=%1&period=%2")
              .arg(kTotpDefaultDigits)
              .arg(kTotpStepSeconds);
}

QByteArray demoTotpSecret(QStringView username)
{
    const QByteArray input = QByteArrayLiteral("regie-demo-totp:") + username.toUtf8();
    return sha256(input).left(kTotpSecretBytes);
}

} // namespace regie::crypto
