#include "server/Web.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

namespace regie::web {

Response Response::html(const QString &page, int status)
{
    Response r;
    r.status = status;
    r.body = page.toUtf8();
    return r;
}

Response Response::html(const base::Html &page, int status)
{
    Response r;
    r.status = status;
    r.body = page.toUtf8();
    return r;
}

Response Response::redirect(const QString &location, int status)
{
    Response r;
    r.status = status;
    r.contentType.clear();
    r.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
    return r;
}

Response Response::json(const QJsonDocument &document, int status)
{
    Response r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/json");
    r.body = document.toJson(QJsonDocument::Compact);
    return r;
}

Response Response::problem(int status, const QString &title, const QString &detail,
                           const QList<services::FieldError> &invalidParams)
{
    QJsonObject o;
    // "about:blank" tells clients the title is the HTTP status meaning (RFC 9457 §4.2.1).
    o.insert(QStringLiteral("type"), QStringLiteral("about:blank"));
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    if (!invalidParams.isEmpty()) {
        QJsonArray params;
        for (const services::FieldError &f : invalidParams) {
            QJsonObject p;
            p.insert(QStringLiteral("name"), f.field);
            p.insert(QStringLiteral("code"), QStringLiteral("invalid"));
            p.insert(QStringLiteral("reason"), f.message);
            params.append(p);
        }
        o.insert(QStringLiteral("invalidParams"), params);
    }
    Response r;
    r.status = status;
    r.contentType = QByteArrayLiteral("application/problem+json");
    r.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    return r;
}

Response Response::bytes(const QByteArray &data, const QByteArray &contentType, int status)
{
    Response r;
    r.status = status;
    r.contentType = contentType;
    r.body = data;
    return r;
}

Response Response::later()
{
    Response r;
    r.status = 0;
    r.deferred = true;
    return r;
}

} // namespace regie::web
