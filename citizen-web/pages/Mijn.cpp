// The inwoner's own matters: berichten, who looked at their data, their data itself (AVG
// inzage) and which hulpverleners may look along (consent).

#include "PagesIntern.h"

#include "audit/AuditActions.h"
#include "services/AvgExport.h"
#include "services/Inzagelog.h"
#include "services/Meekijkcodes.h"

namespace regie::web::pages {

namespace {

// ---- Berichten ----------------------------------------------------------------------------

Response berichten(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto r = dossier.meldingen(ctx.actor(), 100);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    int nieuw = 0;
    Html items;
    for (const auto &m : *r.value) {
        nieuw += m.gelezen ? 0 : 1;
        items += "<li class=\"regie-kaart\">"_html + h2(m.titel)
                 + (m.gelezen ? Html() : "<span class=\"utrecht-status-badge utrecht-status-badge--warning\">%1</span>"_html.arg(tr("Nieuw")))
                 + p(datumTijdTekst(ctx, m.moment)) + p(m.tekst);
        if (!m.verzoekPublicId.isEmpty())
            items += p(link(QStringLiteral("/verzoeken/") + m.verzoekPublicId, tr("Bekijk het verzoek")));
        items += "</li>"_html;
    }
    Html inhoud = h1(tr("Berichten"));
    if (r.value->isEmpty()) {
        inhoud += p(tr("Je hebt nog geen berichten."));
    } else {
        inhoud += "<p class=\"utrecht-paragraph\" data-live=\"ongelezen-tekst\">%1</p>"_html.arg(
            nieuw == 1 ? tr("Je hebt 1 nieuw bericht.") : tr("Je hebt %1 nieuwe berichten.").arg(nieuw));
        if (nieuw > 0)
            inhoud += formulier(ctx, QStringLiteral("/berichten/gelezen"), knop(tr("Alles gelezen"), false));
        inhoud += "<ul class=\"regie-kaarten\" data-live=\"berichten\">"_html + items + "</ul>"_html;
    }
    return toon(ctx, Pagina{tr("Berichten"), inhoud, Nav::Berichten});
}

Response berichtenGelezen(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto r = dossier.markeerGelezen(ctx.actor(), std::nullopt);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    return naar(QStringLiteral("/berichten"));
}

// ---- Wie heeft mijn gegevens bekeken ---------------------------------------------------------

QString wieTekst(const services::InzageRegel &r)
{
    switch (r.rol) {
    case Role::Medewerker:
        return r.team.isEmpty() ? tr("Een medewerker") : tr("Een medewerker van %1").arg(r.team);
    case Role::Teamleider:
        return r.team.isEmpty() ? tr("Een teamleider") : tr("Een teamleider van %1").arg(r.team);
    case Role::Ketenpartner:
        return r.organisatie.isEmpty() ? tr("Een hulpverlener") : tr("Een hulpverlener van %1").arg(r.organisatie);
    case Role::Beheerder:
        return tr("Een beheerder van Regie");
    case Role::Inwoner:
    case Role::Systeem:
        break;
    }
    return tr("Iemand van de gemeente");
}

QString watTekst(const QString &code)
{
    namespace a = audit::actions;
    const struct { QLatin1String code; const char *tekst; } kLabels[] = {
        {a::DossierBekeken, QT_TRANSLATE_NOOP("pages", "heeft je overzicht bekeken")},
        {a::TransactiesBekeken, QT_TRANSLATE_NOOP("pages", "heeft je betalingen bekeken")},
        {a::BudgetplanBekeken, QT_TRANSLATE_NOOP("pages", "heeft je budgetplan bekeken")},
        {a::LeningBekeken, QT_TRANSLATE_NOOP("pages", "heeft je lening bekeken")},
        {a::VerzoekBekeken, QT_TRANSLATE_NOOP("pages", "heeft een verzoek van je bekeken")},
        {a::BesluitAkkoord, QT_TRANSLATE_NOOP("pages", "heeft ja gezegd tegen een verzoek")},
        {a::BesluitWeigering, QT_TRANSLATE_NOOP("pages", "heeft nee gezegd tegen een verzoek")},
        {a::AfspraakAangemaakt, QT_TRANSLATE_NOOP("pages", "heeft een afspraak gemaakt")},
        {a::AfspraakGewijzigd, QT_TRANSLATE_NOOP("pages", "heeft een afspraak veranderd")},
        {a::ReserveringAangemaakt, QT_TRANSLATE_NOOP("pages", "heeft een potje gemaakt")},
        {a::ReserveringGewijzigd, QT_TRANSLATE_NOOP("pages", "heeft een potje veranderd")},
        {a::ReserveringGestort, QT_TRANSLATE_NOOP("pages", "heeft geld in een potje gezet")},
        {a::BudgetplanGewijzigd, QT_TRANSLATE_NOOP("pages", "heeft je budgetplan veranderd")},
        {a::LeningBijgewerkt, QT_TRANSLATE_NOOP("pages", "heeft je lening bijgewerkt")},
        {a::EigenRekeningToegevoegd, QT_TRANSLATE_NOOP("pages", "heeft een rekening van je toegevoegd")},
        {a::EigenRekeningGeverifieerd, QT_TRANSLATE_NOOP("pages", "heeft je rekening gecontroleerd")},
        {a::EigenRekeningVerwijderd, QT_TRANSLATE_NOOP("pages", "heeft een rekening van je weggehaald")},
        {a::InwonerAangemaakt, QT_TRANSLATE_NOOP("pages", "heeft je dossier gemaakt")},
        {a::TransactiesGeboekt, QT_TRANSLATE_NOOP("pages", "heeft betalingen toegevoegd")},
        {a::ExportGegevens, QT_TRANSLATE_NOOP("pages", "heeft je gegevens gedownload")},
        {a::CaseloadGewijzigd, QT_TRANSLATE_NOOP("pages", "heeft je medewerker veranderd")},
    };
    for (const auto &l : kLabels) {
        if (code == l.code)
            return tr(l.tekst);
    }
    return tr("heeft je gegevens gebruikt");
}

Response wieHeeftBekeken(Context &ctx)
{
    services::Inzagelog log(ctx.services);
    const auto r = log.voorInwoner(ctx.actor(), ctx.actor().inwonerId, 100);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Html inhoud = h1(tr("Wie heeft mijn gegevens bekeken?"))
                  + p(tr("Hier zie je wie er in je gegevens heeft gekeken. Of wie iets heeft veranderd."))
                  + p(tr("We laten de functie en het team zien. Geen namen."))
                  + p(tr("Wil je weten wie het was? Vraag het aan je medewerker."));
    if (r.value->isEmpty()) {
        inhoud += p(tr("Er heeft nog niemand in je gegevens gekeken."));
    } else {
        inhoud += "<ul class=\"utrecht-unordered-list regie-inzage\">"_html;
        for (const auto &regel : *r.value) {
            inhoud += "<li class=\"utrecht-unordered-list__item\"><strong>%1</strong>: %2</li>"_html.arg(
                datumTijd(ctx, regel.moment), QString(wieTekst(regel) + u' ' + watTekst(regel.actie) + u'.'));
        }
        inhoud += "</ul>"_html;
    }
    return toon(ctx, Pagina{tr("Wie heeft mijn gegevens bekeken"), inhoud, Nav::Geen});
}

// ---- Mijn gegevens --------------------------------------------------------------------------

Response mijnGegevens(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
    if (!o.ok())
        return dienstFout(ctx, o.error);
    const auto &v = *o.value;
    const Html inhoud = h1(tr("Mijn gegevens"))
        + p(tr("Dit zijn de belangrijkste gegevens die we van je hebben."))
        + dataLijst({{tr("Naam"), Html::text(v.voornaam + u' ' + v.achternaam)},
                     {tr("Soort budgetbeheer"), Html::text(v.vormNaam)},
                     {tr("Beheerrekening"), Html::text(tr("eindigt op %1").arg(v.beheerrekeningEind))},
                     {tr("Aantal potjes"), Html::number(v.reserveringen.size())},
                     {tr("Je team"), Html::text(v.teamNaam)}})
        + h2(tr("Alles downloaden"))
        + p(tr("Je mag alles zien wat we van je hebben. Download het bestand hieronder."))
        + p(tr("Het bestand is voor een computer gemaakt. Je medewerker kan je helpen het te lezen."))
        + p(knopLink(QStringLiteral("/mijn-gegevens/download"), tr("Download al mijn gegevens")))
        + h2(tr("Klopt er iets niet?"))
        + p(tr("Neem contact op met je medewerker. Dan verbeteren we het."))
        + contactZin(services::Contact{v.teamNaam, v.teamTelefoon, v.teamEmail})
        + p(link(QStringLiteral("/privacy"), tr("Lees wat we met je gegevens doen")))
        + h2(tr("Overal uitloggen"))
        + p(tr("Ben je ook ingelogd op een andere computer of telefoon? Log dan overal uit."))
        + formulier(ctx, QStringLiteral("/uitloggen/overal"), knop(tr("Overal uitloggen"), false));
    return toon(ctx, Pagina{tr("Mijn gegevens"), inhoud, Nav::Geen});
}

// Ends every session of this inwoner (this one too), e.g. after using a shared computer.
Response uitloggenOveral(Context &ctx)
{
    ctx.sessions.endAllFor(ctx.actor().userId, ctx.actor().inwonerId);
    return naar(QStringLiteral("/?uitgelogd=1"));
}

Response mijnGegevensDownload(Context &ctx)
{
    services::AvgExport inzage(ctx.services);
    const auto r = inzage.exporteer(ctx.actor(), ctx.actor().inwonerId);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Response resp;
    resp.contentType = QByteArrayLiteral("application/json; charset=utf-8");
    resp.body = r.value->toJson(QJsonDocument::Indented);
    resp.headers.append({QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("attachment; filename=\"mijn-gegevens.json\"")});
    resp.headers.append({QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")});
    return resp;
}

// ---- Wie mag meekijken ----------------------------------------------------------------------

Response meekijkers(Context &ctx, const QString &code, const Fouten &fouten, int status)
{
    services::Dossier dossier(ctx.services);
    const auto r = dossier.toestemmingen(ctx.actor(), ctx.actor().inwonerId);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Html inhoud = foutSamenvatting(fouten) + h1(tr("Wie mag meekijken?"))
                  + p(tr("Iemand die je helpt, mag ook je geld zien. Bijvoorbeeld iemand van het buurtteam."))
                  + p(tr("Die persoon kan alleen kijken. Geld opnemen kan niet."));
    inhoud += h2(tr("Wie kijkt nu mee?"));
    if (r.value->isEmpty()) {
        inhoud += p(tr("Er kijkt nu niemand mee."));
    } else {
        inhoud += "<ul class=\"regie-kaarten\">"_html;
        for (const auto &t : *r.value) {
            const QString wie = t.organisatie.isEmpty() ? t.naam : tr("%1 van %2").arg(t.naam, t.organisatie);
            inhoud += "<li class=\"regie-kaart\">"_html + p(wie) + p(tr("Mag meekijken sinds %1.").arg(datumTijdTekst(ctx, t.verleend)))
                      + formulier(ctx, QStringLiteral("/wie-mag-meekijken/") + QString::number(t.id) + QStringLiteral("/stoppen"),
                                  knop(tr("Niet meer laten meekijken"), false))
                      + "</li>"_html;
        }
        inhoud += "</ul>"_html;
    }
    const Veld veld{QStringLiteral("ketenpartner"), tr("Code van je hulpverlener"),
                    tr("Je krijgt deze code van je hulpverlener. Een code werkt één keer en 7 dagen lang."),
                    code, QStringLiteral("text"), QStringLiteral("off"), QString(), 100, false, true};
    inhoud += h2(tr("Iemand toevoegen"))
              + formulier(ctx, QStringLiteral("/wie-mag-meekijken"), tekstveld(veld, fouten) + knop(tr("Toevoegen")));
    return toon(ctx, Pagina{tr("Wie mag meekijken"), inhoud, Nav::Geen, status});
}

Response meekijkersGet(Context &ctx) { return meekijkers(ctx, QString(), {}, 200); }

Response meekijkerToevoegen(Context &ctx)
{
    const QString code = ctx.request.formValue(QStringLiteral("ketenpartner")).trimmed().left(100);
    if (code.isEmpty())
        return meekijkers(ctx, code, {{QStringLiteral("ketenpartner"), tr("Vul de code van je hulpverlener in.")}}, 422);
    const auto r = services::Meekijkcodes(ctx.services).gebruik(ctx.actor(), ctx.actor().inwonerId, code);
    if (!r.ok()) {
        if (r.error.code != services::ErrorCode::Invalid)
            return dienstFout(ctx, r.error);
        return meekijkers(ctx, code, {{QStringLiteral("ketenpartner"), r.error.message}}, 422);
    }
    if (ctx.session)
        ctx.session->flash = tr("Je hulpverlener mag nu meekijken.");
    return naar(QStringLiteral("/wie-mag-meekijken"));
}

Response meekijkerStoppen(Context &ctx)
{
    bool ok = false;
    const qint64 id = ctx.request.pathArgs.value(QStringLiteral("id")).toLongLong(&ok);
    if (!ok)
        return nietGevonden(ctx);
    services::Dossier dossier(ctx.services);
    const auto r = dossier.trekToestemmingIn(ctx.actor(), ctx.actor().inwonerId, id);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    if (ctx.session)
        ctx.session->flash = tr("Deze hulpverlener kan niet meer meekijken.");
    return naar(QStringLiteral("/wie-mag-meekijken"));
}

} // namespace

void mountMijn(Router &router)
{
    router.get(QStringLiteral("/berichten"), Guard::Inwoner, berichten);
    router.post(QStringLiteral("/berichten/gelezen"), Guard::Inwoner, berichtenGelezen);
    router.get(QStringLiteral("/wie-heeft-mijn-gegevens-bekeken"), Guard::Inwoner, wieHeeftBekeken);
    router.get(QStringLiteral("/mijn-gegevens"), Guard::Inwoner, mijnGegevens);
    router.post(QStringLiteral("/uitloggen/overal"), Guard::Inwoner, uitloggenOveral);
    router.get(QStringLiteral("/mijn-gegevens/download"), Guard::Inwoner, mijnGegevensDownload);
    router.get(QStringLiteral("/wie-mag-meekijken"), Guard::Inwoner, meekijkersGet);
    router.post(QStringLiteral("/wie-mag-meekijken"), Guard::Inwoner, meekijkerToevoegen);
    router.post(QStringLiteral("/wie-mag-meekijken/{id}/stoppen"), Guard::Inwoner, meekijkerStoppen);
}

} // namespace regie::web::pages
