#include "server/ErrorPage.h"

#include "server/Wire.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

namespace regie::web {
namespace {

using namespace base::html_literals;

QString tr(const char *text)
{
    return QCoreApplication::translate("Server", text);
}

struct Texts {
    QString title;
    QString message;
};

Texts fallbackTexts(int status)
{
    switch (status) {
    case 400: return {tr("Dat ging niet goed"), tr("We begrijpen je verzoek niet. Probeer het opnieuw.")};
    case 401: return {tr("Log eerst in"), tr("Je bent niet ingelogd. Log in om verder te gaan.")};
    case 403: return {tr("Dit mag niet"), tr("Je mag dit niet doen. Ga terug en probeer het opnieuw.")};
    case 404: return {tr("Pagina niet gevonden"), tr("Deze pagina bestaat niet.")};
    case 405: return {tr("Dit kan niet"), tr("Dit kan niet op deze pagina.")};
    case 413: return {tr("Te veel tekst"), tr("Je bericht is te groot. Maak het korter.")};
    case 429: return {tr("Even wachten"), tr("Je hebt het te vaak geprobeerd. Wacht even.")};
    case 503: return {tr("Even niet beschikbaar"), tr("Regie is even niet bereikbaar. Probeer het later nog eens.")};
    default: return {tr("Er ging iets mis"), tr("Er ging bij ons iets mis. Probeer het later nog eens.")};
    }
}

} // namespace

Response serverProblem(int status)
{
    static const QHash<int, QString> details = {
        {400, QStringLiteral("Het verzoek is ongeldig.")},
        {401, QStringLiteral("Een geldig toegangstoken is nodig.")},
        {403, QStringLiteral("Dit verzoek is niet toegestaan.")},
        {404, QStringLiteral("Niet gevonden.")},
        {405, QStringLiteral("Deze methode is hier niet toegestaan.")},
        {413, QStringLiteral("Het verzoek is te groot.")},
        {429, QStringLiteral("Te veel verzoeken; probeer het later opnieuw.")},
        {503, QStringLiteral("De dienst is tijdelijk niet beschikbaar.")},
    };
    return Response::problem(status, QString::fromLatin1(wire::reason(status)),
                             details.value(status, QStringLiteral("Er ging iets mis op de server.")));
}

base::Html fallbackPage(int status)
{
    const Texts texts = fallbackTexts(status);
    return "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
           "<title>%1</title></head><body><main><h1>%1</h1><p>%2</p>"
           "<p><a href=\"/\">%3</a></p></main></body></html>\n"_html
        .arg(texts.title, texts.message, tr("Naar de startpagina"));
}

} // namespace regie::web
