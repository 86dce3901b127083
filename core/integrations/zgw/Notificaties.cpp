#include "integrations/zgw/Notificaties.h"

#include "integrations/zgw/Jwt.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

namespace regie::zgw {

namespace {

constexpr qsizetype kMaxKenmerken = 100;

void addParam(Error &error, const QString &name, const QString &code, const QString &reason)
{
    error.kind = ErrorKind::InvalidInput;
    error.invalidParams.append(InvalidParam{name, code, reason});
}

bool isAbsoluteHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        && !url.host().isEmpty();
}

// One string field of the Notificatie schema. Returns the value when valid.
QString checkString(Error &error, const QJsonObject &o, const QString &name, qsizetype maxLength)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        addParam(error, name, QStringLiteral("required"), QStringLiteral("Dit veld is vereist."));
        return {};
    }
    if (!v.isString()) {
        addParam(error, name, QStringLiteral("invalid"), QStringLiteral("Geen geldige string."));
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty())
        addParam(error, name, QStringLiteral("blank"), QStringLiteral("Dit veld mag niet leeg zijn."));
    else if (maxLength > 0 && s.size() > maxLength)
        addParam(error, name, QStringLiteral("max_length"), QStringLiteral("Te lang."));
    return s;
}

QUrl checkUri(Error &error, const QJsonObject &o, const QString &name)
{
    const qsizetype before = error.invalidParams.size();
    const QString s = checkString(error, o, name, 0);
    if (error.invalidParams.size() != before)
        return {};
    if (!isAbsoluteHttpUrl(s)) {
        addParam(error, name, QStringLiteral("invalid"), QStringLiteral("Voer een geldige URL in."));
        return {};
    }
    return QUrl(s, QUrl::StrictMode);
}

QDateTime checkDateTime(Error &error, const QJsonObject &o, const QString &name)
{
    const qsizetype before = error.invalidParams.size();
    const QString s = checkString(error, o, name, 0);
    if (error.invalidParams.size() != before)
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        addParam(error, name, QStringLiteral("invalid"), QStringLiteral("Geen geldige datum/tijd."));
        return {};
    }
    return dt.toUTC();
}

QMap<QString, QString> checkKenmerken(Error &error, const QJsonObject &o)
{
    QMap<QString, QString> out;
    const QJsonValue v = o.value(QStringLiteral("kenmerken"));
    if (v.isUndefined())
        return out;
    if (!v.isObject() || v.toObject().size() > kMaxKenmerken) {
        addParam(error, QStringLiteral("kenmerken"), QStringLiteral("invalid"), QStringLiteral("Geen geldig object."));
        return out;
    }
    const QJsonObject k = v.toObject();
    for (auto it = k.begin(); it != k.end(); ++it) {
        const QString name = QStringLiteral("kenmerken.") + it.key();
        if (!it.value().isString()) {
            addParam(error, name, QStringLiteral("invalid"), QStringLiteral("Geen geldige string."));
            continue;
        }
        const QString s = it.value().toString();
        if (s.isEmpty() || s.size() > 1000) {
            addParam(error, name, s.isEmpty() ? QStringLiteral("blank") : QStringLiteral("max_length"),
                     QStringLiteral("Lengte moet 1 tot 1000 zijn."));
            continue;
        }
        out.insert(it.key(), s);
    }
    return out;
}

} // namespace

Error validateAbonnement(const AbonnementRequest &request)
{
    Error error;
    const QString callback = request.callbackUrl.toString(QUrl::FullyEncoded);
    if (!isAbsoluteHttpUrl(callback) || callback.size() > 200)
        addParam(error, QStringLiteral("callbackUrl"), QStringLiteral("invalid"), QStringLiteral("Ongeldige URL."));
    if (request.auth.isEmpty() || request.auth.size() > 1000)
        addParam(error, QStringLiteral("auth"), QStringLiteral("invalid"), QStringLiteral("Lengte 1 tot 1000."));
    if (request.kanaal.isEmpty())
        addParam(error, QStringLiteral("kanalen.naam"), QStringLiteral("blank"), QStringLiteral("Naam is leeg."));
    for (auto it = request.filters.begin(); it != request.filters.end(); ++it) {
        if (it.value().isEmpty() || it.value().size() > 1000)
            addParam(error, QStringLiteral("kanalen.filters"), QStringLiteral("invalid"), QStringLiteral("Lengte 1 tot 1000."));
    }
    if (error.isError())
        error.message = describe(error);
    return error;
}

QJsonObject abonnementJson(const AbonnementRequest &request)
{
    QJsonObject filters;
    for (auto it = request.filters.begin(); it != request.filters.end(); ++it)
        filters.insert(it.key(), it.value());
    const QJsonObject kanaal{{QStringLiteral("naam"), request.kanaal}, {QStringLiteral("filters"), filters}};
    return QJsonObject{{QStringLiteral("callbackUrl"), request.callbackUrl.toString(QUrl::FullyEncoded)},
                       {QStringLiteral("auth"), request.auth},
                       {QStringLiteral("kanalen"), QJsonArray{kanaal}}};
}

Result<Notification> parseNotification(const QByteArray &body)
{
    Error error;
    if (body.size() > kMaxNotificationBytes) {
        error.kind = ErrorKind::TooLarge;
        error.message = QStringLiteral("notification body exceeds bound");
        return Result<Notification>::fail(error);
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        addParam(error, QStringLiteral("nonFieldErrors"), QStringLiteral("parse_error"),
                 QStringLiteral("Geen geldig JSON-object."));
        error.message = describe(error);
        return Result<Notification>::fail(error);
    }
    const QJsonObject o = doc.object();
    Notification n;
    n.kanaal = checkString(error, o, QStringLiteral("kanaal"), 50);
    n.hoofdObject = checkUri(error, o, QStringLiteral("hoofdObject"));
    n.resource = checkString(error, o, QStringLiteral("resource"), 100);
    n.resourceUrl = checkUri(error, o, QStringLiteral("resourceUrl"));
    n.actie = checkString(error, o, QStringLiteral("actie"), 100);
    n.aanmaakdatum = checkDateTime(error, o, QStringLiteral("aanmaakdatum"));
    n.kenmerken = checkKenmerken(error, o);
    if (error.isError()) {
        error.message = describe(error);
        return Result<Notification>::fail(error);
    }
    return Result<Notification>::ok(std::move(n));
}

bool webhookAuthorized(QByteArrayView authorizationHeader, QByteArrayView expectedAuth)
{
    if (expectedAuth.isEmpty())
        return false;
    // Hash both sides first so the comparison also hides the secret's length.
    const QByteArray a = QCryptographicHash::hash(authorizationHeader, QCryptographicHash::Sha256);
    const QByteArray b = QCryptographicHash::hash(expectedAuth, QCryptographicHash::Sha256);
    return constantTimeEquals(a, b);
}

QByteArray notificationKey(const Notification &notification)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &part : {notification.kanaal, notification.resourceUrl.toString(QUrl::FullyEncoded),
                                notification.actie,
                                notification.aanmaakdatum.toUTC().toString(Qt::ISODateWithMs)}) {
        const QByteArray bytes = part.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView(":"));
        hash.addData(bytes);
    }
    return hash.result().toHex();
}

} // namespace regie::zgw
