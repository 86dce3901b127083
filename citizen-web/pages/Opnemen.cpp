// Geld opnemen (UC-SHV-001 steps 3-4): choose a potje, type an amount, check the request
// ("Wil je dit verzoek versturen?") and send it or not. Every POST answers 303 or, for bad
// input, the same form with status 422, the error summary and the typed values.

#include "PagesIntern.h"

#include "crypto/Random.h"
#include "services/Opnames.h"

#include <QtCore/QRegularExpression>

namespace regie::web::pages {

namespace {

constexpr int kMaxToelichting = 500;

struct EigenPotje {
    services::ReserveringView potje;
    services::Overzicht overzicht;
};

// The inwoner's own reservering that they may withdraw from; nullopt for anything else
// (another inwoner's id, a gebonden potje, a number that does not exist): all answer 404.
std::optional<EigenPotje> vrijPotje(Context &ctx, const QString &idTekst)
{
    bool ok = false;
    const qint64 id = idTekst.toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    services::Dossier dossier(ctx.services);
    const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
    if (!o.ok())
        return std::nullopt;
    for (const auto &r : o.value->reserveringen) {
        if (r.id == id && r.soort == ReserveringSoort::VrijBesteedbaar)
            return EigenPotje{r, *o.value};
    }
    return std::nullopt;
}

QString formToken(const QString &gepost)
{
    static const QRegularExpression vorm(QStringLiteral("^[A-Za-z0-9_-]{16,100}$"));
    // Keeping the token across a 422 keeps a corrected double submit to one request.
    return vorm.match(gepost).hasMatch() ? gepost : crypto::randomToken(24);
}

// ---- Step 1: choose a potje ------------------------------------------------------------

Response kiesPotje(Context &ctx, const Fouten &fouten, int status)
{
    services::Dossier dossier(ctx.services);
    const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
    if (!o.ok())
        return dienstFout(ctx, o.error);
    QList<Keuze> keuzes;
    for (const auto &r : o.value->reserveringen) {
        if (r.soort != ReserveringSoort::VrijBesteedbaar)
            continue;
        QString uitleg = tr("Er zit %1 in.").arg(r.beschikbaar.formatDutch());
        if (r.maxVrij && r.maxVrij->isPositive())
            uitleg += u' ' + tr("Je kunt nu tot %1 zelf opnemen.").arg(r.maxVrij->formatDutch());
        keuzes.append({QString::number(r.id), r.naam, uitleg});
    }
    Html inhoud = foutSamenvatting(fouten) + h1(tr("Geld opnemen"));
    if (keuzes.isEmpty()) {
        inhoud += p(tr("Je hebt geen potjes waar je zelf geld uit kunt opnemen."))
                  + p(tr("Heb je geld nodig? Neem contact op met je medewerker."))
                  + contactZin(services::Contact{o.value->teamNaam, o.value->teamTelefoon, o.value->teamEmail});
        return toon(ctx, Pagina{tr("Geld opnemen"), inhoud, Nav::Opnemen, status});
    }
    inhoud += p(tr("Het geld gaat naar je eigen rekening."))
              + formulier(ctx, QStringLiteral("/opnemen"),
                          keuzeVeld(QStringLiteral("reservering"), tr("Uit welk potje wil je geld opnemen?"), keuzes, fouten)
                              + knop(tr("Verder")));
    return toon(ctx, Pagina{tr("Geld opnemen"), inhoud, Nav::Opnemen, status});
}

Response kiesPotjeGet(Context &ctx) { return kiesPotje(ctx, {}, 200); }

Response kiesPotjePost(Context &ctx)
{
    const QString gekozen = ctx.request.formValue(QStringLiteral("reservering"));
    if (gekozen.isEmpty() || !vrijPotje(ctx, gekozen))
        return kiesPotje(ctx, {{QStringLiteral("reservering"), tr("Kies een potje.")}}, 422);
    return naar(QStringLiteral("/opnemen/") + gekozen);
}

// ---- Step 2: the amount ---------------------------------------------------------------

struct BedragInvoer {
    QString bedrag, toelichting, token;
};

Html bedragVelden(const BedragInvoer &invoer, const Fouten &fouten)
{
    return verborgenVeld(QStringLiteral("formulier"), invoer.token)
           + tekstveld(Veld{QStringLiteral("bedrag"), tr("Bedrag in euro"), tr("Bijvoorbeeld 25 of 12,50"), invoer.bedrag,
                            QStringLiteral("text"), QStringLiteral("off"), QStringLiteral("decimal"), 20, false, true},
                       fouten)
           + tekstveld(Veld{QStringLiteral("toelichting"), tr("Waar is het geld voor? (mag je leeg laten)"),
                            tr("Je medewerker leest dit als hij of zij moet kijken. Niet meer dan 500 tekens."),
                            invoer.toelichting, QStringLiteral("text"), QStringLiteral("off"), QString(), kMaxToelichting, true},
                       fouten)
           + knop(tr("Verder"));
}

Response bedragFormulier(Context &ctx, const EigenPotje &e, const BedragInvoer &invoer, const Fouten &fouten, int status)
{
    const auto &r = e.potje;
    Html inhoud = foutSamenvatting(fouten) + h1(tr("Hoeveel geld wil je opnemen uit %1?").arg(r.naam));
    inhoud += dataLijst({{tr("In dit potje"), geld(r.beschikbaar)}});
    if (!r.uitleg.isEmpty())
        inhoud += p(r.uitleg);
    if (r.maxVrij && r.maxVrij->isPositive())
        inhoud += p(sterk(tr("Je kunt nu tot %1 zelf opnemen.").arg(r.maxVrij->formatDutch())));
    inhoud += formulier(ctx, QStringLiteral("/opnemen/") + QString::number(r.id), bedragVelden(invoer, fouten))
              + p(link(QStringLiteral("/opnemen"), tr("Een ander potje kiezen")));
    // Use case A1: with too little in the potje the inwoner can change the amount (the form
    // above) or call or mail their medewerker, so the contact is right here.
    if (status == 422) {
        inhoud += p(tr("Heb je meer geld nodig? Neem contact op met je medewerker."))
                  + contactZin(services::Contact{e.overzicht.teamNaam, e.overzicht.teamTelefoon, e.overzicht.teamEmail});
    }
    return toon(ctx, Pagina{tr("Bedrag kiezen"), inhoud, Nav::Opnemen, status});
}

Response bedragGet(Context &ctx)
{
    const auto e = vrijPotje(ctx, ctx.request.pathArgs.value(QStringLiteral("id")));
    if (!e)
        return nietGevonden(ctx);
    // "Kies een lager bedrag" comes back with a suggestion; only a valid amount is shown.
    const auto voorstel = Money::parseDutch(ctx.request.query.queryItemValue(QStringLiteral("bedrag")).left(20));
    const QString bedrag = voorstel.ok() ? voorstel.value->formatDutch(Money::Style::Plain) : QString();
    return bedragFormulier(ctx, *e, BedragInvoer{bedrag, QString(), formToken(QString())}, {}, 200);
}

// Fields the form does not show ("rekening") are reported in the summary without a link.
Fouten voorFormulier(const QList<services::FieldError> &velden, const QString &bericht)
{
    Fouten uit;
    for (const auto &f : velden) {
        const bool bekend = f.field == QLatin1String("bedrag") || f.field == QLatin1String("toelichting");
        uit.append({bekend ? f.field : QStringLiteral("formulier"), f.message});
    }
    if (uit.isEmpty())
        uit.append({QStringLiteral("formulier"), bericht});
    return uit;
}

Response bedragPost(Context &ctx)
{
    const auto e = vrijPotje(ctx, ctx.request.pathArgs.value(QStringLiteral("id")));
    if (!e)
        return nietGevonden(ctx);
    const BedragInvoer invoer{ctx.request.formValue(QStringLiteral("bedrag")).left(100),
                              ctx.request.formValue(QStringLiteral("toelichting")).left(kMaxToelichting * 4),
                              formToken(ctx.request.formValue(QStringLiteral("formulier")))};
    services::Opnames opnames(ctx.services);
    services::OpnameInvoer in;
    in.reserveringId = e->potje.id;
    in.bedragTekst = invoer.bedrag;
    in.toelichting = invoer.toelichting.trimmed();
    in.idempotencyKey = invoer.token;
    // Use case A1 on this form: more than the potje holds is stored as a refused request at
    // once (processed like every refusal) and the outcome page offers a lower amount and the
    // medewerker's contact. Everything else becomes a concept for "Wil je dit versturen?".
    in.afwijzenBijTekort = true;
    const auto gemaakt = opnames.maakConcept(ctx.actor(), in);
    if (!gemaakt.ok()) {
        if (gemaakt.error.code == services::ErrorCode::NotFound || gemaakt.error.code == services::ErrorCode::Storage)
            return dienstFout(ctx, gemaakt.error);
        return bedragFormulier(ctx, *e, invoer, voorFormulier(gemaakt.error.fields, gemaakt.error.message), 422);
    }
    if (gemaakt.value->status != VerzoekStatus::Concept)
        return naar(QStringLiteral("/verzoeken/") + gemaakt.value->publicId);
    return naar(QStringLiteral("/verzoeken/") + gemaakt.value->publicId + QStringLiteral("/controleren"));
}

// ---- Step 3: check and send -------------------------------------------------------------

Html voorvertoning(const services::VerzoekView &v, const QString &termijn)
{
    switch (v.beoordeling.uitkomst) {
    case rules::Uitkomst::Vrij:
        return melding(MeldingSoort::Ok, tr("Het geld gaat meteen naar je rekening."),
                       tr("Dit past in je afspraken. Je medewerker hoeft niets te doen."));
    case rules::Uitkomst::NaAkkoord:
        return melding(MeldingSoort::Info, tr("Je medewerker moet eerst ja zeggen."),
                       tr("Dit bedrag past niet in je afspraken. Je medewerker kijkt %1.").arg(termijn))
               + redenenLijst(v.beoordeling);
    case rules::Uitkomst::OnvoldoendeSaldo:
    case rules::Uitkomst::NietToegestaan:
        break;
    }
    return melding(MeldingSoort::Waarschuwing, tr("Dit verzoek gaat niet lukken."), v.beoordeling.samenvatting())
           + redenenLijst(v.beoordeling);
}

Response controleren(Context &ctx)
{
    const auto v = eigenVerzoek(ctx);
    if (!v)
        return nietGevonden(ctx);
    if (v->status != VerzoekStatus::Concept)
        return naar(QStringLiteral("/verzoeken/") + v->publicId); // already answered: show the outcome
    QList<std::pair<QString, Html>> rijen{
        {tr("Potje"), Html::text(v->reserveringNaam)},
        {tr("Bedrag"), geld(v->bedrag)},
        {tr("Naar je rekening"),
         "<span aria-label=\"%1\">&bull;&bull;&bull;&bull; %2</span>"_html.arg(tr("eindigt op %1").arg(v->rekeningEind), v->rekeningEind)}};
    if (!v->toelichting.isEmpty())
        rijen.append({tr("Waar het voor is"), Html::text(v->toelichting)});
    const QString wijzig = QStringLiteral("/opnemen/") + QString::number(v->reserveringId) + QStringLiteral("?bedrag=")
                           + v->bedrag.formatDutch(Money::Style::Plain).remove(u'.');
    const QString basis = QStringLiteral("/verzoeken/") + v->publicId;
    const Html inhoud = h1(tr("Wil je dit verzoek versturen?")) + dataLijst(rijen) + p(link(wijzig, tr("Bedrag veranderen")))
                        + h2(tr("Wat gebeurt er als je ja zegt?"))
                        + voorvertoning(*v, services::behandelTermijnTekst(ctx.services.settings))
                        + "<div class=\"utrecht-button-group\">"_html
                        + formulier(ctx, basis + QStringLiteral("/versturen"), knop(tr("Ja, versturen")))
                        + formulier(ctx, basis + QStringLiteral("/annuleren"), knop(tr("Nee, niet versturen"), false)) + "</div>"_html;
    return toon(ctx, Pagina{tr("Verzoek controleren"), inhoud, Nav::Opnemen});
}

Response versturen(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const QString id = ctx.request.pathArgs.value(QStringLiteral("id")).left(64);
    const auto r = opnames.bevestig(ctx.actor(), id);
    if (!r.ok()) {
        if (r.error.code != services::ErrorCode::Conflict)
            return dienstFout(ctx, r.error);
        if (ctx.session)
            ctx.session->flash = r.error.message; // e.g. too many waiting requests: B1 from the service
    }
    return naar(QStringLiteral("/verzoeken/") + id);
}

Response annuleren(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const QString id = ctx.request.pathArgs.value(QStringLiteral("id")).left(64);
    const auto r = opnames.annuleer(ctx.actor(), id);
    if (!r.ok() && r.error.code != services::ErrorCode::Conflict)
        return dienstFout(ctx, r.error);
    return naar(QStringLiteral("/verzoeken/") + id);
}

} // namespace

Html redenenLijst(const rules::Beoordeling &b)
{
    QStringList redenen;
    for (const auto &r : b.beslissendeRedenen())
        redenen.append(r.tekst());
    return redenen.isEmpty() ? Html() : opsomming(redenen);
}

void mountOpnemen(Router &router)
{
    router.get(QStringLiteral("/opnemen"), Guard::Inwoner, kiesPotjeGet);
    router.post(QStringLiteral("/opnemen"), Guard::Inwoner, kiesPotjePost);
    router.get(QStringLiteral("/opnemen/{id}"), Guard::Inwoner, bedragGet);
    router.post(QStringLiteral("/opnemen/{id}"), Guard::Inwoner, bedragPost);
    router.get(QStringLiteral("/verzoeken/{id}/controleren"), Guard::Inwoner, controleren);
    router.post(QStringLiteral("/verzoeken/{id}/versturen"), Guard::Inwoner, versturen);
    router.post(QStringLiteral("/verzoeken/{id}/annuleren"), Guard::Inwoner, annuleren);
}

} // namespace regie::web::pages
