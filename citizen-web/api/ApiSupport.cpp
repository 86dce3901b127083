#include "api/ApiSupport.h"

#include "base/Assert.h"
#include "server/Config.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QTimeZone>
#include <QtCore/QUrl>

#include <limits>

namespace regie::web::api {

using services::ErrorCode;
using services::FieldError;

namespace {

constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();

QString pageHref(const Request &request, int page, int pageSize)
{
    QUrlQuery query = request.query;
    query.removeAllQueryItems(QStringLiteral("page"));
    query.removeAllQueryItems(QStringLiteral("pageSize"));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    return request.path + u'?' + query.toString(QUrl::FullyEncoded);
}

QJsonObject link(const QString &href) { return QJsonObject{{QStringLiteral("href"), href}}; }

} // namespace

Response ok(const QJsonObject &body, int status)
{
    return Response::json(QJsonDocument(body), status);
}

Response ok(const QJsonArray &body) { return Response::json(QJsonDocument(body)); }

Response noContent()
{
    Response r;
    r.status = 204;
    r.contentType.clear();
    return r;
}

Response problem(int status, const QString &title, const QString &detail, const QList<FieldError> &fields)
{
    return Response::problem(status, title, detail, fields);
}

Response badRequest(const QString &field, const QString &reason)
{
    return problem(400, QStringLiteral("Ongeldige invoer"), reason, {FieldError{field, reason}});
}

Response invalid(const QList<FieldError> &bad)
{
    REGIE_ASSERT(!bad.isEmpty());
    return problem(400, QStringLiteral("Ongeldige invoer"), bad.first().message, bad);
}

Response notFound()
{
    return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Dit bestaat niet."));
}

std::optional<qint64> pathId(const Request &request, const QString &name)
{
    bool ok = false;
    const qint64 id = request.pathArgs.value(name).left(20).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

Response fromError(const services::ServiceError &error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return problem(404, QStringLiteral("Niet gevonden"), QStringLiteral("Dit bestaat niet of u heeft er geen toegang toe."));
    case ErrorCode::Forbidden:
        return problem(403, QStringLiteral("Geen toegang"), error.message);
    case ErrorCode::Invalid:
        return problem(400, QStringLiteral("Ongeldige invoer"), error.message, error.fields);
    case ErrorCode::Conflict:
        return problem(409, QStringLiteral("Conflict"), error.message, error.fields);
    case ErrorCode::Unavailable:
        return problem(503, QStringLiteral("Tijdelijk niet beschikbaar"), error.message);
    case ErrorCode::Storage:
        break;
    }
    // Storage details may name tables or values: they stay in the server, not in the answer.
    return problem(500, QStringLiteral("Interne fout"), QStringLiteral("Er ging iets mis. Probeer het later opnieuw."));
}

std::optional<Paging> parsePaging(const Request &request, Response *error)
{
    QList<FieldError> bad;
    Paging p;
    if (const auto page = queryInteger(request, QStringLiteral("page"), 1, kMaxPage, &bad))
        p.page = static_cast<int>(*page);
    if (const auto size = queryInteger(request, QStringLiteral("pageSize"), 1, kMaxPageSize, &bad))
        p.pageSize = static_cast<int>(*size);
    if (!bad.isEmpty()) {
        *error = invalid(bad);
        return std::nullopt;
    }
    return p;
}

std::optional<Paging> Paging::read(Context &ctx, Response *refusal)
{
    return parsePaging(ctx.request, refusal);
}

Response paged(const Request &request, const Paging &paging, const QJsonArray &data, int totaal)
{
    const int paginas = qMax(1, (totaal + paging.pageSize - 1) / paging.pageSize);
    QJsonObject links{{QStringLiteral("self"), link(pageHref(request, paging.page, paging.pageSize))},
                      {QStringLiteral("first"), link(pageHref(request, 1, paging.pageSize))},
                      {QStringLiteral("last"), link(pageHref(request, paginas, paging.pageSize))}};
    if (paging.page > 1)
        links.insert(QStringLiteral("prev"), link(pageHref(request, qMin(paging.page - 1, paginas), paging.pageSize)));
    if (paging.page < paginas)
        links.insert(QStringLiteral("next"), link(pageHref(request, paging.page + 1, paging.pageSize)));
    Response r = ok(QJsonObject{{QStringLiteral("data"), data},
                                {QStringLiteral("page"), paging.page},
                                {QStringLiteral("pageSize"), paging.pageSize},
                                {QStringLiteral("totaal"), totaal},
                                {QStringLiteral("paginas"), paginas},
                                {QStringLiteral("_links"), links}});
    r.headers.append({QByteArrayLiteral("X-Total-Count"), QByteArray::number(totaal)});
    return r;
}

std::optional<QJsonObject> parseBody(const Request &request, Response *error)
{
    const QByteArray type = request.header(QByteArrayLiteral("content-type")).toLower();
    if (!type.startsWith("application/json")) {
        *error = problem(415, QStringLiteral("Verkeerd formaat"), QStringLiteral("Stuur JSON (application/json)."));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = problem(400, QStringLiteral("Ongeldige invoer"), QStringLiteral("De body is geen geldig JSON-object."));
        return std::nullopt;
    }
    return doc.object();
}

std::optional<qint64> readInteger(const QJsonObject &o, const QString &key, QList<FieldError> *bad)
{
    if (!o.contains(key) || o.value(key).isNull())
        return std::nullopt;
    const QJsonValue v = o.value(key);
    // toInteger refuses fractions, so 12.5 never becomes 12 cents.
    const qint64 n = v.isDouble() ? v.toInteger(kNoInteger) : kNoInteger;
    if (n == kNoInteger) {
        bad->append({key, QStringLiteral("Moet een geheel getal zijn.")});
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> readCents(const QJsonObject &o, const QString &key, QList<FieldError> *bad)
{
    const qsizetype before = bad->size();
    const auto n = readInteger(o, key, bad);
    if (bad->size() != before) {
        bad->last().message = QStringLiteral("Een bedrag is een geheel aantal centen, bijvoorbeeld 1250 voor € 12,50.");
        return std::nullopt;
    }
    if (n && (*n < 0 || *n > Money::kMaxAbsCents)) {
        bad->append({key, QStringLiteral("Het bedrag valt buiten het toegestane bereik.")});
        return std::nullopt;
    }
    return n;
}

std::optional<QString> readString(const QJsonObject &o, const QString &key, int maxChars, QList<FieldError> *bad)
{
    if (!o.contains(key) || o.value(key).isNull())
        return std::nullopt;
    if (!o.value(key).isString()) {
        bad->append({key, QStringLiteral("Moet tekst zijn.")});
        return std::nullopt;
    }
    const QString s = o.value(key).toString();
    if (s.size() > maxChars) {
        bad->append({key, QStringLiteral("Te lang (max. %1 tekens).").arg(maxChars)});
        return std::nullopt;
    }
    return s;
}

std::optional<bool> readBool(const QJsonObject &o, const QString &key, QList<FieldError> *bad)
{
    if (!o.contains(key) || o.value(key).isNull())
        return std::nullopt;
    if (!o.value(key).isBool()) {
        bad->append({key, QStringLiteral("Moet true of false zijn.")});
        return std::nullopt;
    }
    return o.value(key).toBool();
}

std::optional<QDate> readDate(const QJsonObject &o, const QString &key, QList<FieldError> *bad)
{
    const auto s = readString(o, key, 10, bad);
    if (!s)
        return std::nullopt;
    const QDate d = QDate::fromString(*s, Qt::ISODate);
    if (!d.isValid()) {
        bad->append({key, QStringLiteral("Gebruik een datum als 2026-12-31.")});
        return std::nullopt;
    }
    return d;
}

std::optional<QDateTime> queryDateTime(const Request &request, const QString &key, QList<FieldError> *bad)
{
    const QString text = request.query.queryItemValue(key, QUrl::FullyDecoded).left(40);
    if (text.isEmpty())
        return std::nullopt;
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), Qt::UTC);
    }
    if (!t.isValid()) {
        bad->append({key, QStringLiteral("Gebruik een datum (2026-12-31) of tijdstip (2026-12-31T10:00:00Z).")});
        return std::nullopt;
    }
    return t.toUTC();
}

std::optional<qint64> queryInteger(const Request &request, const QString &key, qint64 min, qint64 max,
                                   QList<FieldError> *bad)
{
    if (!request.query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const qint64 n = request.query.queryItemValue(key).left(20).toLongLong(&ok);
    if (!ok || n < min || n > max) {
        bad->append({key, QStringLiteral("Kies een geheel getal van %1 tot en met %2.").arg(min).arg(max)});
        return std::nullopt;
    }
    return n;
}

QString queryText(const Request &request, const QString &key, int maxChars)
{
    return request.query.queryItemValue(key, QUrl::FullyDecoded).left(maxChars);
}

QJsonValue time(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue cents(const std::optional<Money> &amount)
{
    return amount ? QJsonValue(amount->cents()) : QJsonValue(QJsonValue::Null);
}

} // namespace regie::web::api
