#pragma once
// Limits login attempts per remote address and per username with a sliding window, so
// password guessing is slow whether it comes from one address or many. The staff login
// passes the client's key as the address and client + user name as the username: a name
// alone is never throttled for everyone, so nobody can lock a named user out with it. Memory is bounded:
// each key keeps at most its limit of timestamps, and at most kMaxKeys keys are tracked
// (the least recently used key is dropped first).
//
// Login handlers call allow() before checking credentials and succeeded() after a good
// login (which forgets the username's failures, not the address's). The server itself calls
// allowRequest() for every request to a login route (RouteTable::throttlePerClient), before
// the handler, with the client's key (server/ClientAddress.h: behind a trusted proxy the
// proxy's client, IPv6 grouped per /64).

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QString>

#include <chrono>
#include <functional>

namespace regie::web {

class RateLimiter {
public:
    static constexpr int kMaxKeys = 10000;
    static constexpr int kMaxUsernameChars = 200;

    RateLimiter(int perAddress, int perUsername, std::chrono::seconds window,
                std::function<QDateTime()> clock, int requestsPerClient = 60);

    // Records an attempt and answers whether it may go ahead. A refused attempt is not
    // recorded, so waiting out the window always works.
    bool allow(const QString &remoteAddress, const QString &username);
    void succeeded(const QString &username);
    // Seconds until allow() would say yes for this pair (0 when it would now).
    qint64 retryAfterSeconds(const QString &remoteAddress, const QString &username) const;
    // A request to a login route: recorded and allowed unless the client spent its budget.
    bool allowRequest(const QString &client);
    qint64 requestRetryAfterSeconds(const QString &client) const;
    int trackedKeys() const { return static_cast<int>(buckets_.size()); }

private:
    struct Bucket {
        QList<qint64> stamps; // ms since epoch, oldest first, at most the key's limit
        qint64 lastUse = 0;
    };
    static QString addressKey(const QString &address);
    static QString userKey(const QString &username);
    static QString requestKey(const QString &client);
    void prune(Bucket &bucket, qint64 now) const;
    qint64 waitFor(const QString &key, int limit, qint64 now) const;
    void record(const QString &key, qint64 now);
    void evictIfFull();

    int perAddress_;
    int perUsername_;
    int requestsPerClient_;
    qint64 windowMs_;
    std::function<QDateTime()> clock_;
    QHash<QString, Bucket> buckets_;
};

} // namespace regie::web
