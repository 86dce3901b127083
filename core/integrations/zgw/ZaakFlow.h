#pragma once
// One withdrawal request that needs a medewerker's approval, as a zaak:
//   open():   zaak (identificatie REGIE-<request id>) + rol for the inwoner + first status
//   moveTo(): a status as the request moves ("In behandeling")
//   decide(): resultaat, optional besluit, then the eindstatus (zrc-007: a zaak cannot be
//             closed without a resultaat, so the order is fixed).
// Every step first looks for what an earlier, interrupted run may already have written,
// so a step can be repeated after a crash without duplicates. Uses the blocking client
// calls: run it on a worker thread that owns the ZgwClient.

#include "integrations/zgw/ZgwClient.h"
#include "money/Bsn.h"

namespace regie::zgw {

struct ZaakFlowConfig {
    QString bronorganisatie;              // RSIN of the gemeente
    QString verantwoordelijkeOrganisatie; // usually the same RSIN
    QUrl zaaktype;
    QString rolOmschrijvingGeneriek = QStringLiteral("initiator");
    QString statusOntvangen = QStringLiteral("Verzoek ontvangen");
    QString statusInBehandeling = QStringLiteral("In behandeling");
    QString resultaatToegekend = QStringLiteral("Toegekend");
    QString resultaatAfgewezen = QStringLiteral("Afgewezen");
    QUrl besluittype; // empty: no besluit is registered
};

// What the Catalogi API says about the configured zaaktype, fetched once.
struct ZaakCatalog {
    QList<StatusType> statustypen;
    QList<ResultaatType> resultaattypen;
    QList<RolType> roltypen;

    std::optional<StatusType> statusType(const QString &omschrijving) const;
    std::optional<ResultaatType> resultaatType(const QString &omschrijving) const;
    std::optional<RolType> rolType(const QString &omschrijvingGeneriek) const;
    // The statustype with the highest volgnummer closes the zaak.
    std::optional<StatusType> eindstatus() const;
};

Result<ZaakCatalog> loadCatalog(ZgwClient &client, const QUrl &zaaktype);

struct WithdrawalCase {
    qint64 requestId = 0;
    Bsn inwoner;
    QString omschrijving; // <= 80 characters, no personal data
    QString toelichting;  // <= 1000 characters, no personal data
    QDate startdatum;
};

enum class Outcome { Granted, Refused };

struct Decision {
    Outcome outcome = Outcome::Refused;
    QString toelichting;
    QDateTime decidedAt;
};

class ZaakFlow {
public:
    ZaakFlow(ZgwClient &client, ZaakFlowConfig config, ZaakCatalog catalog);

    // "REGIE-000123": deterministic, so a repeated step finds what it made before.
    static QString identificatieFor(qint64 requestId);
    static QString besluitIdentificatieFor(qint64 requestId);

    Result<Zaak> open(const WithdrawalCase &request, const QDateTime &receivedAt);
    Result<ZaakStatus> moveTo(const QUrl &zaak, const QString &statusOmschrijving, const QDateTime &at);
    // Returns the closed zaak (einddatum set).
    Result<Zaak> decide(const QUrl &zaak, qint64 requestId, const Decision &decision);

private:
    Result<Zaak> findOrCreateZaak(const WithdrawalCase &request);
    Result<Rol> ensureInwonerRol(const QUrl &zaak, const Bsn &inwoner);
    Result<ZaakStatus> ensureStatus(const QUrl &zaak, const StatusType &type, const QDateTime &at);
    Result<ZaakResultaat> ensureResultaat(const QUrl &zaak, const ResultaatType &type, const QString &toelichting);
    Result<Besluit> ensureBesluit(const QUrl &zaak, qint64 requestId, const Decision &decision);

    ZgwClient &client_;
    ZaakFlowConfig config_;
    ZaakCatalog catalog_;
};

} // namespace regie::zgw
