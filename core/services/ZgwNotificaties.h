#pragma once
// Notifications of the ZGW Notificaties API that reached regie-server's webhook. They may be
// delivered more than once: each is recorded by its key (zgw_notificaties) and audited the
// first time only, in one unit of work. Only the systeem actor records them (the webhook
// authenticates the caller before it gets here).

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QString>

namespace regie::services {

struct OntvangenNotificatie {
    QString sleutel;        // zgw::notificationKey: the same for a redelivery
    QString kanaal, resource, actie;
    QString zaakId;         // the last path segment of the hoofdObject URL (a UUID), never content
};

class ZgwNotificaties {
public:
    explicit ZgwNotificaties(ServiceContext &context) : ctx_(context) {}

    // True when the notification is new (and now audited), false for a redelivery.
    Result<bool> ontvang(const Actor &actor, const OntvangenNotificatie &notificatie);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
