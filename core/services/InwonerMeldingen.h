#pragma once
// The meldingen an inwoner received, as staff with access to that inwoner see them in the
// dossier. Dossier::meldingen serves only the caller's own messages; this read is for
// someone else's, so it is checked (LeesDossier) and audited (dossier.bekeken).

#include "services/Dossier.h"
#include "services/ServiceContext.h"

#include <QtCore/QList>

namespace regie::services {

class InwonerMeldingen {
public:
    static constexpr int kMaxMeldingen = 200;

    explicit InwonerMeldingen(ServiceContext &context);
    // Newest first, at most kMaxMeldingen. NotFound without access.
    Result<QList<MeldingView>> lijst(const Actor &actor, qint64 inwonerId, int limit = 100);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
