#include "services/Dossier.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "services/Opnames.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QCoreApplication>

namespace regie::services {

using storage::Sql;

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Dossier", text); }

// Normalises an amount per period to an amount per month, exactly in cents where possible
// (a week is 52/12 of a month; rounding to the cent happens once, at the end).
Money perMaand(Money bedrag, Periode periode)
{
    const qint64 c = bedrag.cents();
    switch (periode) {
    case Periode::Week:
        return Money::fromCents((c * 52 + 6) / 12);
    case Periode::VierWeken:
        return Money::fromCents((c * 13 + 6) / 12);
    case Periode::Maand:
        return bedrag;
    case Periode::Kwartaal:
        return Money::fromCents((c + 1) / 3);
    case Periode::Jaar:
        return Money::fromCents((c + 6) / 12);
    }
    return bedrag;
}

// Staff and ketenpartner reads are inzage: audited BEFORE the data is read (no trail, no
// read), and before any statement of the caller is open, since an open SELECT holds a
// SQLite snapshot that cannot be upgraded to a write once another connection committed.
bool auditRead(ServiceContext &ctx, const Actor &actor, const QString &action, qint64 inwonerId, const QString &objectType)
{
    if (actor.role == Role::Inwoner || actor.role == Role::Systeem)
        return true;
    return UnitOfWork(ctx).record(actor, action, inwonerPseudonym(ctx, inwonerId), objectType, QString()).ok();
}

QString leningUitleg(const LeningView &l)
{
    if (l.openstaand.isZero())
        return tr("Je lening is helemaal betaald.");
    QString s = tr("Je moet nog %1 terugbetalen. Dat doe je met %2 per maand.")
                    .arg(l.openstaand.formatDutch(), l.maandtermijn.formatDutch());
    if (l.achterstand.isPositive())
        s += u' ' + tr("Je loopt %1 achter. Praat hierover met je medewerker.").arg(l.achterstand.formatDutch());
    return s;
}

} // namespace

Dossier::Dossier(ServiceContext &context) : ctx_(context) {}

// ---- The overview, one part at a time ------------------------------------------------

namespace {

Result<bool> leesKop(ServiceContext &ctx, qint64 inwonerId, Overzicht &o)
{
    Sql head(ctx.db, QStringLiteral(
        "SELECT i.public_id, i.voornaam, i.achternaam, i.vorm_code, v.naam, v.uitleg, b.iban_eind,"
        " i.saldo_bijgewerkt_at, t.naam, t.telefoon, t.email"
        " FROM inwoners i JOIN vormen v ON v.code = i.vorm_code JOIN teams t ON t.id = i.team_id"
        " LEFT JOIN beheerrekeningen b ON b.inwoner_id = i.id WHERE i.id = :i AND i.status <> 'geanonimiseerd'"));
    head.bind(QStringLiteral(":i"), inwonerId);
    if (!head.exec())
        return storageFailure<bool>(head.error());
    if (!head.next())
        return notFound<bool>();
    o.inwonerId = inwonerId;
    o.pseudonym = head.text(0);
    o.voornaam = head.text(1);
    o.achternaam = head.text(2);
    o.vormCode = head.text(3);
    o.vormNaam = head.text(4);
    o.vormUitleg = head.text(5);
    o.beheerrekeningEind = head.text(6);
    o.bijgewerkt = head.isNull(7) ? QDateTime() : storage::fromDbTime(head.text(7));
    o.teamNaam = head.text(8);
    o.teamTelefoon = head.text(9);
    o.teamEmail = head.text(10);
    return Result<bool>::success(true);
}

ReserveringView leesReservering(Sql &res)
{
    ReserveringView r;
    r.id = res.int64(0);
    r.naam = res.text(1);
    r.soort = reserveringSoortFromCode(res.text(2)).value_or(ReserveringSoort::Gebonden);
    r.bedragPerPeriode = Money::fromCents(res.int64(3));
    r.periode = periodeFromCode(res.text(4)).value_or(Periode::Maand);
    if (!res.isNull(5))
        r.doel = Money::fromCents(res.int64(5));
    if (!res.isNull(6))
        r.maximum = Money::fromCents(res.int64(6));
    r.saldo = Money::fromCents(res.int64(7));
    r.vastgehouden = Money::fromCents(res.int64(8));
    r.beschikbaar = Money::fromCents(r.saldo.cents() - r.vastgehouden.cents());
    const auto target = r.doel ? r.doel : r.maximum;
    if (target && target->isPositive())
        r.voortgangProcent = static_cast<int>(qBound<qint64>(qint64(0), r.saldo.cents() * 100 / target->cents(), qint64(100)));
    return r;
}

Result<QList<ReserveringView>> leesReserveringen(ServiceContext &ctx, qint64 inwonerId)
{
    Sql res(ctx.db, QStringLiteral(
        "SELECT r.id, r.naam, r.soort, r.bedrag_per_periode_cents, r.periode, r.doel_cents, r.maximum_cents,"
        " a.credits_posted_cents - a.debits_posted_cents, a.debits_pending_cents"
        " FROM reserveringen r JOIN ledger_accounts a ON a.reservering_id = r.id"
        " WHERE r.inwoner_id = :i AND r.actief = 1 ORDER BY r.volgorde, r.id"));
    res.bind(QStringLiteral(":i"), inwonerId);
    if (!res.exec())
        return storageFailure<QList<ReserveringView>>(res.error());
    QList<ReserveringView> out;
    while (res.next())
        out.append(leesReservering(res));
    for (ReserveringView &r : out) {
        const VrijeRuimte ruimte = vrijeRuimte(ctx, inwonerId, r.id);
        r.maxVrij = ruimte.maxVrij;
        r.uitleg = ruimte.uitleg;
    }
    return Result<QList<ReserveringView>>::success(out);
}

std::optional<BudgetplanView> leesBudgetplan(ServiceContext &ctx, qint64 inwonerId)
{
    Sql plan(ctx.db, QStringLiteral("SELECT leefgeld_cents, leefgeld_periode, leefgeld_volgende_datum FROM budgetplannen"
                                    " WHERE inwoner_id = :i"));
    plan.bind(QStringLiteral(":i"), inwonerId);
    if (!plan.exec() || !plan.next())
        return std::nullopt;
    BudgetplanView p;
    p.leefgeld = Money::fromCents(plan.int64(0));
    p.leefgeldPeriode = periodeFromCode(plan.text(1)).value_or(Periode::Week);
    p.leefgeldVolgendeDatum = storage::fromDbDate(plan.text(2));
    Sql lines(ctx.db, QStringLiteral("SELECT soort, omschrijving, bedrag_cents, periode, volgende_datum"
                                     " FROM budgetplan_regels WHERE inwoner_id = :i AND beeindigd_at IS NULL ORDER BY soort, id"));
    lines.bind(QStringLiteral(":i"), inwonerId);
    if (lines.exec()) {
        while (lines.next()) {
            BudgetplanRegelView l;
            l.soort = budgetplanSoortFromCode(lines.text(0)).value_or(BudgetplanSoort::Uitgave);
            l.omschrijving = lines.text(1);
            l.bedrag = Money::fromCents(lines.int64(2));
            l.periode = periodeFromCode(lines.text(3)).value_or(Periode::Maand);
            if (!lines.isNull(4))
                l.volgendeDatum = storage::fromDbDate(lines.text(4));
            const Money maand = perMaand(l.bedrag, l.periode);
            Money &sum = l.soort == BudgetplanSoort::Inkomst ? p.inkomstenPerMaand : p.uitgavenPerMaand;
            sum = sum.plus(maand).value_or(sum);
            p.regels.append(l);
        }
    }
    const Money leefgeldMaand = perMaand(p.leefgeld, p.leefgeldPeriode);
    p.uitgavenPerMaand = p.uitgavenPerMaand.plus(leefgeldMaand).value_or(p.uitgavenPerMaand);
    return p;
}

QList<LeningView> leesLeningen(ServiceContext &ctx, qint64 inwonerId)
{
    QList<LeningView> out;
    Sql loans(ctx.db, QStringLiteral("SELECT omschrijving, geleend_cents, openstaand_cents, maandtermijn_cents,"
                                     " achterstand_cents, resterende_looptijd_maanden, einddatum FROM leningen"
                                     " WHERE inwoner_id = :i ORDER BY id"));
    loans.bind(QStringLiteral(":i"), inwonerId);
    if (!loans.exec())
        return out;
    while (loans.next()) {
        LeningView l;
        l.omschrijving = loans.text(0);
        l.geleend = Money::fromCents(loans.int64(1));
        l.openstaand = Money::fromCents(loans.int64(2));
        l.maandtermijn = Money::fromCents(loans.int64(3));
        l.achterstand = Money::fromCents(loans.int64(4));
        l.resterendeLooptijdMaanden = static_cast<int>(loans.int64(5));
        l.einddatum = storage::fromDbDate(loans.text(6));
        l.uitleg = leningUitleg(l);
        out.append(l);
    }
    return out;
}

QList<TransactieView> laatsteTransacties(ServiceContext &ctx, qint64 inwonerId)
{
    QList<TransactieView> out;
    Sql tx(ctx.db, QStringLiteral("SELECT t.id, t.datum, t.bedrag_cents, t.omschrijving, t.tegenpartij, t.categorie,"
                                  " r.naam FROM transacties t LEFT JOIN reserveringen r ON r.id = t.reservering_id"
                                  " WHERE t.inwoner_id = :i ORDER BY t.datum DESC, t.id DESC LIMIT 10"));
    tx.bind(QStringLiteral(":i"), inwonerId);
    if (tx.exec()) {
        while (tx.next())
            out.append(TransactieView{tx.int64(0), storage::fromDbDate(tx.text(1)), Money::fromCents(tx.int64(2)),
                                      tx.text(3), tx.text(4), tx.text(5), tx.text(6)});
    }
    return out;
}

} // namespace

Result<Overzicht> Dossier::overzicht(const Actor &actor, qint64 inwonerId)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("dossier"), QString()))
        return notFound<Overzicht>();
    if (!auditRead(ctx_, actor, audit::actions::DossierBekeken, inwonerId, QStringLiteral("dossier")))
        return storageFailure<Overzicht>(QStringLiteral("audit of the read failed"));
    Overzicht o;
    const auto kop = leesKop(ctx_, inwonerId, o);
    if (!kop.ok())
        return Result<Overzicht>::from(kop);
    ledger::Ledger ledger(ctx_.db, ctx_.clock);
    if (const auto bank = ledger.accountFor(inwonerId, ledger::AccountSoort::Bank)) {
        if (const auto b = ledger.balance(*bank))
            o.saldoBeheerrekening = b->postedDebit();
    }
    if (const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen)) {
        if (const auto b = ledger.balance(*algemeen))
            o.nietGereserveerd = b->availableCredit();
    }
    const auto reserveringen = leesReserveringen(ctx_, inwonerId);
    if (!reserveringen.ok())
        return Result<Overzicht>::from(reserveringen);
    o.reserveringen = *reserveringen.value;
    o.budgetplan = leesBudgetplan(ctx_, inwonerId);
    o.leningen = leesLeningen(ctx_, inwonerId);
    o.laatsteTransacties = laatsteTransacties(ctx_, inwonerId);
    Sql unread(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM meldingen WHERE inwoner_id = :i AND gelezen_at IS NULL"));
    unread.bind(QStringLiteral(":i"), inwonerId);
    if (actor.role == Role::Inwoner && unread.exec() && unread.next())
        o.ongelezenMeldingen = static_cast<int>(unread.int64(0));
    return Result<Overzicht>::success(o);
}

Result<TransactiePagina> Dossier::transacties(const Actor &actor, qint64 inwonerId, const TransactieFilter &filter)
{
    if (!checkAccess(ctx_, actor, auth::Action::LeesDossier, inwonerId, audit::actions::TransactiesBekeken,
                     QStringLiteral("transacties"), QString()))
        return notFound<TransactiePagina>();
    if (!auditRead(ctx_, actor, audit::actions::TransactiesBekeken, inwonerId, QStringLiteral("transacties")))
        return storageFailure<TransactiePagina>(QStringLiteral("audit of the read failed"));
    QString where = QStringLiteral(" WHERE t.inwoner_id = :i");
    if (filter.van)
        where += QStringLiteral(" AND t.datum >= :van");
    if (filter.tot)
        where += QStringLiteral(" AND t.datum <= :tot");
    const QString zoek = filter.zoek.trimmed().left(100);
    if (!zoek.isEmpty())
        where += QStringLiteral(" AND (LOWER(t.omschrijving) LIKE :z ESCAPE '\\' OR LOWER(t.tegenpartij) LIKE :z ESCAPE '\\')");
    auto bindAll = [&](Sql &q) {
        q.bind(QStringLiteral(":i"), inwonerId);
        if (filter.van)
            q.bind(QStringLiteral(":van"), storage::toDbDate(*filter.van));
        if (filter.tot)
            q.bind(QStringLiteral(":tot"), storage::toDbDate(*filter.tot));
        if (!zoek.isEmpty()) {
            QString escaped = zoek.toLower();
            escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
            q.bind(QStringLiteral(":z"), QString(u'%' + escaped + u'%'));
        }
    };
    Sql count(ctx_.db, QStringLiteral("SELECT COUNT(*) FROM transacties t") + where);
    bindAll(count);
    TransactiePagina page;
    if (!count.exec() || !count.next())
        return storageFailure<TransactiePagina>(count.error());
    page.totaal = static_cast<int>(count.int64(0));
    Sql q(ctx_.db, QStringLiteral("SELECT t.id, t.datum, t.bedrag_cents, t.omschrijving, t.tegenpartij, t.categorie, r.naam"
                                  " FROM transacties t LEFT JOIN reserveringen r ON r.id = t.reservering_id")
                       + where + QStringLiteral(" ORDER BY t.datum DESC, t.id DESC LIMIT :n OFFSET :o"));
    bindAll(q);
    q.bind(QStringLiteral(":n"), qBound(1, filter.limit, 500)).bind(QStringLiteral(":o"), qMax(0, filter.offset));
    if (!q.exec())
        return storageFailure<TransactiePagina>(q.error());
    while (q.next())
        page.transacties.append(TransactieView{q.int64(0), storage::fromDbDate(q.text(1)), Money::fromCents(q.int64(2)),
                                               q.text(3), q.text(4), q.text(5), q.text(6)});
    return Result<TransactiePagina>::success(page);
}

Result<QList<MeldingView>> Dossier::meldingen(const Actor &actor, int limit)
{
    const bool inwoner = actor.role == Role::Inwoner;
    Sql q(ctx_.db, QStringLiteral("SELECT m.id, m.soort, m.titel, m.tekst, v.public_id, m.created_at, m.gelezen_at"
                                  " FROM meldingen m LEFT JOIN verzoeken v ON v.id = m.verzoek_id WHERE ")
                       + (inwoner ? QStringLiteral("m.inwoner_id = :who") : QStringLiteral("m.user_id = :who"))
                       + QStringLiteral(" ORDER BY m.created_at DESC, m.id DESC LIMIT :n"));
    q.bind(QStringLiteral(":who"), inwoner ? actor.inwonerId : actor.userId).bind(QStringLiteral(":n"), qBound(1, limit, 500));
    if (!q.exec())
        return storageFailure<QList<MeldingView>>(q.error());
    QList<MeldingView> out;
    while (q.next())
        out.append(MeldingView{q.int64(0), q.text(1), q.text(2), q.text(3), q.text(4), storage::fromDbTime(q.text(5)),
                               !q.isNull(6)});
    return Result<QList<MeldingView>>::success(out);
}

Result<int> Dossier::markeerGelezen(const Actor &actor, std::optional<qint64> meldingId)
{
    const bool inwoner = actor.role == Role::Inwoner;
    // Reading one's own messages is bookkeeping, not a change anyone needs to see in the trail.
    return UnitOfWork(ctx_).run<int>(actor, [&](Change &c) -> Result<int> {
        Sql q(c.db(), QStringLiteral("UPDATE meldingen SET gelezen_at = :at WHERE gelezen_at IS NULL AND ")
                          + (inwoner ? QStringLiteral("inwoner_id = :who") : QStringLiteral("user_id = :who"))
                          + (meldingId ? QStringLiteral(" AND id = :id") : QString()));
        q.bind(QStringLiteral(":at"), storage::toDbTime(c.now()))
            .bind(QStringLiteral(":who"), inwoner ? actor.inwonerId : actor.userId);
        if (meldingId)
            q.bind(QStringLiteral(":id"), *meldingId);
        if (!q.exec())
            return storageFailure<int>(q.error());
        return Result<int>::success(q.numRowsAffected());
    });
}

Result<QList<Dossier::Toestemming>> Dossier::toestemmingen(const Actor &actor, qint64 inwonerId)
{
    if (!checkAccess(ctx_, actor, auth::Action::BeheerToestemming, inwonerId, audit::actions::DossierBekeken,
                     QStringLiteral("toestemmingen"), QString()))
        return notFound<QList<Toestemming>>();
    Sql q(ctx_.db, QStringLiteral("SELECT t.id, t.ketenpartner_id, u.display_name, COALESCE(u.organisatie, ''), t.verleend_at"
                                  " FROM toestemmingen t JOIN users u ON u.id = t.ketenpartner_id"
                                  " WHERE t.inwoner_id = :i AND t.ingetrokken_at IS NULL ORDER BY t.verleend_at"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QList<Toestemming>>(q.error());
    QList<Toestemming> out;
    while (q.next())
        out.append(Toestemming{q.int64(0), q.int64(1), q.text(2), q.text(3), storage::fromDbTime(q.text(4))});
    return Result<QList<Toestemming>>::success(out);
}

Result<bool> Dossier::trekToestemmingIn(const Actor &actor, qint64 inwonerId, qint64 toestemmingId)
{
    if (!checkAccess(ctx_, actor, auth::Action::BeheerToestemming, inwonerId, audit::actions::ToestemmingIngetrokken,
                     QStringLiteral("toestemming"), QString::number(toestemmingId)))
        return notFound<bool>();
    return UnitOfWork(ctx_).run<bool>(actor, [&](Change &c) -> Result<bool> {
        Sql q(c.db(), QStringLiteral("UPDATE toestemmingen SET ingetrokken_at = :at WHERE id = :id AND inwoner_id = :i"
                                     " AND ingetrokken_at IS NULL"));
        q.bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":id"), toestemmingId)
            .bind(QStringLiteral(":i"), inwonerId);
        if (!q.exec())
            return storageFailure<bool>(q.error());
        if (q.numRowsAffected() != 1)
            return notFound<bool>();
        c.audit(audit::actions::ToestemmingIngetrokken, inwonerPseudonym(ctx_, inwonerId), QStringLiteral("toestemming"),
                QString::number(toestemmingId));
        return Result<bool>::success(true);
    });
}

Result<QList<Dossier::InwonerRef>> Dossier::inwonersVoor(const Actor &actor)
{
    Sql q(ctx_.db, QStringLiteral("SELECT id, public_id, voornaam || ' ' || achternaam FROM inwoners WHERE id IN (")
                       + auth::leesbareInwonersSql(actor) + QStringLiteral(") AND status <> 'geanonimiseerd' ORDER BY achternaam LIMIT 10000"));
    q.bind(QStringLiteral(":actor"), actor.userId).bind(QStringLiteral(":actor_inwoner"), actor.inwonerId)
        .bind(QStringLiteral(":team"), actor.teamId);
    if (!q.exec())
        return storageFailure<QList<InwonerRef>>(q.error());
    QList<InwonerRef> out;
    while (q.next())
        out.append(InwonerRef{q.int64(0), q.text(1), q.text(2)});
    return Result<QList<InwonerRef>>::success(out);
}

} // namespace regie::services
