#pragma once
// Keeps Regie's replica in step with Allegro, the system of record. One cycle, for every
// active inwoner with an Allegro relatiecode:
//   1. GetAfschriften since the last sync (minus an overlap) -> Boekingen::boekTransacties
//      (bron "allegro", externId = VolgnummerMutatie); Regie's own payouts (Omschrijving
//      carries the Referentie "REGIE-...") are skipped: the ledger booked them at approval.
//   2. GetSaldoReserveringen -> reconcile: Allegro's balance minus Regie's posted balance
//      (holds are not posted) is booked as a correction between algemeen and the
//      reservering, idempotent on (relatiecode, reservering, balance date, both balances).
//      A reservering with a payout still on its way to Allegro waits for the next cycle.
//   2a. households taken over from Allegro (services::Overname) before step 2: the whole
//      household is read (HuishoudenLezer) and Overname::werkBij applies what changed
//      (lines, reserveringen added or ended, loans, every cycle).
//   3. every Nth cycle the loans (BSNNaarRelatieMetBedrijf -> Kredietbank relaties ->
//      GetPLOverzicht/GetPL -> Huishoudens::zetLening when something changed).
// Priority: every prioriteitIntervalMs the households whose inwoner has a page open (on any
// instance: realtime_aanwezig) get steps 1 and 2 again, also in the middle of a long cycle,
// so a change in Allegro reaches the open page within seconds while the others keep the
// normal interval (docs/DEPLOY.md).
// Services publish saldo.gewijzigd after each change. When Allegro is unreachable the cycle
// stops early, the status says so, and the next cycle waits with exponential backoff.

#include "integrations/runtime/KoppelingConfig.h"
#include "services/Koppelingen.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>
#include <QtCore/QObject>
#include <QtCore/QTimer>

namespace regie::integrations {

struct SyncStatus {
    QDateTime laatsteSucces;     // end of the last cycle without Allegro failures
    QDateTime laatstePoging;
    QDateTime laatsteFoutAt;
    QString laatsteFout;         // technical, no personal data
    int opeenvolgendeFouten = 0; // failed cycles in a row
    bool allegroBereikbaar = true;
    int inwonersBijgewerkt = 0;  // in the last cycle

    QJsonObject toJson() const;
    static SyncStatus fromJson(const QJsonObject &json);
    // For the inwoner's page when the figures may be old, e.g. "We konden je gegevens niet
    // ophalen. De cijfers zijn van 14:32." Empty while everything is current.
    QString tekstVoorInwoner(const QDateTime &eigenStand) const;
};

struct SyncCycle {
    int inwoners = 0;
    int bijgewerkt = 0;        // inwoners synced completely
    int geboekt = 0;           // new transactions
    int correcties = 0;
    int leningen = 0;
    int huishoudenWijzigingen = 0; // lines, reserveringen and loans of taken-over households
    int fouten = 0;            // inwoners that failed
    bool allegroOnbereikbaar = false;
    qint64 durationMs = 0;
};

class AllegroSync : public QObject {
    Q_OBJECT
public:
    AllegroSync(services::ServiceContext &ctx, allegro::AllegroClient &client, SyncConfig config,
                QObject *parent = nullptr);

    SyncCycle syncOnce();
    // One priority pass over the households with an open page; returns how many were synced.
    int syncPrioriteit();
    SyncStatus status() const; // thread-safe
    int nextDelayMs() const;   // interval, or the backoff while Allegro is down

    void start(); // cycles on the current thread's event loop
    void stop();

Q_SIGNALS:
    void statusChanged(const regie::integrations::SyncStatus &status);
    void cycleFinished(int bijgewerkt, int geboekt, int correcties, int fouten);

private:
    enum class Stap { Ok, AllegroFout, RegieFout };
    Stap syncInwoner(const services::SyncInwoner &inwoner, bool leningen, const QDateTime &cycleStart,
                     SyncCycle &cycle, QString *error);
    Stap boekMutaties(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle, QString *error);
    Stap reconcilieer(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle, QString *error);
    Stap volgHuishoudenBij(const services::SyncInwoner &inwoner, qint32 relatie, SyncCycle &cycle, QString *error);
    Stap syncLeningen(const services::SyncInwoner &inwoner, SyncCycle &cycle, QString *error);
    bool isEigenBetaling(const QString &omschrijving);
    void finishCycle(const SyncCycle &cycle, const QString &error);

    services::ServiceContext &ctx_;
    allegro::AllegroClient &client_;
    SyncConfig config_;
    QTimer timer_;
    QTimer prioriteit_;
    QElapsedTimer sindsPrioriteit_;
    // A blocking Allegro call spins a local event loop, in which the timers can fire: a
    // cycle or pass that is running must not start another inside itself.
    bool bezig_ = false;
    int cycleCount_ = 0;
    mutable QMutex mutex_;
    SyncStatus status_;
};

} // namespace regie::integrations

Q_DECLARE_METATYPE(regie::integrations::SyncStatus)
