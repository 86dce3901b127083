#pragma once
// Notificaties API 1.0: Regie subscribes to kanaal "zaken" and receives POSTs on a
// webhook. The webhook endpoint itself lives in regie-server; this is the part that does
// not depend on the HTTP layer: the abonnement body, parsing and validating an incoming
// notification (schema Notificatie of the consumer webhook spec), the Authorization
// check and a key to process each notification at most once.

#include "integrations/zgw/ZgwTypes.h"

#include <QtCore/QByteArray>
#include <QtCore/QByteArrayView>
#include <QtCore/QJsonObject>
#include <QtCore/QMap>

namespace regie::zgw {

struct AbonnementRequest {
    QUrl callbackUrl;                  // <= 200 characters per spec
    QString auth;                      // full header value, e.g. "Bearer <random>"
    QString kanaal = QStringLiteral("zaken");
    QMap<QString, QString> filters;    // e.g. {"bronorganisatie": "002220647"}
};

// Empty Error on success; InvalidInput with invalidParams when the request would violate
// the Abonnement schema (so we never send what the API must refuse).
Error validateAbonnement(const AbonnementRequest &request);
QJsonObject abonnementJson(const AbonnementRequest &request);

struct Notification {
    QString kanaal;
    QUrl hoofdObject;
    QString resource;
    QUrl resourceUrl;
    QString actie;
    QDateTime aanmaakdatum; // UTC
    QMap<QString, QString> kenmerken;
};

constexpr qsizetype kMaxNotificationBytes = 64 * 1024;

// Validates against the Notificatie schema: required fields, string types, maxLength
// (kanaal 50, resource/actie 100), minLength 1, uri and date-time formats, kenmerken
// values strings of 1..1000. Failures come back as InvalidInput with invalidParams
// whose codes follow the ZGW APIs ("required", "invalid", "max_length", ...).
Result<Notification> parseNotification(const QByteArray &body);

// The value the zaaksysteem sends in Authorization must equal what we gave as "auth" in
// the abonnement; compared in constant time so timing reveals nothing about the secret.
bool webhookAuthorized(QByteArrayView authorizationHeader, QByteArrayView expectedAuth);

// Notificaties may be delivered more than once; this key identifies one event:
// hex SHA-256 over kanaal, resourceUrl, actie and aanmaakdatum (ms, UTC).
QByteArray notificationKey(const Notification &notification);

} // namespace regie::zgw
