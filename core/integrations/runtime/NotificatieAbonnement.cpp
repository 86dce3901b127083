#include "integrations/runtime/NotificatieAbonnement.h"

#include <QtCore/QLoggingCategory>

#include <algorithm>

namespace regie::integrations {

Q_LOGGING_CATEGORY(lcAbonnement, "regie.koppelingen.abonnement")

QString toString(AbonnementUitkomst uitkomst)
{
    switch (uitkomst) {
    case AbonnementUitkomst::Aangemaakt: return QStringLiteral("aangemaakt");
    case AbonnementUitkomst::AlAanwezig: return QStringLiteral("al_aanwezig");
    case AbonnementUitkomst::Geweigerd: return QStringLiteral("geweigerd");
    case AbonnementUitkomst::Opgegeven: return QStringLiteral("opgegeven");
    case AbonnementUitkomst::Gestopt: return QStringLiteral("gestopt");
    }
    return {};
}

bool abonnementPast(const zgw::Abonnement &existing, const AbonnementConfig &config)
{
    // Some Notificaties components do not show auth when listing: then the callback decides.
    return existing.callbackUrl.adjusted(QUrl::StripTrailingSlash) == config.callbackUrl.adjusted(QUrl::StripTrailingSlash)
        && existing.kanalen.contains(config.kanaal) && (existing.auth.isEmpty() || existing.auth == config.auth);
}

namespace {

struct Poging {
    std::optional<AbonnementResultaat> klaar; // set when no further attempt is needed
    zgw::Error error;
};

Poging probeer(zgw::ZgwClient &client, const AbonnementConfig &config)
{
    const zgw::Result<QList<zgw::Abonnement>> lijst = client.listAbonnementen();
    if (!lijst)
        return {std::nullopt, lijst.error};
    const auto found = std::find_if(lijst.value->cbegin(), lijst.value->cend(),
                                    [&config](const zgw::Abonnement &a) { return abonnementPast(a, config); });
    if (found != lijst.value->cend())
        return {AbonnementResultaat{AbonnementUitkomst::AlAanwezig, found->url, 0, {}}, {}};
    zgw::AbonnementRequest request;
    request.callbackUrl = config.callbackUrl;
    request.auth = config.auth;
    request.kanaal = config.kanaal;
    const zgw::Result<zgw::Abonnement> made = client.createAbonnement(request);
    if (!made)
        return {std::nullopt, made.error};
    return {AbonnementResultaat{AbonnementUitkomst::Aangemaakt, made.value->url, 0, {}}, {}};
}

void log(const AbonnementResultaat &r, const AbonnementConfig &config)
{
    const QString callback = config.callbackUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    switch (r.uitkomst) {
    case AbonnementUitkomst::Aangemaakt:
    case AbonnementUitkomst::AlAanwezig:
        qCInfo(lcAbonnement).noquote() << QStringLiteral("zgw abonnement %1: kanaal %2 -> %3 (after %4 attempt(s))")
                                              .arg(toString(r.uitkomst), config.kanaal, callback)
                                              .arg(r.pogingen);
        return;
    case AbonnementUitkomst::Gestopt:
        qCInfo(lcAbonnement) << "zgw abonnement: not registered, stopping";
        return;
    case AbonnementUitkomst::Geweigerd:
    case AbonnementUitkomst::Opgegeven:
        qCWarning(lcAbonnement).noquote() << QStringLiteral("zgw abonnement %1 after %2 attempt(s): %3; notifications"
                                                            " for %4 will not arrive")
                                                 .arg(toString(r.uitkomst))
                                                 .arg(r.pogingen)
                                                 .arg(r.reden, callback);
        return;
    }
}

} // namespace

AbonnementResultaat zorgVoorAbonnement(zgw::ZgwClient &client, const AbonnementConfig &config,
                                       const std::function<bool(int delayMs)> &wait)
{
    AbonnementResultaat result;
    int delay = std::max(1, config.firstDelayMs);
    const int attempts = std::clamp(config.maxAttempts, 1, 1000);
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        Poging p = probeer(client, config);
        if (p.klaar) {
            result = *p.klaar;
            result.pogingen = attempt;
            log(result, config);
            return result;
        }
        result.pogingen = attempt;
        result.reden = zgw::describe(p.error).left(300);
        if (!p.error.isTransient()) {
            result.uitkomst = AbonnementUitkomst::Geweigerd;
            log(result, config);
            return result;
        }
        if (attempt == attempts)
            break;
        qCInfo(lcAbonnement).noquote() << QStringLiteral("zgw abonnement: attempt %1 failed (%2), next in %3 ms")
                                              .arg(attempt)
                                              .arg(result.reden)
                                              .arg(delay);
        if (!wait(delay)) {
            result.uitkomst = AbonnementUitkomst::Gestopt;
            log(result, config);
            return result;
        }
        delay = std::min(delay * 2 > 0 ? delay * 2 : config.maxDelayMs, std::max(1, config.maxDelayMs));
    }
    result.uitkomst = AbonnementUitkomst::Opgegeven;
    log(result, config);
    return result;
}

} // namespace regie::integrations
