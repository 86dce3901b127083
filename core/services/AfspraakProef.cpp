#include "services/AfspraakProef.h"

#include "audit/AuditActions.h"
#include "auth/Access.h"
#include "ledger/Ledger.h"
#include "rules/Venster.h"
#include "rules/RuleEngine.h"
#include "services/Persoonsgegevens.h"
#include "money/Iban.h"
#include "services/Afspraken.h"
#include "services/Support.h"

namespace regie::services {

using storage::Sql;

namespace {

constexpr int kMaxEerdere = 1000;

// The facts evaluate() needs, read the same way Opnames does for a real request.
std::optional<rules::Context> leesContext(ServiceContext &ctx, qint64 inwonerId, qint64 reserveringId,
                                          QString *doelIban)
{
    Sql res(ctx.db, QStringLiteral("SELECT soort, actief FROM reserveringen WHERE id = :r AND inwoner_id = :i"));
    res.bind(QStringLiteral(":r"), reserveringId).bind(QStringLiteral(":i"), inwonerId);
    if (!res.exec() || !res.next())
        return std::nullopt;
    rules::Context c;
    c.nu = ctx.now();
    c.reserveringId = reserveringId;
    c.soort = reserveringSoortFromCode(res.text(0)).value_or(ReserveringSoort::VrijBesteedbaar);
    c.reserveringActief = res.int64(1) != 0;
    ledger::Ledger ledger(ctx.db, ctx.clock);
    const auto account = ledger.accountForReservering(reserveringId);
    const auto balance = account ? ledger.balance(*account) : std::nullopt;
    if (!balance)
        return std::nullopt;
    c.beschikbaar = balance->availableCredit();

    Sql earlier(ctx.db, QStringLiteral(
        "SELECT verstuurd_at, bedrag_cents FROM verzoeken WHERE reservering_id = :r"
        " AND status IN ('uitgevoerd', 'wacht_op_akkoord', 'wacht_op_tweede_akkoord') AND verstuurd_at >= :since"
        " ORDER BY verstuurd_at LIMIT :n"));
    earlier.bind(QStringLiteral(":r"), reserveringId)
        .bind(QStringLiteral(":since"), storage::toDbTime(rules::vensterBegin(c.nu)))
        .bind(QStringLiteral(":n"), kMaxEerdere);
    if (!earlier.exec())
        return std::nullopt;
    while (earlier.next())
        c.eerdereOpnames.append(rules::EerdereOpname{storage::fromDbTime(earlier.text(0)), Money::fromCents(earlier.int64(1))});

    Sql own(ctx.db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE inwoner_id = :i AND geverifieerd = 1"
                                   " ORDER BY id LIMIT :n"));
    own.bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":n"), rules::kMaxEigenIbans);
    if (!own.exec())
        return std::nullopt;
    while (own.next()) {
        const auto iban = Persoonsgegevens(ctx.cipher).tekst(VersleuteldVeld::EigenRekeningIban, own.value(0));
        if (iban && !iban->isEmpty())
            c.eigenIbans.append(*iban);
    }
    if (c.eigenIbans.isEmpty())
        return std::nullopt;
    *doelIban = c.eigenIbans.first(); // the inwoner's own account, as a real request would use
    return c;
}

constexpr int kMaxEerderAantal = 100;

bool vormBestaat(storage::Database &db, const QString &vormCode)
{
    Sql q(db, QStringLiteral("SELECT 1 FROM vormen WHERE code = :c"));
    q.bind(QStringLiteral(":c"), vormCode.left(64));
    return q.exec() && q.next();
}

// The situation as evaluate() reads it. The earlier withdrawals fall a minute before now, so
// they count in this week and this month alike.
rules::Context vormContext(const QDateTime &nu, const VormSituatie &s, const QString &eigenIban)
{
    rules::Context c;
    c.nu = nu;
    c.reserveringId = 1;
    c.soort = s.soort;
    c.beschikbaar = s.beschikbaar;
    c.eigenIbans = {eigenIban};
    const qint64 aantal = s.eerderAantal;
    for (qint64 i = 0; i < aantal; ++i) {
        const qint64 deel = s.eerderBedrag.cents() / aantal + (i == 0 ? s.eerderBedrag.cents() % aantal : 0);
        c.eerdereOpnames.append(rules::EerdereOpname{nu.addSecs(-60), Money::fromCents(deel)});
    }
    return c;
}

} // namespace

AfspraakProef::AfspraakProef(ServiceContext &context) : ctx_(context) {}

Result<AfspraakProefUitkomst> AfspraakProef::probeer(const Actor &actor, qint64 reserveringId,
                                                     const rules::Afspraak &ontwerp, Money bedrag)
{
    const auto inwonerId = inwonerIdForReservering(ctx_, reserveringId);
    if (!inwonerId || !checkAccess(ctx_, actor, auth::Action::WijzigAfspraken, *inwonerId, audit::actions::AfspraakGewijzigd,
                                   QStringLiteral("reservering"), QString::number(reserveringId)))
        return notFound<AfspraakProefUitkomst>();
    if (!bedrag.isPositive() || !bedrag.inRange())
        return Result<AfspraakProefUitkomst>::failure(
            ErrorCode::Invalid, QStringLiteral("Vul een bedrag groter dan nul in."),
            {FieldError{QStringLiteral("bedragCents"), QStringLiteral("Vul een bedrag groter dan nul in.")}});
    rules::Afspraak draft = ontwerp;
    draft.scope = rules::Scope::Reservering;
    draft.reserveringId = reserveringId;
    AfspraakProefUitkomst out;
    out.validatie = rules::valideer(draft);
    QString doelIban;
    const auto context = leesContext(ctx_, *inwonerId, reserveringId, &doelIban);
    if (!context)
        return Result<AfspraakProefUitkomst>::failure(ErrorCode::Conflict,
                                                      QStringLiteral("De inwoner heeft nog geen geverifieerde eigen rekening."));
    out.beschikbaar = context->beschikbaar;
    if (!out.validatie.isEmpty())
        return Result<AfspraakProefUitkomst>::success(out);
    const auto resultaat = rules::evaluate(draft, rules::Verzoek{reserveringId, bedrag, doelIban}, *context);
    if (!resultaat.beoordeling)
        return Result<AfspraakProefUitkomst>::failure(
            ErrorCode::Invalid, QStringLiteral("De regels konden dit niet beoordelen: ") + rules::toString(resultaat.fout));
    out.beoordeling = resultaat.beoordeling;
    out.maxVrij = rules::maxVrijBedrag(draft, *context);
    out.uitlegVoorInwoner = rules::uitlegVoorInwoner(draft);
    return Result<AfspraakProefUitkomst>::success(out);
}

Result<AfspraakProefUitkomst> AfspraakProef::probeerVorm(const Actor &actor, const QString &vormCode,
                                                         const rules::Afspraak &ontwerp, const VormSituatie &situatie)
{
    if (!magVormAfsprakenWijzigen(actor))
        return forbidden<AfspraakProefUitkomst>(QStringLiteral("Alleen teamleiders en beheerders wijzigen standaardafspraken."));
    if (!vormBestaat(ctx_.db, vormCode))
        return notFound<AfspraakProefUitkomst>();
    const auto fout = [](const QString &veld, const QString &tekst) {
        return Result<AfspraakProefUitkomst>::failure(ErrorCode::Invalid, tekst, {FieldError{veld, tekst}});
    };
    if (!situatie.bedrag.isPositive() || !situatie.bedrag.inRange())
        return fout(QStringLiteral("bedragCents"), QStringLiteral("Vul een bedrag groter dan nul in."));
    if (situatie.beschikbaar.isNegative() || !situatie.beschikbaar.inRange())
        return fout(QStringLiteral("beschikbaarCents"), QStringLiteral("Het saldo is nul of meer."));
    if (situatie.eerderAantal < 0 || situatie.eerderAantal > kMaxEerderAantal || situatie.eerderBedrag.isNegative()
        || !situatie.eerderBedrag.inRange() || (situatie.eerderAantal == 0 && situatie.eerderBedrag.isPositive()))
        return fout(QStringLiteral("eerderAantal"), QStringLiteral("Vul 0 tot 100 eerdere opnames in, met hun totaal."));
    rules::Afspraak draft = ontwerp;
    draft.scope = rules::Scope::Reservering; // evaluate() looks at one pot; the limits are the vorm's
    draft.reserveringId = 1;
    AfspraakProefUitkomst out;
    out.validatie = rules::valideer(draft);
    out.beschikbaar = situatie.beschikbaar;
    if (!out.validatie.isEmpty())
        return Result<AfspraakProefUitkomst>::success(out);
    const QString eigenIban = Iban::withCheckDigits(u"NL", u"PROE0000000001");
    const rules::Context context = vormContext(ctx_.now(), situatie, eigenIban);
    const auto resultaat = rules::evaluate(draft, rules::Verzoek{1, situatie.bedrag, eigenIban}, context);
    if (!resultaat.beoordeling)
        return Result<AfspraakProefUitkomst>::failure(
            ErrorCode::Invalid, QStringLiteral("De regels konden dit niet beoordelen: ") + rules::toString(resultaat.fout));
    out.beoordeling = resultaat.beoordeling;
    out.maxVrij = rules::maxVrijBedrag(draft, context);
    out.uitlegVoorInwoner = rules::uitlegVoorInwoner(draft);
    return Result<AfspraakProefUitkomst>::success(out);
}

} // namespace regie::services
