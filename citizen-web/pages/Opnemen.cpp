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
    QString opties;
    for (const auto &r : o.value->reserveringen) {
        if (r.soort != ReserveringSoort::VrijBesteedbaar)
            continue;
        const QString id = opties.isEmpty() ? QStringLiteral("reservering") : QStringLiteral("reservering-") + QString::number(r.id);
        QString uitleg = tr("Er zit %1 in.").arg(r.beschikbaar.formatDutch());
        if (r.maxVrij && r.maxVrij->isPositive())
            uitleg += u' ' + tr("Je kunt nu tot %1 zelf opnemen.").arg(r.maxVrij->formatDutch());
        opties += QStringLiteral("<div class=\"utrecht-form-field utrecht-form-field--radio\"><p class=\"utrecht-form-field__input\">"
                                 "<input class=\"utrecht-radio-button utrecht-radio-button--html-input\" type=\"radio\" name=\"reservering\" id=\"")
                  + esc(id) + QStringLiteral("\" value=\"") + QString::number(r.id) + QStringLiteral("\" aria-describedby=\"") + esc(id)
                  + QStringLiteral("-uitleg\"></p><p class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"")
                  + esc(id) + QStringLiteral("\">") + esc(r.naam) + QStringLiteral("</label></p>"
                  "<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"") + esc(id) + QStringLiteral("-uitleg\">")
                  + esc(uitleg) + QStringLiteral("</div></div>");
    }
    QString inhoud = foutSamenvatting(fouten) + h1(tr("Geld opnemen"));
    if (opties.isEmpty()) {
        inhoud += p(tr("Je hebt geen potjes waar je zelf geld uit kunt opnemen."))
                  + p(tr("Heb je geld nodig? Neem contact op met je medewerker."))
                  + contactZin(services::Contact{o.value->teamNaam, o.value->teamTelefoon, o.value->teamEmail});
        return toon(ctx, Pagina{tr("Geld opnemen"), inhoud, Nav::Opnemen, status});
    }
    const QString fout = foutVoor(fouten, QStringLiteral("reservering"));
    inhoud += p(tr("Het geld gaat naar je eigen rekening."))
              + formStart(ctx, QStringLiteral("/opnemen"))
              + QStringLiteral("<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset")
              + (fout.isEmpty() ? QString() : QStringLiteral(" utrecht-form-fieldset--invalid"))
              + QStringLiteral("\"><legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">")
              + esc(tr("Uit welk potje wil je geld opnemen?")) + QStringLiteral("</legend>")
              + (fout.isEmpty() ? QString()
                                : QStringLiteral("<div class=\"utrecht-form-field-error-message\" id=\"reservering-fout\">") + esc(fout)
                                      + QStringLiteral("</div>"))
              + opties + QStringLiteral("</fieldset>") + knop(tr("Verder")) + QStringLiteral("</form>");
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

Response bedragFormulier(Context &ctx, const EigenPotje &e, const BedragInvoer &invoer, const Fouten &fouten, int status)
{
    const auto &r = e.potje;
    QString inhoud = foutSamenvatting(fouten) + h1(tr("Hoeveel geld wil je opnemen uit %1?").arg(r.naam));
    inhoud += dataLijst({{esc(tr("In dit potje")), geld(r.beschikbaar)}});
    if (!r.uitleg.isEmpty())
        inhoud += p(r.uitleg);
    if (r.maxVrij && r.maxVrij->isPositive())
        inhoud += pHtml(QStringLiteral("<strong>") + esc(tr("Je kunt nu tot %1 zelf opnemen.").arg(r.maxVrij->formatDutch()))
                        + QStringLiteral("</strong>"));
    inhoud += formStart(ctx, QStringLiteral("/opnemen/") + QString::number(r.id))
              + QStringLiteral("<input type=\"hidden\" name=\"formulier\" value=\"") + esc(invoer.token) + QStringLiteral("\">")
              + tekstveld(Veld{QStringLiteral("bedrag"), tr("Bedrag in euro"), tr("Bijvoorbeeld 25 of 12,50"), invoer.bedrag,
                               QStringLiteral("text"), QStringLiteral("off"), QStringLiteral("decimal"), 20, false, true},
                          fouten)
              + tekstveld(Veld{QStringLiteral("toelichting"), tr("Waar is het geld voor? (mag je leeg laten)"),
                               tr("Je medewerker leest dit als hij of zij moet kijken. Niet meer dan 500 tekens."),
                               invoer.toelichting, QStringLiteral("text"), QStringLiteral("off"), QString(), kMaxToelichting, true},
                          fouten)
              + knop(tr("Verder")) + QStringLiteral("</form>")
              + pHtml(link(QStringLiteral("/opnemen"), tr("Een ander potje kiezen")));
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
    // More than the potje holds is a typing matter here (nothing is stored), not a refusal.
    const auto parsed = Money::parseDutch(invoer.bedrag);
    if (parsed.ok() && *parsed.value > e->potje.beschikbaar) {
        QString bericht = tr("Er staat niet genoeg geld in dit potje. Er zit %1 in.").arg(e->potje.beschikbaar.formatDutch());
        return bedragFormulier(ctx, *e, invoer, {{QStringLiteral("bedrag"), bericht}}, 422);
    }
    services::OpnameInvoer in;
    in.reserveringId = e->potje.id;
    in.bedragTekst = invoer.bedrag;
    in.toelichting = invoer.toelichting.trimmed();
    in.idempotencyKey = invoer.token;
    const auto gemaakt = opnames.maakConcept(ctx.actor(), in);
    if (!gemaakt.ok()) {
        if (gemaakt.error.code == services::ErrorCode::NotFound || gemaakt.error.code == services::ErrorCode::Storage)
            return dienstFout(ctx, gemaakt.error);
        return bedragFormulier(ctx, *e, invoer, voorFormulier(gemaakt.error.fields, gemaakt.error.message), 422);
    }
    return naar(QStringLiteral("/verzoeken/") + gemaakt.value->publicId + QStringLiteral("/controleren"));
}

// ---- Step 3: check and send -------------------------------------------------------------

QString voorvertoning(const services::VerzoekView &v)
{
    switch (v.beoordeling.uitkomst) {
    case rules::Uitkomst::Vrij:
        return melding(QStringLiteral("ok"), tr("Het geld gaat meteen naar je rekening."),
                       tr("Dit past in je afspraken. Je medewerker hoeft niets te doen."));
    case rules::Uitkomst::NaAkkoord:
        return melding(QStringLiteral("info"), tr("Je medewerker moet eerst ja zeggen."),
                       tr("Dit bedrag past niet in je afspraken. Je medewerker kijkt binnen 2 werkdagen."))
               + redenenLijst(v.beoordeling);
    case rules::Uitkomst::OnvoldoendeSaldo:
    case rules::Uitkomst::NietToegestaan:
        break;
    }
    return melding(QStringLiteral("warning"), tr("Dit verzoek gaat niet lukken."), v.beoordeling.samenvatting())
           + redenenLijst(v.beoordeling);
}

std::optional<services::VerzoekView> eigenVerzoek(Context &ctx)
{
    services::Opnames opnames(ctx.services);
    const auto v = opnames.bekijk(ctx.actor(), ctx.request.pathArgs.value(QStringLiteral("id")).left(64));
    if (!v.ok())
        return std::nullopt;
    return *v.value;
}

Response controleren(Context &ctx)
{
    const auto v = eigenVerzoek(ctx);
    if (!v)
        return nietGevonden(ctx);
    if (v->status != VerzoekStatus::Concept)
        return naar(QStringLiteral("/verzoeken/") + v->publicId); // already answered: show the outcome
    QList<std::pair<QString, QString>> rijen{
        {esc(tr("Potje")), esc(v->reserveringNaam)},
        {esc(tr("Bedrag")), geld(v->bedrag)},
        {esc(tr("Naar je rekening")), QStringLiteral("<span aria-label=\"") + esc(tr("eindigt op %1").arg(v->rekeningEind))
                                          + QStringLiteral("\">&bull;&bull;&bull;&bull; ") + esc(v->rekeningEind) + QStringLiteral("</span>")}};
    if (!v->toelichting.isEmpty())
        rijen.append({esc(tr("Waar het voor is")), esc(v->toelichting)});
    const QString wijzig = QStringLiteral("/opnemen/") + QString::number(v->reserveringId) + QStringLiteral("?bedrag=")
                           + v->bedrag.formatDutch(Money::Style::Plain).remove(u'.');
    const QString basis = QStringLiteral("/verzoeken/") + v->publicId;
    QString inhoud = h1(tr("Wil je dit verzoek versturen?")) + dataLijst(rijen)
                     + pHtml(link(wijzig, tr("Bedrag veranderen")))
                     + h2(tr("Wat gebeurt er als je ja zegt?")) + voorvertoning(*v)
                     + QStringLiteral("<div class=\"utrecht-button-group\">")
                     + formStart(ctx, basis + QStringLiteral("/versturen")) + knop(tr("Ja, versturen")) + QStringLiteral("</form>")
                     + formStart(ctx, basis + QStringLiteral("/annuleren")) + knop(tr("Nee, niet versturen"), false)
                     + QStringLiteral("</form></div>");
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

QString redenenLijst(const rules::Beoordeling &b)
{
    QString items;
    for (const auto &r : b.beslissendeRedenen())
        items += QStringLiteral("<li class=\"utrecht-unordered-list__item\">") + esc(r.tekst()) + QStringLiteral("</li>");
    return items.isEmpty() ? QString() : QStringLiteral("<ul class=\"utrecht-unordered-list\">") + items + QStringLiteral("</ul>");
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
