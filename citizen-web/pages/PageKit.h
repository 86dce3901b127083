#pragma once
#include <memory>
// Building blocks every page uses: translation in the request's language, the layout, form
// fields with their errors, and Dutch amounts and dates. Internal to citizen-web/pages.
//
// Markup is a type (core/base/Html.h). Every builder here returns Html; a parameter that is
// text (a sentence, a name, a value typed in a form, an href) is a QString that the builder
// escapes itself, and a parameter that is markup is Html. So a page is made of "..."_html
// literals, these builders, Html::text() and Html::arg() only, and text (from the database,
// a form, a peer, or our own translations: a translation is data too) cannot reach the page
// unescaped; passing a QString where markup is wanted does not compile
// (tests/pages/compile-fail). The Response gets the finished markup in toon() only.

#include "../server/Web.h"

#include "base/Html.h"
#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace regie::i18n {
class ScopedLanguage;
}

namespace regie::web::pages {

using base::Html;
using namespace base::html_literals;

// ---- Text ----------------------------------------------------------------------------
// Context "pages", in the language of the request being handled (see TaalScope).
QString tr(const char *source);

// Sets the language for tr() on this thread while one request is handled, and installs
// the English core translator for that time, so rule reasons, amounts' error texts, status
// labels and dates follow the session's language too (handlers run on the event loop).
class TaalScope {
public:
    explicit TaalScope(Language language);
    ~TaalScope();
    TaalScope(const TaalScope &) = delete;
    TaalScope &operator=(const TaalScope &) = delete;

private:
    Language previous_;
    std::unique_ptr<i18n::ScopedLanguage> core_;
};
bool engelsActief(); // English requested AND a translator is present

// ---- Values as people read them --------------------------------------------------------
Html geld(Money amount);                          // "€ 45,00"
QDate vandaag(const Context &ctx);                // today in Amsterdam by the services' clock
Html datumTijd(const Context &ctx, const QDateTime &moment); // "vrijdag 14 maart om 14:32"
// The same as text, to use inside a sentence that is escaped as a whole.
QString tijdTekst(const QDateTime &moment);       // "14:32" in Amsterdam
QString datumTijdTekst(const Context &ctx, const QDateTime &moment);

// ---- Responses ------------------------------------------------------------------------
enum class Nav { Geen, Overzicht, Opnemen, Verzoeken, Berichten, Hulp, Meekijken };

struct Pagina {
    QString titel;      // the subject; <title> becomes "titel - Regie"
    Html inhoud;        // what goes in <main>, starting with the h1
    Nav nav = Nav::Geen;
    int status = 200;
};

Response toon(Context &ctx, const Pagina &pagina);
Response naar(const QString &location); // 303 See Other, for Post/Redirect/Get
Response nietGevonden(Context &ctx);    // the B1 404 page; reveals nothing
Response foutPagina(Context &ctx, int status);

// ---- Forms ----------------------------------------------------------------------------
// <form method="post" action="..." novalidate>, the csrf field, the fields, </form>.
Html formulier(const Context &ctx, const QString &action, const Html &velden);
Html verborgenVeld(const QString &naam, const QString &waarde); // <input type="hidden">
Html knop(const QString &tekst, bool primair = true, const QString &naam = {}, const QString &waarde = {});
Html knopLink(const QString &href, const QString &tekst, bool primair = false);
Html link(const QString &href, const QString &tekst); // utrecht-link

using Fouten = QList<services::FieldError>;
QString foutVoor(const Fouten &fouten, const QString &veld); // the message (text), or empty
// Error summary (role="alert") linking each message to the field with the same id.
Html foutSamenvatting(const Fouten &fouten);

struct Veld {
    QString naam;           // name and id
    QString label;
    QString hint;
    QString waarde;         // kept after an error
    QString type = QStringLiteral("text");
    QString autocomplete;   // "off", "username", ...
    QString inputmode;      // "decimal", ...
    int maxLength = 0;      // 0: none
    bool meerRegels = false; // textarea
    bool verplicht = false;
};
Html tekstveld(const Veld &veld, const Fouten &fouten);

// One choice of a radio group.
struct Keuze {
    QString waarde;
    QString label;
    QString uitleg; // shown under the label and linked with aria-describedby; may be empty
};
// A fieldset of radio buttons named `naam`, with the question as its legend and the error
// for `naam` (if any) above the choices. The first choice carries the id `naam`, so the
// error summary's link lands on it; the others `naam-waarde`.
Html keuzeVeld(const QString &naam, const QString &vraag, const QList<Keuze> &keuzes, const Fouten &fouten);

// ---- Pieces ---------------------------------------------------------------------------
Html h1(const QString &tekst);
Html h2(const QString &tekst, const QString &id = {});
Html h3(const QString &tekst);
Html p(const QString &tekst);              // a paragraph of text
Html p(const Html &inhoud);                // a paragraph around markup (links, buttons, <strong>)
Html sterk(const QString &tekst);          // <strong>
Html opsomming(const QList<Html> &items);  // utrecht-unordered-list; items are markup
Html opsomming(const QStringList &items);  // the same for items of text

enum class MeldingSoort { Ok, Info, Waarschuwing, Fout }; // utrecht-alert--ok/info/warning/error
Html melding(MeldingSoort soort, const QString &titel, const QString &tekst);
Html telLink(const QString &telefoon);
Html mailLink(const QString &email);
// "data list" of key/value rows (works on 320 px where a table does not): the key is text,
// the value markup (an amount, a badge, or Html::text of a value).
Html dataLijst(const QList<std::pair<QString, Html>> &rijen);

// Path values that come back from forms (language switch "terug"): only local absolute paths.
QString veiligPad(const QString &pad);

} // namespace regie::web::pages
