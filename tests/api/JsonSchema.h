#pragma once
// A small validator for the part of JSON Schema (OpenAPI 3.0 flavour) that
// citizen-web/api/openapi.json uses: type, required, properties, items, enum, $ref (local
// #/components/schemas/...), nullable, allOf and format date / date-time. Anything else in
// a schema is ignored. Errors name the JSON path, so a failing test says where.

#include <QtCore/QJsonObject>
#include <QtCore/QJsonValue>
#include <QtCore/QStringList>

namespace regie::tests {

class JsonSchema {
public:
    explicit JsonSchema(QJsonObject document) : document_(std::move(document)) {}

    // Appends "path: problem" lines to *errors; true when there were none.
    bool validate(const QJsonValue &value, const QJsonObject &schema, QStringList *errors,
                  const QString &path = QStringLiteral("$")) const;

    // The schema of a response: paths[template][method].responses[status].content[type].schema,
    // following a $ref to components/responses. Empty when the document has none.
    QJsonObject responseSchema(const QString &pathTemplate, const QString &method, int status,
                               const QString &contentType, bool *documented) const;
    // The template in paths that matches a concrete path ("/api/v1/verzoeken/abc" ->
    // "/api/v1/verzoeken/{id}"); literal segments win over placeholders. Empty: none.
    QString matchPath(const QString &path) const;

    const QJsonObject &document() const { return document_; }

private:
    QJsonObject resolve(const QJsonObject &schema, int depth = 0) const;
    bool checkType(const QJsonValue &value, const QString &type, const QString &format) const;

    QJsonObject document_;
};

} // namespace regie::tests
