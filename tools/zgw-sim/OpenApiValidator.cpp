#include "OpenApiValidator.h"

#include <QtCore/QDateTime>
#include <QtCore/QFile>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>
#include <QtCore/QUuid>

#include <algorithm>

namespace regie::zgwsim {

namespace {

constexpr int kMaxDepth = 48;        // schemas nest far less; deeper means a $ref cycle
constexpr int kMaxRefHops = 16;
constexpr qsizetype kMaxErrors = 50; // enough to fix a request, bounded for a hostile one

void addError(QList<InvalidParam> &errors, const QString &name, const QString &code, const QString &reason)
{
    if (errors.size() >= kMaxErrors)
        return;
    for (const InvalidParam &e : errors) {
        if (e.name == name && e.code == code)
            return;
    }
    errors.append(InvalidParam{name, code, reason});
}

QString join(const QString &parent, const QString &child)
{
    return parent.isEmpty() ? child : parent + QLatin1Char('.') + child;
}

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("boolean");
    case QJsonValue::Double: return QStringLiteral("number");
    case QJsonValue::String: return QStringLiteral("string");
    case QJsonValue::Array: return QStringLiteral("array");
    case QJsonValue::Object: return QStringLiteral("object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("undefined");
}

bool hasType(const QString &type, const QJsonValue &v)
{
    if (type == QLatin1String("integer")) {
        if (!v.isDouble())
            return false;
        const double d = v.toDouble();
        return d == static_cast<double>(static_cast<qint64>(d));
    }
    return type == typeOf(v) || (type == QLatin1String("number") && v.isDouble());
}

} // namespace

bool matchesFormat(const QString &format, const QString &value)
{
    if (format == QLatin1String("date")) {
        static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        return re.match(value).hasMatch() && QDate::fromString(value, Qt::ISODate).isValid();
    }
    if (format == QLatin1String("date-time")) {
        static const QRegularExpression re(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,6})?)?(Z|[+-]\\d{2}:?\\d{2})?$"));
        return re.match(value).hasMatch() && QDateTime::fromString(value, Qt::ISODateWithMs).isValid();
    }
    if (format == QLatin1String("uri")) {
        const QUrl url(value, QUrl::StrictMode);
        return url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty();
    }
    if (format == QLatin1String("uuid")) {
        static const QRegularExpression re(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
        return re.match(value).hasMatch();
    }
    if (format == QLatin1String("email")) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return re.match(value).hasMatch();
    }
    if (format == QLatin1String("duration")) {
        static const QRegularExpression re(
            QStringLiteral("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$"));
        return re.match(value).hasMatch();
    }
    return true; // unknown formats are annotations only (OpenAPI 3.0)
}

std::optional<OpenApiValidator> OpenApiValidator::load(const QString &jsonFile, QString *error)
{
    QFile f(jsonFile);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open %1").arg(jsonFile);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QStringLiteral("paths")).isObject()) {
        *error = QStringLiteral("%1 is not an OpenAPI JSON document").arg(jsonFile);
        return std::nullopt;
    }
    return OpenApiValidator(doc.object());
}

OpenApiValidator::OpenApiValidator(QJsonObject spec) : spec_(std::move(spec)) {}

QJsonValue OpenApiValidator::resolve(const QJsonValue &value, QString *refName) const
{
    QJsonValue current = value;
    for (int hop = 0; hop < kMaxRefHops; ++hop) {
        const QString ref = current.toObject().value(QStringLiteral("$ref")).toString();
        if (ref.isEmpty())
            return current;
        if (!ref.startsWith(QLatin1String("#/")))
            return QJsonObject{}; // cross-file refs: accept anything rather than guess
        QJsonValue node = spec_;
        const QStringList parts = ref.mid(2).split(QLatin1Char('/'));
        for (QString part : parts) {
            part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
            node = node.toObject().value(part);
        }
        if (refName)
            *refName = parts.last();
        current = node;
    }
    return QJsonObject{};
}

std::optional<std::pair<QString, QJsonObject>> OpenApiValidator::findPath(const QString &path) const
{
    const QStringList want = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QJsonObject paths = spec_.value(QStringLiteral("paths")).toObject();
    std::optional<std::pair<QString, QJsonObject>> best;
    int bestParams = 1 << 20;
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QStringList have = it.key().split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (have.size() != want.size())
            continue;
        int params = 0;
        bool match = true;
        for (qsizetype i = 0; i < have.size() && match; ++i) {
            if (have[i].startsWith(QLatin1Char('{')) && have[i].endsWith(QLatin1Char('}')))
                ++params;
            else
                match = have[i] == want[i];
        }
        // A literal segment ("/zaken/_zoek") beats a template ("/zaken/{uuid}").
        if (match && params < bestParams) {
            bestParams = params;
            best = std::make_pair(it.key(), resolve(it.value()).toObject());
        }
    }
    return best;
}

QJsonArray OpenApiValidator::operationParameters(const QJsonObject &pathItem, const QJsonObject &operation) const
{
    QJsonArray out;
    for (const QJsonValue &p : pathItem.value(QStringLiteral("parameters")).toArray())
        out.append(resolve(p));
    for (const QJsonValue &p : operation.value(QStringLiteral("parameters")).toArray())
        out.append(resolve(p));
    return out;
}

ValidationOutcome OpenApiValidator::validate(const RequestView &request) const
{
    ValidationOutcome out;
    const auto path = findPath(request.path);
    if (!path) {
        out.httpStatus = 404;
        out.code = QStringLiteral("not_found");
        return out;
    }
    const QJsonObject operation = path->second.value(QString::fromLatin1(request.method.toLower())).toObject();
    if (operation.isEmpty()) {
        out.httpStatus = 405;
        out.code = QStringLiteral("method_not_allowed");
        return out;
    }
    out.operationId = operation.value(QStringLiteral("operationId")).toString();
    const QJsonArray params = operationParameters(path->second, operation);
    validateHeaders(params, request, out);
    if (!out.ok())
        return out;
    validateQuery(params, request, out);
    if (!out.ok())
        return out;
    validateBody(operation, request, out);
    return out;
}

void OpenApiValidator::validateHeaders(const QJsonArray &params, const RequestView &request,
                                       ValidationOutcome &out) const
{
    for (const QJsonValue &pv : params) {
        const QJsonObject p = pv.toObject();
        if (p.value(QStringLiteral("in")).toString() != QLatin1String("header"))
            continue;
        const QString name = p.value(QStringLiteral("name")).toString();
        const QByteArray key = name.toLower().toLatin1();
        const bool present = request.headers.contains(key);
        const QJsonArray allowed = resolve(p.value(QStringLiteral("schema"))).toObject().value(QStringLiteral("enum")).toArray();
        if (!present) {
            if (p.value(QStringLiteral("required")).toBool())
                addError(out.invalidParams, name, QStringLiteral("required"), QStringLiteral("Header ontbreekt."));
            continue;
        }
        // Media types may carry parameters ("application/json; charset=utf-8").
        const QString value = QString::fromLatin1(request.headers.value(key)).section(QLatin1Char(';'), 0, 0).trimmed();
        if (!allowed.isEmpty() && !allowed.contains(QJsonValue(value)))
            addError(out.invalidParams, name, QStringLiteral("invalid_choice"), QStringLiteral("Waarde niet toegestaan."));
    }
    if (!out.invalidParams.isEmpty()) {
        // The ZGW APIs answer a missing/unsupported CRS or content type as a precondition.
        const bool crs = std::any_of(out.invalidParams.begin(), out.invalidParams.end(), [](const InvalidParam &e) {
            return e.name.endsWith(QLatin1String("-Crs"));
        });
        const bool contentType = std::any_of(out.invalidParams.begin(), out.invalidParams.end(),
                                             [](const InvalidParam &e) { return e.name == QLatin1String("Content-Type"); });
        out.httpStatus = crs ? 412 : (contentType ? 415 : 400);
        out.code = crs ? QStringLiteral("precondition_failed")
                       : (contentType ? QStringLiteral("unsupported_media_type") : QStringLiteral("invalid"));
    }
}

void OpenApiValidator::validateQuery(const QJsonArray &params, const RequestView &request,
                                     ValidationOutcome &out) const
{
    QHash<QString, QJsonObject> known;
    for (const QJsonValue &pv : params) {
        const QJsonObject p = pv.toObject();
        if (p.value(QStringLiteral("in")).toString() == QLatin1String("query"))
            known.insert(p.value(QStringLiteral("name")).toString(), p);
    }
    for (const auto &[name, value] : request.query) {
        const auto it = known.constFind(name);
        if (it == known.constEnd()) {
            addError(out.invalidParams, name, QStringLiteral("unknown-parameters"), QStringLiteral("Onbekende query parameter."));
            continue;
        }
        const QJsonObject schema = resolve(it->value(QStringLiteral("schema"))).toObject();
        QJsonValue typed(value);
        const QString type = schema.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("integer") || type == QLatin1String("number")) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            typed = ok ? QJsonValue(n) : QJsonValue(value);
        } else if (type == QLatin1String("boolean")) {
            typed = value == QLatin1String("true") ? QJsonValue(true)
                  : value == QLatin1String("false") ? QJsonValue(false) : QJsonValue(value);
        } else if (type == QLatin1String("array")) {
            typed = QJsonArray::fromStringList(value.split(QLatin1Char(',')));
        }
        Context ctx{&out.invalidParams, {}, 0};
        validate(schema, typed, name, ctx);
    }
    if (!out.invalidParams.isEmpty()) {
        out.httpStatus = 400;
        out.code = QStringLiteral("invalid");
    }
}

void OpenApiValidator::validateBody(const QJsonObject &operation, const RequestView &request,
                                    ValidationOutcome &out) const
{
    const QJsonObject requestBody = resolve(operation.value(QStringLiteral("requestBody"))).toObject();
    if (requestBody.isEmpty())
        return;
    const QJsonValue schema = requestBody.value(QStringLiteral("content")).toObject()
                                  .value(QStringLiteral("application/json")).toObject().value(QStringLiteral("schema"));
    if (!request.body) {
        if (requestBody.value(QStringLiteral("required")).toBool())
            addError(out.invalidParams, QStringLiteral("nonFieldErrors"), QStringLiteral("parse_error"),
                     QStringLiteral("Geen geldige JSON in de body."));
    } else {
        Context ctx{&out.invalidParams, {}, 0};
        validate(schema, *request.body, QString(), ctx);
    }
    if (!out.invalidParams.isEmpty()) {
        out.httpStatus = 400;
        out.code = QStringLiteral("invalid");
    }
}

QList<InvalidParam> OpenApiValidator::validateValue(const QString &schemaName, const QJsonValue &value) const
{
    QList<InvalidParam> errors;
    Context ctx{&errors, {}, 0};
    validate(QJsonObject{{QStringLiteral("$ref"), QString(QStringLiteral("#/components/schemas/") + schemaName)}}, value,
             QString(), ctx);
    return errors;
}

bool OpenApiValidator::isReadOnly(const QJsonValue &propertySchema) const
{
    return propertySchema.toObject().value(QStringLiteral("readOnly")).toBool()
        || resolve(propertySchema).toObject().value(QStringLiteral("readOnly")).toBool();
}

void OpenApiValidator::validate(const QJsonValue &schemaValue, const QJsonValue &value, const QString &name,
                                Context &ctx) const
{
    if (ctx.depth > kMaxDepth) {
        addError(*ctx.errors, name, QStringLiteral("invalid"), QStringLiteral("Te diep genest."));
        return;
    }
    QString refName;
    const QJsonObject s = resolve(schemaValue, &refName).toObject();
    if (value.isNull()) {
        const bool enumAllowsNull = s.value(QStringLiteral("enum")).toArray().contains(QJsonValue(QJsonValue::Null));
        if (!s.value(QStringLiteral("nullable")).toBool() && !enumAllowsNull && !s.isEmpty())
            addError(*ctx.errors, name, QStringLiteral("null"), QStringLiteral("Dit veld mag niet leeg zijn."));
        return;
    }
    ++ctx.depth;
    const QJsonObject discriminator = s.value(QStringLiteral("discriminator")).toObject();
    if (!discriminator.isEmpty() && value.isObject() && !ctx.discriminated.contains(refName)) {
        const QString property = discriminator.value(QStringLiteral("propertyName")).toString();
        const QString target = discriminator.value(QStringLiteral("mapping")).toObject()
                                   .value(value.toObject().value(property).toString()).toString();
        if (!target.isEmpty()) {
            // The mapped schema includes this one through allOf: do not follow it twice.
            ctx.discriminated.insert(refName);
            validate(QJsonObject{{QStringLiteral("$ref"), target}}, value, name, ctx);
            ctx.discriminated.remove(refName);
            --ctx.depth;
            return;
        }
    }
    if (validateComposition(s, value, name, ctx)) {
        const QJsonArray allowed = s.value(QStringLiteral("enum")).toArray();
        const QString type = s.value(QStringLiteral("type")).toString();
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            addError(*ctx.errors, name, QStringLiteral("invalid_choice"), QStringLiteral("Waarde is geen geldige keuze."));
        } else if (!type.isEmpty() && !hasType(type, value)) {
            addError(*ctx.errors, name, QStringLiteral("invalid"),
                     QStringLiteral("Verwacht type %1, kreeg %2.").arg(type, typeOf(value)));
        } else if (value.isString()) {
            validateString(s, value.toString(), name, ctx);
        } else if (value.isDouble()) {
            const double d = value.toDouble();
            if (s.contains(QStringLiteral("minimum")) && d < s.value(QStringLiteral("minimum")).toDouble())
                addError(*ctx.errors, name, QStringLiteral("min_value"), QStringLiteral("Waarde te klein."));
            if (s.contains(QStringLiteral("maximum")) && d > s.value(QStringLiteral("maximum")).toDouble())
                addError(*ctx.errors, name, QStringLiteral("max_value"), QStringLiteral("Waarde te groot."));
        } else if (value.isArray()) {
            validateArray(s, value.toArray(), name, ctx);
        } else if (value.isObject()) {
            validateObject(s, value.toObject(), name, ctx);
        }
    }
    --ctx.depth;
}

// allOf: every part must hold; oneOf/anyOf: at least one alternative must hold (overlapping
// alternatives such as an enum plus BlankEnum are common in these specs). Returns false
// when the composition already reported the value as invalid.
bool OpenApiValidator::validateComposition(const QJsonObject &s, const QJsonValue &value, const QString &name,
                                           Context &ctx) const
{
    for (const QJsonValue &part : s.value(QStringLiteral("allOf")).toArray())
        validate(part, value, name, ctx);
    for (const char *key : {"oneOf", "anyOf"}) {
        const QJsonArray alternatives = s.value(QLatin1String(key)).toArray();
        if (alternatives.isEmpty())
            continue;
        QList<InvalidParam> best;
        bool anyValid = false;
        bool allEnums = true;
        for (const QJsonValue &alt : alternatives) {
            QList<InvalidParam> errors;
            Context sub{&errors, ctx.discriminated, ctx.depth};
            validate(alt, value, name, sub);
            allEnums = allEnums && resolve(alt).toObject().contains(QStringLiteral("enum"));
            if (errors.isEmpty()) {
                anyValid = true;
                break;
            }
            if (best.isEmpty() || errors.size() < best.size())
                best = errors;
        }
        if (!anyValid) {
            if (allEnums)
                addError(*ctx.errors, name, QStringLiteral("invalid_choice"), QStringLiteral("Waarde is geen geldige keuze."));
            else
                for (const InvalidParam &e : best)
                    addError(*ctx.errors, e.name, e.code, e.reason);
            return false;
        }
    }
    return true;
}

void OpenApiValidator::validateString(const QJsonObject &s, const QString &value, const QString &name,
                                      Context &ctx) const
{
    const auto minLength = s.value(QStringLiteral("minLength")).toInteger(0);
    const auto maxLength = s.value(QStringLiteral("maxLength")).toInteger(-1);
    if (value.isEmpty() && minLength > 0) {
        addError(*ctx.errors, name, QStringLiteral("blank"), QStringLiteral("Dit veld mag niet leeg zijn."));
        return;
    }
    if (value.size() < minLength)
        addError(*ctx.errors, name, QStringLiteral("min_length"), QStringLiteral("Te kort."));
    if (maxLength >= 0 && value.size() > maxLength)
        addError(*ctx.errors, name, QStringLiteral("max_length"),
                 QStringLiteral("Mag niet meer dan %1 tekens bevatten.").arg(maxLength));
    const QString pattern = s.value(QStringLiteral("pattern")).toString();
    if (!pattern.isEmpty() && !QRegularExpression(pattern).match(value).hasMatch())
        addError(*ctx.errors, name, QStringLiteral("invalid"), QStringLiteral("Voldoet niet aan het patroon."));
    const QString format = s.value(QStringLiteral("format")).toString();
    // An empty string is how DRF encodes "not set" for optional formatted fields.
    if (!format.isEmpty() && !value.isEmpty() && !matchesFormat(format, value))
        addError(*ctx.errors, name, QStringLiteral("invalid"), QStringLiteral("Geen geldige %1.").arg(format));
}

void OpenApiValidator::validateArray(const QJsonObject &s, const QJsonArray &value, const QString &name,
                                     Context &ctx) const
{
    if (s.contains(QStringLiteral("maxItems")) && value.size() > s.value(QStringLiteral("maxItems")).toInteger())
        addError(*ctx.errors, name, QStringLiteral("max_length"), QStringLiteral("Te veel elementen."));
    if (s.contains(QStringLiteral("minItems")) && value.size() < s.value(QStringLiteral("minItems")).toInteger())
        addError(*ctx.errors, name, QStringLiteral("min_length"), QStringLiteral("Te weinig elementen."));
    if (s.value(QStringLiteral("uniqueItems")).toBool()) {
        for (qsizetype i = 0; i < value.size(); ++i) {
            for (qsizetype j = i + 1; j < value.size(); ++j) {
                if (value.at(i) == value.at(j))
                    addError(*ctx.errors, name, QStringLiteral("unique"), QStringLiteral("Elementen moeten uniek zijn."));
            }
        }
    }
    const QJsonValue items = s.value(QStringLiteral("items"));
    if (items.isUndefined())
        return;
    for (qsizetype i = 0; i < value.size(); ++i)
        validate(items, value.at(i), join(name, QString::number(i)), ctx);
}

void OpenApiValidator::validateObject(const QJsonObject &s, const QJsonObject &value, const QString &name,
                                      Context &ctx) const
{
    const QJsonObject properties = s.value(QStringLiteral("properties")).toObject();
    // readOnly properties are listed as required for responses only (OpenAPI 3.0).
    for (const QJsonValue &r : s.value(QStringLiteral("required")).toArray()) {
        const QString field = r.toString();
        if (!value.contains(field) && !isReadOnly(properties.value(field)))
            addError(*ctx.errors, join(name, field), QStringLiteral("required"), QStringLiteral("Dit veld is vereist."));
    }
    const QJsonValue additional = s.value(QStringLiteral("additionalProperties"));
    for (auto it = value.begin(); it != value.end(); ++it) {
        const QJsonValue property = properties.value(it.key());
        if (!property.isUndefined()) {
            if (!isReadOnly(property))
                validate(property, it.value(), join(name, it.key()), ctx);
        } else if (additional.isObject()) {
            validate(additional, it.value(), join(name, it.key()), ctx);
        }
    }
}

} // namespace regie::zgwsim
