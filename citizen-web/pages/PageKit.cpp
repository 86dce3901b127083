#include "PageKit.h"

#include "I18n.h"

#include "../server/Config.h"

#include "calendar/AmsterdamTijd.h"
#include "calendar/DatumTekst.h"
#include "services/Dossier.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QRegularExpression>
#include <QtCore/QTranslator>

#include <atomic>

namespace regie::web::pages {

namespace {

thread_local Language tCurrentLanguage = Language::Nederlands;
std::atomic<const QTranslator *> gEnglish{nullptr};

} // namespace

void setEnglishTranslator(const QTranslator *translator) { gEnglish.store(translator); }

bool engelsActief() { return tCurrentLanguage == Language::Engels && gEnglish.load() != nullptr; }

QString tr(const char *source)
{
    if (engelsActief()) {
        const QString english = gEnglish.load()->translate("pages", source);
        if (!english.isEmpty())
            return english;
    }
    return QCoreApplication::translate("pages", source);
}

TaalScope::TaalScope(Language language)
    : previous_(tCurrentLanguage),
      core_(std::make_unique<i18n::ScopedLanguage>(language == Language::Engels ? i18n::Language::Engels
                                                                                 : i18n::Language::Nederlands))
{
    tCurrentLanguage = language;
}

TaalScope::~TaalScope() { tCurrentLanguage = previous_; }

Html geld(Money amount) { return Html::text(amount.formatDutch()); }

QDate vandaag(const Context &ctx) { return calendar::tijdInAmsterdam(ctx.services.now()).date(); }

QString tijdTekst(const QDateTime &moment)
{
    return calendar::tijdInAmsterdam(moment).time().toString(QStringLiteral("HH:mm"));
}

QString datumTijdTekst(const Context &ctx, const QDateTime &moment)
{
    const QDateTime local = calendar::tijdInAmsterdam(moment);
    return tr("%1 om %2").arg(calendar::formatDatumB1(local.date(), vandaag(ctx)), local.time().toString(QStringLiteral("HH:mm")));
}

Html datumTijd(const Context &ctx, const QDateTime &moment) { return Html::text(datumTijdTekst(ctx, moment)); }

// ---- Layout -----------------------------------------------------------------------------

namespace {

int ongelezen(Context &ctx)
{
    if (!ctx.session || ctx.session->actor.role != Role::Inwoner)
        return 0;
    services::Dossier dossier(ctx.services);
    const auto lijst = dossier.meldingen(ctx.actor(), 100);
    int n = 0;
    if (lijst.ok()) {
        for (const auto &m : *lijst.value)
            n += m.gelezen ? 0 : 1;
    }
    return n;
}

Html navItem(const QString &href, const Html &tekst, bool actief)
{
    return "<li class=\"utrecht-nav-list__item\"><a class=\"utrecht-nav-list__link utrecht-link\" href=\"%1\"%2>%3</a></li>"_html.arg(
        href, actief ? " aria-current=\"page\""_html : Html(), tekst);
}

Html taalKnop(const Context &ctx)
{
    const bool engels = ctx.session->language == Language::Engels;
    return verborgenVeld(QStringLiteral("terug"), veiligPad(ctx.request.path))
           + (engels ? "<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\" name=\"taal\" value=\"nl\" lang=\"nl\">Nederlands</button>"_html
                     : "<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\" name=\"taal\" value=\"en\" lang=\"en\">English</button>"_html);
}

Html navigatie(Context &ctx, Nav actief)
{
    if (!ctx.session)
        return {};
    Html items;
    if (ctx.session->actor.role == Role::Inwoner) {
        const int n = ongelezen(ctx);
        const Html berichten = Html::text(tr("Berichten"))
                               + " <span class=\"utrecht-number-badge\" data-live=\"ongelezen\">%1</span>"_html.arg(
                                   n > 0 ? tr("%1 nieuw").arg(n) : QString());
        items += navItem(QStringLiteral("/overzicht"), Html::text(tr("Overzicht")), actief == Nav::Overzicht);
        items += navItem(QStringLiteral("/opnemen"), Html::text(tr("Geld opnemen")), actief == Nav::Opnemen);
        items += navItem(QStringLiteral("/verzoeken"), Html::text(tr("Mijn verzoeken")), actief == Nav::Verzoeken);
        items += navItem(QStringLiteral("/berichten"), berichten, actief == Nav::Berichten);
    } else if (ctx.session->actor.role == Role::Ketenpartner) {
        items += navItem(QStringLiteral("/meekijken"), Html::text(tr("Meekijken")), actief == Nav::Meekijken);
    }
    items += navItem(QStringLiteral("/hulp"), Html::text(tr("Hulp")), actief == Nav::Hulp);
    return "<nav class=\"utrecht-nav-bar\" aria-label=\"%1\"><ul class=\"utrecht-nav-list\">%2</ul></nav>"_html.arg(tr("Hoofdmenu"), items)
           + formulier(ctx, QStringLiteral("/taal"), taalKnop(ctx))
           + formulier(ctx, QStringLiteral("/uitloggen"), knop(tr("Uitloggen"), false));
}

Html voettekst()
{
    const auto item = [](const QString &href, const QString &tekst) {
        return "<li class=\"utrecht-link-list__item\">"_html + link(href, tekst) + "</li>"_html;
    };
    return "<footer class=\"utrecht-page-footer\"><div class=\"utrecht-page-footer__content\">"
           "<ul class=\"utrecht-link-list utrecht-link-list--html-ul\">"_html
           + item(QStringLiteral("/toegankelijkheid"), tr("Toegankelijkheid")) + item(QStringLiteral("/privacy"), tr("Privacy"))
           + item(QStringLiteral("/hulp"), tr("Hulp en contact")) + "</ul></div></footer>"_html;
}

Html bodyData(const Context &ctx)
{
    if (!ctx.session)
        return {};
    // regie.js reads these to warn before the idle timeout and to open the realtime stream.
    return " data-sessie=\"actief\" data-idle-warning-seconds=\"%1\" data-idle-timeout-seconds=\"%2\""_html.arg(
        qint64(ctx.config.idleWarning.count()), qint64(ctx.config.idleTimeout.count()));
}

Html kop(const Context &ctx, const Pagina &pagina)
{
    return "<!DOCTYPE html>\n<html lang=\"%1\" class=\"utrecht-root utrecht-theme\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>%2 - Regie</title>"
           "<link rel=\"stylesheet\" href=\"/assets/utrecht/index.css\">"
           "<link rel=\"stylesheet\" href=\"/assets/regie.css\">"
           "<script src=\"/assets/regie.js\" defer></script>"
           "</head><body class=\"utrecht-body utrecht-document\"%3>"_html.arg(engelsActief() ? "en"_html : "nl"_html, pagina.titel,
                                                                                 bodyData(ctx));
}

} // namespace

Response toon(Context &ctx, const Pagina &pagina)
{
    Html flash;
    if (ctx.session && !ctx.session->flash.isEmpty()) {
        flash = "<div class=\"utrecht-alert utrecht-alert--ok\" role=\"status\"><div class=\"utrecht-alert__content\">"_html
                + p(ctx.session->flash) + "</div></div>"_html;
        ctx.session->flash.clear(); // shown once
    }
    // Every page of a demo store says so, logged in or not: nobody may take it for real.
    Html demo;
    if (ctx.config.demo || (ctx.session && ctx.session->demoLogin))
        demo = melding(MeldingSoort::Waarschuwing, tr("Testomgeving"), tr("Dit zijn geen echte gegevens. Er gaat geen echt geld over."));
    Html html;
    html.reserve(pagina.inhoud.size() + 4096);
    html += kop(ctx, pagina);
    html += "<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">%1</a><div class=\"utrecht-page\">"_html.arg(
        tr("Naar de inhoud"));
    html += "<header class=\"utrecht-page-header\"><div class=\"utrecht-page-header__content\">"
            "<p class=\"utrecht-paragraph regie-logo\"><a class=\"utrecht-link\" href=\"/\">%1 <span class=\"regie-logo__naam\">Regie</span></a></p>"
            "%2</div></header>"_html.arg(tr("Gemeente Utrecht"), navigatie(ctx, pagina.nav));
    html += "<main id=\"inhoud\" class=\"utrecht-page-content\" tabindex=\"-1\">"_html + demo + flash + pagina.inhoud
            + "<div class=\"regie-live\" aria-live=\"polite\" data-live=\"aankondiging\"></div></main>"_html;
    html += voettekst() + "</div></body></html>\n"_html;
    Response r;
    r.status = pagina.status;
    r.body = html.toUtf8();
    return r;
}

Response naar(const QString &location)
{
    Response r;
    r.status = 303;
    r.contentType.clear();
    r.headers.append({QByteArrayLiteral("Location"), location.toUtf8()});
    return r;
}

// ---- Forms ------------------------------------------------------------------------------

Html verborgenVeld(const QString &naam, const QString &waarde)
{
    return "<input type=\"hidden\" name=\"%1\" value=\"%2\">"_html.arg(naam, waarde);
}

Html formulier(const Context &ctx, const QString &action, const Html &velden)
{
    // Without a session there is no token to send (the public forms need none).
    const Html csrf = ctx.session ? verborgenVeld(QStringLiteral("csrf"), ctx.session->csrfToken) : Html();
    return "<form method=\"post\" action=\"%1\" novalidate>%2%3</form>"_html.arg(action, csrf, velden);
}

Html knop(const QString &tekst, bool primair, const QString &naam, const QString &waarde)
{
    const Html soort = primair ? "utrecht-button--primary-action"_html : "utrecht-button--secondary-action"_html;
    const Html naamWaarde = naam.isEmpty() ? Html() : " name=\"%1\" value=\"%2\""_html.arg(naam, waarde);
    return "<button type=\"submit\" class=\"utrecht-button %1\"%2>%3</button>"_html.arg(soort, naamWaarde, tekst);
}

Html knopLink(const QString &href, const QString &tekst, bool primair)
{
    const Html soort = primair ? "utrecht-button-link--primary-action"_html : "utrecht-button-link--secondary-action"_html;
    return "<a class=\"utrecht-button-link utrecht-button-link--html-a %1\" href=\"%2\">%3</a>"_html.arg(soort, href, tekst);
}

Html link(const QString &href, const QString &tekst)
{
    return "<a class=\"utrecht-link\" href=\"%1\">%2</a>"_html.arg(href, tekst);
}

QString foutVoor(const Fouten &fouten, const QString &veld)
{
    for (const auto &f : fouten) {
        if (f.field == veld)
            return f.message;
    }
    return {};
}

Html foutSamenvatting(const Fouten &fouten)
{
    if (fouten.isEmpty())
        return {};
    QList<Html> items;
    for (const auto &f : fouten) {
        // "formulier" is the whole form (a stale token): there is no field to jump to.
        items.append(f.field == QLatin1String("formulier") ? Html::text(f.message) : link(u'#' + f.field, f.message));
    }
    return "<div class=\"utrecht-alert utrecht-alert--error regie-foutsamenvatting\" role=\"alert\" tabindex=\"-1\">"
           "<div class=\"utrecht-alert__content\"><h2 class=\"utrecht-heading-2\">%1</h2>%2</div></div>"_html.arg(
               tr("Er ging iets mis"), opsomming(items));
}

namespace {

// The attributes of a text field's control: id and name, its descriptions, the error state.
Html veldAttributen(const Veld &veld, bool hint, bool fout)
{
    Html attrs = " id=\"%1\" name=\"%1\""_html.arg(veld.naam);
    if (hint || fout) {
        const Html hintId = hint ? "%1-hint"_html.arg(veld.naam) : Html();
        const Html foutId = fout ? "%1-fout"_html.arg(veld.naam) : Html();
        attrs += " aria-describedby=\"%1%2%3\""_html.arg(hintId, hint && fout ? " "_html : Html(), foutId);
    }
    if (fout)
        attrs += " aria-invalid=\"true\""_html;
    if (!veld.autocomplete.isEmpty())
        attrs += " autocomplete=\"%1\""_html.arg(veld.autocomplete);
    if (veld.maxLength > 0)
        attrs += " maxlength=\"%1\""_html.arg(veld.maxLength);
    if (veld.verplicht)
        attrs += " required"_html;
    return attrs;
}

Html invoer(const Veld &veld, bool fout, const Html &attrs)
{
    if (veld.meerRegels) {
        return "<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea%1\"%2 rows=\"4\">%3</textarea>"_html.arg(
            fout ? " utrecht-textarea--invalid"_html : Html(), attrs, veld.waarde);
    }
    const Html modus = veld.inputmode.isEmpty() ? Html() : " inputmode=\"%1\""_html.arg(veld.inputmode);
    return "<input class=\"utrecht-textbox utrecht-textbox--html-input%1\" type=\"%2\"%3%4 value=\"%5\">"_html.arg(
        fout ? " utrecht-textbox--invalid"_html : Html(), veld.type, attrs, modus, veld.waarde);
}

} // namespace

Html tekstveld(const Veld &veld, const Fouten &fouten)
{
    const QString fout = foutVoor(fouten, veld.naam);
    Html html = "<div class=\"utrecht-form-field utrecht-form-field--text%1\"><p class=\"utrecht-form-field__label\">"
                "<label class=\"utrecht-form-label\" for=\"%2\">%3</label></p>"_html.arg(
                    fout.isEmpty() ? Html() : " utrecht-form-field--invalid"_html, veld.naam, veld.label);
    if (!veld.hint.isEmpty()) {
        html += "<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"%1-hint\">%2</div>"_html.arg(
            veld.naam, veld.hint);
    }
    if (!fout.isEmpty()) {
        html += "<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"%1-fout\">%2</div>"_html.arg(
            veld.naam, fout);
    }
    const Html attrs = veldAttributen(veld, !veld.hint.isEmpty(), !fout.isEmpty());
    return html + "<p class=\"utrecht-form-field__input\">"_html + invoer(veld, !fout.isEmpty(), attrs) + "</p></div>"_html;
}

Html keuzeVeld(const QString &naam, const QString &vraag, const QList<Keuze> &keuzes, const Fouten &fouten)
{
    const QString fout = foutVoor(fouten, naam);
    Html opties;
    for (const Keuze &k : keuzes) {
        const QString id = opties.isEmpty() ? naam : naam + u'-' + k.waarde;
        const Html beschreven = k.uitleg.isEmpty() ? Html() : " aria-describedby=\"%1-uitleg\""_html.arg(id);
        opties += "<div class=\"utrecht-form-field utrecht-form-field--radio\"><p class=\"utrecht-form-field__input\">"
                  "<input class=\"utrecht-radio-button utrecht-radio-button--html-input\" type=\"radio\" name=\"%1\" id=\"%2\" value=\"%3\"%4></p>"
                  "<p class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label utrecht-form-label--radio\" for=\"%2\">%5</label></p>"_html
                      .arg(naam, id, k.waarde, beschreven, k.label);
        if (!k.uitleg.isEmpty()) {
            opties += "<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"%1-uitleg\">%2</div>"_html.arg(
                id, k.uitleg);
        }
        opties += "</div>"_html;
    }
    const Html foutmelding = fout.isEmpty() ? Html()
                                            : "<div class=\"utrecht-form-field-error-message\" id=\"%1-fout\">%2</div>"_html.arg(naam, fout);
    return "<fieldset class=\"utrecht-form-fieldset utrecht-form-fieldset--html-fieldset%1\">"
           "<legend class=\"utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend\">%2</legend>%3%4</fieldset>"_html.arg(
               fout.isEmpty() ? Html() : " utrecht-form-fieldset--invalid"_html, vraag, foutmelding, opties);
}

// ---- Pieces -------------------------------------------------------------------------------

Html h1(const QString &tekst) { return "<h1 class=\"utrecht-heading-1\">%1</h1>"_html.arg(tekst); }

Html h2(const QString &tekst, const QString &id)
{
    return "<h2 class=\"utrecht-heading-2\"%1>%2</h2>"_html.arg(id.isEmpty() ? Html() : " id=\"%1\""_html.arg(id), tekst);
}

Html h3(const QString &tekst) { return "<h3 class=\"utrecht-heading-3\">%1</h3>"_html.arg(tekst); }

Html p(const QString &tekst) { return p(Html::text(tekst)); }

Html p(const Html &inhoud) { return "<p class=\"utrecht-paragraph\">"_html + inhoud + "</p>"_html; }

Html sterk(const QString &tekst) { return "<strong>%1</strong>"_html.arg(tekst); }

Html opsomming(const QList<Html> &items)
{
    Html html = "<ul class=\"utrecht-unordered-list\">"_html;
    for (const Html &item : items)
        html += "<li class=\"utrecht-unordered-list__item\">"_html + item + "</li>"_html;
    return html + "</ul>"_html;
}

Html opsomming(const QStringList &items)
{
    QList<Html> html;
    html.reserve(items.size());
    for (const QString &item : items)
        html.append(Html::text(item));
    return opsomming(html);
}

Html melding(MeldingSoort soort, const QString &titel, const QString &tekst)
{
    Html klasse;
    switch (soort) {
    case MeldingSoort::Ok: klasse = "ok"_html; break;
    case MeldingSoort::Info: klasse = "info"_html; break;
    case MeldingSoort::Waarschuwing: klasse = "warning"_html; break;
    case MeldingSoort::Fout: klasse = "error"_html; break;
    }
    // role="alert" only for errors; other notes must not interrupt a screen reader.
    const Html rol = soort == MeldingSoort::Fout ? " role=\"alert\""_html : Html();
    return "<div class=\"utrecht-alert utrecht-alert--%1\"%2><div class=\"utrecht-alert__content\">%3%4</div></div>"_html.arg(
        klasse, rol, p(sterk(titel)), tekst.isEmpty() ? Html() : p(tekst));
}

Html telLink(const QString &telefoon)
{
    QString nummer;
    for (const QChar c : telefoon) {
        if (c.isDigit() || c == u'+')
            nummer += c;
    }
    return "<a class=\"utrecht-link utrecht-link--telephone\" href=\"tel:%1\">%2</a>"_html.arg(nummer, telefoon);
}

Html mailLink(const QString &email)
{
    return "<a class=\"utrecht-link\" href=\"mailto:%1\">%1</a>"_html.arg(email);
}

Html dataLijst(const QList<std::pair<QString, Html>> &rijen)
{
    Html html = "<dl class=\"utrecht-data-list\">"_html;
    for (const auto &[sleutel, waarde] : rijen) {
        html += "<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">%1</dt>"
                "<dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">%2</dd></div>"_html.arg(sleutel, waarde);
    }
    return html + "</dl>"_html;
}

QString veiligPad(const QString &pad)
{
    // A local absolute path only: "//evil.example" or "https://..." would be an open redirect.
    static const QRegularExpression ok(QStringLiteral("^/[A-Za-z0-9/_.-]{0,200}$"));
    if (!ok.match(pad).hasMatch() || pad.startsWith(QLatin1String("//")))
        return QStringLiteral("/");
    return pad;
}

} // namespace regie::web::pages
