#include "server/SessionStore.h"

#include "audit/AuditActions.h"
#include "audit/AuditLog.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"
#include "services/Support.h"
#include "services/UnitOfWork.h"
#include "storage/WebSessions.h"

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
    const std::optional<storage::SessionRow> row = storage::WebSessions(services_.db).find(idHash);
    if (!row)
        return std::nullopt;
    Session s;
    s.actor = row->actor;
    s.csrfToken = row->csrfToken;
    s.createdAt = row->createdAt;
    s.lastSeenAt = row->lastSeenAt;
    s.language = languageFromCode(row->language);
    s.demoLogin = row->demoLogin;
    s.flash = row->flash;
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
        end(idHash, s->actor, audit::actions::SessieVerlopen, details);
        result.state = State::Expired;
        return result;
    }
    result.state = State::Valid;
    // The stored last_seen_at moves at most once per kTouchSeconds: writing it on every
    // request made each page view a durable commit (one fsync), the largest cost of a page
    // under load. The idle timeout then counts from a moment at most that much earlier,
    // and the server and the page's warning both use the stored moment, so they agree.
    // The touch does not wait for the disk either (FastCommits): the server answers requests
    // on one thread, and under I/O load each fsync'ed touch held up every page behind it (the
    // largest wait of /overzicht in bench/server/overzicht.py, docs/PERFORMANCE.md). A touch
    // lost to a power cut only makes the session end sooner, never later.
    const QDateTime now = services_.now();
    if (touch && s->lastSeenAt.secsTo(now) >= kTouchSeconds) {
        const storage::FastCommits snel(services_.db, true);
        const auto touched = services::UnitOfWork(services_).run<bool>(s->actor, [&](services::Change &c) {
            QString error;
            if (!storage::WebSessions(c.db()).touch(idHash, now, &error))
                return services::storageFailure<bool>(error);
            return services::Result<bool>::success(true);
        });
        if (touched.ok())
            result.session.lastSeenAt = now;
        else
            qCWarning(lcSessions) << "session touch failed:" << touched.error.message;
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

    storage::SessionRow row;
    row.idHash = hashId(s.id);
    row.actor = actor;
    row.csrfToken = s.csrfToken;
    row.createdAt = s.createdAt;
    row.lastSeenAt = s.lastSeenAt;
    row.language = languageCode(language);
    row.demoLogin = demoLogin;
    const auto created = services::UnitOfWork(services_).run<bool>(actor, [&](services::Change &c) {
        QString error;
        if (!storage::WebSessions(c.db()).insert(row, &error))
            return services::storageFailure<bool>(error);
        const QJsonObject details{{QStringLiteral("kanaal"), QStringLiteral("web")},
                                  {QStringLiteral("demo"), demoLogin}};
        c.audit(audit::actions::LoginGelukt, auditSubject(actor), QStringLiteral("sessie"),
                auditSessionRef(row.idHash), details);
        return services::Result<bool>::success(true);
    });
    if (!created.ok()) {
        qCWarning(lcSessions) << "session start failed:" << created.error.message;
        return std::nullopt;
    }
    return s;
}

QString SessionStore::auditSubject(const Actor &actor)
{
    return actor.role == Role::Inwoner ? services::inwonerPseudonym(services_, actor.inwonerId) : QString();
}

services::Result<bool> SessionStore::end(const QString &idHash, const Actor &owner, const QString &action,
                                         const QJsonObject &details)
{
    const auto ended = services::UnitOfWork(services_).run<bool>(owner, [&](services::Change &c) {
        QString error;
        const int removed = storage::WebSessions(c.db()).remove(idHash, &error);
        if (removed < 0)
            return services::storageFailure<bool>(error);
        if (removed == 0)
            return services::Result<bool>::success(false); // someone else ended it meanwhile; they audited it
        c.audit(action, auditSubject(owner), QStringLiteral("sessie"), auditSessionRef(idHash), details);
        return services::Result<bool>::success(true);
    });
    if (!ended.ok())
        qCWarning(lcSessions) << "ending a session failed:" << ended.error.message;
    return ended;
}

bool SessionStore::destroy(const Session &session)
{
    return end(hashId(session.id), session.actor, audit::actions::Uitgelogd, QJsonObject()).ok();
}

QStringList SessionStore::destroyAllFor(qint64 userId, qint64 inwonerId)
{
    QStringList removed;
    const auto owned = storage::WebSessions(services_.db).ofPerson(userId, inwonerId);
    if (!owned)
        return removed;
    // One unit of work per session: each end is audited in the name of that session's actor.
    const QJsonObject details{{QStringLiteral("overal"), true}};
    for (const storage::SessionOwner &o : *owned) {
        if (!end(o.idHash, o.actor, audit::actions::Uitgelogd, details).ok())
            break;
        removed.append(o.idHash);
    }
    return removed;
}

bool SessionStore::save(const Session &session)
{
    const auto saved = services::UnitOfWork(services_).run<bool>(session.actor, [&](services::Change &c) {
        QString error;
        if (!storage::WebSessions(c.db()).saveState(hashId(session.id), session.flash.left(kMaxFlashChars),
                                                   languageCode(session.language), &error))
            return services::storageFailure<bool>(error);
        return services::Result<bool>::success(true);
    });
    return saved.ok();
}

int SessionStore::purgeExpired(int maxRows)
{
    const QDateTime now = services_.now();
    const auto due = storage::WebSessions(services_.db)
                         .expired(now.addSecs(-config_.idleTimeout.count()),
                                  now.addSecs(-config_.absoluteTimeout.count()), maxRows);
    if (!due)
        return 0;
    int purged = 0;
    const QJsonObject details{{QStringLiteral("reden"), QStringLiteral("opgeruimd")}};
    for (const storage::SessionOwner &o : *due) {
        const services::Result<bool> ended = end(o.idHash, o.actor, audit::actions::SessieVerlopen, details);
        if (!ended.ok())
            break;
        purged += *ended.value ? 1 : 0;
    }
    return purged;
}

} // namespace regie::web
