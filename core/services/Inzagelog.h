#pragma once
// "Wie heeft mijn gegevens bekeken": the audit trail's record of staff and ketenpartners
// reading or changing one inwoner's data, as the inwoner may see it. People are shown by
// ROLE plus their team (staff) or organisation (ketenpartner), never by name: the inwoner
// learns which kind of person looked and from where, staff are not exposed to harassment,
// and the team can name the person when the inwoner asks (docs/PAGES.md).

#include "domain/Domain.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::services {

struct InzageRegel {
    QDateTime moment;
    Role rol = Role::Medewerker;
    QString team;        // staff: the team's name; empty otherwise
    QString organisatie; // ketenpartner: their organisation; empty otherwise
    QString actie;       // audit action code, e.g. "dossier.bekeken"
};

class Inzagelog {
public:
    static constexpr int kMaxRegels = 200;

    explicit Inzagelog(ServiceContext &context);
    // Newest first. Only the inwoner themself (LeesDossier on their own id); NotFound otherwise.
    Result<QList<InzageRegel>> voorInwoner(const Actor &actor, qint64 inwonerId, int limit = 100);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
