#include "services/Voorstellen.h"

#include "audit/AuditActions.h"
#include "services/Organisatie.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"

#include <QtCore/QJsonObject>

namespace regie::services {

using storage::Sql;

namespace {

const QString kSelect = QStringLiteral(
    "SELECT v.id, v.soort, v.team_id, v.bedrag_cents, COALESCE(v.medewerker_id, 0), COALESCE(i.public_id, ''),"
    " v.voorgesteld_door, v.voorgesteld_at, v.status FROM voorstellen v LEFT JOIN inwoners i ON i.id = v.inwoner_id");

Voorstel lees(Sql &q)
{
    Voorstel v;
    v.id = q.int64(0);
    v.soort = q.text(1);
    v.teamId = q.int64(2);
    if (!q.isNull(3))
        v.bedrag = Money::fromCents(q.int64(3));
    v.medewerkerId = q.int64(4);
    v.inwonerPseudonym = q.text(5);
    v.voorgesteldDoor = q.int64(6);
    v.voorgesteldOp = storage::fromDbTime(q.text(7));
    v.status = q.text(8);
    return v;
}

// Makes what the proposal proposes, in the deciding change.
Result<bool> voerUit(Change &c, const Voorstel &v, qint64 inwonerId)
{
    if (v.soort == QLatin1String("caseload"))
        return schrijfCaseload(c, v.medewerkerId, inwonerId);
    Sql q(c.db(), QStringLiteral("UPDATE teams SET vier_ogen_grens_cents = :g WHERE id = :t"));
    q.bind(QStringLiteral(":g"), v.bedrag ? v.bedrag->cents() : 0).bind(QStringLiteral(":t"), v.teamId);
    if (!q.exec())
        return storageFailure<bool>(q.error());
    c.audit(audit::actions::InstellingGewijzigd, QString(), QStringLiteral("team"), QString::number(v.teamId),
            QJsonObject{{QStringLiteral("vier_ogen_grens"), true}});
    return Result<bool>::success(true);
}

} // namespace

bool Voorstellen::eigenAccount(const Actor &actor, qint64 userId)
{
    if (actor.role != Role::Beheerder)
        return false;
    Sql q(ctx_.db, QStringLiteral("SELECT 1 FROM audit_events WHERE actor_user_id = :a AND object_type = 'user'"
                                  " AND object_id = :id AND outcome = 'ok' AND (action IN ('gebruiker.aangemaakt',"
                                  " 'tweedefactor.ingesteld') OR (action = 'gebruiker.gewijzigd' AND details_json LIKE '%wachtwoord%'))"
                                  " LIMIT 1"));
    q.bind(QStringLiteral(":a"), actor.userId).bind(QStringLiteral(":id"), QString::number(userId));
    // A failed read counts as "own": the second person is asked rather than skipped.
    return !q.exec() || q.next();
}

Result<qint64> Voorstellen::doeVoorstel(Change &c, const Voorstel &v)
{
    Sql open(c.db(), QStringLiteral("SELECT COUNT(*) FROM voorstellen WHERE team_id = :t AND status = 'open'"));
    open.bind(QStringLiteral(":t"), v.teamId);
    if (!open.exec() || !open.next())
        return storageFailure<qint64>(open.error());
    if (open.int64(0) >= kMaxOpenPerTeam)
        return Result<qint64>::failure(ErrorCode::Conflict, QStringLiteral("Er staan te veel voorstellen open voor dit team."));
    const std::optional<qint64> inwonerId = v.inwonerPseudonym.isEmpty() ? std::nullopt : inwonerIdVoorPseudonym(c.ctx(), v.inwonerPseudonym);
    Sql insert(c.db(), QStringLiteral("INSERT INTO voorstellen (soort, team_id, bedrag_cents, medewerker_id, inwoner_id,"
                                      " voorgesteld_door, voorgesteld_at, status) VALUES (:s, :t, :b, :m, :i, :d, :at, 'open')"
                                      " RETURNING id"));
    insert.bind(QStringLiteral(":s"), v.soort).bind(QStringLiteral(":t"), v.teamId)
        .bind(QStringLiteral(":b"), v.bedrag ? QVariant(v.bedrag->cents()) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":m"), v.medewerkerId > 0 ? QVariant(v.medewerkerId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":i"), inwonerId ? QVariant(*inwonerId) : QVariant(QMetaType::fromType<qint64>()))
        .bind(QStringLiteral(":d"), c.actor().userId).bind(QStringLiteral(":at"), storage::toDbTime(c.now()));
    if (!insert.exec() || !insert.next())
        return storageFailure<qint64>(insert.error());
    const qint64 id = insert.int64(0);
    c.audit(audit::actions::VoorstelGedaan, v.inwonerPseudonym, QStringLiteral("voorstel"), QString::number(id),
            QJsonObject{{QStringLiteral("soort"), v.soort}, {QStringLiteral("team"), v.teamId}});
    return Result<qint64>::success(id);
}

Result<QList<Voorstel>> Voorstellen::open(const Actor &actor)
{
    if (actor.role != Role::Teamleider && actor.role != Role::Beheerder)
        return forbidden<QList<Voorstel>>();
    const bool team = actor.role == Role::Teamleider;
    Sql q(ctx_.db, kSelect + QStringLiteral(" WHERE v.status = 'open'") + (team ? QStringLiteral(" AND v.team_id = :t") : QString())
                       + QStringLiteral(" ORDER BY v.id LIMIT 1000"));
    if (team)
        q.bind(QStringLiteral(":t"), actor.teamId);
    if (!q.exec())
        return storageFailure<QList<Voorstel>>(q.error());
    QList<Voorstel> out;
    while (q.next())
        out.append(lees(q));
    return Result<QList<Voorstel>>::success(out);
}

Result<Voorstel> Voorstellen::besluit(const Actor &actor, qint64 id, bool akkoord)
{
    if (actor.role != Role::Teamleider || actor.teamId <= 0)
        return notFound<Voorstel>();
    return UnitOfWork(ctx_).run<Voorstel>(actor, [&](Change &c) -> Result<Voorstel> {
        Sql q(c.db(), kSelect + QStringLiteral(" WHERE v.id = :id AND v.status = 'open' AND v.team_id = :t AND v.voorgesteld_door <> :a"));
        q.bind(QStringLiteral(":id"), id).bind(QStringLiteral(":t"), actor.teamId).bind(QStringLiteral(":a"), actor.userId);
        if (!q.exec())
            return storageFailure<Voorstel>(q.error());
        if (!q.next())
            return c.refuse<Voorstel>(audit::actions::VoorstelBesloten, QString(), QStringLiteral("voorstel"), QString::number(id));
        Voorstel v = lees(q);
        v.status = akkoord ? QStringLiteral("akkoord") : QStringLiteral("afgewezen");
        Sql zet(c.db(), QStringLiteral("UPDATE voorstellen SET status = :s, besloten_door = :a, besloten_at = :at"
                                       " WHERE id = :id AND status = 'open'"));
        zet.bind(QStringLiteral(":s"), v.status).bind(QStringLiteral(":a"), actor.userId)
            .bind(QStringLiteral(":at"), storage::toDbTime(c.now())).bind(QStringLiteral(":id"), id);
        if (!zet.exec())
            return storageFailure<Voorstel>(zet.error());
        if (akkoord) {
            const std::optional<qint64> inwonerId = inwonerIdVoorPseudonym(c.ctx(), v.inwonerPseudonym);
            const auto gedaan = voerUit(c, v, inwonerId.value_or(0));
            if (!gedaan.ok())
                return Result<Voorstel>::from(gedaan);
        }
        c.audit(audit::actions::VoorstelBesloten, v.inwonerPseudonym, QStringLiteral("voorstel"), QString::number(id),
                QJsonObject{{QStringLiteral("uitkomst"), v.status}, {QStringLiteral("soort"), v.soort}});
        return Result<Voorstel>::success(v);
    });
}

} // namespace regie::services
