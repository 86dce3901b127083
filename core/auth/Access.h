#pragma once
// Who may do what to whose data. Default deny. Each check is a function of the actor, the
// action and the inwoner (their relation comes from caseload, team and consent rows), so
// the HTTP layer, the desktop API and the services ask the same questions.
//
//   inwoner       only themself; reads and their own requests
//   medewerker    inwoners in their caseload: read, decide, edit afspraken
//   teamleider    inwoners of their team: read, decide, edit afspraken; audit reports
//   ketenpartner  read-only overview of inwoners who gave consent (not revoked)
//   beheerder     users, teams, caseloads, integrations; no dossier contents
//   systeem       internal jobs (sync, expiry, outbox)

#include "domain/Domain.h"
#include "storage/Database.h"

namespace regie::auth {

enum class Action {
    LeesDossier,        // overview, transactions, requests, messages
    DoeOpname,          // create / confirm / cancel / withdraw a withdrawal request
    BeslisVerzoek,      // approve or refuse
    WijzigAfspraken,    // edit maatwerkafspraken
    BeheerToestemming,  // grant or revoke a ketenpartner's access
    ExporteerGegevens,  // the AVG export of one inwoner
    BeheerInrichting    // create inwoners, reserveringen, book transactions
};

// For actions on one inwoner's data.
bool mag(storage::Database &db, const Actor &actor, Action action, qint64 inwonerId);

// Actions that are not about one inwoner.
bool magAuditExporteren(const Actor &actor);   // teamleider, beheerder
bool magGebruikersBeheren(const Actor &actor); // beheerder
bool magWerkvoorraadZien(const Actor &actor);  // medewerker, teamleider

// The inwoner ids an actor may read, as SQL usable in "inwoner_id IN (...)" with the
// actor's id bound to :actor and team to :team — so lists are filtered in the database,
// not after loading another inwoner's rows.
QString leesbareInwonersSql(const Actor &actor);

QString toCode(Action action);

} // namespace regie::auth
