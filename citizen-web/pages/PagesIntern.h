#pragma once
// Route groups of the pages module, one per source file, and the pieces they share.

#include "PageKit.h"

#include "rules/Beoordeling.h"
#include "services/Dossier.h"
#include "services/Opnames.h"

namespace regie::web::pages {

void mountPubliek(Router &router);    // /, /inloggen/test, /uitloggen, /taal, /toegankelijkheid, /privacy, /hulp
void mountOverzicht(Router &router);  // /overzicht, /transacties, /transacties.csv
void mountOpnemen(Router &router);    // /opnemen, /opnemen/{id}, /verzoeken/{id}/controleren, ...
void mountVerzoeken(Router &router);  // /verzoeken, /verzoeken/{id}, /verzoeken/{id}/intrekken
void mountMijn(Router &router);       // /berichten, /wie-heeft-mijn-gegevens-bekeken, /mijn-gegevens, /wie-mag-meekijken
void mountMeekijken(Router &router);  // /meekijken, /meekijken/{inwoner}

// The overview body shared by the inwoner's /overzicht and the ketenpartner's read-only view.
Html overzichtInhoud(Context &ctx, const services::Overzicht &o, bool alleenBekijken);

// Transactions as a list (a table would be too wide on a phone).
Html betalingenLijst(Context &ctx, const QList<services::TransactieView> &lijst);
// One CSV cell, quoted and safe against formula injection.
QString csvCel(const QString &tekst);

// The reasons that decided an evaluation, as a B1 list.
Html redenenLijst(const rules::Beoordeling &beoordeling);

// The inwoner's own withdrawal request named by the path's {id}; nullopt for anyone else's
// or an unknown id (all answer 404).
std::optional<services::VerzoekView> eigenVerzoek(Context &ctx);

// The error page that matches a service failure (NotFound 404, Forbidden 403, ...).
Response dienstFout(Context &ctx, const services::ServiceError &error);

// The team's phone and mail for the current inwoner, or the server's defaults.
services::Contact contactVoor(Context &ctx);
Html contactZin(const services::Contact &contact); // "Bel 030 ... of mail ...", with tel: and mailto: links

} // namespace regie::web::pages
