#pragma once
// The figures a beheerder's monitoring watches (regie-server's /metrics and /health/ready,
// regie-admin check): how far the outbox is behind, when Allegro was last synced, how many
// requests are in each state. Counts and ages only, never a person: they leave the building
// as Prometheus metrics. Read-only and not audited (the monitoring polls every few seconds);
// the systeem actor and the beheerder may read them.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace regie::services {

struct Bedrijfscijfers {
    qint64 outboxWachtend = 0;        // messages still to send
    qint64 outboxOudsteSeconden = 0;  // age of the oldest of those; 0 when none waits
    qint64 outboxMislukt = 0;         // given up after every attempt: needs a beheerder
    qint64 syncLeeftijdSeconden = -1; // since the most recent successful Allegro sync; -1: never
    qint64 syncFouten = 0;            // inwoners whose last sync failed
    qint64 openSessies = 0;           // cookie sessions seen since `actiefSinds`
    QList<std::pair<QString, qint64>> verzoekenPerStatus; // status code -> count, by code
};

class BedrijfscijfersLezen {
public:
    explicit BedrijfscijfersLezen(ServiceContext &context) : ctx_(context) {}
    // actiefSinds: a session last seen before it counts as gone (now - the idle timeout).
    Result<Bedrijfscijfers> lees(const Actor &actor, const QDateTime &actiefSinds);
    // One trivial statement: the store answers. Unavailable with the driver's message otherwise.
    Result<bool> opslagBereikbaar(const Actor &actor);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
