// B1 error pages: say what happened, that it is not the reader's fault when it is not, and
// what to do now. The server renders these through PageHooks::errorPage as well.

#include "PagesIntern.h"

#include "../server/Config.h"

#include "services/Opnames.h"

namespace regie::web::pages {

services::Contact contactVoor(Context &ctx)
{
    services::Contact c{ctx.config.teamName, ctx.config.contactPhone, ctx.config.contactEmail};
    if (ctx.session && ctx.session->actor.role == Role::Inwoner) {
        services::Dossier dossier(ctx.services);
        const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
        if (o.ok() && !o.value->teamTelefoon.isEmpty())
            c = services::Contact{o.value->teamNaam, o.value->teamTelefoon, o.value->teamEmail};
    }
    return c;
}

Html contactZin(const services::Contact &contact)
{
    if (contact.telefoon.isEmpty() && contact.email.isEmpty())
        return {};
    Html html;
    if (!contact.telefoon.isEmpty())
        html += Html::text(tr("Bel")) + " "_html + telLink(contact.telefoon);
    if (!contact.email.isEmpty()) {
        html += html.isEmpty() ? Html::text(tr("Mail naar")) : " "_html + Html::text(tr("of mail naar"));
        html += " "_html + mailLink(contact.email);
    }
    return p(html + "."_html);
}

namespace {

struct FoutTekst {
    const char *titel;
    const char *uitleg;
    const char *wat;
};

FoutTekst tekstVoor(int status)
{
    switch (status) {
    case 401:
        return {QT_TRANSLATE_NOOP("pages", "Je bent uitgelogd"),
                QT_TRANSLATE_NOOP("pages", "Je was een tijdje niet actief. Daarom ben je uitgelogd. Zo blijft je geld veilig."),
                QT_TRANSLATE_NOOP("pages", "Log opnieuw in om verder te gaan.")};
    case 403:
        return {QT_TRANSLATE_NOOP("pages", "Dit mag je niet bekijken"),
                QT_TRANSLATE_NOOP("pages", "Deze pagina is niet voor jou."),
                QT_TRANSLATE_NOOP("pages", "Ga terug naar je overzicht.")};
    case 404:
    case 405:
        return {QT_TRANSLATE_NOOP("pages", "Deze pagina bestaat niet"),
                QT_TRANSLATE_NOOP("pages", "Misschien is de link oud. Of er zit een fout in het adres."),
                QT_TRANSLATE_NOOP("pages", "Ga terug naar je overzicht.")};
    case 409:
        return {QT_TRANSLATE_NOOP("pages", "Dit is al veranderd"),
                QT_TRANSLATE_NOOP("pages", "Iemand anders heeft dit net veranderd. Of je hebt twee keer op een knop gedrukt."),
                QT_TRANSLATE_NOOP("pages", "Kijk bij Mijn verzoeken hoe het nu staat.")};
    case 413:
        return {QT_TRANSLATE_NOOP("pages", "Je tekst is te lang"),
                QT_TRANSLATE_NOOP("pages", "Je hebt te veel tekst gestuurd. Dat kunnen we niet verwerken."),
                QT_TRANSLATE_NOOP("pages", "Ga terug. Maak je tekst korter en probeer het opnieuw.")};
    case 422:
        return {QT_TRANSLATE_NOOP("pages", "Er ging iets mis met het formulier"),
                QT_TRANSLATE_NOOP("pages", "We konden je formulier niet goed lezen. Misschien stond de pagina te lang open."),
                QT_TRANSLATE_NOOP("pages", "Ga terug en probeer het opnieuw.")};
    case 429:
        return {QT_TRANSLATE_NOOP("pages", "Even wachten"),
                QT_TRANSLATE_NOOP("pages", "Je hebt het vaak achter elkaar geprobeerd."),
                QT_TRANSLATE_NOOP("pages", "Wacht een kwartier en probeer het dan opnieuw.")};
    case 503:
        return {QT_TRANSLATE_NOOP("pages", "Regie is even niet bereikbaar"),
                QT_TRANSLATE_NOOP("pages", "Het ligt niet aan jou. Een ander systeem doet het nu niet."),
                QT_TRANSLATE_NOOP("pages", "Probeer het over een paar minuten opnieuw.")};
    default:
        return {QT_TRANSLATE_NOOP("pages", "Er ging iets mis bij ons"),
                QT_TRANSLATE_NOOP("pages", "Het ligt niet aan jou. Er ging iets mis in Regie."),
                QT_TRANSLATE_NOOP("pages", "Probeer het over een paar minuten opnieuw.")};
    }
}

} // namespace

Response foutPagina(Context &ctx, int status)
{
    const FoutTekst t = tekstVoor(status);
    Html inhoud = h1(tr(t.titel)) + p(tr(t.uitleg)) + p(tr(t.wat));
    const bool ingelogd = ctx.session && status != 401;
    if (status == 401 || !ingelogd) {
        inhoud += p(knopLink(QStringLiteral("/"), tr("Naar de startpagina"), true));
    } else if (ctx.session->actor.role == Role::Ketenpartner) {
        inhoud += p(knopLink(QStringLiteral("/meekijken"), tr("Naar meekijken"), true));
    } else {
        inhoud += p(knopLink(QStringLiteral("/overzicht"), tr("Naar je overzicht"), true));
    }
    if (status >= 500 || status == 403) {
        const services::Contact c{ctx.config.teamName, ctx.config.contactPhone, ctx.config.contactEmail};
        const Html zin = contactZin(c);
        if (!zin.isEmpty())
            inhoud += p(tr("Lukt het dan nog niet? Neem contact met ons op.")) + zin;
    }
    return toon(ctx, Pagina{tr(t.titel), inhoud, Nav::Geen, status});
}

Response nietGevonden(Context &ctx) { return foutPagina(ctx, 404); }

Response dienstFout(Context &ctx, const services::ServiceError &error)
{
    switch (error.code) {
    case services::ErrorCode::NotFound: return foutPagina(ctx, 404);
    case services::ErrorCode::Forbidden: return foutPagina(ctx, 403);
    case services::ErrorCode::Invalid: return foutPagina(ctx, 422);
    case services::ErrorCode::Conflict: return foutPagina(ctx, 409);
    case services::ErrorCode::Unavailable: return foutPagina(ctx, 503);
    case services::ErrorCode::Storage: break;
    }
    return foutPagina(ctx, 500);
}

} // namespace regie::web::pages
