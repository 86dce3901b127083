#pragma once
// The state changes the integrations make (core/integrations/runtime): recording what a
// receiver answered (Allegro order, zaak, bericht) together with marking the outbox message
// sent, corrections found by the Allegro reconciliation, the sync bookkeeping, and the
// beheerder's "opnieuw versturen". Each change is one transaction with its audit event.
// Only the systeem (and for some steps the beheerder) may call these.

#include "domain/Domain.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>
#include <QtCore/QStringList>

#include <optional>

namespace regie::services {

namespace systemen {
inline const QString kAllegroBetaalopdracht = QStringLiteral("allegro.betaalopdracht");
inline const QString kAllegroBericht = QStringLiteral("allegro.bericht");
inline const QString kZgwZaak = QStringLiteral("zgw.zaak");
} // namespace systemen

struct ExterneReferentie {
    QString systeem, referentie, externId;
    QDateTime at;
};

// What the sync needs to know about one inwoner, read in one query.
struct SyncInwoner {
    qint64 inwonerId = 0;
    QString relatiecode;
    QDateTime vanaf;            // invalid: never synced
};

struct SyncReservering {
    qint64 reserveringId = 0;
    QString allegroNummer;
    Money geboekt;              // Regie's posted balance (holds not subtracted)
    bool betalingOnderweg = false; // an executed withdrawal whose Allegro order is not recorded yet
};

struct LeningStand {
    Money openstaand, maandtermijn, achterstand;
    int resterendeLooptijdMaanden = 0;
};

class Koppelingen {
public:
    explicit Koppelingen(ServiceContext &context);

    // ---- Outbox effects: record + mark the outbox message sent, one transaction --------
    Result<bool> betaalopdrachtVerwerkt(const Actor &actor, const QString &verzoekPublicId, const QString &referentie,
                                        const QString &allegroOrderId, qint64 outboxId);
    Result<bool> berichtVerstuurd(const Actor &actor, const QString &verzoekPublicId, const QString &referentie,
                                  const QString &berichtCode, qint64 outboxId);
    Result<bool> zaakAangemaakt(const Actor &actor, const QString &verzoekPublicId, const QString &zaakUrl,
                                qint64 outboxId);
    // resultaat: toegekend | geweigerd | ingetrokken | verlopen
    Result<bool> zaakAfgerond(const Actor &actor, const QString &verzoekPublicId, const QString &zaakUrl,
                              const QString &resultaat, qint64 outboxId);
    Result<QList<ExterneReferentie>> referenties(const Actor &actor, const QString &verzoekPublicId);

    // ---- Allegro sync --------------------------------------------------------------
    Result<QList<SyncInwoner>> teSynchroniseren(const Actor &actor, int limit = 100000);
    // Of those, the inwoners with a page open on any instance at `now` (realtime_aanwezig),
    // so the sync can take them first.
    Result<QList<SyncInwoner>> metOpenPagina(const Actor &actor, const QDateTime &now, int limit);
    Result<QList<SyncReservering>> reserveringenVoorSync(const Actor &actor, qint64 inwonerId);
    // Of `candidates`, the extern ids already booked for (inwoner, bron).
    Result<QSet<QString>> bekendeExternIds(const Actor &actor, qint64 inwonerId, const QString &bron,
                                           const QStringList &candidates);
    Result<QHash<QString, LeningStand>> leningen(const Actor &actor, qint64 inwonerId);
    // Books the difference between Allegro's and Regie's balance of a reservering:
    // verschil > 0 moves money from algemeen into the reservering, < 0 back. Idempotent on key.
    Result<bool> corrigeerReservering(const Actor &actor, qint64 reserveringId, Money verschil, const QString &key);
    // The inwoner's figures are current as of `at`; the next statement request starts at `vanaf`.
    Result<bool> markeerGesynchroniseerd(const Actor &actor, qint64 inwonerId, const QDateTime &at,
                                         const QDateTime &vanaf);
    // Global status of the Allegro sync as JSON (last success, last error, failures), so a
    // server in another process can show it.
    Result<bool> zetSyncStatus(const Actor &actor, const QJsonObject &status);
    Result<QJsonObject> syncStatus(const Actor &actor);

    // ---- Beheerder -------------------------------------------------------------------
    Result<bool> opnieuwVersturen(const Actor &actor, qint64 outboxId);
    // Audit record of a bank file import or export (soort: camt.import | pain001.export).
    Result<bool> legBankbestandVast(const Actor &actor, const QString &soort, std::optional<qint64> inwonerId,
                                    const QJsonObject &details);

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
