#pragma once
// Shared pieces of the staff API handlers: JSON answers (the server adds API-Version),
// problem+json from service errors, paging, and strict parsing of JSON bodies (integers
// for cents, ISO dates) so a handler stays a few lines of translation.

#include "api/Api.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>

#include <optional>

namespace regie::web::api {

inline constexpr int kMaxPageSize = 100;
inline constexpr int kDefaultPageSize = 20;
inline constexpr int kMaxPage = 100000;

Response ok(const QJsonObject &body, int status = 200);
Response ok(const QJsonArray &body);
Response noContent();
Response problem(int status, const QString &title, const QString &detail = {},
                 const QList<services::FieldError> &fields = {});
Response fromError(const services::ServiceError &error);
Response badRequest(const QString &field, const QString &reason);
// 400 for fields that could not be read; the first reason is the detail.
Response invalid(const QList<services::FieldError> &bad);
// 404 for an id that cannot exist (not a positive integer) or a row that does not.
Response notFound();

template <typename T>
Response fromResult(const services::Result<T> &result)
{
    return fromError(result.error);
}

// The service's value as JSON (render: value -> QJsonObject), or the problem for its error.
template <typename T, typename Render>
Response answer(const services::Result<T> &result, Render &&render, int status = 200)
{
    return result.ok() ? ok(render(*result.value), status) : fromResult(result);
}
// 204 No Content after success, or the problem for the error.
template <typename T>
Response answerNoContent(const services::Result<T> &result)
{
    return result.ok() ? noContent() : fromResult(result);
}

// A positive integer path argument (database ids); nullopt for anything else.
std::optional<qint64> pathId(const Request &request, const QString &name);

// page (1-based) and pageSize from the query; nullopt + *error when out of range.
struct Paging {
    int page = 1;
    int pageSize = kDefaultPageSize;
    int offset() const { return (page - 1) * pageSize; }
    // As a handler part (ApiHandler.h): the 400 answer when out of range.
    static std::optional<Paging> read(Context &ctx, Response *refusal);
};
std::optional<Paging> parsePaging(const Request &request, Response *error);
// {"data": [...], "page", "pageSize", "totaal", "paginas", "_links": {self, first, last, prev, next}}
Response paged(const Request &request, const Paging &paging, const QJsonArray &data, int totaal);

template <typename List, typename Render>
QJsonArray jsonArray(const List &items, Render &&render)
{
    QJsonArray data;
    for (const auto &item : items)
        data.append(render(item));
    return data;
}
// {"data": [...]} for a list without paging.
template <typename List, typename Render>
Response dataAnswer(const List &items, Render &&render)
{
    return ok(QJsonObject{{QStringLiteral("data"), jsonArray(items, render)}});
}
// One page cut from a whole list the service returned (the service bounds its length).
template <typename List, typename Render>
Response pageOf(const Request &request, const Paging &paging, const List &all, Render &&render)
{
    QJsonArray data;
    for (qsizetype i = paging.offset(); i < all.size() && data.size() < paging.pageSize; ++i)
        data.append(render(all[i]));
    return paged(request, paging, data, static_cast<int>(all.size()));
}

// The JSON object body, or a problem answer in *error.
std::optional<QJsonObject> parseBody(const Request &request, Response *error);

// Field readers: nullopt when missing; *bad set (with a FieldError) when present but wrong.
std::optional<qint64> readCents(const QJsonObject &o, const QString &key, QList<services::FieldError> *bad);
std::optional<qint64> readInteger(const QJsonObject &o, const QString &key, QList<services::FieldError> *bad);
std::optional<QString> readString(const QJsonObject &o, const QString &key, int maxChars,
                                  QList<services::FieldError> *bad);
std::optional<bool> readBool(const QJsonObject &o, const QString &key, QList<services::FieldError> *bad);
std::optional<QDate> readDate(const QJsonObject &o, const QString &key, QList<services::FieldError> *bad);

// Query parameter readers with the same convention.
std::optional<QDateTime> queryDateTime(const Request &request, const QString &key, QList<services::FieldError> *bad);
std::optional<qint64> queryInteger(const Request &request, const QString &key, qint64 min, qint64 max,
                                   QList<services::FieldError> *bad);
QString queryText(const Request &request, const QString &key, int maxChars);

QJsonValue time(const QDateTime &moment);   // ISO 8601 UTC with Z, or null
QJsonValue date(const QDate &day);          // YYYY-MM-DD, or null
QJsonValue cents(const std::optional<Money> &amount); // integer cents, or null

} // namespace regie::web::api
