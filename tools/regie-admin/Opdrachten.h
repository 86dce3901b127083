#pragma once
// The regie-admin commands besides check (Controle.h). Each opens what it needs, does its
// work through the core services, writes its audit event as the systeem actor (regie-admin
// runs on the server as the service user; there is no person logged in) and prints in
// plain Dutch what happened. Exit codes as in Omgeving.h.

#include "Omgeving.h"

namespace regie::admin {

int verifieerAudit(Omgeving &o);
int maakBackup(Omgeving &o);      // argument: the backup file
int zetBackupTerug(Omgeving &o);  // argument: the backup file; --data: an empty folder
int pasBewaartermijnToe(Omgeving &o);
int roteerSleutel(Omgeving &o);   // --herversleutel: only re-encrypt, no new key
int maakBeheerder(Omgeving &o);   // argument: user name; --naam; password on stdin

} // namespace regie::admin
