#pragma once
// Inloggen met DigiD through an OpenID Connect broker (core/auth/Oidc.h):
//   GET /inloggen/digid        redirect to the broker (state, nonce, PKCE, browser cookie)
//   GET /inloggen/digid/terug  the broker's redirect back: tokens, ID token checks, BSN to
//                              inwoner, new session, then /overzicht
// Failures show one B1 page and reveal nothing; the reason is logged and audited as a code.
// docs/DIGID.md describes the settings.

#include "../server/Web.h"

#include "auth/Oidc.h"

#include <functional>
#include <optional>

class QSettings;

namespace regie::web::pages {

// The [digid] group of the server's INI file: issuer, client_id, redirect_uri, bsn_claim,
// scope, client_auth (basic|post), acr_values; client_secret or client_secret_file (a file
// readable only by the service). REGIE_DIGID_CLIENT_SECRET in the environment overrides
// both. nullopt when the group is absent or incomplete: DigiD login is then switched off.
std::optional<auth::oidc::ProviderConfig> digidConfigFromSettings(QSettings &settings);
// The same from the [digid] settings by name ("issuer", "client_id", ...): regie-server's
// settings table (config/Settings.h) hands them over this way.
std::optional<auth::oidc::ProviderConfig> digidConfigFromValues(const std::function<QString(const char *)> &value);

// Registers the two routes. Without a configuration the routes answer with a B1 page that
// DigiD cannot be used now (503).
void mountDigid(Router &router, std::optional<auth::oidc::ProviderConfig> config);
// The same, configured from the environment: REGIE_DIGID_ISSUER, REGIE_DIGID_CLIENT_ID,
// REGIE_DIGID_CLIENT_SECRET, REGIE_DIGID_REDIRECT_URI and optionally REGIE_DIGID_BSN_CLAIM,
// REGIE_DIGID_SCOPE, REGIE_DIGID_CLIENT_AUTH, REGIE_DIGID_ACR_VALUES.
void mountDigid(Router &router);
std::optional<auth::oidc::ProviderConfig> digidConfigFromEnvironment();

} // namespace regie::web::pages
