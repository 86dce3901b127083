#pragma once
// Writes a generated Dataset through the core services (Organisatie, Huishoudens, Boekingen,
// Afspraken) as the systeem actor, so demo data gets the same ledger transfers, encryption and audit events
// as real onboarding. Running it twice adds nothing the second time: every step first
// looks whether its result is already there.

#include "demo/Dataset.h"
#include "services/ServiceContext.h"

#include <QtCore/QList>

#include <functional>

namespace regie::demo {

struct LoadSummary {
    int teams = 0, vormen = 0, gebruikers = 0, redenen = 0;   // newly written
    int inwonersNieuw = 0;      // loaded now (also when a partial earlier load is completed)
    int inwonersAlGeladen = 0;  // found complete and skipped
    int reserveringen = 0, afspraken = 0, caseloads = 0;
    qint64 transactiesGeboekt = 0, transactiesAlBekend = 0, stortingen = 0;
    qint64 duurMs = 0;
};

// The order in which a household's history reaches the ledger. The ledger refuses any
// moment below zero, and the services book one call at a time, so the history is booked
// in three waves that each keep every balance at or above its final value:
//   1. bank lines of the unallocated part (money in, fixed costs, leefgeld, loan);
//   2. the internal allocations into reserveringen;
//   3. payments made from reserveringen.
// In wave 1 the unallocated part holds its simulated balance plus every allocation not yet
// made; in wave 2 it falls to its final value; in wave 3 each reservering falls to its
// final value. All three are indexes into Huishouden::boekingen, each in date order.
struct Laadvolgorde {
    QList<int> bankAlgemeen;
    QList<int> stortingen;
    QList<int> bankUitReservering;
};
Laadvolgorde laadvolgorde(const Huishouden &huishouden);

struct LaadOpties {
    QString wachtwoord; // for the staff accounts; empty: no password login
    std::function<void(int klaar, int totaal)> voortgang; // after each household
    // While loading, commit without waiting for the disk (SQLite WAL synchronous=NORMAL,
    // PostgreSQL synchronous_commit=off) and restore the setting afterwards. Neither can
    // corrupt the database; a power cut may lose the last commits, which a rerun of this
    // idempotent loader puts back. About three times faster on SQLite.
    bool snelleCommits = true;
};

class Loader {
public:
    explicit Loader(LaadOpties opties = {});
    services::Result<LoadSummary> laad(services::ServiceContext &context, const Dataset &dataset);

private:
    LaadOpties opties_;
};

} // namespace regie::demo
