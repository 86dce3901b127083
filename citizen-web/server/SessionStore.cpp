#include "server/SessionStore.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "services/Support.h"
#include "storage/Database.h"

#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcSessions, "regie.web.sessions")

QString languageCode(Language l)
{
    return l == Language::Engels ? QStringLiteral("en") : QStringLiteral("nl");
}

Language languageFromCode(const QString &code)
{
    return code == QLatin1String("en") ? Language::Engels : Language::Nederlands;
}

bool plausibleId(const QString &id)
{
    if (id.isEmpty() || id.size() > SessionStore::kMaxIdChars)
        return false;
    for (QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
              || c == u'-' || c == u'_'))
            return false;
    }
    return true;
}

// The audit names a session by a short prefix of its hash: enough to pair a login with
// its logout, useless as a cookie.
QString auditSessionRef(const QString &idHash)
{
    return audit::AuditLog::opaqueRef(QStringView(idHash).left(12));
}

} // namespace

SessionStore::SessionStore(services::ServiceContext &services, const Config &config)
    : services_(services), config_(config)
{
}

QString SessionStore::hashId(const QString &cookieId)
{
    return QString::fromLatin1(crypto::sha256(cookieId.toUtf8()).toHex());
}

bool SessionStore::expired(const Session &session) const
{
    const QDateTime now = services_.now();
    return session.lastSeenAt.addSecs(config_.idleTimeout.count()) <= now
           || session.createdAt.addSecs(config_.absoluteTimeout.count()) <= now;
}

qint64 SessionStore::idleSecondsLeft(const Session &session) const
{
    const QDateTime now = services_.now();
    const qint64 idle = now.secsTo(session.lastSeenAt.addSecs(config_.idleTimeout.count()));
    const qint64 absolute = now.secsTo(session.createdAt.addSecs(config_.absoluteTimeout.count()));
    return std::max<qint64>(0, std::min(idle, absolute));
}

std::optional<Session> SessionStore::load(const QString &idHash)
{
    storage::Sql q(services_.db,
                   QStringLiteral("SELECT s.user_id, s.inwoner_id, s.role, s.team_id, s.csrf_token,"
                                  " s.created_at, s.last_seen_at, s.language, s.demo_login, s.flash,"
                                  " u.display_name FROM web_sessions s"
                                  " LEFT JOIN users u ON u.id = s.user_id WHERE s.id_hash = :h"));
    q.bind(QStringLiteral(":h"), idHash);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const std::optional<Role> role = roleFromCode(q.text(2));
    if (!role)
        return std::nullopt;
    Session s;
    s.actor.userId = q.int64(0);
    s.actor.inwonerId = q.int64(1);
    s.actor.role = *role;
    s.actor.teamId = q.int64(3);
    s.actor.displayName = q.text(10);
    s.csrfToken = q.text(4);
    s.createdAt = storage::fromDbTime(q.text(5));
    s.lastSeenAt = storage::fromDbTime(q.text(6));
    s.language = languageFromCode(q.text(7));
    s.demoLogin = q.int64(8) != 0;
    s.flash = q.text(9);
    return s;
}

bool SessionStore::aliveByHash(const QString &idHash)
{
    const std::optional<Session> s = load(idHash);
    return s && !expired(*s);
}

SessionStore::Lookup SessionStore::find(const QString &cookieId, bool touch)
{
    Lookup result;
    if (!plausibleId(cookieId))
        return result;
    const QString idHash = hashId(cookieId);
    std::optional<Session> s = load(idHash);
    if (!s)
        return result;
    s->id = cookieId;
    result.session = *s;
    if (expired(*s)) {
        const bool idle = s->createdAt.addSecs(config_.absoluteTimeout.count()) > services_.now();
        QJsonObject details{{QStringLiteral("reden"), idle ? QStringLiteral("inactief")
                                                           : QStringLiteral("maximale_duur")}};
        deleteAudited(*s, audit::actions::SessieVerlopen, details);
        result.state = State::Expired;
        return result;
    }
    result.state = State::Valid;
    // The stored last_seen_at moves at most once per kTouchSeconds: writing it on every
    // request made each page view a durable commit (one fsync), the largest cost of a page
    // under load. The idle timeout then counts from a moment at most that much earlier,
    // and the server and the page's warning both use the stored moment, so they agree.
    const QDateTime now = services_.now();
    if (touch && s->lastSeenAt.secsTo(now) >= kTouchSeconds) {
        storage::Sql q(services_.db, QStringLiteral("UPDATE web_sessions SET last_seen_at = :t"
                                                    " WHERE id_hash = :h"));
        q.bind(QStringLiteral(":t"), storage::toDbTime(now)).bind(QStringLiteral(":h"), idHash);
        if (q.exec())
            result.session.lastSeenAt = now;
        else
            qCWarning(lcSessions) << "session touch failed:" << q.error();
    }
    return result;
}

std::optional<Session> SessionStore::create(const Actor &actor, bool demoLogin, Language language)
{
    Session s;
    s.id = crypto::randomToken(kIdBytes);
    s.actor = actor;
    s.csrfToken = crypto::randomToken(32);
    s.createdAt = services_.now();
    s.lastSeenAt = s.createdAt;
    s.language = language;
    s.demoLogin = demoLogin;

    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return std::nullopt;
    const QString idHash = hashId(s.id);
    storage::Sql q(services_.db,
                   QStringLiteral("INSERT INTO web_sessions (id_hash, user_id, inwoner_id, role,"
                                  " team_id, csrf_token, created_at, last_seen_at, language, demo_login)"
                                  " VALUES (:h, :u, :i, :r, :t, :c, :now, :now2, :l, :d)"));
    auto positive = [](qint64 v) { return v > 0 ? std::optional<qint64>(v) : std::nullopt; };
    q.bind(QStringLiteral(":h"), idHash)
        .bind(QStringLiteral(":u"), storage::nullable(positive(actor.userId)))
        .bind(QStringLiteral(":i"), storage::nullable(positive(actor.inwonerId)))
        .bind(QStringLiteral(":r"), toCode(actor.role))
        .bind(QStringLiteral(":t"), storage::nullable(positive(actor.teamId)))
        .bind(QStringLiteral(":c"), s.csrfToken)
        .bind(QStringLiteral(":now"), storage::toDbTime(s.createdAt))
        .bind(QStringLiteral(":now2"), storage::toDbTime(s.lastSeenAt))
        .bind(QStringLiteral(":l"), languageCode(language))
        .bind(QStringLiteral(":d"), demoLogin ? 1 : 0);
    if (!q.exec()) {
        qCWarning(lcSessions) << "session insert failed:" << q.error();
        return std::nullopt;
    }
    const QString subject = actor.role == Role::Inwoner
                                ? services::inwonerPseudonym(services_, actor.inwonerId)
                                : QString();
    QString error;
    const QJsonObject details{{QStringLiteral("kanaal"), QStringLiteral("web")},
                              {QStringLiteral("demo"), demoLogin}};
    if (!services::auditInTx(services_, actor, audit::actions::LoginGelukt, subject,
                             QStringLiteral("sessie"), auditSessionRef(idHash), details, &error)) {
        qCWarning(lcSessions) << "login audit failed:" << error;
        return std::nullopt;
    }
    if (!tx.commit())
        return std::nullopt;
    return s;
}

bool SessionStore::deleteAudited(const Session &session, const QString &action,
                                 const QJsonObject &details)
{
    const QString idHash = hashId(session.id);
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return false;
    storage::Sql q(services_.db, QStringLiteral("DELETE FROM web_sessions WHERE id_hash = :h"));
    q.bind(QStringLiteral(":h"), idHash);
    if (!q.exec())
        return false;
    if (q.numRowsAffected() == 0)
        return true; // someone else ended it meanwhile; they audited it
    const QString subject = session.actor.role == Role::Inwoner
                                ? services::inwonerPseudonym(services_, session.actor.inwonerId)
                                : QString();
    QString error;
    if (!services::auditInTx(services_, session.actor, action, subject, QStringLiteral("sessie"),
                             auditSessionRef(idHash), details, &error)) {
        qCWarning(lcSessions) << "session audit failed:" << error;
        return false;
    }
    return tx.commit();
}

bool SessionStore::destroy(const Session &session)
{
    return deleteAudited(session, audit::actions::Uitgelogd, QJsonObject());
}

QStringList SessionStore::destroyAllFor(qint64 userId, qint64 inwonerId)
{
    QStringList removed;
    storage::Sql sel(services_.db,
                     QStringLiteral("SELECT id_hash, role, user_id, inwoner_id, team_id FROM web_sessions"
                                    " WHERE (user_id = :u AND :u2 > 0) OR (inwoner_id = :i AND :i2 > 0)"));
    sel.bind(QStringLiteral(":u"), userId).bind(QStringLiteral(":u2"), userId)
        .bind(QStringLiteral(":i"), inwonerId).bind(QStringLiteral(":i2"), inwonerId);
    if (!sel.exec())
        return removed;
    struct Victim {
        QString hash;
        Actor actor;
    };
    QList<Victim> victims;
    while (sel.next() && victims.size() < 1000) {
        Victim v;
        v.hash = sel.text(0);
        v.actor.role = roleFromCode(sel.text(1)).value_or(Role::Systeem);
        v.actor.userId = sel.int64(2);
        v.actor.inwonerId = sel.int64(3);
        v.actor.teamId = sel.int64(4);
        victims.append(v);
    }
    storage::WriteTransaction tx(services_.db);
    if (!tx.isOpen())
        return {};
    for (const Victim &v : victims) {
        storage::Sql del(services_.db, QStringLiteral("DELETE FROM web_sessions WHERE id_hash = :h"));
        del.bind(QStringLiteral(":h"), v.hash);
        if (!del.exec())
            return {};
        const QString subject = v.actor.role == Role::Inwoner
                                    ? services::inwonerPseudonym(services_, v.actor.inwonerId)
                                    : QString();
        QString error;
        const QJsonObject details{{QStringLiteral("overal"), true}};
        if (!services::auditInTx(services_, v.actor, audit::actions::Uitgelogd, subject,
                                 QStringLiteral("sessie"), auditSessionRef(v.hash), details, &error))
            return {};
        removed.append(v.hash);
    }
    if (!tx.commit())
        return {};
    return removed;
}

bool SessionStore::save(const Session &session)
{
    storage::Sql q(services_.db, QStringLiteral("UPDATE web_sessions SET flash = :f, language = :l"
                                                " WHERE id_hash = :h"));
    q.bind(QStringLiteral(":f"), session.flash.left(kMaxFlashChars))
        .bind(QStringLiteral(":l"), languageCode(session.language))
        .bind(QStringLiteral(":h"), hashId(session.id));
    return q.exec();
}

int SessionStore::purgeExpired(int maxRows)
{
    const QDateTime now = services_.now();
    storage::Sql q(services_.db,
                   QStringLiteral("SELECT id_hash, role, user_id, inwoner_id, team_id FROM web_sessions"
                                  " WHERE last_seen_at <= :idle OR created_at <= :abs LIMIT :n"));
    q.bind(QStringLiteral(":idle"), storage::toDbTime(now.addSecs(-config_.idleTimeout.count())))
        .bind(QStringLiteral(":abs"), storage::toDbTime(now.addSecs(-config_.absoluteTimeout.count())))
        .bind(QStringLiteral(":n"), maxRows);
    if (!q.exec())
        return 0;
    QList<std::pair<QString, Actor>> rows;
    while (q.next()) {
        Actor a;
        a.role = roleFromCode(q.text(1)).value_or(Role::Systeem);
        a.userId = q.int64(2);
        a.inwonerId = q.int64(3);
        a.teamId = q.int64(4);
        rows.append({q.text(0), a});
    }
    int purged = 0;
    for (const auto &[hash, actor] : rows) {
        storage::WriteTransaction tx(services_.db);
        if (!tx.isOpen())
            break;
        storage::Sql del(services_.db, QStringLiteral("DELETE FROM web_sessions WHERE id_hash = :h"));
        del.bind(QStringLiteral(":h"), hash);
        if (!del.exec() || del.numRowsAffected() == 0)
            continue;
        const QString subject = actor.role == Role::Inwoner
                                    ? services::inwonerPseudonym(services_, actor.inwonerId)
                                    : QString();
        QString error;
        const QJsonObject details{{QStringLiteral("reden"), QStringLiteral("opgeruimd")}};
        if (services::auditInTx(services_, actor, audit::actions::SessieVerlopen, subject,
                                QStringLiteral("sessie"), auditSessionRef(hash), details, &error)
            && tx.commit())
            ++purged;
    }
    return purged;
}

} // namespace regie::web
