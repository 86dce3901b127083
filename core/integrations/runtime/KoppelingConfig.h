#pragma once
// Configuration of the integration runtime: where the database is, how to reach Allegro
// and the zaaksysteem, how often to poll and retry, and the municipality's own account
// for the SEPA export. Plain values, so the server, the CLI and the tests fill it alike.

#include "integrations/allegro/AllegroClient.h"
#include "integrations/mail/SmtpClient.h"
#include "integrations/sepa/Pain001.h"
#include "integrations/zgw/ZaakFlow.h"
#include "storage/Database.h"

namespace regie::integrations {

struct DispatcherConfig {
    int batchSize = 20;        // messages per poll; bounds one round's work
    int maxAttempts = 12;      // transient failures before 'mislukt' (backoff 2^n s, max 1 h)
    int pollIntervalMs = 1000; // idle poll interval of the background thread
    // How long a message stays claimed while it is sent (outbox::claim): longer than a
    // send with its timeouts takes, short enough that the message a dispatcher was sending
    // when it died goes out soon after.
    int claimMs = 60'000;
};

struct SyncConfig {
    int intervalMs = 60'000;            // between successful cycles
    int maxBackoffMs = 15 * 60'000;     // ceiling of the exponential backoff while Allegro is down
    int overlapDays = 3;                // statements are re-read this far back (dedup makes it safe)
    int leningenElkeNCycli = 10;        // loans change monthly: read them every Nth cycle (0 = never)
    int maxInwonersPerCycle = 100'000;  // bound on one cycle
    int maxFailuresPerCycle = 25;       // a cycle stops early when Allegro keeps failing
    // Households whose inwoner has a page open (on any instance) are synced again this
    // often, between and during the cycles, so a change in Allegro is on the open page
    // within seconds. Only they cost Allegro the extra calls. 0 = off.
    int prioriteitIntervalMs = 2000;
    int maxPrioriteitPerRonde = 200;    // bounds one priority pass (the cycle goes on after it)
};

// Mail through the outbox (topic "mail"). No host: no mail sender, mails wait in the outbox.
struct MailConfig {
    mail::SmtpConfig smtp;             // host, port, security, username, password
    QString fromAddress;               // e.g. "noreply@utrecht.nl"
    QString fromName;                  // e.g. "Gemeente Utrecht"
    int maxBodyChars = 20'000;         // bounds one mail's text
    bool enabled() const { return !smtp.host.isEmpty(); }
};

// The Notificaties abonnement that makes the zaaksysteem call regie-server's webhook.
// Registered at start-up, off the request path, when ZGW is on and both values are set.
struct AbonnementConfig {
    QUrl callbackUrl;                   // <public origin>/api/v1/notificaties
    QString auth;                       // the exact Authorization value the webhook accepts
    QString kanaal = QStringLiteral("zaken");
    int maxAttempts = 40;               // transient failures before giving up (≈ 5 h with the backoff)
    int firstDelayMs = 2000;            // backoff doubles from here ...
    int maxDelayMs = 10 * 60'000;       // ... up to this
    bool enabled() const { return callbackUrl.isValid() && !callbackUrl.host().isEmpty() && !auth.isEmpty(); }
};

struct KoppelingConfig {
    storage::DatabaseConfig database;
    allegro::ClientConfig allegro;
    bool zgwEnabled = false;
    zgw::ZgwConfig zgw;
    zgw::ZaakFlowConfig zaakFlow;
    DispatcherConfig dispatcher;
    SyncConfig sync;
    MailConfig mail;
    AbonnementConfig abonnement;
    sepa::Pain001Debtor gemeente; // debtor of the pain.001 export
};

} // namespace regie::integrations
