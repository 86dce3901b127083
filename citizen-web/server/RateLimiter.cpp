#include "server/RateLimiter.h"

#include <algorithm>
#include <limits>

namespace regie::web {

RateLimiter::RateLimiter(int perAddress, int perUsername, std::chrono::seconds window,
                         std::function<QDateTime()> clock, int requestsPerClient)
    : perAddress_(std::max(1, perAddress)), perUsername_(std::max(1, perUsername)),
      requestsPerClient_(std::max(1, requestsPerClient)),
      windowMs_(std::max<qint64>(1, static_cast<qint64>(window.count()) * 1000)),
      clock_(std::move(clock))
{
}

QString RateLimiter::addressKey(const QString &address)
{
    return QStringLiteral("a:") + address.left(64);
}

QString RateLimiter::userKey(const QString &username)
{
    // Case-folded so "Jan" and "jan" share one budget.
    return QStringLiteral("u:") + username.trimmed().left(kMaxUsernameChars).toCaseFolded();
}

QString RateLimiter::requestKey(const QString &client)
{
    return QStringLiteral("r:") + client.left(64);
}

void RateLimiter::prune(Bucket &bucket, qint64 now) const
{
    while (!bucket.stamps.isEmpty() && bucket.stamps.constFirst() <= now - windowMs_)
        bucket.stamps.removeFirst();
}

qint64 RateLimiter::waitFor(const QString &key, int limit, qint64 now) const
{
    const auto it = buckets_.constFind(key);
    if (it == buckets_.constEnd())
        return 0;
    // Count only stamps inside the window without mutating (const).
    int inWindow = 0;
    qint64 oldestInWindow = std::numeric_limits<qint64>::max();
    for (qint64 stamp : it->stamps) {
        if (stamp > now - windowMs_) {
            ++inWindow;
            oldestInWindow = std::min(oldestInWindow, stamp);
        }
    }
    if (inWindow < limit)
        return 0;
    return oldestInWindow + windowMs_ - now;
}

void RateLimiter::record(const QString &key, qint64 now)
{
    evictIfFull();
    Bucket &bucket = buckets_[key];
    prune(bucket, now);
    bucket.stamps.append(now);
    bucket.lastUse = now;
}

void RateLimiter::evictIfFull()
{
    if (buckets_.size() < kMaxKeys)
        return;
    // Linear scan, but only when the table is full: an attacker who fills it pays for it
    // with their own attempts, and every other call stays O(1).
    auto victim = buckets_.begin();
    for (auto it = buckets_.begin(); it != buckets_.end(); ++it) {
        if (it->lastUse < victim->lastUse)
            victim = it;
    }
    buckets_.erase(victim);
}

bool RateLimiter::allow(const QString &remoteAddress, const QString &username)
{
    const qint64 now = clock_().toMSecsSinceEpoch();
    const QString a = addressKey(remoteAddress);
    const QString u = userKey(username);
    if (waitFor(a, perAddress_, now) > 0 || waitFor(u, perUsername_, now) > 0)
        return false;
    record(a, now);
    record(u, now);
    return true;
}

void RateLimiter::succeeded(const QString &username)
{
    buckets_.remove(userKey(username));
}

qint64 RateLimiter::retryAfterSeconds(const QString &remoteAddress, const QString &username) const
{
    const qint64 now = clock_().toMSecsSinceEpoch();
    const qint64 ms = std::max(waitFor(addressKey(remoteAddress), perAddress_, now),
                               waitFor(userKey(username), perUsername_, now));
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

bool RateLimiter::allowRequest(const QString &client)
{
    const qint64 now = clock_().toMSecsSinceEpoch();
    const QString key = requestKey(client);
    if (waitFor(key, requestsPerClient_, now) > 0)
        return false;
    record(key, now);
    return true;
}

qint64 RateLimiter::requestRetryAfterSeconds(const QString &client) const
{
    const qint64 ms = waitFor(requestKey(client), requestsPerClient_, clock_().toMSecsSinceEpoch());
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

} // namespace regie::web
