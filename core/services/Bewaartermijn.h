#pragma once
// Storage limitation (AVG art. 5(1)(e)): when budgetbeheer has ended, an inwoner's personal
// data is anonymised after a configurable period. The audit trail only carries the inwoner's
// pseudonym (public_id), never names, BSN or IBAN, so anonymising the dossier leaves the
// hash chain untouched and verifiable; money figures stay for the municipality's accounts.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>

#include <chrono>
#include <optional>

namespace regie::services {

// One run of the retention job, as the beheerder sees it. Each run is one audit event
// (bewaartermijn.verwerkt), so the trail is the record of what retention did and when.
struct BewaarRun {
    QDateTime moment;         // at the service clock
    int bewaarMaanden = 0;
    QDate grens;              // budgetbeheer ended on or before this date: anonymised
    int geanonimiseerd = 0;
    bool volledig = true;     // false: kMaxPerRun was reached, the next run goes on
};

class Bewaartermijn {
public:
    static constexpr int kMaxPerRun = 1000; // bounds one run of the systeem job
    // Archiefwet/AVG: 7 years after budgetbeheer ended (docs/PRIVACY.md).
    static constexpr int kStandaardBewaarMaanden = 84;

    explicit Bewaartermijn(ServiceContext &context) : ctx_(context) {}

    // Beheerder or systeem: budgetbeheer ends on `einde`; the retention period starts then.
    Result<bool> beeindig(const Actor &actor, qint64 inwonerId, QDate einde);
    // Systeem job: anonymises every inwoner whose budgetbeheer ended more than
    // `bewaarMaanden` months ago, each in its own unit of work. Returns how many.
    Result<int> verwerk(const Actor &actor, int bewaarMaanden);
    // Systeem job on a schedule: runs verwerk() when the last run is `interval` ago or more
    // (or there was none), and records the run. nullopt: not due yet.
    Result<std::optional<BewaarRun>> verwerkIndienNodig(const Actor &actor, int bewaarMaanden,
                                                        std::chrono::seconds interval);
    // Systeem (the job above, regie-admin retention): runs verwerk() now and records the run.
    Result<BewaarRun> verwerkEnLeg(const Actor &actor, int bewaarMaanden);
    // Beheerder (and systeem): the last recorded run; nullopt when retention never ran.
    Result<std::optional<BewaarRun>> laatsteRun(const Actor &actor);

private:
    Result<bool> anonimiseer(const Actor &actor, qint64 inwonerId);
    ServiceContext &ctx_;
};

} // namespace regie::services
