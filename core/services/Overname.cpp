#include "services/Overname.h"

#include "audit/AuditActions.h"
#include "calendar/AmsterdamTijd.h"
#include "ledger/Ledger.h"
#include "services/HuishoudenSchrijven.h"
#include "services/Support.h"

#include <limits>

namespace regie::services {

using storage::Sql;

namespace {

bool magKoppelen(const Actor &a, qint64 teamId)
{
    if (a.role == Role::Systeem || a.role == Role::Beheerder)
        return true;
    return (a.role == Role::Medewerker || a.role == Role::Teamleider) && a.teamId == teamId;
}

bool isRelatiecode(const QString &s)
{
    bool ok = false;
    const qint64 v = s.toLongLong(&ok);
    return ok && v > 0 && v <= std::numeric_limits<qint32>::max() && s == QString::number(v);
}

// The checks that need the database but change nothing; the same before Allegro is asked
// and again under the write lock.
Result<bool> pasKoppelingToe(ServiceContext &ctx, const Koppelverzoek &v)
{
    const auto bsn = Bsn::parse(v.bsn);
    if (!bsn)
        return invalid<bool>(QStringLiteral("bsn"), QStringLiteral("Dit BSN klopt niet (elfproef)."));
    if (!isRelatiecode(v.allegroRelatie))
        return invalid<bool>(QStringLiteral("allegroRelatie"), QStringLiteral("Een Allegro-relatiecode is een getal."));
    if (v.reden.trimmed().isEmpty())
        return invalid<bool>(QStringLiteral("reden"), QStringLiteral("Geef een reden voor de koppeling."));
    Sql team(ctx.db, QStringLiteral("SELECT 1 FROM teams WHERE id = :t"));
    team.bind(QStringLiteral(":t"), v.teamId);
    if (!team.exec() || !team.next())
        return invalid<bool>(QStringLiteral("teamId"), QStringLiteral("Dit team bestaat niet."));
    if (v.medewerkerId) {
        Sql mdw(ctx.db, QStringLiteral("SELECT 1 FROM users WHERE id = :m AND role IN ('medewerker', 'teamleider')"
                                       " AND active = 1 AND team_id = :t"));
        mdw.bind(QStringLiteral(":m"), *v.medewerkerId).bind(QStringLiteral(":t"), v.teamId);
        if (!mdw.exec() || !mdw.next())
            return invalid<bool>(QStringLiteral("medewerkerId"), QStringLiteral("Deze medewerker hoort niet bij dit team."));
    }
    Sql bekend(ctx.db, QStringLiteral("SELECT 1 FROM inwoners WHERE bsn_hash = :h OR (allegro_relatiecode = :r AND status = 'actief')"));
    bekend.bind(QStringLiteral(":h"), ctx.cipher.lookupHash(bsn->digits(), inrichting::kBsnPurpose))
        .bind(QStringLiteral(":r"), v.allegroRelatie);
    if (!bekend.exec())
        return storageFailure<bool>(bekend.error());
    if (bekend.next())
        return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Dit BSN of deze Allegro-relatie is al gekoppeld."));
    return Result<bool>::success(true);
}

NieuweInwoner alsInwoner(const Koppelverzoek &v, const AllegroHuishouden &h, const QDate &vandaag, const QString &publicId)
{
    NieuweInwoner n;
    n.bsn = v.bsn;
    n.voornaam = h.voornaam.trimmed().isEmpty() ? QStringLiteral("-") : h.voornaam;
    n.achternaam = h.achternaam;
    n.email = h.email;
    n.vormCode = h.vormCode;
    n.teamId = v.teamId;
    n.budgetbeheerStart = vandaag;
    n.beheerIban = h.beheerIban;
    n.eigenRekeningen = h.eigenRekeningen;
    for (NieuweEigenRekening &r : n.eigenRekeningen)
        r.geverifieerd = true; // Allegro already pays out to these accounts
    n.allegroRelatiecode = v.allegroRelatie;
    n.username = QStringLiteral("digid-") + publicId; // the inwoner logs in with DigiD only
    return n;
}

bool boek(ledger::Ledger &ledger, const QString &key, qint64 debit, qint64 credit, Money bedrag, const QString &code,
          QString *error)
{
    if (bedrag.isZero())
        return true;
    const auto t = ledger.transfer(ledger::TransferRequest{key, debit, credit, bedrag, code,
                                                           QStringLiteral("stand bij overname uit Allegro"), std::nullopt});
    if (!t.ok())
        *error = t.message;
    return t.ok();
}

// The statement history as the inwoner sees it; the money itself is the opening booking.
bool schrijfHistorie(Change &c, qint64 inwonerId, const QList<BankTransactie> &mutaties, QString *error)
{
    for (const BankTransactie &t : mutaties) {
        Sql insert(c.db(), QStringLiteral(
            "INSERT INTO transacties (inwoner_id, datum, bedrag_cents, omschrijving, tegenpartij, categorie,"
            " bron, extern_id, created_at) VALUES (:i, :d, :b, :o, '', :c, :bron, :x, :at)"
            " ON CONFLICT (inwoner_id, bron, extern_id) DO NOTHING"));
        insert.bind(QStringLiteral(":i"), inwonerId)
            .bind(QStringLiteral(":d"), storage::toDbDate(t.datum))
            .bind(QStringLiteral(":b"), t.bedrag.cents())
            .bind(QStringLiteral(":o"), t.omschrijving)
            .bind(QStringLiteral(":c"), t.categorie)
            .bind(QStringLiteral(":bron"), t.bron)
            .bind(QStringLiteral(":x"), t.externId)
            .bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
        if (!insert.exec()) {
            *error = insert.error();
            return false;
        }
    }
    return true;
}

// Reserveringen with their balances: bank and algemeen get the beheerrekening's balance,
// each reservering its part of it.
Result<QHash<QString, qint64>> schrijfReserveringen(Change &c, qint64 inwonerId, const QString &publicId,
                                                    const AllegroHuishouden &h)
{
    using R = Result<QHash<QString, qint64>>;
    qint64 gereserveerd = 0;
    for (const AllegroReservering &r : h.reserveringen)
        gereserveerd += r.saldo.cents();
    if (h.beheersaldo.isNegative() || gereserveerd > h.beheersaldo.cents())
        return R::failure(ErrorCode::Invalid, QStringLiteral("De saldi in Allegro kloppen niet met elkaar."),
                          {{QStringLiteral("allegroRelatie"), QStringLiteral("Saldo van de reserveringen is hoger dan het saldo van de beheerrekening.")}});
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto bank = ledger.accountFor(inwonerId, ledger::AccountSoort::Bank);
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    QString error;
    if (!bank || !algemeen
        || !boek(ledger, QStringLiteral("overname:%1:bank").arg(publicId), *bank, *algemeen, h.beheersaldo,
                 QStringLiteral("beginsaldo"), &error))
        return storageFailure<QHash<QString, qint64>>(error);
    QHash<QString, qint64> ids;
    for (const AllegroReservering &r : h.reserveringen) {
        NieuweReservering n;
        n.naam = r.naam;
        n.allegroNummer = r.nummer;
        const auto id = inrichting::schrijfReservering(c, inwonerId, n, &error);
        const auto account = id ? ledger.accountForReservering(*id) : std::nullopt;
        if (!account
            || !boek(ledger, QStringLiteral("overname:%1:reservering:%2").arg(publicId, r.nummer), *algemeen, *account,
                     r.saldo, QStringLiteral("reservering_storting"), &error))
            return storageFailure<QHash<QString, qint64>>(error);
        ids.insert(r.nummer, *id);
    }
    return R::success(ids);
}

QList<BudgetplanRegel> metReserveringen(const AllegroHuishouden &h, const QHash<QString, qint64> &ids)
{
    QList<BudgetplanRegel> regels = h.regels;
    for (qsizetype i = 0; i < regels.size(); ++i) {
        const QString nummer = h.regelReservering.value(i);
        if (ids.contains(nummer))
            regels[i].reserveringId = ids.value(nummer);
    }
    return regels;
}

bool zetLeefgeld(Change &c, qint64 inwonerId, const AllegroHuishouden &h, QString *error)
{
    const BudgetplanRegel leefgeld = h.leefgeld.value_or(BudgetplanRegel{});
    return inrichting::schrijfLeefgeld(c, inwonerId, leefgeld.bedrag, h.leefgeld ? leefgeld.periode : Periode::Week,
                                       leefgeld.volgendeDatum.value_or(calendar::amsterdamDatum(c.now())), error);
}

bool zetCaseload(Change &c, qint64 inwonerId, std::optional<qint64> medewerkerId, QString *error)
{
    if (!medewerkerId)
        return true;
    Sql insert(c.db(), QStringLiteral("INSERT INTO caseload (medewerker_id, inwoner_id, sinds) VALUES (:m, :i, :t)"));
    insert.bind(QStringLiteral(":m"), *medewerkerId).bind(QStringLiteral(":i"), inwonerId)
        .bind(QStringLiteral(":t"), storage::toDbTime(c.now()));
    if (!insert.exec())
        *error = insert.error();
    return error->isEmpty();
}

} // namespace

Overname::Overname(ServiceContext &context) : ctx_(context) {}

Result<bool> Overname::controleerKoppeling(const Actor &actor, const Koppelverzoek &verzoek)
{
    if (!magKoppelen(actor, verzoek.teamId))
        return forbidden<bool>();
    return pasKoppelingToe(ctx_, verzoek);
}

Result<qint64> Overname::neemOver(const Actor &actor, const Koppelverzoek &verzoek, const AllegroHuishouden &h)
{
    if (!magKoppelen(actor, verzoek.teamId))
        return forbidden<qint64>();
    return UnitOfWork(ctx_).run<qint64>(actor, [&](Change &c) -> Result<qint64> {
        if (const auto vrij = pasKoppelingToe(ctx_, verzoek); !vrij.ok())
            return Result<qint64>::from(vrij);
        const QString publicId = newPublicId();
        const NieuweInwoner input = alsInwoner(verzoek, h, calendar::amsterdamDatum(c.now()), publicId);
        const auto geldig = inrichting::controleer(input);
        if (!geldig.ok())
            return Result<qint64>::from(geldig);
        const QString bsnHash = ctx_.cipher.lookupHash(geldig.value->bsn.digits(), inrichting::kBsnPurpose);
        const auto inwonerId = inrichting::schrijfNieuweInwoner(c, input, *geldig.value, bsnHash, publicId);
        if (!inwonerId.ok())
            return inwonerId;
        const qint64 id = *inwonerId.value;
        const auto reserveringen = schrijfReserveringen(c, id, publicId, h);
        if (!reserveringen.ok())
            return Result<qint64>::from(reserveringen);
        QString error;
        Sql mark(c.db(), QStringLiteral("UPDATE inwoners SET overgenomen_at = :at, overname_reden = :r WHERE id = :i"));
        mark.bind(QStringLiteral(":at"), storage::toDbTime(c.now()))
            .bind(QStringLiteral(":r"), verzoek.reden.trimmed().left(1000))
            .bind(QStringLiteral(":i"), id);
        if (!mark.exec() || !zetLeefgeld(c, id, h, &error)
            || !inrichting::schrijfBudgetplanRegels(c, id, metReserveringen(h, *reserveringen.value), &error)
            || !schrijfHistorie(c, id, h.mutaties, &error) || !zetCaseload(c, id, verzoek.medewerkerId, &error))
            return storageFailure<qint64>(error.isEmpty() ? mark.error() : error);
        for (const Lening &l : h.leningen) {
            if (!inrichting::schrijfLening(c, id, l, &error))
                return storageFailure<qint64>(error);
        }
        c.audit(audit::actions::InwonerOvergenomen, publicId, QStringLiteral("inwoner"), publicId,
                QJsonObject{{QStringLiteral("team"), verzoek.teamId},
                            {QStringLiteral("vorm"), h.vormCode},
                            {QStringLiteral("reserveringen"), h.reserveringen.size()},
                            {QStringLiteral("budgetplanregels"), h.regels.size()},
                            {QStringLiteral("leningen"), h.leningen.size()}});
        return inwonerId;
    });
}

Result<bool> Overname::beeindig(const Actor &actor, qint64 inwonerId, const QString &reden)
{
    if (reden.trimmed().isEmpty())
        return invalid<bool>(QStringLiteral("reden"), QStringLiteral("Geef een reden voor het einde van budgetbeheer."));
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        const QString subject = inwonerPseudonym(ctx_, inwonerId);
        Sql team(c.db(), QStringLiteral("SELECT team_id, status FROM inwoners WHERE id = :i"));
        team.bind(QStringLiteral(":i"), inwonerId);
        if (subject.isEmpty() || !team.exec() || !team.next() || !actor.isStaff() || !magKoppelen(actor, team.int64(0)))
            return c.refuse<bool>(audit::actions::BudgetbeheerBeeindigd, subject, QStringLiteral("inwoner"), subject);
        if (team.text(1) != toCode(InwonerStatus::Actief))
            return Result<bool>::failure(ErrorCode::Conflict, QStringLiteral("Budgetbeheer is al beëindigd."));
        Sql end(c.db(), QStringLiteral("UPDATE inwoners SET status = :s, budgetbeheer_eind = :d, eind_reden = :r WHERE id = :i"));
        end.bind(QStringLiteral(":s"), toCode(InwonerStatus::Beeindigd))
            .bind(QStringLiteral(":r"), reden.trimmed().left(1000))
            .bind(QStringLiteral(":d"), storage::toDbDate(calendar::amsterdamDatum(c.now())))
            .bind(QStringLiteral(":i"), inwonerId);
        // Open pages of the inwoner end with it: from now on they see only whom to ask.
        Sql sessies(c.db(), QStringLiteral("DELETE FROM web_sessions WHERE inwoner_id = :i"));
        sessies.bind(QStringLiteral(":i"), inwonerId);
        if (!end.exec() || !sessies.exec())
            return storageFailure<bool>(end.error() + sessies.error());
        c.audit(audit::actions::BudgetbeheerBeeindigd, subject, QStringLiteral("inwoner"), subject);
        return Result<bool>::success(true);
    });
}

Result<qint64> Overname::inwonerId(const Actor &actor, const QString &pseudonym)
{
    Sql q(ctx_.db, QStringLiteral("SELECT id, team_id FROM inwoners WHERE public_id = :p AND geanonimiseerd_at IS NULL"));
    q.bind(QStringLiteral(":p"), pseudonym.left(64));
    if (!q.exec())
        return storageFailure<qint64>(q.error());
    if (pseudonym.isEmpty() || !q.next() || !actor.isStaff() || !magKoppelen(actor, q.int64(1))) {
        auditDenied(ctx_, actor, audit::actions::BudgetbeheerBeeindigd, QString(), QStringLiteral("inwoner"), QString());
        return notFound<qint64>();
    }
    return Result<qint64>::success(q.int64(0));
}

Result<bool> Overname::isOvergenomen(const Actor &actor, qint64 inwonerId)
{
    if (!magInrichten(actor))
        return forbidden<bool>();
    Sql q(ctx_.db, QStringLiteral("SELECT overgenomen_at IS NOT NULL FROM inwoners WHERE id = :i AND status = 'actief'"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<bool>(q.error());
    return Result<bool>::success(q.next() && q.int64(0) != 0);
}

} // namespace regie::services
