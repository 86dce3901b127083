// Overname::werkBij: a household taken over from Allegro follows Allegro. Lines and
// reserveringen that disappeared there are ended here, never deleted; every change is an
// audit event of its own, and a read that changes nothing writes nothing.
#include "services/Overname.h"

#include "audit/AuditActions.h"
#include "ledger/Ledger.h"
#include "services/HuishoudenSchrijven.h"
#include "services/Support.h"

#include <QtCore/QSet>

#include <algorithm>

namespace regie::services {

using storage::Sql;

namespace {

struct Bestaand {
    qint64 id = 0;
    QString omschrijving;
    qint64 bedrag = 0;
    QString periode, volgendeDatum;
    std::optional<qint64> reserveringId;
};

QString datum(const std::optional<QDate> &d) { return d ? storage::toDbDate(*d) : QString(); }

// Active reserveringen by Allegro number; a new one from Allegro is added (its balance comes
// with the sync's reconciliation), one Allegro no longer has is ended once nothing is held on it.
Result<QHash<QString, qint64>> volgReserveringen(Change &c, qint64 inwonerId, const QString &subject,
                                                const AllegroHuishouden &h, int *gewijzigd)
{
    using R = Result<QHash<QString, qint64>>;
    Sql q(c.db(), QStringLiteral("SELECT id, allegro_nummer FROM reserveringen WHERE inwoner_id = :i AND actief = 1"
                                 " AND allegro_nummer IS NOT NULL"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QHash<QString, qint64>>(q.error());
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.text(1), q.int64(0));
    QString error;
    QSet<QString> inAllegro;
    for (const AllegroReservering &r : h.reserveringen) {
        inAllegro.insert(r.nummer);
        if (ids.contains(r.nummer))
            continue;
        NieuweReservering n;
        n.naam = r.naam;
        n.allegroNummer = r.nummer;
        const auto id = inrichting::schrijfReservering(c, inwonerId, n, &error);
        if (!id)
            return storageFailure<QHash<QString, qint64>>(error);
        ids.insert(r.nummer, *id);
        c.audit(audit::actions::ReserveringAangemaakt, subject, QStringLiteral("reservering"), QString::number(*id),
                QJsonObject{{QStringLiteral("bron"), QStringLiteral("allegro")}});
        ++*gewijzigd;
    }
    ledger::Ledger ledger(c.db(), c.ctx().clock);
    const auto algemeen = ledger.accountFor(inwonerId, ledger::AccountSoort::Algemeen);
    for (auto it = ids.begin(); it != ids.end();) {
        const auto account = inAllegro.contains(it.key()) ? std::optional<qint64>() : ledger.accountForReservering(it.value());
        const auto saldo = account ? ledger.balance(*account) : std::nullopt;
        if (!saldo || !saldo->pendingDebits().isZero() || !algemeen) {
            ++it; // still in Allegro, or a request is still waiting on it: ended in a later cycle
            continue;
        }
        const Money rest = saldo->postedCredit();
        if (rest.isPositive()) {
            const auto t = ledger.transfer(ledger::TransferRequest{QStringLiteral("beeindigd:reservering:%1").arg(it.value()), *account,
                                                                   *algemeen, rest, QStringLiteral("reservering_beeindigd"),
                                                                   QStringLiteral("reservering beëindigd in Allegro"), std::nullopt});
            if (!t.ok())
                return R::failure(ErrorCode::Conflict, t.message);
        }
        Sql end(c.db(), QStringLiteral("UPDATE reserveringen SET actief = 0 WHERE id = :r"));
        end.bind(QStringLiteral(":r"), it.value());
        if (!end.exec())
            return storageFailure<QHash<QString, qint64>>(end.error());
        c.audit(audit::actions::ReserveringBeeindigd, subject, QStringLiteral("reservering"), QString::number(it.value()),
                QJsonObject{{QStringLiteral("restCents"), rest.cents()}});
        ++*gewijzigd;
        it = ids.erase(it);
    }
    return R::success(ids);
}

Result<QHash<QString, Bestaand>> leesRegels(Change &c, qint64 inwonerId)
{
    Sql q(c.db(), QStringLiteral("SELECT id, allegro_volgnummer, omschrijving, bedrag_cents, periode, volgende_datum,"
                                 " reservering_id FROM budgetplan_regels WHERE inwoner_id = :i AND beeindigd_at IS NULL"
                                 " AND allegro_volgnummer IS NOT NULL"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<QHash<QString, Bestaand>>(q.error());
    QHash<QString, Bestaand> out;
    while (q.next()) {
        Bestaand b{q.int64(0), q.text(2), q.int64(3), q.text(4), q.text(5), std::nullopt};
        if (!q.isNull(6))
            b.reserveringId = q.int64(6);
        out.insert(q.text(1), b);
    }
    return Result<QHash<QString, Bestaand>>::success(out);
}

bool werkRegelBij(Change &c, const Bestaand &oud, const BudgetplanRegel &nieuw, QString *error)
{
    Sql update(c.db(), QStringLiteral("UPDATE budgetplan_regels SET omschrijving = :o, bedrag_cents = :b, periode = :p,"
                                      " volgende_datum = :d, reservering_id = :r WHERE id = :id"));
    update.bind(QStringLiteral(":o"), nieuw.omschrijving)
        .bind(QStringLiteral(":b"), nieuw.bedrag.cents())
        .bind(QStringLiteral(":p"), toCode(nieuw.periode))
        .bind(QStringLiteral(":d"), storage::nullableText(datum(nieuw.volgendeDatum)))
        .bind(QStringLiteral(":r"), storage::nullable(nieuw.reserveringId))
        .bind(QStringLiteral(":id"), oud.id);
    if (!update.exec())
        *error = update.error();
    return error->isEmpty();
}

Result<bool> volgRegels(Change &c, qint64 inwonerId, const QString &subject, const AllegroHuishouden &h,
                        const QHash<QString, qint64> &reserveringen, int *gewijzigd)
{
    const auto bestaand = leesRegels(c, inwonerId);
    if (!bestaand.ok())
        return Result<bool>::from(bestaand);
    QString error;
    QSet<QString> inAllegro;
    for (qsizetype i = 0; i < h.regels.size(); ++i) {
        BudgetplanRegel regel = h.regels.at(i);
        const QString nummer = h.regelReservering.value(i);
        if (reserveringen.contains(nummer))
            regel.reserveringId = reserveringen.value(nummer);
        inAllegro.insert(regel.allegroVolgnummer);
        const auto oud = bestaand.value->constFind(regel.allegroVolgnummer);
        if (oud == bestaand.value->constEnd()) {
            if (!inrichting::schrijfBudgetplanRegels(c, inwonerId, {regel}, &error))
                return storageFailure<bool>(error);
        } else if (oud->omschrijving != regel.omschrijving || oud->bedrag != regel.bedrag.cents()
                   || oud->periode != toCode(regel.periode) || oud->volgendeDatum != datum(regel.volgendeDatum)
                   || oud->reserveringId != regel.reserveringId) {
            if (!werkRegelBij(c, *oud, regel, &error))
                return storageFailure<bool>(error);
        } else {
            continue;
        }
        c.audit(audit::actions::BudgetplanGewijzigd, subject, QStringLiteral("budgetplan_regel"), regel.allegroVolgnummer,
                QJsonObject{{QStringLiteral("bron"), QStringLiteral("allegro")}, {QStringLiteral("bedragCents"), regel.bedrag.cents()}});
        ++*gewijzigd;
    }
    for (auto it = bestaand.value->constBegin(); it != bestaand.value->constEnd(); ++it) {
        if (inAllegro.contains(it.key()))
            continue;
        Sql end(c.db(), QStringLiteral("UPDATE budgetplan_regels SET beeindigd_at = :at WHERE id = :id"));
        end.bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":id"), it->id);
        if (!end.exec())
            return storageFailure<bool>(end.error());
        c.audit(audit::actions::BudgetplanRegelBeeindigd, subject, QStringLiteral("budgetplan_regel"), it.key());
        ++*gewijzigd;
    }
    return Result<bool>::success(true);
}

// A loan Allegro no longer reports is paid off: it stays, with nothing left to pay.
Result<bool> volgLeningen(Change &c, qint64 inwonerId, const QString &subject, const AllegroHuishouden &h, int *gewijzigd)
{
    Sql q(c.db(), QStringLiteral("SELECT omschrijving, geleend_cents, openstaand_cents, maandtermijn_cents, achterstand_cents,"
                                 " resterende_looptijd_maanden, startdatum, einddatum FROM leningen WHERE inwoner_id = :i"));
    q.bind(QStringLiteral(":i"), inwonerId);
    if (!q.exec())
        return storageFailure<bool>(q.error());
    QHash<QString, Lening> bestaand;
    while (q.next()) {
        bestaand.insert(q.text(0), Lening{q.text(0), Money::fromCents(q.int64(1)), Money::fromCents(q.int64(2)),
                                          Money::fromCents(q.int64(3)), Money::fromCents(q.int64(4)), int(q.int64(5)),
                                          storage::fromDbDate(q.text(6)), storage::fromDbDate(q.text(7))});
    }
    QList<Lening> doel = h.leningen;
    for (auto it = bestaand.constBegin(); it != bestaand.constEnd(); ++it) {
        const bool weg = std::none_of(doel.cbegin(), doel.cend(), [&](const Lening &l) { return l.omschrijving == it.key(); });
        if (weg && (!it->openstaand.isZero() || !it->achterstand.isZero() || it->resterendeLooptijdMaanden != 0)) {
            Lening afgelost = *it;
            afgelost.openstaand = afgelost.achterstand = Money();
            afgelost.resterendeLooptijdMaanden = 0;
            doel.append(afgelost);
        }
    }
    QString error;
    for (const Lening &l : doel) {
        const auto oud = bestaand.constFind(l.omschrijving);
        if (oud != bestaand.constEnd() && oud->openstaand == l.openstaand && oud->maandtermijn == l.maandtermijn
            && oud->achterstand == l.achterstand && oud->resterendeLooptijdMaanden == l.resterendeLooptijdMaanden)
            continue;
        const auto id = inrichting::schrijfLening(c, inwonerId, l, &error);
        if (!id)
            return storageFailure<bool>(error);
        c.audit(audit::actions::LeningBijgewerkt, subject, QStringLiteral("lening"), QString::number(*id),
                QJsonObject{{QStringLiteral("openstaandCents"), l.openstaand.cents()}});
        ++*gewijzigd;
    }
    return Result<bool>::success(true);
}

} // namespace

Result<BijwerkResultaat> Overname::werkBij(const Actor &actor, qint64 inwonerId, const AllegroHuishouden &h)
{
    if (!magInrichten(actor))
        return forbidden<BijwerkResultaat>();
    return UnitOfWork(ctx_).run<BijwerkResultaat>(actor, [&](Change &c) -> Result<BijwerkResultaat> {
        const auto subject = inrichting::bestaandeInwoner(c, inwonerId);
        if (!subject.ok())
            return Result<BijwerkResultaat>::from(subject);
        BijwerkResultaat out;
        const auto reserveringen = volgReserveringen(c, inwonerId, *subject.value, h, &out.gewijzigd);
        if (!reserveringen.ok())
            return Result<BijwerkResultaat>::from(reserveringen);
        const auto regels = volgRegels(c, inwonerId, *subject.value, h, *reserveringen.value, &out.gewijzigd);
        if (!regels.ok())
            return Result<BijwerkResultaat>::from(regels);
        const auto leningen = volgLeningen(c, inwonerId, *subject.value, h, &out.gewijzigd);
        if (!leningen.ok())
            return Result<BijwerkResultaat>::from(leningen);
        return Result<BijwerkResultaat>::success(out);
    });
}

} // namespace regie::services
