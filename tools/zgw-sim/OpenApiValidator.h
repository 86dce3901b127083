#pragma once
// Validates HTTP requests against an OpenAPI 3.0 document (as JSON): operation lookup by
// path template and method, required/enum header parameters, known query parameters
// and their schemas, and the request body against its schema ($ref within the file,
// allOf/oneOf/anyOf, discriminator mapping, nullable, readOnly, enum, type,
// min/maxLength, pattern, formats date, date-time, uri, uuid, email, duration,
// minimum/maximum, items, min/maxItems, uniqueItems, additionalProperties).
// Nothing here knows about zaken: the rules come from the spec.

#include "integrations/zgw/ZgwTypes.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QMap>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <optional>

namespace regie::zgwsim {

using regie::zgw::InvalidParam;

struct RequestView {
    QByteArray method;                    // upper case
    QString path;                         // relative to the API root, e.g. "/zaken/<uuid>"
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QList<std::pair<QString, QString>> query; // decoded
    std::optional<QJsonValue> body;       // parsed JSON, absent for no body
};

struct ValidationOutcome {
    int httpStatus = 0; // 0: valid; else 400, 404, 405, 412, 415
    QString code;       // problem code
    QList<InvalidParam> invalidParams;
    QString operationId;
    bool ok() const { return httpStatus == 0; }
};

class OpenApiValidator {
public:
    static std::optional<OpenApiValidator> load(const QString &jsonFile, QString *error);
    explicit OpenApiValidator(QJsonObject spec);

    ValidationOutcome validate(const RequestView &request) const;
    // Validates a value against a named component schema (tests, webhook bodies).
    QList<InvalidParam> validateValue(const QString &schemaName, const QJsonValue &value) const;

    const QJsonObject &spec() const { return spec_; }

private:
    struct Context {
        QList<InvalidParam> *errors;
        QSet<QString> discriminated; // schema names whose discriminator was already followed
        int depth = 0;
    };

    std::optional<std::pair<QString, QJsonObject>> findPath(const QString &path) const;
    QJsonValue resolve(const QJsonValue &value, QString *refName = nullptr) const;
    void validateHeaders(const QJsonArray &params, const RequestView &request, ValidationOutcome &out) const;
    void validateQuery(const QJsonArray &params, const RequestView &request, ValidationOutcome &out) const;
    void validateBody(const QJsonObject &operation, const RequestView &request, ValidationOutcome &out) const;
    void validate(const QJsonValue &schema, const QJsonValue &value, const QString &name, Context &ctx) const;
    bool validateComposition(const QJsonObject &s, const QJsonValue &value, const QString &name, Context &ctx) const;
    void validateObject(const QJsonObject &s, const QJsonObject &value, const QString &name, Context &ctx) const;
    void validateString(const QJsonObject &s, const QString &value, const QString &name, Context &ctx) const;
    void validateArray(const QJsonObject &s, const QJsonArray &value, const QString &name, Context &ctx) const;
    bool isReadOnly(const QJsonValue &propertySchema) const;
    QJsonArray operationParameters(const QJsonObject &pathItem, const QJsonObject &operation) const;

    QJsonObject spec_;
};

bool matchesFormat(const QString &format, const QString &value);

} // namespace regie::zgwsim
