// "Mijn verzoeken" and the outcome page of one request. Each outcome says what happened,
// why, what happens next and when (UC-SHV-001 step 5, A1).

#include "PagesIntern.h"

#include "services/Opnames.h"

namespace regie::web::pages {

std::optional<services::VerzoekView> eigenVerzoek(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const auto v = opnames.bekijk(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")).left(64));
    if (!v.ok())
        return std::nullopt;
    return *v.value;
}

namespace {

constexpr int kMaxVerzoeken = 100;

Html statusBadge(VerzoekStatus s)
{
    Html soort = "neutral"_html;
    if (s == VerzoekStatus::Uitgevoerd)
        soort = "success"_html;
    else if (isWaiting(s))
        soort = "warning"_html;
    else if (s == VerzoekStatus::Afgewezen || s == VerzoekStatus::Geweigerd || s == VerzoekStatus::NietGelukt)
        soort = "danger"_html;
    return "<span class=\"utrecht-status-badge utrecht-status-badge--%1\" data-live=\"status\">%2</span>"_html.arg(soort, statusLabel(s));
}

Html verzoekZin(const services::VerzoekView &v)
{
    return p(tr("Je vroeg %1 uit je potje %2.").arg(v.bedrag.formatDutch(), v.reserveringNaam));
}

Html intrekKnop(const services::VerzoekView &v)
{
    return p(knopLink(QStringLiteral("/verzoeken/") + v.publicId + QStringLiteral("/intrekken"), tr("Verzoek intrekken")));
}

Html besluitTekst(const services::VerzoekView &v)
{
    Html html;
    for (const auto &b : v.besluiten) {
        if (!b.redenTekstB1.isEmpty())
            html += p(b.redenTekstB1);
        if (!b.extraToelichting.isEmpty())
            html += p(tr("Je medewerker schrijft: %1").arg(b.extraToelichting));
    }
    return html;
}

Html uitgevoerd(const services::VerzoekView &v)
{
    Html html = h1(tr("Het geld is onderweg"))
                + p(tr("Je hebt %1 opgenomen uit je potje %2.").arg(v.bedrag.formatDutch(), v.reserveringNaam));
    if (!v.besluiten.isEmpty())
        html += p(tr("Je medewerker heeft ja gezegd.")) + besluitTekst(v);
    html += h2(tr("Wanneer krijg je het geld?"))
            + p(sterk(v.bijschrijvingTekst.isEmpty() ? tr("Het geld staat binnen 2 werkdagen op je rekening.") : v.bijschrijvingTekst))
            + p(tr("Het geld gaat naar je rekening die eindigt op %1.").arg(v.rekeningEind))
            + p(tr("Je ziet de betaling ook bij je betalingen."));
    return html;
}

Html wacht(const services::VerzoekView &v, const QString &termijn)
{
    Html html = h1(tr("Je verzoek is verstuurd")) + verzoekZin(v)
                + h2(tr("Waarom moet je medewerker kijken?"))
                + p(tr("Dit bedrag past niet in je afspraken.")) + redenenLijst(v.beoordeling);
    if (v.status == VerzoekStatus::WachtOpTweedeAkkoord || v.vierOgen)
        html += p(tr("Het is een groot bedrag. Daarom kijken er twee medewerkers naar."));
    html += h2(tr("Wat gebeurt er nu?"))
            + p(sterk(tr("Je medewerker kijkt %1 naar je verzoek.").arg(termijn)))
            + p(tr("Je krijgt daarna een bericht in Regie."))
            + p(tr("Tot die tijd blijft het geld apart staan in je potje."))
            + h2(tr("Heb je het geld niet meer nodig?")) + intrekKnop(v);
    return html;
}

Html nietToegestaan(const services::VerzoekView &v, const services::Contact &contact)
{
    return h1(tr("Dit kan niet")) + verzoekZin(v)
           + h2(tr("Waarom niet?")) + p(v.beoordeling.samenvatting()) + redenenLijst(v.beoordeling)
           + p(tr("Er gaat geen geld van je potje af."))
           + h2(tr("Wat kun je nu doen?"))
           + p(tr("Heb je het geld toch nodig? Neem contact op met je medewerker. Samen kijken jullie wat wel kan."))
           + contactZin(contact);
}

Html onvoldoendeSaldo(Context &ctx, const services::VerzoekView &v)
{
    services::Opnames opnames(ctx.services);
    const auto nu = opnames.probeer(ctx.actor(), v.reserveringId, v.bedrag);
    const std::optional<Money> maxVrij = nu.ok() ? nu.value->maxVrij : std::nullopt;
    QString terug = QStringLiteral("/opnemen/") + QString::number(v.reserveringId);
    Html html = h1(tr("Er staat niet genoeg geld in dit potje")) + verzoekZin(v)
                + p(tr("Zoveel geld staat er nu niet in.")) + p(tr("Er gaat geen geld van je potje af."))
                + h2(tr("Wat kun je nu doen?"));
    if (maxVrij && maxVrij->isPositive()) {
        html += p(tr("Je kunt nu tot %1 zelf opnemen.").arg(maxVrij->formatDutch()));
        terug += QStringLiteral("?bedrag=") + maxVrij->formatDutch(Money::Style::Plain).remove(u'.');
    }
    html += p(knopLink(terug, tr("Kies een lager bedrag"), true))
            + p(tr("Of neem contact op met je medewerker."))
            + contactZin(v.contact);
    return html;
}

Html geannuleerd()
{
    return h1(tr("Je verzoek is niet verstuurd")) + p(tr("Je hebt op Nee gedrukt."))
           + p(tr("Er gaat geen geld van je potje af. Je medewerker krijgt niets te zien."))
           + h2(tr("Wil je toch geld opnemen?")) + p(knopLink(QStringLiteral("/opnemen"), tr("Opnieuw beginnen"), true));
}

Html geweigerd(const services::VerzoekView &v)
{
    return h1(tr("Je medewerker heeft nee gezegd")) + verzoekZin(v) + h2(tr("Waarom niet?")) + besluitTekst(v)
           + p(tr("Het geld blijft in je potje.")) + h2(tr("Wat kun je nu doen?"))
           + p(tr("Heb je vragen? Neem contact op met je medewerker.")) + contactZin(v.contact);
}

Html ingetrokken(const services::VerzoekView &v)
{
    return h1(tr("Je hebt je verzoek ingetrokken")) + verzoekZin(v)
           + p(tr("Het geld blijft in je potje %1.").arg(v.reserveringNaam))
           + p(tr("Je medewerker hoeft er niet meer naar te kijken."));
}

Html verlopen(const services::VerzoekView &v)
{
    return h1(tr("Je verzoek is verlopen")) + verzoekZin(v)
           + p(tr("Je medewerker heeft niet op tijd gekeken. Dat spijt ons."))
           + p(tr("Het geld blijft in je potje."))
           + h2(tr("Wat kun je nu doen?")) + p(tr("Heb je het geld nog nodig? Doe dan een nieuw verzoek. Of bel je medewerker."))
           + contactZin(v.contact);
}

Html nietGelukt(const services::VerzoekView &v)
{
    return h1(tr("Het geld kon niet naar je rekening")) + verzoekZin(v)
           + p(tr("De bank of het systeem van de gemeente heeft de betaling niet gedaan."))
           + p(sterk(tr("Het geld staat weer in je potje %1.").arg(v.reserveringNaam)))
           + h2(tr("Wat gebeurt er nu?"))
           + p(tr("Je medewerker weet dit. Hij of zij neemt contact met je op."))
           + p(tr("Heb je het geld snel nodig? Bel of mail dan zelf je medewerker."))
           + contactZin(v.contact);
}

Response resultaat(Context &ctx)
{
    const auto v = eigenVerzoek(ctx);
    if (!v)
        return nietGevonden(ctx);
    Html uitkomst;
    switch (v->status) {
    case VerzoekStatus::Concept:
        return naar(QStringLiteral("/verzoeken/") + v->publicId + QStringLiteral("/controleren"));
    case VerzoekStatus::Uitgevoerd: uitkomst = uitgevoerd(*v); break;
    case VerzoekStatus::WachtOpAkkoord:
    case VerzoekStatus::WachtOpTweedeAkkoord: uitkomst = wacht(*v, services::behandelTermijnTekst(ctx.services.settings)); break;
    case VerzoekStatus::Afgewezen:
        uitkomst = v->beoordeling.uitkomst == rules::Uitkomst::OnvoldoendeSaldo ? onvoldoendeSaldo(ctx, *v)
                                                                               : nietToegestaan(*v, v->contact);
        break;
    case VerzoekStatus::Geannuleerd: uitkomst = geannuleerd(); break;
    case VerzoekStatus::Geweigerd: uitkomst = geweigerd(*v); break;
    case VerzoekStatus::Ingetrokken: uitkomst = ingetrokken(*v); break;
    case VerzoekStatus::Verlopen: uitkomst = verlopen(*v); break;
    case VerzoekStatus::NietGelukt: uitkomst = nietGelukt(*v); break;
    }
    const Html inhoud = "<div data-live=\"verzoek\" data-verzoek=\"%1\">%2%3</div>"_html.arg(v->publicId, statusBadge(v->status), uitkomst)
                        + p(link(QStringLiteral("/verzoeken"), tr("Al je verzoeken")) + " &middot; "_html
                            + link(QStringLiteral("/overzicht"), tr("Naar je overzicht")));
    return toon(ctx, Pagina{tr("Je verzoek"), inhoud, Nav::Verzoeken});
}

Html tijdlijn(Context &ctx, const services::VerzoekView &v)
{
    Html items;
    auto stap = [&](const QString &wat, const QDateTime &wanneer) {
        if (wanneer.isValid())
            items += "<li class=\"utrecht-ordered-list__item\">%1: %2</li>"_html.arg(wat, datumTijd(ctx, wanneer));
    };
    stap(tr("Gemaakt"), v.aangemaakt);
    stap(tr("Verstuurd"), v.verstuurd);
    for (const auto &b : v.besluiten)
        stap(b.akkoord ? tr("Je medewerker zei ja") : tr("Je medewerker zei nee"), b.moment);
    if (isFinal(v.status))
        stap(tr("Klaar: %1").arg(statusLabel(v.status)), v.afgerond);
    return "<ol class=\"utrecht-ordered-list regie-tijdlijn\">"_html + items + "</ol>"_html;
}

Response lijst(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const auto r = opnames.vanInwoner(ctx.actor(), ctx.actor().inwonerId, kMaxVerzoeken);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    Html inhoud = h1(tr("Mijn verzoeken"));
    if (r.value->isEmpty())
        inhoud += p(tr("Je hebt nog geen verzoeken gedaan.")) + p(knopLink(QStringLiteral("/opnemen"), tr("Geld opnemen"), true));
    inhoud += "<ul class=\"regie-kaarten\">"_html;
    for (const auto &v : *r.value) {
        inhoud += "<li class=\"regie-kaart\">"_html + h2(tr("%1 uit %2").arg(v.bedrag.formatDutch(), v.reserveringNaam))
                  + statusBadge(v.status) + tijdlijn(ctx, v);
        if (isWaiting(v.status))
            inhoud += p(tr("Je medewerker kijkt %1 naar je verzoek.").arg(services::behandelTermijnTekst(ctx.services.settings)))
                      + intrekKnop(v);
        inhoud += p(link(QStringLiteral("/verzoeken/") + v.publicId, tr("Bekijk dit verzoek"))) + "</li>"_html;
    }
    inhoud += "</ul>"_html;
    return toon(ctx, Pagina{tr("Mijn verzoeken"), inhoud, Nav::Verzoeken});
}

Response intrekkenVraag(Context &ctx)
{
    const auto v = eigenVerzoek(ctx);
    if (!v)
        return nietGevonden(ctx);
    if (!isWaiting(v->status))
        return naar(QStringLiteral("/verzoeken/") + v->publicId);
    const Html inhoud = h1(tr("Wil je dit verzoek intrekken?")) + verzoekZin(*v)
                        + p(tr("Als je het intrekt, blijft het geld in je potje. Je medewerker hoeft dan niet meer te kijken."))
                        + "<div class=\"utrecht-button-group\">"_html
                        + formulier(ctx, QStringLiteral("/verzoeken/") + v->publicId + QStringLiteral("/intrekken"), knop(tr("Ja, intrekken")))
                        + knopLink(QStringLiteral("/verzoeken"), tr("Nee, terug")) + "</div>"_html;
    return toon(ctx, Pagina{tr("Verzoek intrekken"), inhoud, Nav::Verzoeken});
}

Response intrekken(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const QString id = ctx.request.pathArgs.value(QStringLiteral("id")).left(64);
    const auto r = opnames.trekIn(ctx.actor(), id);
    if (!r.ok() && r.error.code != services::ErrorCode::Conflict)
        return dienstFout(ctx, r.error);
    if (ctx.session)
        ctx.session->flash = r.ok() ? tr("Je verzoek is ingetrokken.") : r.error.message;
    return naar(QStringLiteral("/verzoeken/") + id);
}

} // namespace

void mountVerzoeken(Router &router)
{
    router.get(QStringLiteral("/verzoeken"), Guard::Inwoner, lijst);
    router.get(QStringLiteral("/verzoeken/{id}"), Guard::Inwoner, resultaat);
    router.get(QStringLiteral("/verzoeken/{id}/intrekken"), Guard::Inwoner, intrekkenVraag);
    router.post(QStringLiteral("/verzoeken/{id}/intrekken"), Guard::Inwoner, intrekken);
}

} // namespace regie::web::pages
