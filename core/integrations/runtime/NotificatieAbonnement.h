#pragma once
// Makes sure the zaaksysteem has one abonnement that sends kanaal "zaken" to Regie's
// webhook. Idempotent through the Notificaties API itself: the existing abonnementen are
// listed first and one with our callback URL, kanaal and Authorization value is reused,
// so a restart (or a second server) registers nothing new. Transient failures (network,
// timeout, 5xx, 429) are retried with a doubling delay; a refusal (4xx) ends the attempt.
// Logs name the outcome, the HTTP status and the callback URL, never the auth value.

#include "integrations/runtime/KoppelingConfig.h"
#include "integrations/zgw/ZgwClient.h"

#include <functional>

namespace regie::integrations {

enum class AbonnementUitkomst {
    Aangemaakt,   // a new abonnement was registered
    AlAanwezig,   // an existing one matched
    Geweigerd,    // the zaaksysteem refused (4xx) or our settings are invalid
    Opgegeven,    // still unreachable after maxAttempts
    Gestopt,      // the wait was interrupted (the server stops)
};

struct AbonnementResultaat {
    AbonnementUitkomst uitkomst = AbonnementUitkomst::Gestopt;
    QUrl url;          // the abonnement's URL at the zaaksysteem
    int pogingen = 0;
    QString reden;     // technical, without secrets (zgw::describe)
};

QString toString(AbonnementUitkomst uitkomst);

// True when `existing` already delivers what `config` asks for.
bool abonnementPast(const zgw::Abonnement &existing, const AbonnementConfig &config);

// Blocking (spins local event loops in the client): call it on a worker thread that owns
// `client`. wait(ms) sleeps between attempts and returns false when the caller must stop.
AbonnementResultaat zorgVoorAbonnement(zgw::ZgwClient &client, const AbonnementConfig &config,
                                       const std::function<bool(int delayMs)> &wait);

} // namespace regie::integrations
