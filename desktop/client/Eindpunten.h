#pragma once
// Every operation of the staff API that regie-desk calls, as one table: method, path
// template, success status, the query parameters it may send, and the schemas of the body
// and the answer, with the dry runs that describe them. ApiClient asserts on each call that
// it sends and decodes what its row says; tst_desk_openapi holds every row against
// citizen-web/api/openapi.json.

#include "client/Json.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::desk {

enum class Route {
    SessieMaken, SessieVernieuwen, SessieBeeindigen,
    Werkvoorraad, Verzoek, BesluitVoorbeeld, Besluit, Redenen,
    Inwoners, Overzicht, Transacties, InwonerVerzoeken, InwonerMeldingen,
    Afspraken, AfspraakOpslaan, AfspraakProberen,
    Meldingen, Audit, AuditExport, AuditVerificatie, Rapport,
    Gebruikers, UitgaandeBerichten, BerichtOpnieuw, Bewaartermijn,
    Teams, TeamMaken, TeamWijzigen,
    RedenCatalogus, RedenMaken, RedenVersies, RedenNieuweVersie, RedenIntrekken,
    Vormen, VormAfspraken, VormAfspraakOpslaan, VormAfspraakProberen,
    Rekeningen, RekeningToevoegen, RekeningBeeindigen,
    InwonerKoppelen, InwonerBeeindigen, CaseloadKoppelen,
};

struct Eindpunt {
    Route route;
    QByteArray methode;
    QString pad;            // below /api/v1, placeholders as in openapi.json: /verzoeken/{id}
    int status = 200;       // the success status
    QStringList query;      // the query parameters the desk may send
    QString invoer;         // request body schema; empty: no body
    QString antwoord;       // JSON answer schema; empty: no JSON (204, CSV)
    void (*beschrijfInvoer)(api::Beschrijvingen *) = nullptr;
    void (*beschrijfAntwoord)(api::Beschrijvingen *) = nullptr;

    // The path with the placeholders filled in order.
    QString vul(const QStringList &waarden) const;
};

const Eindpunt &eindpunt(Route route);
const QList<Eindpunt> &eindpunten();

inline constexpr const char *kApiPrefix = "/api/v1";

} // namespace regie::desk
