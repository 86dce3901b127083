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

QString esc(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&': out += QLatin1String("&amp;"); break;
        case u'<': out += QLatin1String("&lt;"); break;
        case u'>': out += QLatin1String("&gt;"); break;
        case u'"': out += QLatin1String("&quot;"); break;
        case u'\'': out += QLatin1String("&#39;"); break;
        case u'\0': break; // never valid in HTML text
        default: out += c;
        }
    }
    return out;
}

QString geld(Money amount) { return esc(amount.formatDutch()); }

QDate vandaag(const Context &ctx) { return calendar::tijdInAmsterdam(ctx.services.now()).date(); }

QString datum(const Context &ctx, QDate date) { return esc(calendar::formatDatumB1(date, vandaag(ctx))); }

QString tijdTekst(const QDateTime &moment)
{
    return calendar::tijdInAmsterdam(moment).time().toString(QStringLiteral("HH:mm"));
}

QString tijd(const QDateTime &moment) { return esc(tijdTekst(moment)); }

QString datumTijdTekst(const Context &ctx, const QDateTime &moment)
{
    const QDateTime local = calendar::tijdInAmsterdam(moment);
    return tr("%1 om %2").arg(calendar::formatDatumB1(local.date(), vandaag(ctx)), local.time().toString(QStringLiteral("HH:mm")));
}

QString datumTijd(const Context &ctx, const QDateTime &moment) { return esc(datumTijdTekst(ctx, moment)); }

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

QString navItem(const QString &href, const QString &tekstHtml, bool actief)
{
    return QStringLiteral("<li class=\"utrecht-nav-list__item\"><a class=\"utrecht-nav-list__link utrecht-link\" href=\"")
           + esc(href) + u'"' + (actief ? QStringLiteral(" aria-current=\"page\"") : QString()) + u'>' + tekstHtml
           + QStringLiteral("</a></li>");
}

QString navigatie(Context &ctx, Nav actief)
{
    if (!ctx.session)
        return {};
    QString items;
    if (ctx.session->actor.role == Role::Inwoner) {
        const int n = ongelezen(ctx);
        QString berichten = esc(tr("Berichten"));
        berichten += QStringLiteral(" <span class=\"utrecht-number-badge\" data-live=\"ongelezen\">")
                     + (n > 0 ? esc(tr("%1 nieuw").arg(n)) : QString()) + QStringLiteral("</span>");
        items += navItem(QStringLiteral("/overzicht"), esc(tr("Overzicht")), actief == Nav::Overzicht);
        items += navItem(QStringLiteral("/opnemen"), esc(tr("Geld opnemen")), actief == Nav::Opnemen);
        items += navItem(QStringLiteral("/verzoeken"), esc(tr("Mijn verzoeken")), actief == Nav::Verzoeken);
        items += navItem(QStringLiteral("/berichten"), berichten, actief == Nav::Berichten);
    } else if (ctx.session->actor.role == Role::Ketenpartner) {
        items += navItem(QStringLiteral("/meekijken"), esc(tr("Meekijken")), actief == Nav::Meekijken);
    }
    items += navItem(QStringLiteral("/hulp"), esc(tr("Hulp")), actief == Nav::Hulp);
    QString nav = QStringLiteral("<nav class=\"utrecht-nav-bar\" aria-label=\"") + esc(tr("Hoofdmenu"))
                  + QStringLiteral("\"><ul class=\"utrecht-nav-list\">") + items + QStringLiteral("</ul></nav>");
    const bool engels = ctx.session->language == Language::Engels;
    nav += formStart(ctx, QStringLiteral("/taal"))
           + QStringLiteral("<input type=\"hidden\" name=\"terug\" value=\"") + esc(veiligPad(ctx.request.path)) + QStringLiteral("\">")
           + (engels ? QStringLiteral("<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\" name=\"taal\" value=\"nl\" lang=\"nl\">Nederlands</button>")
                     : QStringLiteral("<button type=\"submit\" class=\"utrecht-button utrecht-button--subtle\" name=\"taal\" value=\"en\" lang=\"en\">English</button>"))
           + QStringLiteral("</form>");
    nav += formStart(ctx, QStringLiteral("/uitloggen")) + knop(tr("Uitloggen"), false) + QStringLiteral("</form>");
    return nav;
}

QString voettekst()
{
    return QStringLiteral("<footer class=\"utrecht-page-footer\"><div class=\"utrecht-page-footer__content\">"
                          "<ul class=\"utrecht-link-list utrecht-link-list--html-ul\">")
           + QStringLiteral("<li class=\"utrecht-link-list__item\">") + link(QStringLiteral("/toegankelijkheid"), tr("Toegankelijkheid")) + QStringLiteral("</li>")
           + QStringLiteral("<li class=\"utrecht-link-list__item\">") + link(QStringLiteral("/privacy"), tr("Privacy")) + QStringLiteral("</li>")
           + QStringLiteral("<li class=\"utrecht-link-list__item\">") + link(QStringLiteral("/hulp"), tr("Hulp en contact")) + QStringLiteral("</li>")
           + QStringLiteral("</ul></div></footer>");
}

QString bodyData(const Context &ctx)
{
    if (!ctx.session)
        return {};
    // regie.js reads these to warn before the idle timeout and to open the realtime stream.
    return QStringLiteral(" data-sessie=\"actief\" data-idle-warning-seconds=\"")
           + QString::number(ctx.config.idleWarning.count()) + QStringLiteral("\" data-idle-timeout-seconds=\"")
           + QString::number(ctx.config.idleTimeout.count()) + u'"';
}

} // namespace

Response toon(Context &ctx, const Pagina &pagina)
{
    QString flash;
    if (ctx.session && !ctx.session->flash.isEmpty()) {
        flash = QStringLiteral("<div class=\"utrecht-alert utrecht-alert--ok\" role=\"status\"><div class=\"utrecht-alert__content\">")
                + p(ctx.session->flash) + QStringLiteral("</div></div>");
        ctx.session->flash.clear(); // shown once
    }
    QString demo;
    if (ctx.session && ctx.session->demoLogin)
        demo = melding(QStringLiteral("warning"), tr("Testomgeving"), tr("Dit zijn geen echte gegevens. Er gaat geen echt geld over."));
    QString html;
    html.reserve(pagina.inhoud.size() + 4096);
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + (engelsActief() ? QStringLiteral("en") : QStringLiteral("nl"))
            + QStringLiteral("\" class=\"utrecht-root utrecht-theme\"><head><meta charset=\"utf-8\">"
                             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                             "<title>")
            + esc(pagina.titel) + QStringLiteral(" - Regie</title>"
                                               "<link rel=\"stylesheet\" href=\"/assets/utrecht/index.css\">"
                                               "<link rel=\"stylesheet\" href=\"/assets/regie.css\">"
                                               "<script src=\"/assets/regie.js\" defer></script>"
                                               "</head><body class=\"utrecht-body utrecht-document\"")
            + bodyData(ctx) + QStringLiteral(">");
    html += QStringLiteral("<a class=\"utrecht-skip-link utrecht-skip-link--visible-on-focus\" href=\"#inhoud\">")
            + esc(tr("Naar de inhoud")) + QStringLiteral("</a><div class=\"utrecht-page\">");
    html += QStringLiteral("<header class=\"utrecht-page-header\"><div class=\"utrecht-page-header__content\">"
                           "<p class=\"utrecht-paragraph regie-logo\"><a class=\"utrecht-link\" href=\"/\">")
            + esc(tr("Gemeente Utrecht")) + QStringLiteral(" <span class=\"regie-logo__naam\">Regie</span></a></p>")
            + navigatie(ctx, pagina.nav) + QStringLiteral("</div></header>");
    html += QStringLiteral("<main id=\"inhoud\" class=\"utrecht-page-content\" tabindex=\"-1\">") + demo + flash
            + pagina.inhoud
            + QStringLiteral("<div class=\"regie-live\" aria-live=\"polite\" data-live=\"aankondiging\"></div></main>");
    html += voettekst() + QStringLiteral("</div></body></html>\n");
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

QString csrfVeld(const Context &ctx)
{
    if (!ctx.session)
        return {};
    return QStringLiteral("<input type=\"hidden\" name=\"csrf\" value=\"") + esc(ctx.session->csrfToken) + QStringLiteral("\">");
}

QString formStart(const Context &ctx, const QString &action)
{
    return QStringLiteral("<form method=\"post\" action=\"") + esc(action) + QStringLiteral("\" novalidate>") + csrfVeld(ctx);
}

QString knop(const QString &tekst, bool primair, const QString &naam, const QString &waarde)
{
    QString b = QStringLiteral("<button type=\"submit\" class=\"utrecht-button ")
                + (primair ? QStringLiteral("utrecht-button--primary-action") : QStringLiteral("utrecht-button--secondary-action")) + u'"';
    if (!naam.isEmpty())
        b += QStringLiteral(" name=\"") + esc(naam) + QStringLiteral("\" value=\"") + esc(waarde) + u'"';
    return b + u'>' + esc(tekst) + QStringLiteral("</button>");
}

QString knopLink(const QString &href, const QString &tekst, bool primair)
{
    return QStringLiteral("<a class=\"utrecht-button-link utrecht-button-link--html-a ")
           + (primair ? QStringLiteral("utrecht-button-link--primary-action") : QStringLiteral("utrecht-button-link--secondary-action"))
           + QStringLiteral("\" href=\"") + esc(href) + QStringLiteral("\">") + esc(tekst) + QStringLiteral("</a>");
}

QString link(const QString &href, const QString &tekst)
{
    return QStringLiteral("<a class=\"utrecht-link\" href=\"") + esc(href) + QStringLiteral("\">") + esc(tekst) + QStringLiteral("</a>");
}

QString foutVoor(const Fouten &fouten, const QString &veld)
{
    for (const auto &f : fouten) {
        if (f.field == veld)
            return f.message;
    }
    return {};
}

QString foutSamenvatting(const Fouten &fouten)
{
    if (fouten.isEmpty())
        return {};
    QString items;
    for (const auto &f : fouten) {
        // "formulier" is the whole form (a stale token): there is no field to jump to.
        items += QStringLiteral("<li class=\"utrecht-unordered-list__item\">")
                 + (f.field == QLatin1String("formulier") ? esc(f.message) : link(QStringLiteral("#") + f.field, f.message))
                 + QStringLiteral("</li>");
    }
    return QStringLiteral("<div class=\"utrecht-alert utrecht-alert--error regie-foutsamenvatting\" role=\"alert\" tabindex=\"-1\">"
                          "<div class=\"utrecht-alert__content\"><h2 class=\"utrecht-heading-2\">")
           + esc(tr("Er ging iets mis")) + QStringLiteral("</h2><ul class=\"utrecht-unordered-list\">") + items
           + QStringLiteral("</ul></div></div>");
}

QString tekstveld(const Veld &veld, const Fouten &fouten)
{
    const QString fout = foutVoor(fouten, veld.naam);
    const QString id = esc(veld.naam);
    QString describedBy;
    QString html = QStringLiteral("<div class=\"utrecht-form-field utrecht-form-field--text")
                   + (fout.isEmpty() ? QString() : QStringLiteral(" utrecht-form-field--invalid"))
                   + QStringLiteral("\"><p class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"") + id
                   + QStringLiteral("\">") + esc(veld.label) + QStringLiteral("</label></p>");
    if (!veld.hint.isEmpty()) {
        html += QStringLiteral("<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"") + id
                + QStringLiteral("-hint\">") + esc(veld.hint) + QStringLiteral("</div>");
        describedBy += id + QStringLiteral("-hint");
    }
    if (!fout.isEmpty()) {
        html += QStringLiteral("<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"") + id
                + QStringLiteral("-fout\">") + esc(fout) + QStringLiteral("</div>");
        describedBy += (describedBy.isEmpty() ? QString() : QStringLiteral(" ")) + id + QStringLiteral("-fout");
    }
    QString attrs = QStringLiteral(" id=\"") + id + QStringLiteral("\" name=\"") + id + u'"';
    if (!describedBy.isEmpty())
        attrs += QStringLiteral(" aria-describedby=\"") + describedBy + u'"';
    if (!fout.isEmpty())
        attrs += QStringLiteral(" aria-invalid=\"true\"");
    if (!veld.autocomplete.isEmpty())
        attrs += QStringLiteral(" autocomplete=\"") + esc(veld.autocomplete) + u'"';
    if (veld.maxLength > 0)
        attrs += QStringLiteral(" maxlength=\"") + QString::number(veld.maxLength) + u'"';
    if (veld.verplicht)
        attrs += QStringLiteral(" required");
    html += QStringLiteral("<p class=\"utrecht-form-field__input\">");
    if (veld.meerRegels) {
        html += QStringLiteral("<textarea class=\"utrecht-textarea utrecht-textarea--html-textarea")
                + (fout.isEmpty() ? QString() : QStringLiteral(" utrecht-textarea--invalid")) + u'"' + attrs
                + QStringLiteral(" rows=\"4\">") + esc(veld.waarde) + QStringLiteral("</textarea>");
    } else {
        if (!veld.inputmode.isEmpty())
            attrs += QStringLiteral(" inputmode=\"") + esc(veld.inputmode) + u'"';
        html += QStringLiteral("<input class=\"utrecht-textbox utrecht-textbox--html-input")
                + (fout.isEmpty() ? QString() : QStringLiteral(" utrecht-textbox--invalid")) + QStringLiteral("\" type=\"")
                + esc(veld.type) + u'"' + attrs + QStringLiteral(" value=\"") + esc(veld.waarde) + QStringLiteral("\">");
    }
    return html + QStringLiteral("</p></div>");
}

// ---- Pieces -------------------------------------------------------------------------------

QString h1(const QString &tekst) { return QStringLiteral("<h1 class=\"utrecht-heading-1\">") + esc(tekst) + QStringLiteral("</h1>"); }

QString h2(const QString &tekst, const QString &id)
{
    return QStringLiteral("<h2 class=\"utrecht-heading-2\"") + (id.isEmpty() ? QString() : QStringLiteral(" id=\"") + esc(id) + u'"')
           + u'>' + esc(tekst) + QStringLiteral("</h2>");
}

QString h3(const QString &tekst) { return QStringLiteral("<h3 class=\"utrecht-heading-3\">") + esc(tekst) + QStringLiteral("</h3>"); }

QString p(const QString &tekst) { return pHtml(esc(tekst)); }

QString pHtml(const QString &html) { return QStringLiteral("<p class=\"utrecht-paragraph\">") + html + QStringLiteral("</p>"); }

QString melding(const QString &soort, const QString &titel, const QString &tekst)
{
    // role="alert" only for errors; other notes must not interrupt a screen reader.
    const bool fout = soort == QLatin1String("error");
    return QStringLiteral("<div class=\"utrecht-alert utrecht-alert--") + esc(soort) + u'"'
           + (fout ? QStringLiteral(" role=\"alert\"") : QString())
           + QStringLiteral("><div class=\"utrecht-alert__content\"><p class=\"utrecht-paragraph\"><strong>") + esc(titel)
           + QStringLiteral("</strong></p>") + (tekst.isEmpty() ? QString() : p(tekst)) + QStringLiteral("</div></div>");
}

QString telLink(const QString &telefoon)
{
    QString nummer;
    for (const QChar c : telefoon) {
        if (c.isDigit() || c == u'+')
            nummer += c;
    }
    return QStringLiteral("<a class=\"utrecht-link utrecht-link--telephone\" href=\"tel:") + esc(nummer) + QStringLiteral("\">")
           + esc(telefoon) + QStringLiteral("</a>");
}

QString mailLink(const QString &email)
{
    return QStringLiteral("<a class=\"utrecht-link\" href=\"mailto:") + esc(email) + QStringLiteral("\">") + esc(email)
           + QStringLiteral("</a>");
}

QString dataLijst(const QList<std::pair<QString, QString>> &rijenHtml)
{
    QString html = QStringLiteral("<dl class=\"utrecht-data-list\">");
    for (const auto &[sleutel, waarde] : rijenHtml) {
        html += QStringLiteral("<div class=\"utrecht-data-list__item\"><dt class=\"utrecht-data-list__item-key\">") + sleutel
                + QStringLiteral("</dt><dd class=\"utrecht-data-list__item-value utrecht-data-list__item-value--html-dd\">")
                + waarde + QStringLiteral("</dd></div>");
    }
    return html + QStringLiteral("</dl>");
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
