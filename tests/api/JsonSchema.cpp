#include "JsonSchema.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>

#include <limits>

namespace regie::tests {

namespace {
constexpr int kMaxRefDepth = 32; // a $ref cycle must not loop forever
constexpr qint64 kNoInteger = std::numeric_limits<qint64>::min();
}

QJsonObject JsonSchema::resolve(const QJsonObject &schema, int depth) const
{
    const QString ref = schema.value(QStringLiteral("$ref")).toString();
    if (ref.isEmpty() || depth > kMaxRefDepth)
        return schema;
    const QStringList parts = ref.mid(2).split(u'/'); // "#/components/schemas/X"
    QJsonValue at = document_;
    for (const QString &p : parts)
        at = at.toObject().value(p);
    return resolve(at.toObject(), depth + 1);
}

bool JsonSchema::checkType(const QJsonValue &value, const QString &type, const QString &format) const
{
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("integer"))
        return value.isDouble() && value.toInteger(kNoInteger) != kNoInteger;
    if (type == QLatin1String("number"))
        return value.isDouble();
    if (type != QLatin1String("string") || !value.isString())
        return false;
    if (format == QLatin1String("date"))
        return QDate::fromString(value.toString(), Qt::ISODate).isValid() && value.toString().size() == 10;
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression rfc3339(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$)"));
        return rfc3339.match(value.toString()).hasMatch()
               && QDateTime::fromString(value.toString(), Qt::ISODateWithMs).isValid();
    }
    return true;
}

bool JsonSchema::validate(const QJsonValue &value, const QJsonObject &rawSchema, QStringList *errors,
                          const QString &path) const
{
    const QJsonObject schema = resolve(rawSchema);
    const qsizetype before = errors->size();
    if (value.isNull()) {
        if (!schema.value(QStringLiteral("nullable")).toBool() && !schema.isEmpty())
            errors->append(path + QStringLiteral(": null where not nullable"));
        return errors->size() == before;
    }
    for (const QJsonValue &part : schema.value(QStringLiteral("allOf")).toArray())
        validate(value, part.toObject(), errors, path);
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (!type.isEmpty() && !checkType(value, type, schema.value(QStringLiteral("format")).toString())) {
        errors->append(path + QStringLiteral(": expected ") + type + u' '
                       + schema.value(QStringLiteral("format")).toString());
        return false;
    }
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
        errors->append(path + QStringLiteral(": value not in enum"));
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &req : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(req.toString()))
                errors->append(path + QStringLiteral(": missing required ") + req.toString());
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (properties.contains(it.key()))
                validate(it.value(), properties.value(it.key()).toObject(), errors, path + u'.' + it.key());
            else if (!properties.isEmpty())
                errors->append(path + QStringLiteral(": undocumented property ") + it.key());
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i)
            validate(items[i], schema.value(QStringLiteral("items")).toObject(), errors,
                     path + u'[' + QString::number(i) + u']');
    }
    return errors->size() == before;
}

QString JsonSchema::matchPath(const QString &path) const
{
    const QStringList segments = path.split(u'/');
    QString best;
    int bestLiterals = -1;
    const QJsonObject paths = document_.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList pattern = it.key().split(u'/');
        if (pattern.size() != segments.size())
            continue;
        int literals = 0;
        bool match = true;
        for (qsizetype i = 0; i < pattern.size() && match; ++i) {
            if (pattern[i].startsWith(u'{'))
                continue;
            match = pattern[i] == segments[i];
            ++literals;
        }
        if (match && literals > bestLiterals) {
            best = it.key();
            bestLiterals = literals;
        }
    }
    return best;
}

QJsonObject JsonSchema::responseSchema(const QString &pathTemplate, const QString &method, int status,
                                       const QString &contentType, bool *documented) const
{
    const QJsonObject op = document_.value(QStringLiteral("paths")).toObject().value(pathTemplate).toObject()
                               .value(method.toLower()).toObject();
    QJsonObject response = op.value(QStringLiteral("responses")).toObject().value(QString::number(status)).toObject();
    response = resolve(response.contains(QStringLiteral("$ref"))
                           ? QJsonObject{{QStringLiteral("$ref"), response.value(QStringLiteral("$ref"))}}
                           : response);
    *documented = !response.isEmpty();
    return response.value(QStringLiteral("content")).toObject().value(contentType).toObject()
        .value(QStringLiteral("schema")).toObject();
}

} // namespace regie::tests
