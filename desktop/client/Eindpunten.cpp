#include "client/Eindpunten.h"

#include "client/ApiTypes.h"

#include "base/Assert.h"

#include <QtCore/QRegularExpression>
#include <QtCore/QUrl>

namespace regie::desk {

namespace {

template <typename T>
void lezer(api::Beschrijvingen *uit)
{
    api::JsonLezer::beschrijf<T>(uit);
}

template <typename T>
void schrijver(api::Beschrijvingen *uit)
{
    api::JsonSchrijver::beschrijf<T>(uit);
}

template <typename T>
Eindpunt leest(Route route, const char *methode, const char *pad, int status, QStringList query = {})
{
    return Eindpunt{route, methode, QString::fromLatin1(pad), status, std::move(query), {}, T::schemaNaam(), nullptr, &lezer<T>};
}

template <typename I, typename T>
Eindpunt stuurt(Route route, const char *methode, const char *pad, int status)
{
    return Eindpunt{route, methode, QString::fromLatin1(pad), status, {}, I::schemaNaam(), T::schemaNaam(), &schrijver<I>, &lezer<T>};
}

// An answer without JSON: 204, or a file.
Eindpunt zonderJson(Route route, const char *methode, const char *pad, int status, QStringList query = {})
{
    return Eindpunt{route, methode, QString::fromLatin1(pad), status, std::move(query), {}, {}, nullptr, nullptr};
}

QStringList q(std::initializer_list<const char *> namen)
{
    QStringList out;
    for (const char *n : namen)
        out.append(QString::fromLatin1(n));
    return out;
}

QList<Eindpunt> maakTabel()
{
    QList<Eindpunt> t{
        stuurt<LoginInvoer, Tokens>(Route::SessieMaken, "POST", "/sessies", 201),
        stuurt<VernieuwInvoer, Tokens>(Route::SessieVernieuwen, "POST", "/sessies/vernieuwen", 200),
        zonderJson(Route::SessieBeeindigen, "DELETE", "/sessies", 204),
        leest<Pagina<VerzoekRegel>>(Route::Werkvoorraad, "GET", "/verzoeken", 200, q({"status", "medewerker", "page", "pageSize"})),
        leest<Verzoek>(Route::Verzoek, "GET", "/verzoeken/{id}", 200),
        leest<BesluitVoorbeeld>(Route::BesluitVoorbeeld, "GET", "/verzoeken/{id}/besluit-voorbeeld", 200,
                                q({"akkoord", "reden", "toelichting"})),
        stuurt<BesluitInvoer, Verzoek>(Route::Besluit, "POST", "/verzoeken/{id}/besluit", 200),
        leest<RedenLijst>(Route::Redenen, "GET", "/redenen", 200),
        leest<Pagina<InwonerRegel>>(Route::Inwoners, "GET", "/inwoners", 200, q({"pageSize"})),
        leest<Overzicht>(Route::Overzicht, "GET", "/inwoners/{id}", 200),
        leest<Pagina<Transactie>>(Route::Transacties, "GET", "/inwoners/{id}/transacties", 200, q({"pageSize"})),
        leest<Pagina<Verzoek>>(Route::InwonerVerzoeken, "GET", "/inwoners/{id}/verzoeken", 200, q({"pageSize"})),
        leest<Pagina<Melding>>(Route::InwonerMeldingen, "GET", "/inwoners/{id}/meldingen", 200, q({"pageSize"})),
        leest<AfspraakOverzicht>(Route::Afspraken, "GET", "/inwoners/{id}/afspraken", 200),
        stuurt<AfspraakInvoer, AfspraakOpgeslagen>(Route::AfspraakOpslaan, "POST", "/inwoners/{id}/afspraken", 201),
        stuurt<ProefInvoer, Proef>(Route::AfspraakProberen, "POST", "/inwoners/{id}/afspraken/proberen", 200),
        leest<Pagina<Melding>>(Route::Meldingen, "GET", "/meldingen", 200, q({"ongelezen", "pageSize"})),
        leest<Pagina<AuditEvent>>(Route::Audit, "GET", "/audit", 200,
                                  q({"van", "tot", "medewerker", "inwoner", "acties", "page", "pageSize"})),
        zonderJson(Route::AuditExport, "GET", "/audit/export", 200, q({"van", "tot", "medewerker", "inwoner", "acties", "format"})),
        leest<Verificatie>(Route::AuditVerificatie, "GET", "/audit/verificatie", 200),
        leest<Rapport>(Route::Rapport, "GET", "/rapportages/werkvoorraad", 200, q({"van", "tot"})),
        leest<Pagina<Account>>(Route::Gebruikers, "GET", "/gebruikers", 200, q({"pageSize"})),
        leest<UitgaandeBerichten>(Route::UitgaandeBerichten, "GET", "/uitgaande-berichten", 200, q({"status"})),
        leest<UitgaandBericht>(Route::BerichtOpnieuw, "POST", "/uitgaande-berichten/{id}/opnieuw", 200),
        leest<Bewaartermijn>(Route::Bewaartermijn, "GET", "/bewaartermijn", 200),
        leest<TeamLijst>(Route::Teams, "GET", "/teams", 200),
        stuurt<NieuwTeam, Team>(Route::TeamMaken, "POST", "/teams", 201),
        stuurt<TeamContact, Team>(Route::TeamWijzigen, "PATCH", "/teams/{id}", 200),
        leest<RedenCatalogus>(Route::RedenCatalogus, "GET", "/redencatalogus", 200),
        stuurt<NieuweReden, RedenRegel>(Route::RedenMaken, "POST", "/redencatalogus", 201),
        leest<RedenVersieLijst>(Route::RedenVersies, "GET", "/redencatalogus/{code}/versies", 200),
        stuurt<RedenWijziging, RedenRegel>(Route::RedenNieuweVersie, "POST", "/redencatalogus/{code}/versies", 201),
        stuurt<Motivering, RedenRegel>(Route::RedenIntrekken, "POST", "/redencatalogus/{code}/intrekken", 200),
        leest<VormLijst>(Route::Vormen, "GET", "/vormen", 200),
        leest<VormAfspraken>(Route::VormAfspraken, "GET", "/vormen/{code}/afspraken", 200),
        stuurt<AfspraakInvoer, AfspraakOpgeslagen>(Route::VormAfspraakOpslaan, "POST", "/vormen/{code}/afspraken", 201),
        stuurt<VormProefInvoer, Proef>(Route::VormAfspraakProberen, "POST", "/vormen/{code}/afspraken/proberen", 200),
        leest<EigenRekeningLijst>(Route::Rekeningen, "GET", "/inwoners/{id}/rekeningen", 200),
        stuurt<NieuweEigenRekening, EigenRekening>(Route::RekeningToevoegen, "POST", "/inwoners/{id}/rekeningen", 201),
        stuurt<Motivering, EigenRekening>(Route::RekeningBeeindigen, "POST", "/inwoners/{id}/rekeningen/{rekeningId}/beeindigen", 200),
        stuurt<InwonerKoppeling, Overzicht>(Route::InwonerKoppelen, "POST", "/inwoners", 201),
        stuurt<BeeindigInvoer, Overzicht>(Route::InwonerBeeindigen, "POST", "/inwoners/{id}/beeindigen", 200),
        stuurt<CaseloadInvoer, Caseload>(Route::CaseloadKoppelen, "POST", "/caseloads", 201),
    };
    for (int i = 0; i < t.size(); ++i)
        REGIE_ASSERT(static_cast<int>(t[i].route) == i); // eindpunt() indexes by route
    return t;
}

} // namespace

QString Eindpunt::vul(const QStringList &waarden) const
{
    static const QRegularExpression plek(QStringLiteral("\\{[^}]+\\}"));
    QString uit = pad;
    for (const QString &w : waarden) {
        const QRegularExpressionMatch m = plek.match(uit);
        REGIE_ASSERT(m.hasMatch());
        uit.replace(m.capturedStart(), m.capturedLength(), QString::fromLatin1(QUrl::toPercentEncoding(w)));
    }
    REGIE_ASSERT(!plek.match(uit).hasMatch()); // every placeholder filled
    return uit;
}

const QList<Eindpunt> &eindpunten()
{
    static const QList<Eindpunt> tabel = maakTabel();
    return tabel;
}

const Eindpunt &eindpunt(Route route) { return eindpunten().at(static_cast<int>(route)); }

} // namespace regie::desk
