#include "integrations/allegro/AllegroError.h"

#include <QtCore/QRegularExpression>

namespace regie::allegro {

bool Error::isSessionExpired() const
{
    if (kind != Kind::SoapFault)
        return false;
    // RemObjects raises EROSessionNotFound ("Session {...} could not be found") for an
    // unknown or timed-out session; the exact text is to be confirmed with the vendor,
    // so both the exception name and the sentence are recognised.
    return faultString.contains(QLatin1String("SessionNotFound"), Qt::CaseInsensitive)
        || faultCode.contains(QLatin1String("SessionNotFound"), Qt::CaseInsensitive)
        || (faultString.contains(QLatin1String("session"), Qt::CaseInsensitive)
            && (faultString.contains(QLatin1String("not be found"), Qt::CaseInsensitive)
                || faultString.contains(QLatin1String("expired"), Qt::CaseInsensitive)));
}

QString kindName(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::None: return QStringLiteral("None");
    case Error::Kind::Network: return QStringLiteral("Network");
    case Error::Kind::Timeout: return QStringLiteral("Timeout");
    case Error::Kind::SoapFault: return QStringLiteral("SoapFault");
    case Error::Kind::Parse: return QStringLiteral("Parse");
    case Error::Kind::TooLarge: return QStringLiteral("TooLarge");
    case Error::Kind::Http: return QStringLiteral("Http");
    case Error::Kind::Rejected: return QStringLiteral("Rejected");
    }
    return QStringLiteral("Unknown");
}

QString redactPersonalData(const QString &text)
{
    static const QRegularExpression iban(
        QStringLiteral("\\b[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]){10,30}\\b"));
    static const QRegularExpression longDigits(QStringLiteral("[0-9][0-9 .\\-]{6,}[0-9]"));
    QString out = text;
    out.replace(iban, QStringLiteral("[verwijderd]"));
    // Only digit runs with at least eight digits: short numbers (codes, counts) stay.
    QString result;
    qsizetype last = 0;
    auto it = longDigits.globalMatch(out);
    while (it.hasNext()) {
        const auto m = it.next();
        qsizetype digits = 0;
        for (QChar c : m.capturedView())
            digits += c.isDigit() ? 1 : 0;
        if (digits < 8)
            continue;
        result += QStringView(out).mid(last, m.capturedStart() - last);
        result += QStringLiteral("[verwijderd]");
        last = m.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

} // namespace regie::allegro
