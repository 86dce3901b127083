#include "services/InwonerLogin.h"

#include "services/UnitOfWork.h"

#include "audit/AuditActions.h"
#include "storage/Database.h"

#include <QtCore/QJsonObject>
#include <QtCore/QStringList>

namespace regie::services {

namespace {

using storage::Sql;

const QString kBsnPurpose = QStringLiteral("inwoners.bsn");
// One hash per key in the keyring; a rotation keeps a handful of old keys at most.
constexpr qsizetype kMaxHashCandidates = 16;

struct Gevonden {
    Actor actor;
    QString pseudonym;
};

std::optional<Gevonden> zoek(ServiceContext &ctx, const Bsn &bsn)
{
    QStringList hashes = ctx.cipher.lookupHashCandidates(bsn.digits(), kBsnPurpose);
    if (hashes.size() > kMaxHashCandidates)
        hashes = hashes.mid(0, kMaxHashCandidates);
    QStringList placeholders;
    for (qsizetype i = 0; i < hashes.size(); ++i)
        placeholders.append(QStringLiteral(":h%1").arg(i));
    Sql q(ctx.db, QStringLiteral(
        "SELECT u.id, u.display_name, i.id, i.public_id, i.team_id FROM inwoners i"
        " JOIN users u ON u.inwoner_id = i.id AND u.role = :role AND u.active = 1"
        " WHERE i.bsn_hash IN (") + placeholders.join(QLatin1Char(',')) + QStringLiteral(")"
        " AND i.status = :actief AND i.geanonimiseerd_at IS NULL ORDER BY u.id LIMIT 1"));
    q.bind(QStringLiteral(":role"), toCode(Role::Inwoner));
    q.bind(QStringLiteral(":actief"), toCode(InwonerStatus::Actief));
    for (qsizetype i = 0; i < hashes.size(); ++i)
        q.bind(placeholders.at(i), hashes.at(i));
    if (!q.exec() || !q.next())
        return std::nullopt;
    Gevonden g;
    g.actor.userId = q.int64(0);
    g.actor.displayName = q.text(1);
    g.actor.role = Role::Inwoner;
    g.actor.inwonerId = q.int64(2);
    g.actor.teamId = q.int64(4);
    g.pseudonym = q.text(3);
    return g;
}

QJsonObject loginDetails(const QString &redenCode, qint64 aantal = 1, const QString &bron = {})
{
    QJsonObject details{{QStringLiteral("methode"), QStringLiteral("digid")}};
    if (!redenCode.isEmpty())
        details.insert(QStringLiteral("reden"), redenCode.left(64));
    if (aantal != 1)
        details.insert(QStringLiteral("aantal"), aantal);
    if (!bron.isEmpty())
        details.insert(QStringLiteral("bron"), bron.left(32));
    return details;
}

} // namespace

std::optional<Actor> actorVoorBsn(ServiceContext &ctx, const Bsn &bsn)
{
    std::optional<Gevonden> gevonden = zoek(ctx, bsn);
    if (!gevonden) {
        auditLoginMislukt(ctx, QStringLiteral("onbekend_account"));
        return std::nullopt;
    }
    // Best effort, as ever: the answer to a login the identity provider vouched for does not
    // hang on its event.
    UnitOfWork(ctx).record(gevonden->actor, audit::actions::LoginGelukt, gevonden->pseudonym, QStringLiteral("user"),
                           QString::number(gevonden->actor.userId), loginDetails({}));
    return gevonden->actor;
}

std::optional<TeamContact> contactBuitenBudgetbeheer(ServiceContext &ctx, const Bsn &bsn)
{
    QStringList hashes = ctx.cipher.lookupHashCandidates(bsn.digits(), kBsnPurpose);
    for (const QString &hash : hashes.mid(0, kMaxHashCandidates)) {
        Sql q(ctx.db, QStringLiteral("SELECT t.naam, t.telefoon, t.email FROM inwoners i JOIN teams t ON t.id = i.team_id"
                                     " WHERE i.bsn_hash = :h AND i.geanonimiseerd_at IS NULL"));
        q.bind(QStringLiteral(":h"), hash);
        if (q.exec() && q.next())
            return TeamContact{q.text(0), q.text(1), q.text(2)};
    }
    return std::nullopt;
}

void auditLoginMislukt(ServiceContext &ctx, const QString &redenCode, qint64 aantal, const QString &bron)
{
    UnitOfWork(ctx).recordRefusal(Actor::systeem(), audit::actions::LoginMislukt, {}, QStringLiteral("user"), {},
                                  loginDetails(redenCode, aantal, bron));
}

} // namespace regie::services
