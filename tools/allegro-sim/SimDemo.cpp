// Deterministic demo households for allegro-sim: fictional names, test BSNs that pass the
// 11-proef, IBANs with a valid mod-97 check under the fictional bank code "RGIE". The same
// N always yields the same data, so tests and demos can rely on it.
#include "SimStore.h"

#include "money/Bsn.h"
#include "money/Iban.h"

#include <QtSql/QSqlDatabase>

namespace regie::allegrosim {
namespace {

constexpr int kMaxHouseholds = 1000;
const char *const kNames[] = {"A. de Vries-Test", "B. Jansen-Demo", "C. Bakker-Proef", "D. Visser-Test",
                              "E. Smit-Demo", "F. Meijer-Proef", "G. de Boer-Test", "H. Mulder-Demo"};
const char *const kReserveringen[] = {"Vaste lasten", "Leefgeld", "Buffer", "Energie"};

QString demoBsn(int index)
{
    for (qint64 candidate = 100'000'000 + qint64(index) * 9'973;; ++candidate) {
        const QString digits = QString::number(candidate);
        if (Bsn::elevenProof(digits))
            return digits;
    }
}

QString demoIban(int index)
{
    const QString account = QStringLiteral("%1").arg(1'000'000 + index, 10, 10, QLatin1Char('0'));
    return Iban::withCheckDigits(u"NL", QString(QStringLiteral("RGIE") + account));
}

QString isoDay(const QDate &d) { return formatAllegroDateTime(QDateTime(d, QTime(0, 0))); }

} // namespace

bool SimStore::seedDemo(int households, QString *error)
{
    if (households < 0 || households > kMaxHouseholds) {
        *error = QStringLiteral("--seed-demo must be between 0 and %1").arg(kMaxHouseholds);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    const QDate today = QDate::currentDate();
    bool ok = true;
    for (int i = 0; i < households && ok; ++i) {
        const qint32 fibu = 100'001 + i;
        const QString bsn = demoBsn(i);
        const QString naam = QString::fromLatin1(kNames[i % 8]);
        Q_ASSERT(Bsn::isValid(bsn) && Iban::isValid(demoIban(i)));
        ok = ok && exec(QStringLiteral("INSERT INTO relatie VALUES (?, ?, ?, 10, 'FiBu, Gemeente Utrecht (demo)')"), {fibu, bsn, naam}, error);
        ok = ok && exec(QStringLiteral("INSERT INTO bbr VALUES (?, 1, 'Demo-Mdw', ?, ?, 'Budgetbeheer', 'Team Noord')"),
                        {fibu, i % 2 == 0 ? QStringLiteral("T") : QStringLiteral("D"), i % 2 == 0 ? QStringLiteral("Totaal") : QStringLiteral("Deel")}, error);
        qint64 totalReserved = 0;
        for (int r = 0; r < 4 && ok; ++r) {
            const qint64 saldo = 5'000 + qint64(r) * 12'550 + qint64(i % 7) * 1'000;
            totalReserved += saldo;
            ok = exec(QStringLiteral("INSERT INTO reservering VALUES (?, ?, ?, ?)"), {fibu, r + 1, QString::fromLatin1(kReserveringen[r]), saldo}, error);
        }
        const QVariantList lines[] = {
            {fibu, 1, QStringLiteral("Woonstichting Demo"), QStringLiteral("Huur"), QStringLiteral("M"), 65'000, 0, QStringLiteral("Doorbetaling")},
            {fibu, 2, QStringLiteral("Energie Demo BV"), QStringLiteral("Energie"), QStringLiteral("M"), 14'500, 4, QStringLiteral("Reservering")},
            {fibu, 3, QStringLiteral("Zorgverzekeraar Demo"), QStringLiteral("Zorgverzekering"), QStringLiteral("M"), 13'875, 1, QStringLiteral("Reservering")},
            {fibu, 4, naam, QStringLiteral("Leefgeld"), QStringLiteral("W"), 6'000, 2, QStringLiteral("Reservering")},
        };
        for (const auto &l : lines) {
            ok = ok && exec(QStringLiteral("INSERT INTO opdracht VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                            {l[0], l[1], l[2], l[3], l[4], l[5], isoDay(today.addMonths(-6)), isoDay(today.addDays(3)), l[7], l[6]}, error);
        }
        // Opening balance covers the reserveringen; then a month of ordinary traffic.
        ok = ok && exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                                       " VALUES (?, ?, 1, ?, 'Beginsaldo', '', 0)"), {fibu, isoDay(today.addDays(-40)), totalReserved + 20'000}, error);
        ok = ok && exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                                       " VALUES (?, ?, 1, ?, 'Uitkering Participatiewet', '', 0)"), {fibu, isoDay(today.addDays(-10)), 142'317}, error);
        ok = ok && exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                                       " VALUES (?, ?, 0, 65000, 'Huur', ?, 0)"), {fibu, isoDay(today.addDays(-9)), demoIban(i + 5000)}, error);
        ok = ok && exec(QStringLiteral("INSERT INTO bericht (relatiecode, afzender_ontvanger, onderwerp, tekst, tijdstip, ontvangen, gelezen)"
                                       " VALUES (?, 'Van: Budgetbeheer', 'Je budgetplan is aangepast', 'Bekijk je nieuwe plan.', ?, 1, 0)"),
                        {fibu, isoDay(today.addDays(-3))}, error);
        if (i % 3 == 0 && ok) {
            const qint32 krediet = 200'001 + i;
            ok = exec(QStringLiteral("INSERT INTO relatie VALUES (?, ?, ?, 2, 'Kredietbank, Gemeente Utrecht (demo)')"), {krediet, bsn, naam}, error)
                && exec(QStringLiteral("INSERT INTO lening VALUES (?, 1, ?, 160000, 168912, 4692, 36, 167966, 9384, 11, '3', '0.246', 'Incasso', 'SL')"),
                        {krediet, isoDay(today.addMonths(-25))}, error);
        }
    }
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

} // namespace regie::allegrosim
