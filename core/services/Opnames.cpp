#include "services/Opnames.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "base/Assert.h"
#include "calendar/AmsterdamTijd.h"
#include "calendar/WerkdagKalender.h"
#include "domain/Lifecycle.h"
#include "ledger/Ledger.h"
#include "outbox/Outbox.h"
#include "rules/Venster.h"
#include "rules/RuleEngine.h"
#include "services/Afspraken.h"
#include "services/Besluiten.h"
#include "services/Mailmeldingen.h"
#include "services/Persoonsgegevens.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

namespace regie::services {

using storage::Sql;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Opnames", text); }

constexpr int kMaxToelichting = 500;

QString teVeelWachtend() { return tr("Je hebt al veel verzoeken die wachten. Wacht eerst op je medewerker."); }
constexpr int kMaxExtraToelichting = 1000;

struct Row {
    qint64 id = 0;
    QString publicId;
    qint64 inwonerId = 0, reserveringId = 0, eigenRekeningId = 0;
    Money bedrag;
    VerzoekStatus status = VerzoekStatus::Concept;
    std::optional<qint64> holdTransferId;
    bool vierOgen = false;
    QString reserveringNaam;
    QString pseudonym; // the inwoner's public_id, for the audit trail
};

const QString kRowSelect = QStringLiteral(
    "SELECT v.id, v.public_id, v.inwoner_id, v.reservering_id, v.eigen_rekening_id, v.bedrag_cents, v.status,"
    " v.hold_transfer_id, v.vier_ogen, r.naam AS reservering_naam, i.public_id AS inwoner_public_id"
    " FROM verzoeken v JOIN reserveringen r ON r.id = v.reservering_id JOIN inwoners i ON i.id = v.inwoner_id"
    " WHERE v.public_id = :p");

std::optional<Row> loadRow(storage::Database &db, const QString &publicId, bool forUpdate)
{
    Sql q(db, kRowSelect + (forUpdate ? db.lockClause(QStringLiteral("v")) : QString()));
    q.bind(QStringLiteral(":p"), publicId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Row r;
    r.id = q.int64(0);
    r.publicId = q.text(1);
    r.inwonerId = q.int64(2);
    r.reserveringId = q.int64(3);
    r.eigenRekeningId = q.int64(4);
    r.bedrag = Money::fromCents(q.int64(5));
    r.status = verzoekStatusFromCode(q.text(6)).value_or(VerzoekStatus::Concept);
    if (!q.isNull(7))
        r.holdTransferId = q.int64(7);
    r.vierOgen = q.int64(8) != 0;
    r.reserveringNaam = q.text(9);
    r.pseudonym = q.text(10);
    return r;
}

struct Evaluatie {
    rules::Afspraak afspraak;
    rules::Context context;
    rules::Verzoek verzoek;
};

// Gathers everything evaluate() needs from the database; pure evaluation follows.
std::optional<Evaluatie> gather(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId, Money bedrag,
                                qint64 eigenRekeningId, qint64 excludeVerzoekId)
{
    Sql res(ctx.db, QStringLiteral("SELECT soort, actief FROM reserveringen WHERE id = :r AND inwoner_id = :i"));
    res.bind(QStringLiteral(":r"), reserveringId).bind(QStringLiteral(":i"), inwonerId);
    if (!res.exec() || !res.next())
        return std::nullopt;
    Evaluatie e;
    e.afspraak = geldendeAfspraak(ctx, inwonerId, reserveringId);
    e.context.nu = ctx.now();
    e.context.reserveringId = reserveringId;
    e.context.soort = reserveringSoortFromCode(res.text(0)).value_or(ReserveringSoort::VrijBesteedbaar);
    e.context.reserveringActief = res.int64(1) != 0;

    ledger::Ledger ledger(ctx.db, ctx.clock);
    const auto account = ledger.accountForReservering(reserveringId);
    const auto balance = account ? ledger.balance(*account) : std::nullopt;
    if (!balance)
        return std::nullopt;
    e.context.beschikbaar = balance->availableCredit();

    Sql earlier(ctx.db, QStringLiteral(
        "SELECT verstuurd_at, bedrag_cents FROM verzoeken WHERE reservering_id = :r AND id <> :self"
        " AND status IN ('uitgevoerd', 'wacht_op_akkoord', 'wacht_op_tweede_akkoord') AND verstuurd_at >= :since"
        " ORDER BY verstuurd_at LIMIT 1000"));
    earlier.bind(QStringLiteral(":r"), reserveringId)
        .bind(QStringLiteral(":self"), excludeVerzoekId)
        .bind(QStringLiteral(":since"), storage::toDbTime(rules::vensterBegin(ctx.now())));
    if (!earlier.exec())
        return std::nullopt;
    while (earlier.next())
        e.context.eerdereOpnames.append(
            rules::EerdereOpname{storage::fromDbTime(earlier.text(0)), Money::fromCents(earlier.int64(1))});

    Sql own(ctx.db, QStringLiteral("SELECT id, iban_enc, geverifieerd FROM eigen_rekeningen WHERE inwoner_id = :i"));
    own.bind(QStringLiteral(":i"), inwonerId);
    if (!own.exec())
        return std::nullopt;
    while (own.next()) {
        const QString iban =
            Persoonsgegevens(ctx.cipher).tekst(VersleuteldVeld::EigenRekeningIban, own.value(1)).value_or(QString());
        if (own.int64(2) != 0 && !iban.isEmpty())
            e.context.eigenIbans.append(iban);
        if (own.int64(0) == eigenRekeningId)
            e.verzoek.doelIban = iban;
    }
    if (e.verzoek.doelIban.isEmpty())
        return std::nullopt;
    e.verzoek.reserveringId = reserveringId;
    e.verzoek.bedrag = bedrag;
    if (e.afspraak.scope != rules::Scope::Reservering)
        e.afspraak.reserveringId.reset();
    return e;
}

std::optional<rules::Beoordeling> evaluateFor(const Evaluatie &e)
{
    const auto result = rules::evaluate(e.afspraak, e.verzoek, e.context);
    return result.beoordeling;
}

Money vierOgenGrens(storage::Database &db, qint64 inwonerId)
{
    Sql q(db, QStringLiteral("SELECT t.vier_ogen_grens_cents FROM teams t JOIN inwoners i ON i.team_id = t.id"
                             " WHERE i.id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec() || !q.next())
        return Money::zero();
    return Money::fromCents(q.int64(0));
}

bool notify(Change &c, std::optional<qint64> userId, std::optional<qint64> inwonerId, const QString &soort,
            const QString &titel, const QString &tekst, qint64 verzoekId, QString *error)
{
    Sql q(c.db(), QStringLiteral("INSERT INTO meldingen (user_id, inwoner_id, soort, titel, tekst, verzoek_id, created_at)"
                                 " VALUES (:u, :i, :s, :t, :x, :v, :at)"));
    q.bind(QStringLiteral(":u"), storage::nullable(userId))
        .bind(QStringLiteral(":i"), storage::nullable(inwonerId))
        .bind(QStringLiteral(":s"), soort)
        .bind(QStringLiteral(":t"), titel)
        .bind(QStringLiteral(":x"), tekst)
        .bind(QStringLiteral(":v"), verzoekId)
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!q.exec()) {
        *error = q.error();
        return false;
    }
    return true;
}

bool meldInwoner(Change &c, const Row &row, const QString &soort, const QString &titel, const QString &tekst,
                 QString *error)
{
    return notify(c, std::nullopt, row.inwonerId, soort, titel, tekst, row.id, error);
}

// Reads the request under the write lock and checks the actor may take this kind of step on
// it. Another inwoner's request is refused (audited) and answered exactly like one that does
// not exist.
Result<Row> vergrendel(Change &c, const QString &publicId, auth::Action action, const QString &auditAction,
                       bool perInwoner = false)
{
    if (perInwoner) {
        // Confirmations of one inwoner run one after the other, also on PostgreSQL where the
        // row lock on one request does not hold back another: the limit on waiting requests
        // and the rules' counts (per week, per month) are then read after the previous
        // confirmation committed. Lock order is always inwoner, then request.
        const auto peek = loadRow(c.db(), publicId, false);
        if (!peek)
            return notFound<Row>();
        Sql lock(c.db(), QStringLiteral("SELECT id FROM inwoners WHERE id = :i") + c.db().lockClause());
        lock.bind(QStringLiteral(":i"), peek->inwonerId);
        if (!lock.exec() || !lock.next())
            return storageFailure<Row>(lock.error());
    }
    const auto row = loadRow(c.db(), publicId, true);
    if (!row)
        return notFound<Row>();
    if (!auth::mag(c.db(), c.actor(), action, row->inwonerId))
        return c.refuse<Row>(auditAction, row->pseudonym, QStringLiteral("verzoek"), publicId);
    return Result<Row>::success(*row);
}

// Moves the request one step along the lifecycle table. The caller asked the table first
// (stap()); here the table is asserted again, and exactly this row must move from exactly
// this state (pair assertion with the read under lock).
bool zet(Change &c, Row &row, lifecycle::Actie actie, QString *error, const QString &extraSet = {},
         const QList<std::pair<QString, QVariant>> &binds = {})
{
    const lifecycle::Overgang *overgang = lifecycle::zoek(row.status, actie, c.actor().role);
    REGIE_ASSERT(overgang != nullptr);
    Sql q(c.db(), QStringLiteral("UPDATE verzoeken SET status = :to, versie = versie + 1") + extraSet
                      + QStringLiteral(" WHERE id = :id AND status = :from"));
    q.bind(QStringLiteral(":to"), toCode(overgang->naar))
        .bind(QStringLiteral(":id"), row.id)
        .bind(QStringLiteral(":from"), toCode(row.status));
    for (const auto &[name, value] : binds)
        q.bind(name, value);
    if (!q.exec()) {
        *error = q.error();
        return false;
    }
    REGIE_ASSERT(q.numRowsAffected() == 1);
    row.status = overgang->naar;
    return true;
}

bool magStap(const Change &c, const Row &row, lifecycle::Actie actie)
{
    return lifecycle::zoek(row.status, actie, c.actor().role) != nullptr;
}

QJsonObject payoutPayload(const Row &row, const QString &relatiecode, const QString &allegroNummer)
{
    return QJsonObject{{QStringLiteral("verzoek"), row.publicId},
                       {QStringLiteral("referentie"), QString(QStringLiteral("REGIE-") + row.publicId)},
                       {QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                       {QStringLiteral("eigen_rekening_id"), row.eigenRekeningId},
                       {QStringLiteral("inwoner_id"), row.inwonerId},
                       {QStringLiteral("relatiecode"), relatiecode},
                       {QStringLiteral("reservering_nummer"), allegroNummer},
                       {QStringLiteral("omschrijving"), QString(QStringLiteral("Opname ") + row.reserveringNaam)}};
}

void zaakAfronden(Change &c, const Row &row, const QString &resultaat)
{
    c.outbox(outbox::topics::kZaakAfronden, QStringLiteral("zaak-einde:") + row.publicId,
             QJsonObject{{QStringLiteral("verzoek"), row.publicId}, {QStringLiteral("resultaat"), resultaat}});
}

void publiceerVoorCaseload(Change &c, const Row &row)
{
    for (qint64 medewerker : verzoekOntvangers(c.db(), row.inwonerId))
        c.publish({QStringLiteral("werkvoorraad.gewijzigd"), row.inwonerId, medewerker, row.publicId});
}

} // namespace

Opnames::Opnames(ServiceContext &context) : ctx_(context) {}

VrijeRuimte vrijeRuimte(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId)
{
    Sql own(ctx.db, QStringLiteral("SELECT id FROM eigen_rekeningen WHERE inwoner_id = :i AND geverifieerd = 1"
                                   " ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":i"), inwonerId);
    if (!own.exec() || !own.next())
        return {};
    const auto e = gather(ctx, inwonerId, reserveringId, Money::fromCents(1), own.int64(0), 0);
    if (!e)
        return {};
    return VrijeRuimte{rules::maxVrijBedrag(e->afspraak, e->context), rules::uitlegVoorInwoner(e->afspraak)};
}

// ---- The effects of the lifecycle's steps -----------------------------------------------

namespace {

struct Uitvoering {
    QDate datum;
    QString tekst;
};

Uitvoering bijschrijving(const Change &c)
{
    calendar::WerkdagKalender kalender;
    const auto b = kalender.verwachteBijschrijving(c.now(), c.ctx().settings.cutOff,
                                                   c.ctx().settings.verwerkingsWerkdagen);
    return Uitvoering{b.datum, b.uitlegB1};
}

// Effect Betalen: posts the money out (directly, or by posting the hold), orders the payout
// in Allegro through the outbox and tells the inwoner.
bool betaal(Change &c, const Row &row, QString *error)
{
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    ledger::TransferResult transfer;
    if (row.holdTransferId) {
        transfer = ledger.postPending(QStringLiteral("opname-post:") + row.publicId, *row.holdTransferId);
    } else {
        const auto from = ledger.accountForReservering(row.reserveringId);
        const auto bank = ledger.accountFor(row.inwonerId, ledger::AccountSoort::Bank);
        if (!from || !bank) {
            *error = QStringLiteral("ledger accounts missing");
            return false;
        }
        transfer = ledger.transfer(ledger::TransferRequest{QStringLiteral("opname:") + row.publicId, *from, *bank,
                                                           row.bedrag, QStringLiteral("opname"),
                                                           QStringLiteral("opname naar eigen rekening"), row.id});
    }
    if (!transfer.ok()) {
        *error = transfer.message;
        return false;
    }
    const Uitvoering aankomst = bijschrijving(c);
    Sql update(c.db(), QStringLiteral("UPDATE verzoeken SET uitvoer_transfer_id = :t, verwachte_bijschrijving = :d,"
                                      " afgerond_at = :at WHERE id = :id"));
    update.bind(QStringLiteral(":t"), transfer.transferId)
        .bind(QStringLiteral(":d"), storage::toDbDate(aankomst.datum))
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()))
        .bind(QStringLiteral(":id"), row.id);
    if (!update.exec()) {
        *error = update.error();
        return false;
    }
    Sql ids(c.db(), QStringLiteral("SELECT i.allegro_relatiecode, r.allegro_nummer FROM inwoners i"
                                   " JOIN reserveringen r ON r.inwoner_id = i.id WHERE r.id = :r"));
    ids.bind(QStringLiteral(":r"), row.reserveringId);
    QString relatie, nummer;
    if (ids.exec() && ids.next()) {
        relatie = ids.text(0);
        nummer = ids.text(1);
    }
    c.outbox(outbox::topics::kAllegroBetaalopdracht, QStringLiteral("betaal:") + row.publicId,
             payoutPayload(row, relatie, nummer));
    const QString tekst = tr("We sturen %1 uit je potje %2 naar je rekening.")
                              .arg(row.bedrag.formatDutch(), row.reserveringNaam)
                          + u' ' + aankomst.tekst;
    if (!meldInwoner(c, row, QStringLiteral("verzoek.uitgevoerd"), tr("Je geld is onderweg"), tekst, error))
        return false;
    c.audit(audit::actions::VerzoekUitgevoerd, row.pseudonym, QStringLiteral("verzoek"), row.publicId,
            QJsonObject{{QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                        {QStringLiteral("transfer"), transfer.transferId}});
    c.publish({QStringLiteral("saldo.gewijzigd"), row.inwonerId, std::nullopt, row.publicId});
    return true;
}

// Effect HoldVrijgeven: the money is back in the potje.
bool geefHoldVrij(Change &c, const Row &row, const QString &why, QString *error)
{
    if (!row.holdTransferId)
        return true;
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto result = ledger.voidPending(QStringLiteral("opname-void:") + row.publicId, *row.holdTransferId);
    if (!result.ok())
        *error = why + QStringLiteral(": ") + result.message;
    else
        c.publish({QStringLiteral("saldo.gewijzigd"), row.inwonerId, std::nullopt, row.publicId});
    return result.ok();
}

// Effect HoldPlaatsen.
std::optional<qint64> plaatsHold(Change &c, const Row &row, QString *error)
{
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto from = ledger.accountForReservering(row.reserveringId);
    const auto bank = ledger.accountFor(row.inwonerId, ledger::AccountSoort::Bank);
    if (!from || !bank) {
        *error = QStringLiteral("ledger accounts missing");
        return std::nullopt;
    }
    const auto hold = ledger.createPending(ledger::TransferRequest{QStringLiteral("opname-hold:") + row.publicId, *from,
                                                                   *bank, row.bedrag, QStringLiteral("opname"),
                                                                   QStringLiteral("wacht op akkoord"), row.id});
    if (!hold.ok()) {
        *error = hold.message;
        return std::nullopt;
    }
    c.publish({QStringLiteral("saldo.gewijzigd"), row.inwonerId, std::nullopt, row.publicId});
    return hold.transferId;
}

// ---- bevestig: one function per outcome of the rules -------------------------------------

QString beoordelingJson(const rules::Beoordeling &b)
{
    return QString::fromUtf8(QJsonDocument(b.toJson()).toJson(QJsonDocument::Compact));
}

// Uitvoeren: the afspraken allow it, paid at once.
bool voerUit(Change &c, Row &row, const rules::Beoordeling &b, QString *error)
{
    const QString at = storage::toDbTime(c.now());
    return zet(c, row, lifecycle::Actie::Uitvoeren, error,
               QStringLiteral(", uitkomst = :u, beoordeling_json = :j, verstuurd_at = :at"),
               {{QStringLiteral(":u"), rules::toString(b.uitkomst)}, {QStringLiteral(":j"), beoordelingJson(b)},
                {QStringLiteral(":at"), at}})
           && betaal(c, row, error);
}

// Indienen: it needs a medewerker. Hold, zaak, the inwoner and the caseload are told.
bool dienIn(Change &c, Row &row, const rules::Beoordeling &b, QString *error)
{
    const auto hold = plaatsHold(c, row, error);
    if (!hold)
        return false;
    const Money grens = vierOgenGrens(c.db(), row.inwonerId);
    const bool vierOgen = grens.isPositive() && row.bedrag >= grens;
    if (!zet(c, row, lifecycle::Actie::Indienen, error,
             QStringLiteral(", uitkomst = :u, beoordeling_json = :j, verstuurd_at = :at, hold_transfer_id = :h,"
                            " vier_ogen = :vo"),
             {{QStringLiteral(":u"), rules::toString(b.uitkomst)}, {QStringLiteral(":j"), beoordelingJson(b)},
              {QStringLiteral(":at"), storage::toDbTime(c.now())}, {QStringLiteral(":h"), *hold},
              {QStringLiteral(":vo"), vierOgen ? 1 : 0}}))
        return false;
    row.holdTransferId = *hold;
    const QString tekst = tr("Je vraagt %1 uit je potje %2. Dit past niet in je afspraken. "
                             "Je medewerker kijkt %3 naar je verzoek. Je krijgt daarna een bericht.")
                              .arg(row.bedrag.formatDutch(), row.reserveringNaam,
                                   behandelTermijnTekst(c.ctx().settings));
    if (!meldInwoner(c, row, QStringLiteral("verzoek.ingediend"), tr("Je verzoek is verstuurd"), tekst, error))
        return false;
    for (qint64 medewerker : verzoekOntvangers(c.db(), row.inwonerId)) {
        if (!notify(c, medewerker, std::nullopt, QStringLiteral("werkvoorraad.nieuw"), tr("Nieuw opnameverzoek"),
                    tr("Er wacht een verzoek van %1 uit %2.").arg(row.bedrag.formatDutch(), row.reserveringNaam),
                    row.id, error))
            return false;
        c.publish({QStringLiteral("werkvoorraad.gewijzigd"), row.inwonerId, medewerker, row.publicId});
    }
    if (!meldNieuwVerzoek(c, row.id, row.inwonerId, error))
        return false;
    c.outbox(outbox::topics::kZaakAanmaken, QStringLiteral("zaak:") + row.publicId,
             QJsonObject{{QStringLiteral("verzoek"), row.publicId},
                         {QStringLiteral("inwoner_id"), row.inwonerId},
                         {QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                         {QStringLiteral("reservering"), row.reserveringNaam}});
    c.audit(audit::actions::VerzoekIngediend, row.pseudonym, QStringLiteral("verzoek"), row.publicId,
            QJsonObject{{QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                        {QStringLiteral("uitkomst"), rules::toString(b.uitkomst)},
                        {QStringLiteral("vier_ogen"), vierOgen}});
    return true;
}

// Afwijzen: not allowed, or not enough money; the standard explanation. A refusal by the
// rules is an outcome like a medewerker's refusal (seed, postconditie 1b): a message in
// Allegro and a zaak with resultaat and eindstatus, through the outbox.
bool wijsAf(Change &c, Row &row, const rules::Beoordeling &b, QString *error)
{
    const QString at = storage::toDbTime(c.now());
    const QString titel = tr("Je verzoek kan niet");
    const QString tekst = b.samenvatting();
    if (!zet(c, row, lifecycle::Actie::Afwijzen, error,
             QStringLiteral(", uitkomst = :u, beoordeling_json = :j, verstuurd_at = :at, afgerond_at = :at"),
             {{QStringLiteral(":u"), rules::toString(b.uitkomst)}, {QStringLiteral(":j"), beoordelingJson(b)},
              {QStringLiteral(":at"), at}})
        || !meldInwoner(c, row, QStringLiteral("verzoek.afgewezen"), titel, tekst, error)
        || !meldBesluitAanInwoner(c, row.id, row.inwonerId, titel, tekst, error))
        return false;
    zaakAfronden(c, row, QStringLiteral("afgewezen"));
    c.outbox(outbox::topics::kAllegroBericht, QStringLiteral("bericht:") + row.publicId,
             QJsonObject{{QStringLiteral("verzoek"), row.publicId}, {QStringLiteral("inwoner_id"), row.inwonerId},
                         {QStringLiteral("onderwerp"), titel}, {QStringLiteral("tekst"), tekst}});
    c.audit(audit::actions::VerzoekAfgewezen, row.pseudonym, QStringLiteral("verzoek"), row.publicId,
            QJsonObject{{QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                        {QStringLiteral("uitkomst"), rules::toString(b.uitkomst)}});
    return true;
}

// The limit on waiting requests, read under the inwoner's lock (vergrendel perInwoner), so
// fifty concepts confirmed at once never leave more than the limit waiting.
Result<bool> binnenLimiet(Change &c, const Row &row)
{
    Sql open(c.db(), QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE inwoner_id = :i"
                                    " AND status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord')"));
    open.bind(QStringLiteral(":i"), row.inwonerId);
    if (!open.exec() || !open.next())
        return storageFailure<bool>(open.error());
    return Result<bool>::success(open.int64(0) < c.ctx().settings.maxOpenVerzoekenPerInwoner);
}

lifecycle::Actie actieVoor(rules::Uitkomst uitkomst)
{
    switch (uitkomst) {
    case rules::Uitkomst::Vrij:
        return lifecycle::Actie::Uitvoeren;
    case rules::Uitkomst::NaAkkoord:
        return lifecycle::Actie::Indienen;
    case rules::Uitkomst::NietToegestaan:
    case rules::Uitkomst::OnvoldoendeSaldo:
        break;
    }
    return lifecycle::Actie::Afwijzen;
}

// ---- beslis: the reason, the four eyes, then one step ------------------------------------

struct GekozenReden {
    QString code, tekstB1;
};

// The reason must come from the active catalogue and be of the decision's kind; a refusal
// always has one.
Result<GekozenReden> kiesReden(storage::Database &db, const BesluitInvoer &besluit)
{
    const auto kies = [] {
        return Result<GekozenReden>::failure(
            ErrorCode::Invalid, QStringLiteral("Kies een reden uit de lijst."),
            {FieldError{QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst.")}});
    };
    if (besluit.redenCode.isEmpty()) {
        if (!besluit.akkoord)
            return Result<GekozenReden>::failure(
                ErrorCode::Invalid, QStringLiteral("Een weigering heeft een reden nodig."),
                {FieldError{QStringLiteral("redenCode"), QStringLiteral("Kies een reden uit de lijst.")}});
        return Result<GekozenReden>::success({});
    }
    Sql reden(db, QStringLiteral("SELECT tekst_b1, soort FROM redenen WHERE code = :c AND actief = 1"));
    reden.bind(QStringLiteral(":c"), besluit.redenCode);
    if (!reden.exec() || !reden.next()
        || reden.text(1) != (besluit.akkoord ? QLatin1String("akkoord") : QLatin1String("weigering")))
        return kies();
    return Result<GekozenReden>::success(GekozenReden{besluit.redenCode, reden.text(0)});
}

// Records the decision as the next step; the same medewerker never counts twice.
Result<int> legBesluitVast(Change &c, const Row &row, const BesluitInvoer &besluit, const GekozenReden &reden)
{
    Sql prior(c.db(), QStringLiteral("SELECT medewerker_id FROM besluiten WHERE verzoek_id = :v"));
    prior.bind(QStringLiteral(":v"), row.id);
    if (!prior.exec())
        return storageFailure<int>(prior.error());
    int stap = 1;
    while (prior.next()) {
        if (prior.int64(0) == c.actor().userId)
            return Result<int>::failure(ErrorCode::Conflict,
                                        QStringLiteral("Voor dit bedrag moet een andere medewerker ook akkoord geven."));
        ++stap;
    }
    Sql record(c.db(), QStringLiteral("INSERT INTO besluiten (verzoek_id, medewerker_id, besluit, reden_code,"
                                      " reden_versie, extra_toelichting, stap, created_at)"
                                      " VALUES (:v, :m, :b, :r, (SELECT versie FROM redenen WHERE code = :rv), :x, :s, :at)"));
    record.bind(QStringLiteral(":v"), row.id)
        .bind(QStringLiteral(":m"), c.actor().userId)
        .bind(QStringLiteral(":b"), besluit.akkoord ? QStringLiteral("akkoord") : QStringLiteral("weigering"))
        .bind(QStringLiteral(":r"), storage::nullableText(reden.code))
        .bind(QStringLiteral(":rv"), storage::nullableText(reden.code))
        .bind(QStringLiteral(":x"), besluit.extraToelichting.trimmed())
        .bind(QStringLiteral(":s"), stap)
        .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!record.exec())
        return storageFailure<int>(record.error());
    return Result<int>::success(stap);
}

// The decision leaves Regie: the inwoner's melding (and mail), the zaak's resultaat and the
// message in Allegro carry the same text the medewerker's preview showed
// (Besluiten::voorbeeld uses besluitTekstB1 too).
bool meldBesluit(Change &c, const Row &row, bool akkoord, const QString &tekst, QString *error)
{
    const QString titel = besluitTitelB1(akkoord);
    if (!meldInwoner(c, row, akkoord ? QStringLiteral("besluit.akkoord") : QStringLiteral("besluit.weigering"), titel,
                     tekst, error))
        return false;
    zaakAfronden(c, row, akkoord ? QStringLiteral("toegekend") : QStringLiteral("geweigerd"));
    c.outbox(outbox::topics::kAllegroBericht, QStringLiteral("bericht:") + row.publicId,
             QJsonObject{{QStringLiteral("verzoek"), row.publicId}, {QStringLiteral("inwoner_id"), row.inwonerId},
                         {QStringLiteral("onderwerp"), titel}, {QStringLiteral("tekst"), tekst}});
    return meldBesluitAanInwoner(c, row.id, row.inwonerId, titel, tekst, error);
}

} // namespace

// ---- Inwoner steps -------------------------------------------------------------------

Result<Voorvertoning> Opnames::probeer(const Actor &actor, qint64 reserveringId, Money bedrag)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId || !checkAccess(ctx_, actor, auth::Action::LeesDossier, *inwonerId, audit::actions::DossierBekeken,
                                   QStringLiteral("reservering"), QString::number(reserveringId)))
        return notFound<Voorvertoning>();
    Sql own(ctx_.db, QStringLiteral("SELECT id FROM eigen_rekeningen WHERE inwoner_id = :i AND geverifieerd = 1"
                                    " ORDER BY id LIMIT 1"));
    own.bind(QStringLiteral(":i"), *inwonerId);
    if (!own.exec() || !own.next())
        return Result<Voorvertoning>::failure(ErrorCode::Conflict, tr("We kennen je eigen rekening nog niet. Bel je medewerker."));
    const auto e = gather(ctx_, *inwonerId, reserveringId, bedrag, own.int64(0), 0);
    if (!e)
        return storageFailure<Voorvertoning>(QStringLiteral("evaluation context"));
    const auto beoordeling = evaluateFor(*e);
    if (!beoordeling)
        return Result<Voorvertoning>::failure(ErrorCode::Invalid, Money::parseErrorText(Money::ParseError::Zero));
    return Result<Voorvertoning>::success(Voorvertoning{*beoordeling, rules::maxVrijBedrag(e->afspraak, e->context),
                                                        e->context.beschikbaar, rules::uitlegVoorInwoner(e->afspraak)});
}

Result<VerzoekView> Opnames::maakConcept(const Actor &actor, const OpnameInvoer &invoer)
{
    QList<FieldError> fields;
    Money bedrag;
    if (invoer.bedrag) {
        bedrag = *invoer.bedrag;
        if (!bedrag.isPositive() || !bedrag.inRange())
            fields.append({QStringLiteral("bedrag"), Money::parseErrorText(Money::ParseError::Zero)});
    } else {
        const auto parsed = Money::parseDutch(invoer.bedragTekst);
        if (parsed.ok())
            bedrag = *parsed.value;
        else
            fields.append({QStringLiteral("bedrag"), Money::parseErrorText(parsed.error)});
    }
    if (invoer.toelichting.size() > kMaxToelichting)
        fields.append({QStringLiteral("toelichting"), tr("Je uitleg is te lang. Gebruik niet meer dan 500 tekens.")});
    if (invoer.idempotencyKey.isEmpty() || invoer.idempotencyKey.size() > 100)
        fields.append({QStringLiteral("formulier"), tr("Er ging iets mis met het formulier. Probeer het opnieuw.")});

    const auto inwonerId = inwonerIdForReservering(ctx_, invoer.reserveringId);
    // Another inwoner's reservering looks exactly like one that does not exist.
    if (!inwonerId || !checkAccess(ctx_, actor, auth::Action::DoeOpname, *inwonerId, audit::actions::VerzoekAangemaakt,
                                   QStringLiteral("reservering"), QString::number(invoer.reserveringId)))
        return notFound<VerzoekView>();
    if (!fields.isEmpty())
        return Result<VerzoekView>::failure(ErrorCode::Invalid, fields.first().message, fields);

    const auto made = UnitOfWork(ctx_).run<QString>(actor, [&](Change &c) -> Result<QString> {
        Sql existing(c.db(), QStringLiteral("SELECT public_id, inwoner_id FROM verzoeken WHERE idempotency_key = :k"));
        existing.bind(QStringLiteral(":k"), invoer.idempotencyKey);
        if (!existing.exec())
            return storageFailure<QString>(existing.error());
        if (existing.next()) {
            if (existing.int64(1) != *inwonerId)
                return Result<QString>::failure(ErrorCode::Conflict,
                                                tr("Er ging iets mis met het formulier. Probeer het opnieuw."));
            return Result<QString>::success(existing.text(0)); // a double submit shows the same concept
        }
        Sql open(c.db(), QStringLiteral("SELECT COUNT(*) FROM verzoeken WHERE inwoner_id = :i"
                                        " AND status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord')"));
        open.bind(QStringLiteral(":i"), *inwonerId);
        if (!open.exec() || !open.next())
            return storageFailure<QString>(open.error());
        if (open.int64(0) >= ctx_.settings.maxOpenVerzoekenPerInwoner)
            return Result<QString>::failure(ErrorCode::Conflict, teVeelWachtend());

        qint64 rekeningId = invoer.eigenRekeningId.value_or(0);
        Sql own(c.db(), QStringLiteral("SELECT id, iban_eind FROM eigen_rekeningen WHERE inwoner_id = :i"
                                       " AND geverifieerd = 1 AND (id = :r OR :r = 0) ORDER BY id LIMIT 1"));
        own.bind(QStringLiteral(":i"), *inwonerId).bind(QStringLiteral(":r"), rekeningId);
        if (!own.exec())
            return storageFailure<QString>(own.error());
        if (!own.next())
            return Result<QString>::failure(ErrorCode::Invalid, tr("Kies je eigen rekening."),
                                            {FieldError{QStringLiteral("rekening"), tr("Kies je eigen rekening.")}});
        rekeningId = own.int64(0);

        const auto e = gather(ctx_, *inwonerId, invoer.reserveringId, bedrag, rekeningId, 0);
        const auto beoordeling = e ? evaluateFor(*e) : std::nullopt;
        if (!beoordeling)
            return Result<QString>::failure(
                ErrorCode::Invalid, Money::parseErrorText(Money::ParseError::TooLarge),
                {FieldError{QStringLiteral("bedrag"), Money::parseErrorText(Money::ParseError::TooLarge)}});
        const QString publicId = newPublicId();
        Sql insert(c.db(), QStringLiteral(
            "INSERT INTO verzoeken (public_id, inwoner_id, reservering_id, eigen_rekening_id, bedrag_cents,"
            " toelichting_inwoner, status, uitkomst, beoordeling_json, afspraak_id, idempotency_key, created_at)"
            " VALUES (:p, :i, :r, :e, :b, :t, 'concept', :u, :j, :a, :k, :at)"));
        insert.bind(QStringLiteral(":p"), publicId)
            .bind(QStringLiteral(":i"), *inwonerId)
            .bind(QStringLiteral(":r"), invoer.reserveringId)
            .bind(QStringLiteral(":e"), rekeningId)
            .bind(QStringLiteral(":b"), bedrag.cents())
            .bind(QStringLiteral(":t"), invoer.toelichting.trimmed())
            .bind(QStringLiteral(":u"), rules::toString(beoordeling->uitkomst))
            .bind(QStringLiteral(":j"), beoordelingJson(*beoordeling))
            .bind(QStringLiteral(":a"), storage::nullable(e->afspraak.id > 0 ? std::optional<qint64>(e->afspraak.id)
                                                                              : std::nullopt))
            .bind(QStringLiteral(":k"), invoer.idempotencyKey)
            .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
        if (!insert.exec())
            return storageFailure<QString>(insert.error());
        c.audit(audit::actions::VerzoekAangemaakt, inwonerPseudonym(ctx_, *inwonerId), QStringLiteral("verzoek"),
                publicId,
                QJsonObject{{QStringLiteral("bedrag_cents"), bedrag.cents()},
                            {QStringLiteral("voorvertoning"), rules::toString(beoordeling->uitkomst)}});
        if (invoer.afwijzenBijTekort && beoordeling->uitkomst == rules::Uitkomst::OnvoldoendeSaldo) {
            auto row = loadRow(c.db(), publicId, true);
            QString error;
            if (!row || !wijsAf(c, *row, *beoordeling, &error))
                return storageFailure<QString>(row ? error : QStringLiteral("new request not found"));
            c.publish({QStringLiteral("verzoek.gewijzigd"), row->inwonerId, std::nullopt, publicId});
        }
        return Result<QString>::success(publicId);
    });
    if (!made.ok())
        return Result<VerzoekView>::from(made);
    return bekijk(actor, *made.value);
}

Result<VerzoekView> Opnames::annuleer(const Actor &actor, const QString &publicId)
{
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        auto row = vergrendel(c, publicId, auth::Action::DoeOpname, audit::actions::VerzoekGeannuleerd);
        if (!row.ok())
            return Result<bool>::from(row);
        if (!magStap(c, *row.value, lifecycle::Actie::Annuleer))
            return Result<bool>::success(false); // Nee after Ja (or twice): nothing changes
        QString error;
        if (!zet(c, *row.value, lifecycle::Actie::Annuleer, &error, QStringLiteral(", afgerond_at = :at"),
                 {{QStringLiteral(":at"), storage::toDbTime(c.now())}}))
            return storageFailure<bool>(error);
        c.audit(audit::actions::VerzoekGeannuleerd, row.value->pseudonym, QStringLiteral("verzoek"), publicId);
        c.publish({QStringLiteral("verzoek.gewijzigd"), row.value->inwonerId, std::nullopt, publicId});
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<VerzoekView>::from(done);
    return bekijk(actor, publicId);
}

Result<VerzoekView> Opnames::bevestig(const Actor &actor, const QString &publicId)
{
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        auto locked = vergrendel(c, publicId, auth::Action::DoeOpname, audit::actions::VerzoekIngediend, true);
        if (!locked.ok())
            return Result<bool>::from(locked);
        Row &row = *locked.value;
        if (row.status != VerzoekStatus::Concept)
            return Result<bool>::success(false); // double click on Ja: one effect, same answer
        // Evaluate again under the write lock: balances or limits may have changed since the preview.
        const auto e = gather(ctx_, row.inwonerId, row.reserveringId, row.bedrag, row.eigenRekeningId, row.id);
        const auto beoordeling = e ? evaluateFor(*e) : std::nullopt;
        if (!beoordeling)
            return storageFailure<bool>(QStringLiteral("evaluation failed"));
        const lifecycle::Actie actie = actieVoor(beoordeling->uitkomst);
        if (!magStap(c, row, actie))
            return c.refuse<bool>(audit::actions::VerzoekIngediend, row.pseudonym, QStringLiteral("verzoek"), publicId);
        if (actie == lifecycle::Actie::Indienen) {
            const auto ruimte = binnenLimiet(c, row);
            if (!ruimte.ok())
                return Result<bool>::from(ruimte);
            if (!*ruimte.value)
                return Result<bool>::failure(ErrorCode::Conflict, teVeelWachtend());
        }
        QString error;
        const bool ok = actie == lifecycle::Actie::Uitvoeren  ? voerUit(c, row, *beoordeling, &error)
                        : actie == lifecycle::Actie::Indienen ? dienIn(c, row, *beoordeling, &error)
                                                              : wijsAf(c, row, *beoordeling, &error);
        if (!ok)
            return storageFailure<bool>(error);
        c.publish({QStringLiteral("verzoek.gewijzigd"), row.inwonerId, std::nullopt, publicId});
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<VerzoekView>::from(done);
    return bekijk(actor, publicId);
}

Result<VerzoekView> Opnames::trekIn(const Actor &actor, const QString &publicId)
{
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        auto locked = vergrendel(c, publicId, auth::Action::DoeOpname, audit::actions::VerzoekIngetrokken);
        if (!locked.ok())
            return Result<bool>::from(locked);
        Row &row = *locked.value;
        if (!magStap(c, row, lifecycle::Actie::Intrekken))
            return Result<bool>::failure(ErrorCode::Conflict, tr("Dit verzoek kun je niet meer intrekken."));
        QString error;
        if (!zet(c, row, lifecycle::Actie::Intrekken, &error, QStringLiteral(", afgerond_at = :at"),
                 {{QStringLiteral(":at"), storage::toDbTime(c.now())}})
            || !geefHoldVrij(c, row, QStringLiteral("intrekken"), &error)
            || !meldInwoner(c, row, QStringLiteral("verzoek.ingetrokken"), tr("Verzoek ingetrokken"),
                            tr("Je hebt je verzoek ingetrokken. Het geld blijft in je potje %1.").arg(row.reserveringNaam),
                            &error))
            return storageFailure<bool>(error);
        zaakAfronden(c, row, QStringLiteral("ingetrokken"));
        c.audit(audit::actions::VerzoekIngetrokken, row.pseudonym, QStringLiteral("verzoek"), publicId);
        c.publish({QStringLiteral("verzoek.gewijzigd"), row.inwonerId, std::nullopt, publicId});
        publiceerVoorCaseload(c, row);
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<VerzoekView>::from(done);
    return bekijk(actor, publicId);
}

// ---- Medewerker step -----------------------------------------------------------------

Result<VerzoekView> Opnames::beslis(const Actor &actor, const QString &publicId, const BesluitInvoer &besluit)
{
    const auto done = UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        auto locked = vergrendel(c, publicId, auth::Action::BeslisVerzoek,
                                 besluit.akkoord ? audit::actions::BesluitAkkoord : audit::actions::BesluitWeigering);
        if (!locked.ok())
            return Result<bool>::from(locked);
        Row &row = *locked.value;
        if (besluit.extraToelichting.size() > kMaxExtraToelichting)
            return Result<bool>::failure(ErrorCode::Invalid, QStringLiteral("Toelichting is te lang (max. 1000 tekens)."),
                                         {FieldError{QStringLiteral("extraToelichting"), QStringLiteral("Te lang.")}});
        if (!isWaiting(row.status))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Over dit verzoek is al beslist."));
        const auto reden = kiesReden(c.db(), besluit);
        if (!reden.ok())
            return Result<bool>::from(reden);
        const auto stap = legBesluitVast(c, row, besluit, *reden.value);
        if (!stap.ok())
            return Result<bool>::from(stap);
        const lifecycle::Actie actie = !besluit.akkoord                        ? lifecycle::Actie::Weigeren
                                       : row.vierOgen && *stap.value == 1 ? lifecycle::Actie::EersteAkkoord
                                                                              : lifecycle::Actie::Akkoord;
        if (!magStap(c, row, actie))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Over dit verzoek is al beslist."));
        c.audit(besluit.akkoord ? audit::actions::BesluitAkkoord : audit::actions::BesluitWeigering, row.pseudonym,
                QStringLiteral("verzoek"), publicId,
                QJsonObject{{QStringLiteral("reden"), reden.value->code},
                            {QStringLiteral("stap"), *stap.value},
                            {QStringLiteral("bedrag_cents"), row.bedrag.cents()}});
        const QString at = storage::toDbTime(c.now());
        const QString tekst = besluitTekstB1(besluit.akkoord, row.bedrag, row.reserveringNaam, reden.value->tekstB1,
                                             besluit.extraToelichting.trimmed());
        QString error;
        bool ok = true;
        switch (actie) {
        case lifecycle::Actie::EersteAkkoord: // four eyes: a second medewerker decides; no money moves yet
            ok = zet(c, row, actie, &error);
            break;
        case lifecycle::Actie::Akkoord:
            ok = zet(c, row, actie, &error, QStringLiteral(", afgerond_at = :at"), {{QStringLiteral(":at"), at}})
                 && betaal(c, row, &error) && meldBesluit(c, row, true, tekst, &error);
            break;
        default:
            ok = zet(c, row, actie, &error, QStringLiteral(", afgerond_at = :at"), {{QStringLiteral(":at"), at}})
                 && geefHoldVrij(c, row, QStringLiteral("weigering"), &error)
                 && meldBesluit(c, row, false, tekst, &error);
            break;
        }
        if (!ok)
            return storageFailure<bool>(error);
        c.publish({QStringLiteral("verzoek.gewijzigd"), row.inwonerId, std::nullopt, publicId});
        publiceerVoorCaseload(c, row);
        return Result<bool>::success(true);
    });
    if (!done.ok())
        return Result<VerzoekView>::from(done);
    return bekijk(actor, publicId);
}

// ---- System job ----------------------------------------------------------------------

Result<int> Opnames::verwerkWachtende(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return Result<int>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    calendar::WerkdagKalender kalender;
    const QDateTime now = ctx_.now();
    const QDate today = calendar::tijdInAmsterdam(now).date();
    Sql waiting(ctx_.db, QStringLiteral("SELECT public_id, verstuurd_at, gesignaleerd_at FROM verzoeken"
                                        " WHERE status IN ('wacht_op_akkoord', 'wacht_op_tweede_akkoord')"
                                        " ORDER BY verstuurd_at LIMIT 10000"));
    if (!waiting.exec())
        return storageFailure<int>(waiting.error());
    QStringList expire, flag;
    const QDateTime nowLocal = calendar::tijdInAmsterdam(now);
    while (waiting.next()) {
        const QDateTime sent = calendar::tijdInAmsterdam(storage::fromDbTime(waiting.text(1)));
        if (kalender.plusWerkdagen(sent.date(), ctx_.settings.verloopNaWerkdagen) <= today) {
            expire.append(waiting.text(0));
            continue;
        }
        // Late once the promised working days have passed, at the hour it was sent: the same
        // setting gives the inwoner the promise (behandelTermijnTekst).
        const QDate deadline = kalender.plusWerkdagen(sent.date(), ctx_.settings.behandelWerkdagen);
        const bool laat = nowLocal.date() > deadline || (nowLocal.date() == deadline && nowLocal.time() > sent.time());
        if (waiting.isNull(2) && laat)
            flag.append(waiting.text(0));
    }
    UnitOfWork work(ctx_);
    for (const QString &publicId : flag) {
        const auto flagged = work.run<bool>(actor, [&](Change &c) -> Result<bool> {
            Sql mark(c.db(), QStringLiteral("UPDATE verzoeken SET gesignaleerd_at = :at WHERE public_id = :p"
                                            " AND gesignaleerd_at IS NULL"));
            mark.bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":p"), publicId);
            return mark.exec() ? Result<bool>::success(true) : storageFailure<bool>(mark.error());
        });
        if (!flagged.ok() && flagged.error.code == ErrorCode::Storage)
            return Result<int>::from(flagged);
    }
    int expired = 0;
    for (const QString &publicId : expire) {
        const auto done = work.run<bool>(actor, [&](Change &c) -> Result<bool> {
            auto found = loadRow(c.db(), publicId, true);
            if (!found || !magStap(c, *found, lifecycle::Actie::Verlopen))
                return Result<bool>::success(false); // decided meanwhile
            Row &row = *found;
            QString error;
            if (!zet(c, row, lifecycle::Actie::Verlopen, &error, QStringLiteral(", afgerond_at = :at"),
                     {{QStringLiteral(":at"), storage::toDbTime(c.now())}})
                || !geefHoldVrij(c, row, QStringLiteral("verlopen"), &error)
                || !meldInwoner(c, row, QStringLiteral("verzoek.verlopen"), tr("Je verzoek is verlopen"),
                                tr("Je medewerker heeft niet op tijd naar je verzoek gekeken. Het geld blijft in je potje. "
                                   "Bel je medewerker als je het geld nog nodig hebt."),
                                &error))
                return storageFailure<bool>(error);
            zaakAfronden(c, row, QStringLiteral("verlopen"));
            c.audit(audit::actions::VerzoekVerlopen, row.pseudonym, QStringLiteral("verzoek"), publicId);
            c.publish({QStringLiteral("verzoek.gewijzigd"), row.inwonerId, std::nullopt, publicId});
            return Result<bool>::success(true);
        });
        if (done.ok() && *done.value)
            ++expired;
    }
    return Result<int>::success(expired);
}

Result<int> Opnames::vervalConcepten(const Actor &actor)
{
    if (actor.role != Role::Systeem)
        return Result<int>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    const QDateTime grens = ctx_.now().addSecs(-qint64(ctx_.settings.conceptVervaltNaUren) * 3600);
    Sql oud(ctx_.db, QStringLiteral("SELECT public_id FROM verzoeken WHERE status = 'concept' AND created_at < :g"
                                    " ORDER BY created_at LIMIT 10000"));
    oud.bind(QStringLiteral(":g"), storage::toDbTime(grens));
    if (!oud.exec())
        return storageFailure<int>(oud.error());
    QStringList ids;
    while (oud.next())
        ids.append(oud.text(0));
    int vervallen = 0;
    UnitOfWork work(ctx_);
    for (const QString &publicId : ids) {
        const auto done = work.run<bool>(actor, [&](Change &c) -> Result<bool> {
            auto found = loadRow(c.db(), publicId, true);
            if (!found || !magStap(c, *found, lifecycle::Actie::Vervallen))
                return Result<bool>::success(false); // answered meanwhile
            QString error;
            if (!zet(c, *found, lifecycle::Actie::Vervallen, &error, QStringLiteral(", afgerond_at = :at"),
                     {{QStringLiteral(":at"), storage::toDbTime(c.now())}}))
                return storageFailure<bool>(error);
            c.audit(audit::actions::VerzoekVerlopen, found->pseudonym, QStringLiteral("verzoek"), publicId,
                    QJsonObject{{QStringLiteral("concept"), true}});
            c.publish({QStringLiteral("verzoek.gewijzigd"), found->inwonerId, std::nullopt, publicId});
            return Result<bool>::success(true);
        });
        if (!done.ok() && done.error.code == ErrorCode::Storage)
            return Result<int>::from(done);
        if (done.ok() && *done.value)
            ++vervallen;
    }
    return Result<int>::success(vervallen);
}

// ---- A payment order that did not work -----------------------------------------------------

namespace {

// Effect Terugboeken: a new transfer bank -> reservering for the amount that was paid out.
// Transfers are never changed; a correction is a transfer of its own, with its own key, so
// a repeat of this step books it once.
bool boekTerug(Change &c, const Row &row, QString *error)
{
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto potje = ledger.accountForReservering(row.reserveringId);
    const auto bank = ledger.accountFor(row.inwonerId, ledger::AccountSoort::Bank);
    if (!potje || !bank) {
        *error = QStringLiteral("ledger accounts missing");
        return false;
    }
    const auto terug = ledger.transfer(ledger::TransferRequest{QStringLiteral("opname-terug:") + row.publicId, *bank,
                                                               *potje, row.bedrag, QStringLiteral("opname_terug"),
                                                               QStringLiteral("betaling niet gelukt"), row.id});
    if (!terug.ok()) {
        *error = terug.message;
        return false;
    }
    c.publish({QStringLiteral("saldo.gewijzigd"), row.inwonerId, std::nullopt, row.publicId});
    return true;
}

} // namespace

Result<bool> Opnames::betalingMislukt(const Actor &actor, const QString &publicId, const QString &reden)
{
    if (actor.role != Role::Systeem)
        return Result<bool>::failure(ErrorCode::Forbidden, QStringLiteral("Alleen het systeem."));
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        auto found = loadRow(c.db(), publicId, true);
        if (!found)
            return notFound<bool>();
        Row &row = *found;
        if (row.status == VerzoekStatus::NietGelukt)
            return Result<bool>::success(false); // told twice: one effect
        if (!magStap(c, row, lifecycle::Actie::Mislukt))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Dit verzoek is niet betaald."));
        QString error;
        if (!zet(c, row, lifecycle::Actie::Mislukt, &error) || !boekTerug(c, row, &error)
            || !meldInwoner(c, row, QStringLiteral("verzoek.niet_gelukt"), tr("Het geld kon niet naar je rekening"),
                            tr("We konden %1 uit je potje %2 niet naar je rekening sturen. Het geld staat weer in je "
                               "potje. Je medewerker weet dit en neemt contact met je op.")
                                .arg(row.bedrag.formatDutch(), row.reserveringNaam),
                            &error))
            return storageFailure<bool>(error);
        for (qint64 medewerker : verzoekOntvangers(c.db(), row.inwonerId)) {
            if (!notify(c, medewerker, std::nullopt, QStringLiteral("werkvoorraad.niet_gelukt"),
                        tr("Betaling niet gelukt"),
                        tr("De betaling van %1 uit %2 is niet gelukt. Het geld staat weer in het potje. "
                           "Neem contact op met de inwoner.")
                            .arg(row.bedrag.formatDutch(), row.reserveringNaam),
                        row.id, &error))
                return storageFailure<bool>(error);
            c.publish({QStringLiteral("werkvoorraad.gewijzigd"), row.inwonerId, medewerker, row.publicId});
        }
        // The reason is Allegro's, passed through redaction by the sender; it names no person.
        c.audit(audit::actions::VerzoekNietGelukt, row.pseudonym, QStringLiteral("verzoek"), publicId,
                QJsonObject{{QStringLiteral("bedrag_cents"), row.bedrag.cents()},
                            {QStringLiteral("reden"), reden.left(200)}});
        c.publish({QStringLiteral("verzoek.gewijzigd"), row.inwonerId, std::nullopt, publicId});
        return Result<bool>::success(true);
    });
}

QString behandelTermijnTekst(const Settings &settings)
{
    const int n = qMax(1, settings.behandelWerkdagen);
    return n == 1 ? tr("binnen 1 werkdag") : tr("binnen %1 werkdagen").arg(n);
}

} // namespace regie::services
