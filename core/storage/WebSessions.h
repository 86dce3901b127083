#pragma once
// The rows behind regie-server's cookie sessions (web_sessions). A repository: the SQL and
// nothing else. Whether a session is still in time, and the audit event of every start and
// end, belong to citizen-web's SessionStore, which writes through the unit of work. Only the
// SHA-256 of a cookie id is ever stored or looked up here.

#include "domain/Domain.h"
#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::storage {

struct SessionRow {
    QString idHash;
    Actor actor;            // userId/inwonerId/teamId 0 when NULL; displayName from users
    QString csrfToken;
    QDateTime createdAt, lastSeenAt;
    QString language;       // "nl" | "en"
    bool demoLogin = false;
    QString flash;
};

// Enough of a session to end it and audit the end in its owner's name.
struct SessionOwner {
    QString idHash;
    Actor actor;
};

class WebSessions {
public:
    // Bounds one read of several sessions (one person's, or the expired ones).
    static constexpr int kMaxRows = 1000;

    explicit WebSessions(Database &database) : db_(database) {}

    // nullopt when there is no such session, its role is unknown, its account is deactivated,
    // or the read failed: each means "no session".
    std::optional<SessionRow> find(const QString &idHash);
    bool insert(const SessionRow &row, QString *error);
    // The number of rows removed (0: already gone), or -1 when the delete failed.
    int remove(const QString &idHash, QString *error);
    bool touch(const QString &idHash, const QDateTime &lastSeenAt, QString *error);
    bool saveState(const QString &idHash, const QString &flash, const QString &language, QString *error);

    // Every session of the user and/or the inwoner (an id of 0 matches nothing), at most kMaxRows.
    std::optional<QList<SessionOwner>> ofPerson(qint64 userId, qint64 inwonerId);
    // Sessions last seen at or before idleSince, or started at or before startedBefore.
    std::optional<QList<SessionOwner>> expired(const QDateTime &idleSince, const QDateTime &startedBefore, int maxRows);

private:
    Database &db_;
};

} // namespace regie::storage
