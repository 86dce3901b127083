#pragma once
// Storage limitation (AVG art. 5(1)(e)): when budgetbeheer has ended, an inwoner's personal
// data is anonymised after a configurable period. The audit trail only carries the inwoner's
// pseudonym (public_id), never names, BSN or IBAN, so anonymising the dossier leaves the
// hash chain untouched and verifiable; money figures stay for the municipality's accounts.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>

namespace regie::services {

class Bewaartermijn {
public:
    static constexpr int kMaxPerRun = 1000; // bounds one run of the systeem job

    explicit Bewaartermijn(ServiceContext &context) : ctx_(context) {}

    // Beheerder or systeem: budgetbeheer ends on `einde`; the retention period starts then.
    Result<bool> beeindig(const Actor &actor, qint64 inwonerId, QDate einde);
    // Systeem job: anonymises every inwoner whose budgetbeheer ended more than
    // `bewaarMaanden` months ago, each in its own unit of work. Returns how many.
    Result<int> verwerk(const Actor &actor, int bewaarMaanden);

private:
    Result<bool> anonimiseer(const Actor &actor, qint64 inwonerId);
    ServiceContext &ctx_;
};

} // namespace regie::services
