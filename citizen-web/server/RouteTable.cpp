#include "server/RouteTable.h"

#include <QtCore/QUrl>

#include <stdexcept>

namespace regie::web {

void RouteTable::add(const QString &method, const QString &pattern, Guard guard, Handler handler)
{
    Route r;
    r.method = method.toUpper();
    r.pattern = pattern;
    r.guard = guard;
    r.handler = std::move(handler);
    r.segments = pattern.split(QLatin1Char('/'));
    if (!pattern.startsWith(QLatin1Char('/')) || r.segments.size() > kMaxSegments + 1)
        throw std::invalid_argument("route pattern must start with '/'");
    r.segments.removeFirst();
    if (r.segments.size() == 1 && r.segments.constFirst().isEmpty())
        r.segments.clear(); // "/" itself
    for (const Route &existing : routes_) {
        // A duplicate is a programming error that would silently shadow a handler.
        if (existing.method == r.method && existing.pattern == r.pattern)
            throw std::invalid_argument("route registered twice");
    }
    routes_.append(std::move(r));
}

void RouteTable::throttlePerClient(const QString &method, const QString &pattern)
{
    for (Route &r : routes_) {
        if (r.method == method.toUpper() && r.pattern == pattern) {
            r.throttled = true;
            return;
        }
    }
    throw std::invalid_argument("no such route to throttle");
}

bool RouteTable::matches(const Route &route, const QStringList &segments, QHash<QString, QString> *args)
{
    if (route.segments.size() != segments.size())
        return false;
    QHash<QString, QString> found;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &p = route.segments.at(i);
        const QString &s = segments.at(i);
        if (p.size() > 2 && p.startsWith(QLatin1Char('{')) && p.endsWith(QLatin1Char('}'))) {
            if (s.isEmpty())
                return false;
            found.insert(p.mid(1, p.size() - 2), s);
        } else if (p != s) {
            return false;
        }
    }
    if (args)
        *args = std::move(found);
    return true;
}

RouteMatch RouteTable::match(const QString &method, const QStringList &segments) const
{
    RouteMatch m;
    const QString wanted = method == QLatin1String("HEAD") ? QStringLiteral("GET") : method;
    for (const Route &r : routes_) {
        QHash<QString, QString> args;
        if (!matches(r, segments, &args))
            continue;
        if (!m.allowed.contains(r.method))
            m.allowed.append(r.method);
        if (r.method == QLatin1String("GET") && !m.allowed.contains(QStringLiteral("HEAD")))
            m.allowed.append(QStringLiteral("HEAD"));
        if (!m.route && r.method == wanted) {
            m.route = &r;
            m.args = std::move(args);
        }
    }
    return m;
}

bool RouteTable::splitPath(const QByteArray &encodedPath, QStringList *segments)
{
    if (!encodedPath.startsWith('/') || encodedPath.size() > 2048)
        return false;
    const QList<QByteArray> raw = encodedPath.mid(1).split('/');
    if (raw.size() > kMaxSegments)
        return false;
    QStringList out;
    for (const QByteArray &part : raw) {
        const QByteArray decoded = QByteArray::fromPercentEncoding(part);
        const QString text = QString::fromUtf8(decoded);
        // Control characters and invalid UTF-8 (U+FFFD) never name a resource here.
        if (text.contains(QChar::ReplacementCharacter))
            return false;
        for (QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
        }
        out.append(text);
    }
    // "/" and "/a/" end in an empty segment; the root is no segments at all.
    if (out.size() == 1 && out.constFirst().isEmpty())
        out.clear();
    *segments = std::move(out);
    return true;
}

} // namespace regie::web
