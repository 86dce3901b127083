// Seeds allegro-sim with exactly the households of Regie's own demo (regie::demo::genereer
// with the default seed and end date), so payment orders and the sync of a regie-server
// --demo find the same relaties, reserveringen and balances in both systems. Only the end
// state is written: Regie already holds the history, and the sync must pick up NEW lines only.
#include "SimStore.h"

#include "demo/Generator.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace regie::allegrosim {
namespace {

constexpr qint32 kKredietbankOffset = 200'000;

QString isoDay(const QDate &d) { return formatAllegroDateTime(QDateTime(d, QTime(0, 0))); }

// Allegro relatiecodes are numbers (Regie's demo uses 100001 and up).
qint32 numeriekeRelatiecode(const QString &relatiecode)
{
    QString digits;
    for (QChar c : relatiecode) {
        if (c.isDigit())
            digits.append(c);
    }
    bool ok = false;
    const int value = digits.toInt(&ok);
    return ok && value > 0 && value < kKredietbankOffset ? value : 0;
}

} // namespace

bool SimStore::seedRegieDemo(int inwoners, QString *error)
{
    if (inwoners < 1 || inwoners > demo::kMaxInwoners) {
        *error = QStringLiteral("--seed-regie-demo must be between 1 and %1").arg(demo::kMaxInwoners);
        return false;
    }
    demo::GeneratorParams params;
    params.inwoners = inwoners;
    const demo::Dataset dataset = demo::genereer(params);
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    bool ok = true;
    for (qsizetype i = 0; i < dataset.huishoudens.size() && ok; ++i)
        ok = seedRegieHuishouden(dataset, dataset.huishoudens.at(i), error);
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool SimStore::seedRegieHuishouden(const demo::Dataset &dataset, const demo::Huishouden &h, QString *error)
{
    const qint32 fibu = numeriekeRelatiecode(h.relatiecode);
    if (fibu == 0) {
        *error = QStringLiteral("demo household %1: relatiecode has no usable number").arg(h.index);
        return false;
    }
    const services::NieuweInwoner &inw = h.inwoner;
    const QString naam = inw.voornaam + QLatin1Char(' ') + inw.achternaam;
    const QString team = dataset.teams.value(h.team).naam;
    // INSERT OR IGNORE everywhere: a second start keeps what orders and mutaties changed since.
    bool ok = exec(QStringLiteral("INSERT OR IGNORE INTO relatie VALUES (?, ?, ?, 10, 'FiBu, Gemeente Utrecht (demo)')"),
                   {fibu, inw.bsn, naam}, error)
        && exec(QStringLiteral("INSERT OR IGNORE INTO bbr VALUES (?, 1, 'Demo-Mdw', ?, ?, 'Budgetbeheer', ?)"),
                {fibu, inw.vormCode, inw.vormCode, team}, error);
    qint64 totaalGereserveerd = 0;
    for (qsizetype r = 0; r < h.reserveringen.size() && ok; ++r) {
        const services::NieuweReservering &res = h.reserveringen.at(r);
        const qint64 saldo = h.eindsaldoReserveringen.value(r).cents();
        totaalGereserveerd += saldo;
        // A household's reserveringen are numbered 1..n in Allegro; a generated allegroNummer wins.
        bool numbered = false;
        const int nummer = res.allegroNummer.toInt(&numbered);
        ok = exec(QStringLiteral("INSERT OR IGNORE INTO reservering VALUES (?, ?, ?, ?)"),
                  {fibu, numbered && nummer > 0 ? nummer : int(r) + 1, res.naam, saldo}, error);
    }
    // The beheerrekening balance is the sum of its mutaties; one opening line dated at the
    // start of the demo history stays outside every sync window.
    const qint64 beheersaldo = h.eindsaldoAlgemeen.cents() + totaalGereserveerd;
    if (ok && beheersaldo > 0 && !hasMutaties(fibu)) {
        ok = exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                                 " VALUES (?, ?, 1, ?, 'Beginsaldo', '', 0)"),
                  {fibu, isoDay(dataset.historieVan), beheersaldo}, error);
    }
    if (ok && h.lening) {
        const services::Lening &l = *h.lening;
        const qint32 krediet = kKredietbankOffset + fibu;
        const int looptijd = l.startdatum.isValid() && l.einddatum.isValid()
            ? (l.einddatum.year() - l.startdatum.year()) * 12 + l.einddatum.month() - l.startdatum.month()
            : l.resterendeLooptijdMaanden;
        ok = exec(QStringLiteral("INSERT OR IGNORE INTO relatie VALUES (?, ?, ?, 2, 'Kredietbank, Gemeente Utrecht (demo)')"),
                  {krediet, inw.bsn, naam}, error)
            && exec(QStringLiteral("INSERT OR IGNORE INTO lening VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '0', '0', 'Demo-Mdw', 'SL')"),
                    {krediet, isoDay(l.startdatum), l.geleend.cents(), l.geleend.cents(), l.maandtermijn.cents(), looptijd,
                     l.openstaand.cents(), l.achterstand.cents(), l.resterendeLooptijdMaanden},
                    error);
    }
    return ok;
}

bool SimStore::hasMutaties(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT 1 FROM mutatie WHERE relatiecode = ? LIMIT 1"));
    q.addBindValue(relatieCode);
    return q.exec() && q.next();
}

} // namespace regie::allegrosim
