#include "server/ZgwWebhook.h"

#include "server/Config.h"

#include "audit/AuditLog.h"
#include "integrations/zgw/Notificaties.h"
#include "services/Support.h"
#include "storage/Database.h"

#include <QtCore/QLoggingCategory>

namespace regie::web {
namespace {

Q_LOGGING_CATEGORY(lcWebhook, "regie.web.zgw")

// Not yet in audit/AuditActions.h; AuditLog accepts any well-formed code.
const QString kActionOntvangen = QStringLiteral("notificatie.ontvangen");

enum class Outcome { Nieuw, AlVerwerkt, Fout };

Outcome record(Context &ctx, const zgw::Notification &n, const QByteArray &key)
{
    storage::WriteTransaction tx(ctx.services.db);
    if (!tx.isOpen())
        return Outcome::Fout;
    storage::Sql q(ctx.services.db,
                   QStringLiteral("INSERT INTO zgw_notificaties (key, received_at) VALUES (:k, :t)"
                                  " ON CONFLICT (key) DO NOTHING"));
    q.bind(QStringLiteral(":k"), QString::fromLatin1(key))
        .bind(QStringLiteral(":t"), storage::toDbTime(ctx.services.now()));
    if (!q.exec())
        return Outcome::Fout;
    if (q.numRowsAffected() == 0)
        return Outcome::AlVerwerkt;
    // The zaak is named by the last path segment of its URL (a UUID), never by content.
    const QString zaak = audit::AuditLog::opaqueRef(n.hoofdObject.path().section(QLatin1Char('/'), -1).left(64));
    const QJsonObject details{{QStringLiteral("kanaal"), n.kanaal.left(50)},
                              {QStringLiteral("resource"), n.resource.left(100)},
                              {QStringLiteral("actie"), n.actie.left(100)},
                              {QStringLiteral("sleutel"), audit::AuditLog::opaqueRef(QString::fromLatin1(key.left(16)))}};
    QString error;
    if (!services::auditInTx(ctx.services, Actor::systeem(), kActionOntvangen, QString(),
                             QStringLiteral("zaak"), zaak, details, &error)) {
        qCWarning(lcWebhook) << "audit of notification failed:" << error;
        return Outcome::Fout;
    }
    return tx.commit() ? Outcome::Nieuw : Outcome::Fout;
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
