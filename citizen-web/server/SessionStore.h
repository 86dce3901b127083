#pragma once
// Cookie sessions kept in the database (web_sessions). The cookie carries a random id;
// the table holds only its SHA-256, so a database copy cannot be replayed as a cookie.
// Sessions end after idleTimeout without a request and after absoluteTimeout in total.
// Every start, end and expiry is written to the audit trail in the same transaction.

#include "server/Config.h"
#include "server/Web.h"

#include <QtCore/QString>

#include <optional>

namespace regie::web {

class SessionStore {
public:
    static constexpr int kIdBytes = 32;
    static constexpr qint64 kTouchSeconds = 15; // see find()
    static constexpr int kMaxIdChars = 64;
    static constexpr int kMaxFlashChars = 500;

    SessionStore(services::ServiceContext &services, const Config &config);

    enum class State { None, Valid, Expired };
    struct Lookup {
        State state = State::None;
        Session session; // filled for Valid (and for Expired, for the audit and the page)
    };

    // Finds the session for a cookie value. `touch` moves last_seen_at to now (every
    // request except the idle status poll). An expired session is deleted and audited here.
    Lookup find(const QString &cookieId, bool touch);
    // A new session with a fresh id and CSRF token; audits login.gelukt.
    std::optional<Session> create(const Actor &actor, bool demoLogin, Language language);
    // Logout: deletes and audits sessie.uitgelogd.
    bool destroy(const Session &session);
    // Deletes every session of the user and/or inwoner, each in its own unit of work (its
    // end is audited in that session's actor's name); returns the id hashes removed.
    QStringList destroyAllFor(qint64 userId, qint64 inwonerId);
    // Stores flash and language when a handler changed them.
    bool save(const Session &session);
    // Deletes (and audits) sessions that expired without a further request; bounded.
    int purgeExpired(int maxRows = 200);

    // For open streams: does the session still exist and is it in time? No side effects.
    bool aliveByHash(const QString &idHash);
    qint64 idleSecondsLeft(const Session &session) const;
    bool expired(const Session &session) const;
    static QString hashId(const QString &cookieId);

private:
    // Deletes the session and audits the end in its owner's name, in one unit of work.
    // True when this call removed it; false when someone else had ended it (and audited it).
    services::Result<bool> end(const QString &idHash, const Actor &owner, const QString &action,
                               const QJsonObject &details);
    QString auditSubject(const Actor &actor); // the inwoner's pseudonym; staff sessions name no subject
    std::optional<Session> load(const QString &idHash);

    services::ServiceContext &services_;
    const Config &config_;
};

} // namespace regie::web
