#pragma once
// The server's Router: literal segments and {name} placeholders, matched segment by
// segment on the percent-decoded path. A path that matches only routes of other methods
// is reported with the methods it allows (405 + Allow); HEAD is answered by GET routes.

#include "server/Web.h"

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::web {

struct Route {
    QString method;
    QString pattern;
    Guard guard = Guard::Public;
    Handler handler;
    QStringList segments; // the pattern split at '/', without the empty first one
    bool throttled = false; // a login route: requests per client are limited (RateLimiter)
};

struct RouteMatch {
    const Route *route = nullptr;          // null: no route for this method
    QHash<QString, QString> args;
    QStringList allowed;                   // methods that would match this path (for 405)
};

class RouteTable final : public Router {
public:
    static constexpr int kMaxSegments = 32;

    void add(const QString &method, const QString &pattern, Guard guard, Handler handler) override;
    // Marks a registered route as a login route. Throws when there is none: a renamed login
    // route must not silently lose its throttle.
    void throttlePerClient(const QString &method, const QString &pattern);
    // segments: the decoded path segments (see splitPath()).
    RouteMatch match(const QString &method, const QStringList &segments) const;
    const QList<Route> &routes() const { return routes_; }

    // Splits an encoded path ("/a/b%20c") into decoded segments; false for paths that
    // cannot be routed (not starting with '/', too many segments, bad encoding).
    static bool splitPath(const QByteArray &encodedPath, QStringList *segments);

private:
    static bool matches(const Route &route, const QStringList &segments, QHash<QString, QString> *args);
    QList<Route> routes_;
};

} // namespace regie::web
