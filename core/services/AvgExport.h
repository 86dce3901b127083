#pragma once
// The right of access (AVG art. 15): everything Regie holds on one inwoner, as one JSON
// document. The inwoner themself (or their medewerker/teamleider on their behalf) may ask;
// every export is audited as export.gegevens before anything is read, and a refusal as
// geweigerd. The export holds the inwoner's own BSN and IBANs in full: it is their data.

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QJsonDocument>

namespace regie::services {

class AvgExport {
public:
    explicit AvgExport(ServiceContext &context) : ctx_(context) {}

    Result<QJsonDocument> exporteer(const Actor &actor, qint64 inwonerId);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
