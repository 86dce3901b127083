#include "server/ZgwWebhook.h"

#include "server/Config.h"

#include "integrations/zgw/Notificaties.h"
#include "services/ZgwNotificaties.h"

#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcWebhook, "regie.web.zgw")

enum class Outcome { Nieuw, AlVerwerkt, Fout };

Outcome record(Context &ctx, const zgw::Notification &n, const QByteArray &key)
{
    services::OntvangenNotificatie ontvangen;
    ontvangen.sleutel = QString::fromLatin1(key);
    ontvangen.kanaal = n.kanaal;
    ontvangen.resource = n.resource;
    ontvangen.actie = n.actie;
    ontvangen.zaakId = n.hoofdObject.path().section(QLatin1Char('/'), -1);
    const services::Result<bool> r = services::ZgwNotificaties(ctx.services).ontvang(Actor::systeem(), ontvangen);
    if (!r.ok()) {
        qCWarning(lcWebhook) << "recording the notification failed:" << r.error.message.left(200);
        return Outcome::Fout;
    }
    return *r.value ? Outcome::Nieuw : Outcome::AlVerwerkt;
}

Response handle(Context &ctx)
{
    const QByteArray auth = ctx.request.header("authorization");
    if (auth.isEmpty())
        return Response::problem(401, QStringLiteral("Unauthorized"),
                                 QStringLiteral("Authorization ontbreekt."));
    const QByteArray expected = ctx.config.zgwWebhookSecret.toUtf8();
    if (expected.isEmpty() || !zgw::webhookAuthorized(auth, expected))
        return Response::problem(403, QStringLiteral("Forbidden"),
                                 QStringLiteral("Authorization klopt niet."));
    if (ctx.request.body.size() > zgw::kMaxNotificationBytes)
        return Response::problem(413, QStringLiteral("Payload Too Large"));
    const zgw::Result<zgw::Notification> parsed = zgw::parseNotification(ctx.request.body);
    if (!parsed.isOk()) {
        QList<services::FieldError> fields;
        for (const auto &p : parsed.error.invalidParams)
            fields.append({p.name, p.reason});
        return Response::problem(400, QStringLiteral("Bad Request"),
                                 QStringLiteral("De notificatie is ongeldig."), fields);
    }
    const zgw::Notification &n = *parsed.value;
    switch (record(ctx, n, zgw::notificationKey(n))) {
    case Outcome::Nieuw:
    case Outcome::AlVerwerkt:
        return Response::bytes({}, {}, 204);
    case Outcome::Fout:
        break;
    }
    return Response::problem(503, QStringLiteral("Service Unavailable"),
                             QStringLiteral("Probeer het later opnieuw."));
}

} // namespace

void mountZgwWebhook(Router &router)
{
    router.post(QString::fromLatin1(kZgwWebhookPath), Guard::Webhook, handle);
}

} // namespace regie::web
