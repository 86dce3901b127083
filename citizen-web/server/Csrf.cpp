#include "server/Csrf.h"

#include "crypto/Hash.h"

#include <QtCore/QUrl>

namespace regie::web {

bool safeMethod(const QString &m)
{
    return m == QLatin1String("GET") || m == QLatin1String("HEAD") || m == QLatin1String("OPTIONS");
}

bool foreignOrigin(const Request &r, const Config &config)
{
    if (r.header("sec-fetch-site") == "cross-site")
        return true;
    const QByteArray origin = r.header("origin");
    if (origin.isEmpty())
        return false;
    if (origin == "null")
        return true;
    if (!config.publicOrigin.isEmpty())
        return QString::fromLatin1(origin).compare(config.publicOrigin, Qt::CaseInsensitive) != 0;
    const QUrl o(QString::fromLatin1(origin));
    const QUrl self(QString::fromLatin1(r.secure ? "https://" : "http://") + QString::fromLatin1(r.header("host")));
    if (!o.isValid() || !self.isValid() || self.host().isEmpty())
        return true;
    const int defaultPort = r.secure ? 443 : 80;
    return o.scheme() != self.scheme() || o.host().compare(self.host(), Qt::CaseInsensitive) != 0
           || o.port(defaultPort) != self.port(defaultPort);
}

bool csrfTokenMatches(const Request &request, const Session &session)
{
    const QByteArray token = request.form.value(QStringLiteral("csrf")).toUtf8();
    return !token.isEmpty() && crypto::constantTimeEquals(token, session.csrfToken.toUtf8());
}

} // namespace regie::web
