// Pages anyone may open: the start page, the demo login, logging out, the language switch
// and the statements (toegankelijkheid, privacy, hulp).

#include "PagesIntern.h"

#include "services/Opnames.h"

#include "../server/Config.h"

#include "services/DemoLogins.h"

namespace regie::web::pages {

namespace {

Response start(Context &ctx)
{
    Html inhoud = h1(tr("Regie: je geld in beeld"));
    if (ctx.request.query.queryItemValue(QStringLiteral("uitgelogd")) == QLatin1String("1"))
        inhoud += melding(MeldingSoort::Ok, tr("Je bent uitgelogd."), QString());
    inhoud += p(tr("Zit je in budgetbeheer bij de gemeente? Dan regelt de gemeente een deel van je geld."))
              + p(tr("In Regie zie je hoeveel geld er is. Je ziet ook je potjes en je vaste lasten."))
              + p(tr("Je kunt zelf geld uit je potjes opnemen. Dat kan binnen de afspraken met je medewerker."));
    if (ctx.session && ctx.session->actor.role == Role::Inwoner) {
        inhoud += p(knopLink(QStringLiteral("/overzicht"), tr("Naar je overzicht"), true));
    } else if (ctx.session && ctx.session->actor.role == Role::Ketenpartner) {
        inhoud += p(knopLink(QStringLiteral("/meekijken"), tr("Naar meekijken"), true));
    } else {
        inhoud += h2(tr("Inloggen")) + p(tr("Je logt in met DigiD. Houd je DigiD app bij de hand."))
                  + p(knopLink(QStringLiteral("/inloggen/digid"), tr("Inloggen met DigiD"), true));
    }
    if (ctx.config.demo) { // a demo store (the banner above every page says so too)
        inhoud += p(tr("Je kunt hier inloggen als een testpersoon. Er gaat geen echt geld over."))
                  + p(link(QStringLiteral("/inloggen/test"), tr("Inloggen als testpersoon")));
    }
    return toon(ctx, Pagina{tr("Welkom"), inhoud});
}

QString rolTekst(Role role)
{
    return role == Role::Ketenpartner ? tr("hulpverlener") : tr("inwoner");
}

Response testLoginFormulier(Context &ctx, const Fouten &fouten, int status)
{
    services::DemoLogins demo(ctx.services);
    const auto lijstResult = demo.lijst(Actor::systeem());
    if (!lijstResult.ok())
        return dienstFout(ctx, lijstResult.error);
    QList<Keuze> keuzes;
    for (const services::DemoLogin &d : *lijstResult.value)
        keuzes.append({QString::number(d.userId), d.displayName + QStringLiteral(" (") + rolTekst(d.role) + u')', QString()});
    Html inhoud = foutSamenvatting(fouten) + h1(tr("Inloggen als testpersoon"))
                  + melding(MeldingSoort::Waarschuwing, tr("Testomgeving"), tr("Deze mensen zijn niet echt. Er gaat geen echt geld over."))
                  + p(tr("Kies iemand uit de lijst. Dan kun je alles zelf proberen."));
    if (keuzes.isEmpty()) {
        inhoud += p(tr("Er zijn nog geen testpersonen. Laad eerst de testgegevens."));
        return toon(ctx, Pagina{tr("Inloggen als testpersoon"), inhoud, Nav::Geen, status});
    }
    inhoud += formulier(ctx, QStringLiteral("/inloggen/test"),
                        keuzeVeld(QStringLiteral("gebruiker"), tr("Wie wil je zijn?"), keuzes, fouten) + knop(tr("Inloggen")));
    return toon(ctx, Pagina{tr("Inloggen als testpersoon"), inhoud, Nav::Geen, status});
}

Response testLogin(Context &ctx)
{
    if (!ctx.config.demo)
        return nietGevonden(ctx);
    return testLoginFormulier(ctx, {}, 200);
}

Response testLoginKies(Context &ctx)
{
    if (!ctx.config.demo)
        return nietGevonden(ctx);
    bool ok = false;
    const qint64 userId = ctx.request.formValue(QStringLiteral("gebruiker")).toLongLong(&ok);
    services::DemoLogins demo(ctx.services);
    const auto gekozen = ok ? demo.kies(Actor::systeem(), userId) : services::Result<services::DemoLogin>{};
    if (!gekozen.ok())
        return testLoginFormulier(ctx, {{QStringLiteral("gebruiker"), tr("Kies iemand uit de lijst.")}}, 422);
    ctx.sessions.begin(gekozen.value->actor(), true);
    return naar(gekozen.value->role == Role::Ketenpartner ? QStringLiteral("/meekijken") : QStringLiteral("/overzicht"));
}

Response uitloggen(Context &ctx)
{
    if (ctx.session)
        ctx.sessions.end(ctx.session); // the session is gone after this line
    return naar(QStringLiteral("/?uitgelogd=1"));
}

Response taal(Context &ctx)
{
    if (ctx.session) {
        ctx.session->language = ctx.request.formValue(QStringLiteral("taal")) == QLatin1String("en") ? Language::Engels
                                                                                                   : Language::Nederlands;
    }
    return naar(veiligPad(ctx.request.formValue(QStringLiteral("terug"))));
}

Response toegankelijkheid(Context &ctx)
{
    const Html inhoud = h1(tr("Toegankelijkheid"))
        + p(tr("Iedereen moet Regie kunnen gebruiken. Daar doen we ons best voor."))
        + h2(tr("Wat we doen"))
        + opsomming({tr("Regie volgt de regels voor websites van de overheid: WCAG 2.1 niveau AA."),
                 tr("Je kunt alles doen met alleen een toetsenbord."),
                 tr("Regie werkt met een schermlezer."),
                 tr("Je kunt de tekst groter maken. Er valt dan niets weg."),
                 tr("Regie werkt ook op een kleine telefoon."),
                 tr("Regie werkt ook zonder JavaScript."),
                 tr("We schrijven in eenvoudige taal."),
                 tr("Een grafiek staat ook altijd als tabel op de pagina.")})
        + h2(tr("Wat nog niet goed is"))
        + p(tr("Sommige teksten van de gemeente zijn alleen in het Nederlands. Bijvoorbeeld de uitleg over je soort budgetbeheer."))
        + h2(tr("Werkt iets niet goed?"))
        + p(tr("Laat het ons weten. Dan lossen we het op. Je krijgt binnen 5 werkdagen antwoord."))
        + contactZin(contactVoor(ctx));
    return toon(ctx, Pagina{tr("Toegankelijkheid"), inhoud, Nav::Geen});
}

Response privacy(Context &ctx)
{
    const Html inhoud = h1(tr("Privacy"))
        + p(tr("Hier lees je welke gegevens we van je hebben. En wat we ermee doen."))
        + h2(tr("Welke gegevens hebben we?"))
        + opsomming({tr("Je naam en je burgerservicenummer."),
                 tr("Je rekeningnummers."),
                 tr("Het geld op je beheerrekening en in je potjes."),
                 tr("Je betalingen, je budgetplan en je lening."),
                 tr("Je afspraken met je medewerker."),
                 tr("Je verzoeken om geld en je berichten.")})
        + h2(tr("Waarom hebben we die gegevens?"))
        + p(tr("De gemeente helpt je met je geld. Dat is een taak uit de wet."))
        + p(tr("Zonder deze gegevens kunnen we je rekeningen niet betalen."))
        + h2(tr("Wie kan je gegevens zien?"))
        + p(tr("Alleen je medewerkers en hun teamleider. Een hulpverlener kijkt alleen mee als jij dat goed vindt."))
        + p(tr("We schrijven op wie je gegevens bekijkt. Dat kun je zelf nakijken."))
        + p(link(QStringLiteral("/wie-heeft-mijn-gegevens-bekeken"), tr("Wie heeft mijn gegevens bekeken?")))
        + h2(tr("Hoe lang bewaren we je gegevens?"))
        + p(tr("We bewaren je gegevens tot 7 jaar na het einde van je budgetbeheer. Dat moet van de wet."))
        + p(tr("Daarna halen we je naam en nummers weg."))
        + h2(tr("Wat mag je zelf?"))
        + opsomming({tr("Je mag al je gegevens zien en downloaden."),
                 tr("Je mag vragen om een fout te verbeteren."),
                 tr("Je mag bezwaar maken."),
                 tr("Je mag een klacht indienen bij de Autoriteit Persoonsgegevens.")})
        + p(link(QStringLiteral("/mijn-gegevens"), tr("Bekijk je gegevens")))
        + h2(tr("Vragen?"))
        + p(tr("Heb je een vraag over je gegevens? Neem contact met ons op."))
        + contactZin(contactVoor(ctx));
    return toon(ctx, Pagina{tr("Privacy"), inhoud, Nav::Geen});
}

Response hulp(Context &ctx)
{
    const services::Contact c = contactVoor(ctx);
    Html inhoud = h1(tr("Hulp en contact"));
    if (!c.teamNaam.isEmpty())
        inhoud += p(tr("Je medewerkers zitten in %1.").arg(c.teamNaam));
    inhoud += contactZin(c)
        + p(tr("We zijn bereikbaar op werkdagen van 9:00 tot 17:00 uur."))
        + h2(tr("Hoe neem ik geld op?"))
        + p(tr("Ga naar Geld opnemen. Kies een potje en vul een bedrag in."))
        + p(tr("Past het bedrag in je afspraken? Dan krijg je het geld meteen."))
        + p(tr("Past het niet? Dan kijkt je medewerker ernaar. Je krijgt %1 antwoord.")
                .arg(services::behandelTermijnTekst(ctx.services.settings)))
        + h2(tr("Wanneer staat het geld op mijn rekening?"))
        + p(tr("Vraag je het voor 14:00 uur op een werkdag? Dan staat het geld er de volgende werkdag."))
        + h2(tr("Wat is een potje?"))
        + p(tr("Een potje is geld dat apart staat. Bijvoorbeeld voor kleding of voor de boodschappen."))
        + p(tr("Uit sommige potjes mag je zelf geld opnemen. De andere potjes regelt de gemeente voor je."))
        + h2(tr("Kan ik een verzoek nog stoppen?"))
        + p(tr("Wacht je verzoek nog op je medewerker? Dan kun je het intrekken."))
        + p(link(QStringLiteral("/verzoeken"), tr("Al je verzoeken")))
        + h2(tr("Mijn verzoek lukt niet. Wat nu?"))
        + p(tr("Bij je verzoek staat waarom het niet lukt. Je kunt een lager bedrag kiezen. Of je belt of mailt je medewerker."))
        + h2(tr("Kan iemand met mij meekijken?"))
        + p(tr("Ja. Een hulpverlener mag meekijken als jij dat goed vindt. Dat regel je zelf. Je kunt het ook weer stoppen."))
        + p(link(QStringLiteral("/wie-mag-meekijken"), tr("Wie mag meekijken")))
        + h2(tr("Lukt inloggen niet?"))
        + p(tr("Je logt in met DigiD. Lukt dat niet? Kijk dan op digid.nl. Daar staat ook het nummer van de DigiD helpdesk."))
        + h2(tr("Klopt er iets niet?"))
        + p(tr("Bel of mail ons. Dan kijken we samen wat er aan de hand is."));
    return toon(ctx, Pagina{tr("Hulp en contact"), inhoud, Nav::Hulp});
}

} // namespace

void mountPubliek(Router &router)
{
    router.get(QStringLiteral("/"), Guard::Public, start);
    router.get(QStringLiteral("/inloggen/test"), Guard::Public, testLogin);
    router.post(QStringLiteral("/inloggen/test"), Guard::Public, testLoginKies);
    router.post(QStringLiteral("/uitloggen"), Guard::Public, uitloggen);
    router.post(QStringLiteral("/taal"), Guard::Public, taal);
    router.get(QStringLiteral("/toegankelijkheid"), Guard::Public, toegankelijkheid);
    router.get(QStringLiteral("/privacy"), Guard::Public, privacy);
    router.get(QStringLiteral("/hulp"), Guard::Public, hulp);
}

} // namespace regie::web::pages
