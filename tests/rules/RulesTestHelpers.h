#pragma once
// Shared fixtures for the rule engine tests: one ordinary situation that is Vrij, which
// each test row bends in one direction.

#include "rules/Rules.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>

namespace regie::rules::test {

inline const QString kIbanEigen = QStringLiteral("NL91ABNA0417164300");
inline const QString kIbanEigen2 = QStringLiteral("NL44RABO0123456789");
inline const QString kIbanVreemd = QStringLiteral("NL20INGB0001234567");
inline constexpr qint64 kReservering = 42;

inline Money euro(qint64 euros) { return Money::fromCents(euros * 100); }
inline Money cent(qint64 cents) { return Money::fromCents(cents); }

// A wall-clock time in Amsterdam, converted by the fixed offset the caller states, so the
// fixtures do not depend on the code under test or on the host's zone database.
inline QDateTime amsterdam(int y, int m, int d, int h, int min, int s, int offsetUur)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), Qt::OffsetFromUTC, offsetUur * 3600).toUTC();
}

inline Afspraak basisAfspraak()
{
    Afspraak a;
    a.id = 7;
    a.versie = 2;
    a.scope = Scope::Vorm;
    a.modus = Modus::Vrij;
    a.minimumSaldo = Money::zero();
    a.alleenEigenIban = true;
    a.ingangsdatum = QDate(2024, 1, 1);
    return a;
}

// Wednesday 13 March 2024, 12:00 in Amsterdam (CET).
inline Context basisContext()
{
    Context c;
    c.nu = amsterdam(2024, 3, 13, 12, 0, 0, 1);
    c.reserveringId = kReservering;
    c.soort = ReserveringSoort::VrijBesteedbaar;
    c.reserveringActief = true;
    c.beschikbaar = euro(200);
    c.eigenIbans = {kIbanEigen, kIbanEigen2};
    return c;
}

inline Verzoek basisVerzoek()
{
    Verzoek v;
    v.reserveringId = kReservering;
    v.bedrag = euro(45);
    v.doelIban = kIbanEigen;
    return v;
}

inline QStringList codes(const Beoordeling &b)
{
    QStringList lijst;
    for (const Reden &r : b.redenen)
        lijst << r.code;
    return lijst;
}

inline QByteArray compact(const Beoordeling &b)
{
    return QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact);
}

// Every number token in a JSON text, strings skipped; used to prove no floats appear.
inline QStringList getallen(const QByteArray &json)
{
    QStringList tokens;
    bool inString = false;
    QString huidig;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (huidig.isEmpty() && (c == 't' || c == 'f' || c == 'n')) {
            while (i + 1 < json.size() && json.at(i + 1) >= 'a' && json.at(i + 1) <= 'z')
                ++i; // true, false, null
            continue;
        } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
            huidig += QLatin1Char(c);
            continue;
        }
        if (!huidig.isEmpty())
            tokens << huidig;
        huidig.clear();
    }
    if (!huidig.isEmpty())
        tokens << huidig;
    return tokens;
}

} // namespace regie::rules::test
