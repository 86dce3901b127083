#include "SimStore.h"

#include "money/Iban.h"

#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace regie::allegrosim {
namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS relatie (relatiecode INTEGER PRIMARY KEY, bsn TEXT NOT NULL,"
    " naam TEXT NOT NULL, bedrijfscode INTEGER NOT NULL, bedrijfsnaam TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS relatie_bsn ON relatie(bsn)",
    "CREATE TABLE IF NOT EXISTS bbr (relatiecode INTEGER PRIMARY KEY, volgnummer INTEGER NOT NULL,"
    " medewerker TEXT, vormcode TEXT, vormnaam TEXT, productnaam TEXT, team TEXT)",
    "CREATE TABLE IF NOT EXISTS reservering (relatiecode INTEGER NOT NULL, volgnummer INTEGER NOT NULL,"
    " omschrijving TEXT NOT NULL, saldo_cents INTEGER NOT NULL, PRIMARY KEY (relatiecode, volgnummer))",
    "CREATE TABLE IF NOT EXISTS opdracht (relatiecode INTEGER NOT NULL, volgnummer INTEGER NOT NULL,"
    " begunstigde TEXT, omschrijving TEXT, periodiciteit TEXT, bedrag_cents INTEGER NOT NULL,"
    " startdatum TEXT, volgende_datum TEXT, soort TEXT, nummer_reservering INTEGER, prioriteit INTEGER,"
    " PRIMARY KEY (relatiecode, volgnummer))",
    "CREATE TABLE IF NOT EXISTS mutatie (volgnummer INTEGER PRIMARY KEY AUTOINCREMENT,"
    " relatiecode INTEGER NOT NULL, datum TEXT NOT NULL, bij INTEGER NOT NULL,"
    " bedrag_cents INTEGER NOT NULL CHECK (bedrag_cents > 0), omschrijving TEXT, rekeningnummer TEXT,"
    " reservering INTEGER NOT NULL DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS mutatie_relatie ON mutatie(relatiecode, datum)",
    "CREATE TABLE IF NOT EXISTS lening (relatiecode INTEGER NOT NULL, volgnummer INTEGER NOT NULL,"
    " startdatum TEXT, netto_cents INTEGER, bruto_cents INTEGER, maandtermijn_cents INTEGER,"
    " aantal_maanden INTEGER, saldo_cents INTEGER, achterstand_cents INTEGER, resterende_looptijd INTEGER,"
    " eff_jaarpercentage TEXT, maandpercentage TEXT, medewerker TEXT, soort TEXT,"
    " PRIMARY KEY (relatiecode, volgnummer))",
    "CREATE TABLE IF NOT EXISTS bericht (code INTEGER PRIMARY KEY AUTOINCREMENT, relatiecode INTEGER NOT NULL,"
    " afzender_ontvanger TEXT, onderwerp TEXT, tekst TEXT, tijdstip TEXT NOT NULL, ontvangen INTEGER NOT NULL,"
    " gelezen INTEGER NOT NULL, referentie TEXT UNIQUE)",
    // Names and accounts of households made through /admin/huishoudens (GetRelatie, GetRekeningnummers).
    "CREATE TABLE IF NOT EXISTS persoon (relatiecode INTEGER PRIMARY KEY, voornamen TEXT, achternaam TEXT NOT NULL,"
    " voorvoegsels TEXT, email TEXT)",
    "CREATE TABLE IF NOT EXISTS rekening (relatiecode INTEGER NOT NULL, volgnummer INTEGER NOT NULL, iban TEXT NOT NULL,"
    " omschrijving TEXT, beheer INTEGER NOT NULL, PRIMARY KEY (relatiecode, volgnummer))",
    "CREATE TABLE IF NOT EXISTS eenmalige_opdracht (id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " relatiecode INTEGER NOT NULL, nummer_reservering INTEGER NOT NULL,"
    " bedrag_cents INTEGER NOT NULL CHECK (bedrag_cents > 0), iban TEXT NOT NULL, omschrijving TEXT,"
    " referentie TEXT NOT NULL UNIQUE, ontvangen TEXT NOT NULL)",
    // A Referentie cancelled before Allegro received its order (AnnuleerEenmaligeOpdracht).
    "CREATE TABLE IF NOT EXISTS geannuleerde_referentie (referentie TEXT PRIMARY KEY, geannuleerd TEXT NOT NULL)",
};

QString iso(const QDateTime &dt) { return formatAllegroDateTime(dt); }
QDateTime fromIso(const QVariant &v) { return parseAllegroDateTime(v.toString()).value_or(QDateTime()); }
Money money(const QVariant &v) { return Money::fromCents(v.toLongLong()); }

} // namespace

bool SimStore::open(const QString &path, QString *error)
{
    connection_ = QStringLiteral("allegro-sim-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    for (const char *sql : kSchema) {
        if (!exec(QString::fromLatin1(sql), {}, error))
            return false;
    }
    return exec(QStringLiteral("PRAGMA journal_mode=WAL"), {}, error);
}

bool SimStore::exec(const QString &sql, const QVariantList &values, QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool SimStore::isEmpty() const
{
    QSqlQuery q(QStringLiteral("SELECT COUNT(*) FROM relatie"), QSqlDatabase::database(connection_));
    return q.next() && q.value(0).toLongLong() == 0;
}

std::vector<TRelatiecodeBedrijfcode> SimStore::relatiesVoorBsn(const QString &bsnDigits) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT relatiecode, bedrijfscode, bedrijfsnaam FROM relatie WHERE bsn = ? ORDER BY relatiecode"));
    q.addBindValue(bsnDigits);
    q.exec();
    std::vector<TRelatiecodeBedrijfcode> out;
    while (q.next())
        out.push_back({q.value(0).toInt(), q.value(1).toInt(), q.value(2).toString()});
    return out;
}

bool SimStore::relatieExists(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT 1 FROM relatie WHERE relatiecode = ?"));
    q.addBindValue(relatieCode);
    return q.exec() && q.next();
}

std::vector<TBBRHeader> SimStore::bbrHeaders(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, medewerker, vormcode, vormnaam, productnaam, team FROM bbr WHERE relatiecode = ?"));
    q.addBindValue(relatieCode);
    q.exec();
    std::vector<TBBRHeader> out;
    while (q.next()) {
        TBBRHeader h;
        h.RelatieCode = relatieCode;
        h.Volgnummer = q.value(0).toInt();
        h.Medewerker = q.value(1).toString();
        h.VormCode = q.value(2).toString();
        h.VormNaam = q.value(3).toString();
        h.ProductNaam = q.value(4).toString();
        h.Team = q.value(5).toString();
        out.push_back(h);
    }
    return out;
}

std::vector<TBBROpdracht> SimStore::opdrachten(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, begunstigde, omschrijving, periodiciteit, bedrag_cents, startdatum,"
                             " volgende_datum, soort, nummer_reservering, prioriteit FROM opdracht"
                             " WHERE relatiecode = ? ORDER BY volgnummer"));
    q.addBindValue(relatieCode);
    q.exec();
    std::vector<TBBROpdracht> out;
    while (q.next()) {
        TBBROpdracht o;
        o.Relatiecode = relatieCode;
        o.Volgnummer = q.value(0).toInt();
        o.UniekVolgnummer = relatieCode * 100 + o.Volgnummer;
        o.Begunstigde = q.value(1).toString();
        o.Omschrijving = q.value(2).toString();
        o.Periodiciteit = q.value(3).toString();
        o.AantalKeerPerPeriode = 1;
        o.PeriodeBedrag = money(q.value(4));
        o.StartDatum = fromIso(q.value(5));
        o.VolgendeDatum = fromIso(q.value(6));
        o.Soort = q.value(7).toString();
        o.NummerReservering = q.value(8).toInt();
        o.Prioriteit = q.value(9).toInt();
        out.push_back(o);
    }
    return out;
}

TSaldoReserveringen SimStore::saldoReserveringen(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, omschrijving, saldo_cents FROM reservering WHERE relatiecode = ? ORDER BY volgnummer"));
    q.addBindValue(relatieCode);
    q.exec();
    TSaldoReserveringen out;
    qint64 total = 0;
    while (q.next()) {
        TSaldoReservering r;
        r.Datum = QDateTime(QDate::currentDate(), QTime(0, 0));
        r.Volgnummer = q.value(0).toInt();
        r.Omschrijving = q.value(1).toString();
        r.Saldo = money(q.value(2));
        total += r.Saldo.cents();
        out.SaldoReserveringen.push_back(r);
    }
    out.Totaal = Money::fromCents(total);
    return out;
}

AfschriftenResponse SimStore::afschriften(qint32 relatieCode, const QDateTime &vanaf) const
{
    AfschriftenResponse out;
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering"
                             " FROM mutatie WHERE relatiecode = ? AND datum >= ? ORDER BY volgnummer LIMIT ?"));
    q.addBindValue(relatieCode);
    q.addBindValue(vanaf.isValid() ? iso(vanaf) : QStringLiteral("0000"));
    q.addBindValue(kMaxMutatiesPerCall);
    q.exec();
    while (q.next()) {
        TPRSAfschriftMutatie m;
        m.VolgnummerMutatie = q.value(0).toInt();
        m.DatumMutatie = fromIso(q.value(1));
        m.IndicatieBij = q.value(2).toBool();
        m.IndicatieAf = !m.IndicatieBij;
        m.Bedrag = money(q.value(3));
        m.Omschrijving = q.value(4).toString();
        m.Rekeningnummer = q.value(5).toString();
        m.Reservering = q.value(6).toInt() != 0;
        out.Mutaties.push_back(m);
    }
    QSqlQuery s(QSqlDatabase::database(connection_));
    s.prepare(QStringLiteral("SELECT COALESCE(SUM(CASE WHEN bij THEN bedrag_cents ELSE -bedrag_cents END), 0),"
                             " COALESCE(SUM(CASE WHEN bij THEN bedrag_cents ELSE 0 END), 0),"
                             " COALESCE(SUM(CASE WHEN bij THEN 0 ELSE bedrag_cents END), 0), MAX(volgnummer)"
                             " FROM mutatie WHERE relatiecode = ?"));
    s.addBindValue(relatieCode);
    s.exec();
    s.next();
    const TSaldoReserveringen reserveringen = saldoReserveringen(relatieCode);
    TPRSAfschrift &a = out.Result;
    a.Relatiecode = relatieCode;
    a.VolgnummerAfschrift = s.value(3).toInt();
    a.DatumAfschrift = QDateTime::currentDateTime();
    a.SaldoPrs = money(s.value(0));
    a.HuidigPrsSaldo = a.SaldoPrs;
    a.TotaalBedragBijMutaties = money(s.value(1));
    a.TotaalBedragAfMutaties = money(s.value(2));
    a.TotaalSaldoReserveringen = reserveringen.Totaal;
    a.HuidigTotaalSaldoReserveringen = reserveringen.Totaal;
    return out;
}

std::vector<TPLHeader> SimStore::plHeaders(qint32 relatieCode) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT volgnummer, startdatum FROM lening WHERE relatiecode = ? ORDER BY volgnummer"));
    q.addBindValue(relatieCode);
    q.exec();
    std::vector<TPLHeader> out;
    while (q.next())
        out.push_back({relatieCode, q.value(0).toInt(), fromIso(q.value(1))});
    return out;
}

std::optional<TPL> SimStore::pl(qint32 relatieCode, qint32 volgnummer) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT startdatum, netto_cents, bruto_cents, maandtermijn_cents, aantal_maanden, saldo_cents,"
                             " achterstand_cents, resterende_looptijd, eff_jaarpercentage, maandpercentage, medewerker, soort"
                             " FROM lening WHERE relatiecode = ? AND volgnummer = ?"));
    q.addBindValue(relatieCode);
    q.addBindValue(volgnummer);
    if (!q.exec() || !q.next())
        return std::nullopt;
    TPL p;
    p.InfoHeader = {relatieCode, volgnummer, fromIso(q.value(0))};
    p.NettoKredietsom = money(q.value(1));
    p.BrutoKredietsom = money(q.value(2));
    p.Kredietvergoeding = Money::fromCents(p.BrutoKredietsom.cents() - p.NettoKredietsom.cents());
    p.MaandTermijn = money(q.value(3));
    p.AantalMaanden = q.value(4).toInt();
    p.SaldoLening = money(q.value(5));
    p.Achterstand = money(q.value(6));
    p.ResterendeLooptijd = q.value(7).toInt();
    p.EffectiefJaarpercentage.text = q.value(8).toString();
    p.MaandPercentage.text = q.value(9).toString();
    p.Medewerker = q.value(10).toString();
    p.LeningSoort = q.value(11).toString();
    p.TheoEinddatum = p.InfoHeader.Startdatum.addMonths(p.AantalMaanden);
    p.DatumEersteAflossing = p.InfoHeader.Startdatum.addMonths(1);
    p.Betaald = Money::fromCents(p.BrutoKredietsom.cents() - p.SaldoLening.cents());
    p.VolledigVervroegdeAflossing = p.SaldoLening;
    return p;
}

std::vector<TBBoxHeader> SimStore::berichten(qint32 relatieCode, const QDateTime &van, const QDateTime &tot) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT code, afzender_ontvanger, onderwerp, tijdstip, ontvangen, gelezen FROM bericht"
                             " WHERE relatiecode = ? AND tijdstip >= ? AND tijdstip <= ? ORDER BY tijdstip DESC LIMIT ?"));
    q.addBindValue(relatieCode);
    q.addBindValue(van.isValid() ? iso(van) : QStringLiteral("0000"));
    q.addBindValue(tot.isValid() ? iso(tot.addDays(1)) : QStringLiteral("9999"));
    q.addBindValue(kMaxBerichtenPerCall);
    q.exec();
    std::vector<TBBoxHeader> out;
    while (q.next()) {
        TBBoxHeader h;
        h.Code = q.value(0).toLongLong();
        h.AfzenderOntvanger = q.value(1).toString();
        h.Onderwerp = q.value(2).toString();
        h.Tijdstip = fromIso(q.value(3));
        h.IndicatieOntvangen = q.value(4).toBool();
        h.IndicatieGelezen = q.value(5).toBool();
        out.push_back(h);
    }
    return out;
}

Outcome<TBBROpdracht> SimStore::maakEenmaligeOpdracht(const EenmaligeOpdrachtRequest &r)
{
    using O = Outcome<TBBROpdracht>;
    if (r.aReferentie.trimmed().isEmpty() || r.aReferentie.size() > kMaxReferentieChars)
        return O::refuse(QStringLiteral("Referentie ontbreekt of is te lang"));
    if (!r.aBedrag.isPositive() || !r.aBedrag.inRange())
        return O::refuse(QStringLiteral("Bedrag moet groter zijn dan nul"));
    if (!Iban::isValid(r.aIBAN))
        return O::refuse(QStringLiteral("Rekeningnummer is geen geldig IBAN"));
    QSqlDatabase db = QSqlDatabase::database(connection_);
    db.transaction(); // the check, the debit and the order stand or fall together
    auto done = [&](TBBROpdracht o) { db.commit(); return O::ok(std::move(o)); };
    auto refuse = [&](QString why) { db.rollback(); return O::refuse(std::move(why)); };

    if (isGeannuleerd(r.aReferentie))
        return refuse(QStringLiteral("Opdracht is geannuleerd"));
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id, relatiecode, nummer_reservering, bedrag_cents, iban, omschrijving, ontvangen"
                                    " FROM eenmalige_opdracht WHERE referentie = ?"));
    existing.addBindValue(r.aReferentie);
    existing.exec();
    TBBROpdracht o;
    o.Relatiecode = r.aRelatieCode;
    o.Referentie = r.aReferentie;
    o.Omschrijving = r.aOmschrijving;
    o.Periodiciteit = QStringLiteral("E");
    o.AantalKeerPerPeriode = 1;
    o.PeriodeBedrag = r.aBedrag;
    o.BetaaldBedrag = r.aBedrag;
    o.Soort = QStringLiteral("Doorbetaling");
    o.NummerReservering = r.aNummerReservering;
    if (existing.next()) {
        const bool same = existing.value(1).toInt() == r.aRelatieCode && existing.value(2).toInt() == r.aNummerReservering
            && existing.value(3).toLongLong() == r.aBedrag.cents() && existing.value(4).toString() == Iban::parse(r.aIBAN)->electronic();
        if (!same)
            return refuse(QStringLiteral("Referentie is al gebruikt voor een andere opdracht"));
        o.UniekVolgnummer = existing.value(0).toInt();
        o.Omschrijving = existing.value(5).toString();
        o.StartDatum = fromIso(existing.value(6));
        return done(o);
    }
    QSqlQuery saldo(db);
    saldo.prepare(QStringLiteral("SELECT saldo_cents FROM reservering WHERE relatiecode = ? AND volgnummer = ?"));
    saldo.addBindValue(r.aRelatieCode);
    saldo.addBindValue(r.aNummerReservering);
    if (!saldo.exec() || !saldo.next())
        return refuse(QStringLiteral("Reservering bestaat niet"));
    if (saldo.value(0).toLongLong() < r.aBedrag.cents())
        return refuse(QStringLiteral("Onvoldoende saldo in de reservering"));
    o.StartDatum = QDateTime::currentDateTime();
    const QString iban = Iban::parse(r.aIBAN)->electronic();
    const bool ok = exec(QStringLiteral("UPDATE reservering SET saldo_cents = saldo_cents - ? WHERE relatiecode = ? AND volgnummer = ?"),
                         {r.aBedrag.cents(), r.aRelatieCode, r.aNummerReservering})
        && exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                               " VALUES (?, ?, 0, ?, ?, ?, 0)"),
                {r.aRelatieCode, iso(o.StartDatum), r.aBedrag.cents(), r.aOmschrijving, iban})
        && exec(QStringLiteral("INSERT INTO eenmalige_opdracht (relatiecode, nummer_reservering, bedrag_cents, iban, omschrijving,"
                               " referentie, ontvangen) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {r.aRelatieCode, r.aNummerReservering, r.aBedrag.cents(), iban, r.aOmschrijving, r.aReferentie, iso(o.StartDatum)});
    if (!ok)
        return refuse(QStringLiteral("Opdracht kon niet worden opgeslagen"));
    QSqlQuery id(QStringLiteral("SELECT last_insert_rowid()"), db);
    id.next();
    o.UniekVolgnummer = id.value(0).toInt();
    return done(o);
}

bool SimStore::isGeannuleerd(const QString &referentie) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT 1 FROM geannuleerde_referentie WHERE referentie = ?"));
    q.addBindValue(referentie);
    return q.exec() && q.next();
}

// The simulator pays an order the moment it accepts it, so a received order is always
// "Uitgevoerd"; a Referentie never received is remembered as cancelled (docs/ALLEGRO.md).
Outcome<AnnuleerOpdrachtResponse> SimStore::annuleerEenmaligeOpdracht(const AnnuleerOpdrachtRequest &r)
{
    using O = Outcome<AnnuleerOpdrachtResponse>;
    if (r.aReferentie.trimmed().isEmpty() || r.aReferentie.size() > kMaxReferentieChars)
        return O::refuse(QStringLiteral("Referentie ontbreekt of is te lang"));
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT id FROM eenmalige_opdracht WHERE referentie = ?"));
    q.addBindValue(r.aReferentie);
    if (!q.exec())
        return O::refuse(QStringLiteral("Opdracht kon niet worden gelezen"));
    if (q.next())
        return O::ok({kOpdrachtUitgevoerd, q.value(0).toInt()});
    if (!exec(QStringLiteral("INSERT OR IGNORE INTO geannuleerde_referentie (referentie, geannuleerd) VALUES (?, ?)"),
              {r.aReferentie, iso(QDateTime::currentDateTime())}))
        return O::refuse(QStringLiteral("Annulering kon niet worden opgeslagen"));
    return O::ok({kOpdrachtGeannuleerd, 0});
}

Outcome<TBBoxHeader> SimStore::stuurBericht(const StuurBerichtRequest &r)
{
    using O = Outcome<TBBoxHeader>;
    if (r.aReferentie.trimmed().isEmpty() || r.aReferentie.size() > kMaxReferentieChars)
        return O::refuse(QStringLiteral("Referentie ontbreekt of is te lang"));
    if (!relatieExists(r.aRelatieCode))
        return O::refuse(QStringLiteral("Relatie bestaat niet"));
    if (r.aOnderwerp.size() > 200 || r.aTekst.size() > 20'000)
        return O::refuse(QStringLiteral("Bericht is te lang"));
    const QString now = iso(QDateTime::currentDateTime());
    // INSERT OR IGNORE on the unique Referentie makes a repeat a no-op.
    exec(QStringLiteral("INSERT OR IGNORE INTO bericht (relatiecode, afzender_ontvanger, onderwerp, tekst, tijdstip, ontvangen, gelezen,"
                        " referentie) VALUES (?, 'Van: Regie', ?, ?, ?, 1, 0, ?)"),
         {r.aRelatieCode, r.aOnderwerp, r.aTekst, now, r.aReferentie});
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT code, afzender_ontvanger, onderwerp, tijdstip FROM bericht WHERE referentie = ?"));
    q.addBindValue(r.aReferentie);
    if (!q.exec() || !q.next())
        return O::refuse(QStringLiteral("Bericht kon niet worden opgeslagen"));
    TBBoxHeader h;
    h.Code = q.value(0).toLongLong();
    h.AfzenderOntvanger = q.value(1).toString();
    h.Onderwerp = q.value(2).toString();
    h.Tijdstip = fromIso(q.value(3));
    h.IndicatieOntvangen = true;
    return O::ok(h);
}

QJsonArray SimStore::ordersJson() const
{
    QSqlQuery q(QStringLiteral("SELECT id, relatiecode, nummer_reservering, bedrag_cents, iban, omschrijving, referentie, ontvangen"
                               " FROM eenmalige_opdracht ORDER BY id"),
                QSqlDatabase::database(connection_));
    QJsonArray out;
    while (q.next()) {
        out.append(QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                               {QStringLiteral("relatieCode"), q.value(1).toInt()},
                               {QStringLiteral("nummerReservering"), q.value(2).toInt()},
                               {QStringLiteral("bedragCents"), q.value(3).toLongLong()},
                               {QStringLiteral("iban"), q.value(4).toString()},
                               {QStringLiteral("omschrijving"), q.value(5).toString()},
                               {QStringLiteral("referentie"), q.value(6).toString()},
                               {QStringLiteral("ontvangen"), q.value(7).toString()}});
    }
    return out;
}

Outcome<QJsonObject> SimStore::addMutatie(const QJsonObject &r)
{
    using O = Outcome<QJsonObject>;
    const qint32 relatie = r.value(QStringLiteral("relatieCode")).toInt();
    const qint64 cents = r.value(QStringLiteral("bedragCents")).toInteger();
    const bool bij = r.value(QStringLiteral("bij")).toBool(true);
    const qint32 reservering = r.value(QStringLiteral("nummerReservering")).toInt();
    if (!relatieExists(relatie))
        return O::refuse(QStringLiteral("relatieCode is unknown"));
    if (cents <= 0 || cents > Money::kMaxAbsCents)
        return O::refuse(QStringLiteral("bedragCents must be a positive integer"));
    const QString omschrijving = r.value(QStringLiteral("omschrijving")).toString().left(200);
    const QDateTime datum = r.contains(QStringLiteral("datum"))
        ? fromIso(r.value(QStringLiteral("datum")))
        : QDateTime::currentDateTime();
    if (!datum.isValid())
        return O::refuse(QStringLiteral("datum is not an xs:dateTime"));
    QString error;
    if (!exec(QStringLiteral("INSERT INTO mutatie (relatiecode, datum, bij, bedrag_cents, omschrijving, rekeningnummer, reservering)"
                             " VALUES (?, ?, ?, ?, ?, '', ?)"),
              {relatie, iso(datum), bij ? 1 : 0, cents, omschrijving, reservering}, &error))
        return O::refuse(error);
    if (reservering > 0) {
        exec(QStringLiteral("UPDATE reservering SET saldo_cents = saldo_cents + ? WHERE relatiecode = ? AND volgnummer = ?"),
             {bij ? cents : -cents, relatie, reservering});
    }
    QSqlQuery id(QStringLiteral("SELECT last_insert_rowid()"), QSqlDatabase::database(connection_));
    id.next();
    return O::ok(QJsonObject{{QStringLiteral("volgnummerMutatie"), id.value(0).toLongLong()}});
}

} // namespace regie::allegrosim
