// Ketenpartners (hulpverleners) look along, read-only, with the inwoner's consent. Inwoners
// are addressed by pseudonym in the URL, never by database id.

#include "PagesIntern.h"

#include "services/Meekijkcodes.h"

namespace regie::web::pages {

namespace {

// A code the inwoner types to let this ketenpartner look along. Made on request, shown once.
Html codeDeel(Context &ctx, const std::optional<services::Meekijkcode> &nieuw)
{
    Html out = h2(tr("Iemand laten toevoegen"))
               + p(tr("Wil je meekijken met iemand? Maak een code en geef die aan die persoon. Die vult de code in bij Wie mag meekijken."))
               + p(tr("Een code werkt één keer en 7 dagen lang."));
    if (nieuw) {
        out += melding(MeldingSoort::Ok, tr("Je nieuwe code"),
                       tr("De code is %1. Hij werkt tot %2. Je ziet de code maar één keer.")
                           .arg(nieuw->code, datumTijdTekst(ctx, nieuw->verlooptOp)));
    }
    return out + formulier(ctx, QStringLiteral("/meekijken/code"), knop(tr("Maak een code"), !nieuw));
}

Response lijstMet(Context &ctx, const std::optional<services::Meekijkcode> &nieuw, const Fouten &fouten, int status)
{
    services::Dossier dossier(ctx.services);
    const auto r = dossier.inwonersVoor(ctx.actor());
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Html inhoud = foutSamenvatting(fouten) + h1(tr("Meekijken"))
                  + p(tr("Deze mensen hebben gezegd dat je mag meekijken. Je kunt alleen kijken."));
    if (r.value->isEmpty()) {
        inhoud += p(tr("Er heeft nog niemand toestemming gegeven."));
    } else {
        inhoud += "<ul class=\"utrecht-link-list utrecht-link-list--html-ul\">"_html;
        for (const auto &i : *r.value)
            inhoud += "<li class=\"utrecht-link-list__item\">"_html + link(QStringLiteral("/meekijken/") + i.pseudonym, i.naam) + "</li>"_html;
        inhoud += "</ul>"_html;
    }
    inhoud += codeDeel(ctx, nieuw);
    return toon(ctx, Pagina{tr("Meekijken"), inhoud, Nav::Meekijken, status});
}

Response lijst(Context &ctx) { return lijstMet(ctx, std::nullopt, {}, 200); }

Response maakCode(Context &ctx)
{
    const auto r = services::Meekijkcodes(ctx.services).maak(ctx.actor());
    if (!r.ok() && r.error.code == services::ErrorCode::Invalid)
        return lijstMet(ctx, std::nullopt, {{QStringLiteral("code"), r.error.message}}, 422);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    return lijstMet(ctx, *r.value, {}, 200);
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
    router.post(QStringLiteral("/meekijken/code"), Guard::Ketenpartner, maakCode);
}

} // namespace regie::web::pages
