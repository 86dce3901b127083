#pragma once
#include <memory>
// Building blocks every page uses: translation in the request's language, HTML escaping,
// the layout, form fields with their errors, and Dutch amounts and dates. Internal to
// citizen-web/pages.
//
// Escaping rule: every text that reaches the HTML goes through esc() exactly once, including
// our own translated sentences (a translation is data too). Markup is only ever built from
// string literals in this folder.

#include "../server/Web.h"

#include "money/Money.h"
#include "services/ServiceContext.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>

namespace regie::i18n {
class ScopedLanguage;
}

namespace regie::web::pages {

// ---- Text ----------------------------------------------------------------------------
// Context "pages", in the language of the request being handled (see TaalScope).
QString tr(const char *source);
// Escapes & < > " ' so the result is safe as element text and as a quoted attribute value.
QString esc(const QString &text);

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
QString geld(Money amount);                       // escaped "€ 45,00"
QDate vandaag(const Context &ctx);                // today in Amsterdam by the services' clock
QString datum(const Context &ctx, QDate date);    // escaped "vrijdag 14 maart"
QString tijd(const QDateTime &moment);            // escaped "14:32" in Amsterdam
QString datumTijd(const Context &ctx, const QDateTime &moment); // escaped "vrijdag 14 maart om 14:32"
// The same as plain text, to use inside a sentence that is escaped as a whole.
QString tijdTekst(const QDateTime &moment);
QString datumTijdTekst(const Context &ctx, const QDateTime &moment);

// ---- Responses ------------------------------------------------------------------------
enum class Nav { Geen, Overzicht, Opnemen, Verzoeken, Berichten, Hulp, Meekijken };

struct Pagina {
    QString titel;      // the subject; <title> becomes "titel - Regie"
    QString inhoud;     // HTML of <main>, starting with the h1
    Nav nav = Nav::Geen;
    int status = 200;
};

Response toon(Context &ctx, const Pagina &pagina);
Response naar(const QString &location); // 303 See Other, for Post/Redirect/Get
Response nietGevonden(Context &ctx);    // the B1 404 page; reveals nothing
Response foutPagina(Context &ctx, int status);

// ---- Forms ----------------------------------------------------------------------------
QString csrfVeld(const Context &ctx);           // hidden "csrf" field, empty without a session
QString formStart(const Context &ctx, const QString &action); // <form method="post" ...> + csrf
QString knop(const QString &tekst, bool primair = true, const QString &naam = {}, const QString &waarde = {});
QString knopLink(const QString &href, const QString &tekst, bool primair = false);
QString link(const QString &href, const QString &tekst); // escaped utrecht-link

using Fouten = QList<services::FieldError>;
QString foutVoor(const Fouten &fouten, const QString &veld);
// Error summary (role="alert") linking each message to the field with the same id.
QString foutSamenvatting(const Fouten &fouten);

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
QString tekstveld(const Veld &veld, const Fouten &fouten);

// ---- Pieces ---------------------------------------------------------------------------
QString h1(const QString &tekst);
QString h2(const QString &tekst, const QString &id = {});
QString h3(const QString &tekst);
QString p(const QString &tekst);           // escaped paragraph
QString pHtml(const QString &html);        // paragraph from ready markup
QString melding(const QString &soort, const QString &titel, const QString &tekst); // utrecht-alert
QString telLink(const QString &telefoon);
QString mailLink(const QString &email);
// "data list" of key/value rows (works on 320 px where a table does not).
QString dataLijst(const QList<std::pair<QString, QString>> &rijenHtml);

// Path values that come back from forms (language switch "terug"): only local absolute paths.
QString veiligPad(const QString &pad);

} // namespace regie::web::pages
