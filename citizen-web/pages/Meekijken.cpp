// Ketenpartners (hulpverleners) look along, read-only, with the inwoner's consent. Inwoners
// are addressed by pseudonym in the URL, never by database id.

#include "PagesIntern.h"

namespace regie::web::pages {

namespace {

Response lijst(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto r = dossier.inwonersVoor(ctx.actor());
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Html inhoud = h1(tr("Meekijken")) + p(tr("Deze mensen hebben gezegd dat je mag meekijken. Je kunt alleen kijken."));
    if (r.value->isEmpty()) {
        inhoud += p(tr("Er heeft nog niemand toestemming gegeven. Geef je code aan de persoon die je helpt."))
                  + p(tr("Je code is de naam waarmee je inlogt."));
    } else {
        inhoud += "<ul class=\"utrecht-link-list utrecht-link-list--html-ul\">"_html;
        for (const auto &i : *r.value)
            inhoud += "<li class=\"utrecht-link-list__item\">"_html + link(QStringLiteral("/meekijken/") + i.pseudonym, i.naam) + "</li>"_html;
        inhoud += "</ul>"_html;
    }
    return toon(ctx, Pagina{tr("Meekijken"), inhoud, Nav::Meekijken});
}

Response bekijk(Context &ctx)
{
    const QString pseudonym = ctx.request.pathArgs.value(QStringLiteral("inwoner")).left(64);
    services::Dossier dossier(ctx.services);
    const auto r = dossier.inwonersVoor(ctx.actor());
    if (!r.ok())
        return dienstFout(ctx, r.error);
    std::optional<services::Dossier::InwonerRef> gevonden;
    for (const auto &i : *r.value) {
        if (i.pseudonym == pseudonym)
            gevonden = i;
    }
    if (!gevonden)
        return nietGevonden(ctx); // no consent looks exactly like no such person
    const auto o = dossier.overzicht(ctx.actor(), gevonden->id);
    if (!o.ok())
        return dienstFout(ctx, o.error);
    // The page speaks about the inwoner ("Fatima heeft…"), to the ketenpartner reading it.
    const QString voornaam = o.value->voornaam.isEmpty() ? gevonden->naam : o.value->voornaam;
    const Html inhoud = h1(tr("Overzicht van %1").arg(gevonden->naam))
                        + melding(MeldingSoort::Info, tr("Alleen bekijken"),
                                  tr("%1 heeft je toestemming gegeven om mee te kijken. Je kunt hier niets veranderen.")
                                      .arg(voornaam))
                        + overzichtInhoud(ctx, *o.value, true) + p(link(QStringLiteral("/meekijken"), tr("Terug naar de lijst")));
    return toon(ctx, Pagina{tr("Meekijken"), inhoud, Nav::Meekijken});
}

} // namespace

void mountMeekijken(Router &router)
{
    router.get(QStringLiteral("/meekijken"), Guard::Ketenpartner, lijst);
    router.get(QStringLiteral("/meekijken/{inwoner}"), Guard::Ketenpartner, bekijk);
}

} // namespace regie::web::pages
