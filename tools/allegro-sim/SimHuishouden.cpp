// The admin side of a household: tests and the demo create or change a complete household
// (relatie, product, budgetplan, reserveringen, lening, own accounts) with one JSON document.
// Posting the same relatieCode again replaces what the document names and keeps the
// mutaties, messages and received orders: that is how a test changes a line, ends a
// reservering (leave it out) or pays off a loan (saldoCents 0, or leave the lening out).
#include "SimStore.h"

#include "money/Bsn.h"
#include "money/Iban.h"

#include <QtCore/QJsonArray>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>

namespace regie::allegrosim {
namespace {

constexpr int kMaxRegels = 100;

QString text(const QJsonObject &o, const char *key, int max = 200)
{
    return o.value(QLatin1String(key)).toString().trimmed().left(max);
}

qint64 cents(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toInteger(-1); }

QString isoDay(const QString &date, const QDate &fallback)
{
    const QDate d = date.isEmpty() ? fallback : QDate::fromString(date, Qt::ISODate);
    return d.isValid() ? formatAllegroDateTime(QDateTime(d, QTime(0, 0))) : QString();
}

} // namespace

// Checks the document before anything is written: a refused document changes nothing.
QString SimStore::controleerHuishouden(const QJsonObject &h) const
{
    const qint64 relatie = h.value(QStringLiteral("relatieCode")).toInteger();
    if (relatie <= 0 || relatie >= 200'000)
        return QStringLiteral("relatieCode must be 1..199999 (200000 and up are Kredietbank relaties)");
    if (!Bsn::isValid(text(h, "bsn")))
        return QStringLiteral("bsn fails the 11-proef");
    if (text(h, "achternaam").isEmpty() || text(h, "vormCode", 20).isEmpty())
        return QStringLiteral("achternaam and vormCode are required");
    if (!Iban::isValid(text(h, "beheerIban", 40)))
        return QStringLiteral("beheerIban is not a valid IBAN");
    const QJsonArray rekeningen = h.value(QStringLiteral("rekeningen")).toArray();
    for (const QJsonValue &r : rekeningen) {
        if (!Iban::isValid(text(r.toObject(), "iban", 40)))
            return QStringLiteral("rekeningen[].iban is not a valid IBAN");
    }
    const QJsonArray reserveringen = h.value(QStringLiteral("reserveringen")).toArray();
    const QJsonArray opdrachten = h.value(QStringLiteral("opdrachten")).toArray();
    if (reserveringen.size() > kMaxRegels || opdrachten.size() > kMaxRegels || rekeningen.size() > kMaxRegels)
        return QStringLiteral("at most %1 reserveringen, opdrachten and rekeningen").arg(kMaxRegels);
    for (const QJsonValue &v : reserveringen) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("nummer")).toInt() <= 0 || text(r, "omschrijving").isEmpty() || cents(r, "saldoCents") < 0)
            return QStringLiteral("reserveringen[] need nummer > 0, omschrijving and saldoCents >= 0");
    }
    for (const QJsonValue &v : opdrachten) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("volgnummer")).toInt() <= 0 || text(o, "omschrijving").isEmpty() || cents(o, "bedragCents") <= 0
            || !QStringList{QStringLiteral("W"), QStringLiteral("4W"), QStringLiteral("M"), QStringLiteral("K"), QStringLiteral("J")}
                    .contains(text(o, "periodiciteit", 3)))
            return QStringLiteral("opdrachten[] need volgnummer > 0, omschrijving, bedragCents > 0, periodiciteit W|4W|M|K|J");
    }
    if (h.contains(QStringLiteral("lening"))) {
        const QJsonObject l = h.value(QStringLiteral("lening")).toObject();
        if (cents(l, "nettoCents") < 0 || cents(l, "saldoCents") < 0 || cents(l, "maandtermijnCents") < 0
            || cents(l, "achterstandCents") < 0 || l.value(QStringLiteral("aantalMaanden")).toInt() <= 0)
            return QStringLiteral("lening needs nettoCents, saldoCents, maandtermijnCents, achterstandCents >= 0 and aantalMaanden > 0");
    }
    return {};
}

Outcome<QJsonObject> SimStore::zetHuishouden(const QJsonObject &h)
{
    using O = Outcome<QJsonObject>;
    if (const QString bad = controleerHuishouden(h); !bad.isEmpty())
        return O::refuse(bad);
    const qint32 fibu = static_cast<qint32>(h.value(QStringLiteral("relatieCode")).toInteger());
    const qint32 krediet = 200'000 + fibu;
    const QString bsn = Bsn::parse(text(h, "bsn"))->digits();
    const QString naam = QString(text(h, "voornamen") + QLatin1Char(' ') + text(h, "achternaam")).trimmed();
    const QDate today = QDate::currentDate();
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction();
    const bool nieuw = !relatieExists(fibu);
    QString error;
    bool ok = exec(QStringLiteral("INSERT INTO relatie VALUES (?, ?, ?, 10, 'FiBu, Gemeente Utrecht') ON CONFLICT (relatiecode)"
                                  " DO UPDATE SET bsn = excluded.bsn, naam = excluded.naam"), {fibu, bsn, naam}, &error)
        && exec(QStringLiteral("INSERT OR REPLACE INTO persoon VALUES (?, ?, ?, ?, ?)"),
                {fibu, text(h, "voornamen"), text(h, "achternaam"), text(h, "voorvoegsels", 20), text(h, "email")}, &error)
        && exec(QStringLiteral("INSERT OR REPLACE INTO bbr VALUES (?, 1, ?, ?, ?, 'Budgetbeheer', ?)"),
                {fibu, text(h, "medewerker", 50), text(h, "vormCode", 20), text(h, "vormNaam", 100), text(h, "team", 100)}, &error);
    for (const char *table : {"reservering", "opdracht", "rekening"})
        ok = ok && exec(QStringLiteral("DELETE FROM %1 WHERE relatiecode = ?").arg(QLatin1String(table)), {fibu}, &error);
    ok = ok && exec(QStringLiteral("INSERT INTO rekening VALUES (?, 0, ?, 'Beheerrekening', 1)"),
                    {fibu, Iban::parse(text(h, "beheerIban", 40))->electronic()}, &error);
    int volgnummer = 0;
    for (const QJsonValue &v : h.value(QStringLiteral("rekeningen")).toArray()) {
        const QJsonObject r = v.toObject();
        ok = ok && exec(QStringLiteral("INSERT INTO rekening VALUES (?, ?, ?, ?, 0)"),
                        {fibu, ++volgnummer, Iban::parse(text(r, "iban", 40))->electronic(), text(r, "omschrijving")}, &error);
    }
    qint64 gereserveerd = 0;
    for (const QJsonValue &v : h.value(QStringLiteral("reserveringen")).toArray()) {
        const QJsonObject r = v.toObject();
        gereserveerd += cents(r, "saldoCents");
        ok = ok && exec(QStringLiteral("INSERT INTO reservering VALUES (?, ?, ?, ?)"),
                        {fibu, r.value(QStringLiteral("nummer")).toInt(), text(r, "omschrijving"), cents(r, "saldoCents")}, &error);
    }
    for (const QJsonValue &v : h.value(QStringLiteral("opdrachten")).toArray()) {
        const QJsonObject o = v.toObject();
        const int reservering = o.value(QStringLiteral("nummerReservering")).toInt();
        ok = ok && exec(QStringLiteral("INSERT INTO opdracht VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"),
                        {fibu, o.value(QStringLiteral("volgnummer")).toInt(), text(o, "begunstigde"), text(o, "omschrijving"),
                         text(o, "periodiciteit", 3), cents(o, "bedragCents"), isoDay({}, today.addMonths(-1)),
                         isoDay(text(o, "volgendeDatum", 10), today.addDays(7)),
                         reservering > 0 ? QStringLiteral("Reservering") : QStringLiteral("Doorbetaling"), reservering}, &error);
    }
    ok = ok && zetLening(h, krediet, bsn, naam, &error);
    // A new household opens its beheerrekening with what it holds: the reserveringen plus
    // the free part (algemeenCents).
    const qint64 beginsaldo = gereserveerd + qMax<qint64>(0, cents(h, "algemeenCents"));
    if (ok && nieuw && beginsaldo > 0)
        ok = exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                                 " VALUES (?, ?, 1, ?, 'Beginsaldo', '', 0)"),
                  {fibu, formatAllegroDateTime(QDateTime(today.addDays(-1), QTime(0, 0))), beginsaldo}, &error);
    if (!ok) {
        db.rollback();
        return O::refuse(error);
    }
    db.commit();
    return O::ok(QJsonObject{{QStringLiteral("relatieCode"), fibu}, {QStringLiteral("nieuw"), nieuw}});
}

// The loan lives under the household's Kredietbank relatie (200000 + FiBu relatiecode).
bool SimStore::zetLening(const QJsonObject &h, qint32 krediet, const QString &bsn, const QString &naam, QString *error)
{
    if (!exec(QStringLiteral("DELETE FROM lening WHERE relatiecode = ?"), {krediet}, error))
        return false;
    if (!h.contains(QStringLiteral("lening")))
        return exec(QStringLiteral("DELETE FROM relatie WHERE relatiecode = ?"), {krediet}, error);
    const QJsonObject l = h.value(QStringLiteral("lening")).toObject();
    const QDate start = l.contains(QStringLiteral("startdatum"))
        ? QDate::fromString(text(l, "startdatum", 10), Qt::ISODate)
        : QDate::currentDate().addMonths(-12);
    const int maanden = l.value(QStringLiteral("aantalMaanden")).toInt();
    const int resterend = l.value(QStringLiteral("resterendeLooptijd")).toInt(maanden);
    return exec(QStringLiteral("INSERT OR REPLACE INTO relatie VALUES (?, ?, ?, 2, 'Kredietbank, Gemeente Utrecht')"),
                {krediet, bsn, naam}, error)
        && exec(QStringLiteral("INSERT INTO lening VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, '0', '0', ?, 'SL')"),
                {krediet, formatAllegroDateTime(QDateTime(start, QTime(0, 0))), cents(l, "nettoCents"), cents(l, "nettoCents"),
                 cents(l, "maandtermijnCents"), maanden, cents(l, "saldoCents"), cents(l, "achterstandCents"), resterend,
                 text(h, "medewerker", 50)},
                error);
}

std::optional<TRelatie> SimStore::relatie(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT r.naam, p.voornamen, p.achternaam, p.voorvoegsels, p.email FROM relatie r"
                             " LEFT JOIN persoon p ON p.relatiecode = r.relatiecode WHERE r.relatiecode = ?"));
    q.addBindValue(relatieCode);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TRelatie t;
    t.RelatieCode = relatieCode;
    if (q.value(2).isNull()) {
        // Households from --seed-demo only have one name text: "A. de Vries-Test".
        const QString naam = q.value(0).toString();
        const qsizetype space = naam.indexOf(QLatin1Char(' '));
        t.Voorletters = naam.left(qMax<qsizetype>(space, 0));
        t.Achternaam = naam.mid(space + 1);
        return t;
    }
    t.Voornamen = q.value(1).toString();
    t.Achternaam = q.value(2).toString();
    t.Voorvoegsels = q.value(3).toString();
    t.Email = q.value(4).toString();
    return t;
}

RekeningnummersResponse SimStore::rekeningnummers(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, iban, omschrijving, beheer FROM rekening WHERE relatiecode = ? ORDER BY volgnummer"));
    q.addBindValue(relatieCode);
    q.exec();
    RekeningnummersResponse out;
    while (q.next()) {
        TRekeningnummer r;
        r.Volgnummer = q.value(0).toInt();
        r.IBAN = q.value(1).toString();
        r.Omschrijving = q.value(2).toString();
        if (q.value(3).toBool())
            out.Beheerrekening = r;
        else
            out.Result.push_back(r);
    }
    return out;
}

} // namespace regie::allegrosim
