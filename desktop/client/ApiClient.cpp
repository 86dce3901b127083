#include "client/ApiClient.h"

#include "base/Assert.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace regie::desk {

namespace {

ApiProblem opnieuwInloggen()
{
    return ApiProblem{401, {}, QCoreApplication::translate("ApiClient", "Log opnieuw in."), {}};
}

QString statusCodes(const QList<VerzoekStatus> &statussen)
{
    QStringList codes;
    for (VerzoekStatus s : statussen)
        codes.append(verzoekStatusCodes().code(s));
    return codes.join(u',');
}

} // namespace

ApiClient::ApiClient(QObject *parent) : QObject(parent), nam_(new QNetworkAccessManager(this)) {}

void ApiClient::setServer(const QUrl &base) { base_ = base.adjusted(QUrl::StripTrailingSlash); }

ApiClient::Antwoordbytes ApiClient::toAntwoord(QNetworkReply *reply)
{
    Antwoordbytes r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.raw = reply->read(kMaxAnswerBytes);
    const QJsonDocument doc = QJsonDocument::fromJson(r.raw);
    if (doc.isObject())
        r.body = doc.object();
    if (r.status >= 200 && r.status < 300)
        return r;
    api::JsonLezer lezer(r.body);
    ApiProblem p = ApiProblem::lees(lezer);
    p.status = r.status; // the HTTP status, also when there was no answer (0)
    r.problem = p;
    return r;
}

template <typename I>
QJsonObject ApiClient::alsBody(Route route, const I &invoer)
{
    REGIE_ASSERT(eindpunt(route).invoer == I::schemaNaam()); // the table says what is sent
    api::JsonSchrijver schrijver;
    invoer.schrijf(schrijver);
    return schrijver.object();
}

// Decodes the answer as the route's schema; drops it when the receiver is gone.
template <typename T>
void ApiClient::roep(Aanroep aanroep, QObject *ontvanger, Antwoord<T> done)
{
    REGIE_ASSERT(ontvanger != nullptr);
    if constexpr (!std::is_same_v<T, Geen> && !std::is_same_v<T, QByteArray>)
        REGIE_ASSERT(eindpunt(aanroep.route).antwoord == T::schemaNaam());
    perform(aanroep, [ontvanger = QPointer<QObject>(ontvanger), done = std::move(done)](const Antwoordbytes &r) {
        if (!ontvanger)
            return;
        ApiResult<T> uit;
        uit.problem = r.problem;
        if constexpr (std::is_same_v<T, QByteArray>) {
            uit.value = r.raw;
        } else if constexpr (!std::is_same_v<T, Geen>) {
            if (r.ok()) {
                api::JsonLezer lezer(r.body);
                uit.value = T::lees(lezer);
            }
        }
        done(std::move(uit));
    }, true);
}

void ApiClient::perform(const Aanroep &aanroep, Ruw done, bool mayRefresh)
{
    const Eindpunt &e = eindpunt(aanroep.route);
    for (const auto &[sleutel, waarde] : aanroep.query.queryItems())
        REGIE_ASSERT(e.query.contains(sleutel)); // only parameters the table lists
    REGIE_ASSERT(aanroep.body.has_value() == !e.invoer.isEmpty());
    QUrl url = base_;
    url.setPath(base_.path() + QLatin1String(kApiPrefix) + e.vul(aanroep.pad), QUrl::TolerantMode);
    url.setQuery(aanroep.query);
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    if (!accessToken_.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + accessToken_.toLatin1());
    QByteArray payload;
    if (aanroep.body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*aanroep.body).toJson(QJsonDocument::Compact);
    }
    QNetworkReply *reply = nam_->sendCustomRequest(request, e.methode, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, aanroep, done = std::move(done), mayRefresh]() mutable {
        reply->deleteLater();
        const Antwoordbytes result = toAntwoord(reply);
        // An expired access token: refresh once and repeat the same call.
        if (result.status == 401 && mayRefresh && !refreshToken_.isEmpty()) {
            refreshThen([this, aanroep, done = std::move(done)](bool refreshed) mutable {
                if (refreshed)
                    perform(aanroep, std::move(done), false);
                else
                    done(Antwoordbytes{401, {}, {}, opnieuwInloggen()});
            });
            return;
        }
        done(result);
    });
}

void ApiClient::acceptTokens(const Tokens &tokens)
{
    accessToken_ = tokens.accessToken;
    refreshToken_ = tokens.refreshToken;
    gebruiker_ = tokens.gebruiker;
    demo_ = tokens.demo;
    Q_EMIT refreshTokenChanged(username_, refreshToken_);
}

void ApiClient::login(const LoginInvoer &invoer, QObject *ontvanger, Antwoord<Geen> done)
{
    username_ = invoer.username;
    accessToken_.clear();
    const Aanroep aanroep{Route::SessieMaken, {}, {}, alsBody(Route::SessieMaken, invoer)};
    perform(aanroep, [this, ontvanger = QPointer<QObject>(ontvanger), done = std::move(done)](const Antwoordbytes &r) {
        if (r.ok()) {
            api::JsonLezer lezer(r.body);
            acceptTokens(Tokens::lees(lezer));
        }
        if (ontvanger)
            done(ApiResult<Geen>{{}, r.problem});
    }, false);
}

void ApiClient::resume(const QString &refreshToken, QObject *ontvanger, Antwoord<Geen> done)
{
    refreshToken_ = refreshToken;
    refreshThen([ontvanger = QPointer<QObject>(ontvanger), done = std::move(done)](bool ok) {
        if (ontvanger)
            done(ApiResult<Geen>{{}, ok ? std::nullopt : std::optional<ApiProblem>(opnieuwInloggen())});
    });
}

// One refresh at a time: calls that hit a 401 meanwhile wait for the same outcome, because
// a refresh token works once (rotation) and a second use would end the session.
void ApiClient::refreshThen(std::function<void(bool)> next)
{
    waitingForRefresh_.append(std::move(next));
    if (refreshing_)
        return;
    refreshing_ = true;
    accessToken_.clear();
    const Aanroep aanroep{Route::SessieVernieuwen, {}, {}, alsBody(Route::SessieVernieuwen, VernieuwInvoer{refreshToken_})};
    perform(aanroep, [this](const Antwoordbytes &r) {
        refreshing_ = false;
        if (r.ok()) {
            api::JsonLezer lezer(r.body);
            acceptTokens(Tokens::lees(lezer));
        } else {
            refreshToken_.clear();
            Q_EMIT refreshTokenChanged(username_, QString());
            Q_EMIT sessionEnded(r.problem->melding());
        }
        const auto waiting = std::exchange(waitingForRefresh_, {});
        for (const auto &w : waiting)
            w(r.ok());
    }, false);
}

void ApiClient::logout(QObject *ontvanger, Antwoord<Geen> done)
{
    perform(Aanroep{Route::SessieBeeindigen, {}, {}, std::nullopt},
            [this, ontvanger = QPointer<QObject>(ontvanger), done = std::move(done)](const Antwoordbytes &r) {
                accessToken_.clear();
                refreshToken_.clear();
                Q_EMIT refreshTokenChanged(username_, QString());
                if (ontvanger)
                    done(ApiResult<Geen>{{}, r.problem});
            }, false);
}

void ApiClient::werkvoorraad(const WerkvoorraadVraag &vraag, QObject *ontvanger, Antwoord<QList<VerzoekRegel>> done)
{
    werkvoorraadPage(vraag, 1, {}, ontvanger, std::move(done));
}

void ApiClient::werkvoorraadPage(WerkvoorraadVraag vraag, int page, QList<VerzoekRegel> soFar, QPointer<QObject> ontvanger,
                                 Antwoord<QList<VerzoekRegel>> done)
{
    if (!ontvanger)
        return;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("status"), statusCodes(vraag.statussen));
    if (vraag.caseloadVan)
        query.addQueryItem(QStringLiteral("medewerker"), QString::number(*vraag.caseloadVan));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    roep<Pagina<VerzoekRegel>>(Aanroep{Route::Werkvoorraad, {}, query, std::nullopt}, ontvanger,
        [this, vraag, page, soFar = std::move(soFar), ontvanger, done = std::move(done)](ApiResult<Pagina<VerzoekRegel>> r) mutable {
            if (!r.ok()) {
                done(ApiResult<QList<VerzoekRegel>>{std::move(soFar), r.problem});
                return;
            }
            soFar.append(r.value.data);
            if (page < r.value.paginas && soFar.size() < kMaxWerkvoorraadRows)
                werkvoorraadPage(vraag, page + 1, std::move(soFar), ontvanger, std::move(done));
            else
                done(ApiResult<QList<VerzoekRegel>>{std::move(soFar), std::nullopt});
        });
}

void ApiClient::verzoek(const QString &id, QObject *ontvanger, Antwoord<Verzoek> done)
{
    roep<Verzoek>(Aanroep{Route::Verzoek, {id}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::besluitVoorbeeld(const QString &id, const BesluitInvoer &besluit, QObject *ontvanger,
                                 Antwoord<BesluitVoorbeeld> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("akkoord"), besluit.akkoord ? QStringLiteral("true") : QStringLiteral("false"));
    if (!besluit.redenCode.isEmpty())
        q.addQueryItem(QStringLiteral("reden"), besluit.redenCode);
    if (!besluit.extraToelichting.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("toelichting"), QString::fromLatin1(QUrl::toPercentEncoding(besluit.extraToelichting)));
    roep<BesluitVoorbeeld>(Aanroep{Route::BesluitVoorbeeld, {id}, q, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::besluit(const QString &id, const BesluitInvoer &besluit, QObject *ontvanger, Antwoord<Verzoek> done)
{
    roep<Verzoek>(Aanroep{Route::Besluit, {id}, {}, alsBody(Route::Besluit, besluit)}, ontvanger, std::move(done));
}

void ApiClient::redenen(QObject *ontvanger, Antwoord<RedenLijst> done)
{
    roep<RedenLijst>(Aanroep{Route::Redenen, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

namespace {
QUrlQuery paginaGrootte(int n)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(n));
    return q;
}
} // namespace

void ApiClient::inwoners(QObject *ontvanger, Antwoord<Pagina<InwonerRegel>> done)
{
    roep<Pagina<InwonerRegel>>(Aanroep{Route::Inwoners, {}, paginaGrootte(kPageSize), std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::overzicht(const QString &inwoner, QObject *ontvanger, Antwoord<Overzicht> done)
{
    roep<Overzicht>(Aanroep{Route::Overzicht, {inwoner}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::transacties(const QString &inwoner, QObject *ontvanger, Antwoord<Pagina<Transactie>> done)
{
    roep<Pagina<Transactie>>(Aanroep{Route::Transacties, {inwoner}, paginaGrootte(kPageSize), std::nullopt}, ontvanger,
                              std::move(done));
}

void ApiClient::verzoekenVan(const QString &inwoner, int pageSize, QObject *ontvanger, Antwoord<Pagina<Verzoek>> done)
{
    roep<Pagina<Verzoek>>(Aanroep{Route::InwonerVerzoeken, {inwoner}, paginaGrootte(qBound(1, pageSize, kPageSize)), std::nullopt},
                           ontvanger, std::move(done));
}

void ApiClient::meldingenVan(const QString &inwoner, QObject *ontvanger, Antwoord<Pagina<Melding>> done)
{
    roep<Pagina<Melding>>(Aanroep{Route::InwonerMeldingen, {inwoner}, paginaGrootte(kPageSize), std::nullopt}, ontvanger,
                           std::move(done));
}

void ApiClient::afspraken(const QString &inwoner, QObject *ontvanger, Antwoord<AfspraakOverzicht> done)
{
    roep<AfspraakOverzicht>(Aanroep{Route::Afspraken, {inwoner}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::afspraakOpslaan(const QString &inwoner, const AfspraakInvoer &invoer, QObject *ontvanger,
                                Antwoord<AfspraakOpgeslagen> done)
{
    roep<AfspraakOpgeslagen>(Aanroep{Route::AfspraakOpslaan, {inwoner}, {}, alsBody(Route::AfspraakOpslaan, invoer)}, ontvanger,
                              std::move(done));
}

void ApiClient::afspraakProberen(const QString &inwoner, const ProefInvoer &invoer, QObject *ontvanger, Antwoord<Proef> done)
{
    roep<Proef>(Aanroep{Route::AfspraakProberen, {inwoner}, {}, alsBody(Route::AfspraakProberen, invoer)}, ontvanger,
                 std::move(done));
}

void ApiClient::ongelezenMeldingen(QObject *ontvanger, Antwoord<Pagina<Melding>> done)
{
    QUrlQuery q = paginaGrootte(1);
    q.addQueryItem(QStringLiteral("ongelezen"), QStringLiteral("true"));
    roep<Pagina<Melding>>(Aanroep{Route::Meldingen, {}, q, std::nullopt}, ontvanger, std::move(done));
}

QUrlQuery ApiClient::auditQuery(const AuditFilter &filter)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("van"), filter.van.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("tot"), filter.tot.addDays(1).toString(Qt::ISODate)); // inclusive day
    if (!filter.medewerker.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("medewerker"), filter.medewerker.trimmed());
    if (!filter.inwoner.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("inwoner"), filter.inwoner.trimmed());
    if (!filter.acties.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("acties"), QString(filter.acties).remove(u' '));
    return q;
}

void ApiClient::auditEvents(const AuditFilter &filter, QObject *ontvanger, Antwoord<Pagina<AuditEvent>> done)
{
    auditPage(filter, 1, {}, ontvanger, std::move(done));
}

void ApiClient::auditPage(AuditFilter filter, int page, Pagina<AuditEvent> soFar, QPointer<QObject> ontvanger,
                          Antwoord<Pagina<AuditEvent>> done)
{
    if (!ontvanger)
        return;
    QUrlQuery q = auditQuery(filter);
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(kPageSize));
    roep<Pagina<AuditEvent>>(Aanroep{Route::Audit, {}, q, std::nullopt}, ontvanger,
        [this, filter, page, soFar = std::move(soFar), ontvanger, done = std::move(done)](ApiResult<Pagina<AuditEvent>> r) mutable {
            if (!r.ok()) {
                done(ApiResult<Pagina<AuditEvent>>{std::move(soFar), r.problem});
                return;
            }
            soFar.data.append(r.value.data);
            soFar.totaal = r.value.totaal;
            soFar.paginas = r.value.paginas;
            if (page < r.value.paginas && soFar.data.size() < kMaxAuditEvents)
                auditPage(filter, page + 1, std::move(soFar), ontvanger, std::move(done));
            else
                done(ApiResult<Pagina<AuditEvent>>{std::move(soFar), std::nullopt});
        });
}

void ApiClient::auditCsv(const AuditFilter &filter, QObject *ontvanger, Antwoord<QByteArray> done)
{
    QUrlQuery q = auditQuery(filter);
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    roep<QByteArray>(Aanroep{Route::AuditExport, {}, q, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::auditVerificatie(QObject *ontvanger, Antwoord<Verificatie> done)
{
    roep<Verificatie>(Aanroep{Route::AuditVerificatie, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::werkvoorraadRapport(const QDate &van, const QDate &tot, QObject *ontvanger, Antwoord<Rapport> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("van"), van.toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("tot"), tot.addDays(1).toString(Qt::ISODate));
    roep<Rapport>(Aanroep{Route::Rapport, {}, q, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::gebruikers(QObject *ontvanger, Antwoord<Pagina<Account>> done)
{
    roep<Pagina<Account>>(Aanroep{Route::Gebruikers, {}, paginaGrootte(kPageSize), std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::mislukteBerichten(QObject *ontvanger, Antwoord<UitgaandeBerichten> done)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), berichtStatusCodes().code(BerichtStatus::Mislukt));
    roep<UitgaandeBerichten>(Aanroep{Route::UitgaandeBerichten, {}, q, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::berichtOpnieuw(qint64 id, QObject *ontvanger, Antwoord<UitgaandBericht> done)
{
    roep<UitgaandBericht>(Aanroep{Route::BerichtOpnieuw, {QString::number(id)}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::bewaartermijn(QObject *ontvanger, Antwoord<Bewaartermijn> done)
{
    roep<Bewaartermijn>(Aanroep{Route::Bewaartermijn, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::teams(QObject *ontvanger, Antwoord<TeamLijst> done)
{
    roep<TeamLijst>(Aanroep{Route::Teams, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::maakTeam(const NieuwTeam &team, QObject *ontvanger, Antwoord<Team> done)
{
    roep<Team>(Aanroep{Route::TeamMaken, {}, {}, alsBody(Route::TeamMaken, team)}, ontvanger, std::move(done));
}

void ApiClient::wijzigTeam(qint64 id, const TeamContact &contact, QObject *ontvanger, Antwoord<Team> done)
{
    roep<Team>(Aanroep{Route::TeamWijzigen, {QString::number(id)}, {}, alsBody(Route::TeamWijzigen, contact)}, ontvanger,
               std::move(done));
}

void ApiClient::redenCatalogus(QObject *ontvanger, Antwoord<RedenCatalogus> done)
{
    roep<RedenCatalogus>(Aanroep{Route::RedenCatalogus, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::maakReden(const NieuweReden &reden, QObject *ontvanger, Antwoord<RedenRegel> done)
{
    roep<RedenRegel>(Aanroep{Route::RedenMaken, {}, {}, alsBody(Route::RedenMaken, reden)}, ontvanger, std::move(done));
}

void ApiClient::redenVersies(const QString &code, QObject *ontvanger, Antwoord<RedenVersieLijst> done)
{
    roep<RedenVersieLijst>(Aanroep{Route::RedenVersies, {code}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::wijzigReden(const QString &code, const RedenWijziging &wijziging, QObject *ontvanger,
                            Antwoord<RedenRegel> done)
{
    roep<RedenRegel>(Aanroep{Route::RedenNieuweVersie, {code}, {}, alsBody(Route::RedenNieuweVersie, wijziging)}, ontvanger,
                     std::move(done));
}

void ApiClient::trekRedenIn(const QString &code, const Motivering &waarom, QObject *ontvanger, Antwoord<RedenRegel> done)
{
    roep<RedenRegel>(Aanroep{Route::RedenIntrekken, {code}, {}, alsBody(Route::RedenIntrekken, waarom)}, ontvanger,
                     std::move(done));
}

void ApiClient::vormen(QObject *ontvanger, Antwoord<VormLijst> done)
{
    roep<VormLijst>(Aanroep{Route::Vormen, {}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::vormAfspraken(const QString &vorm, QObject *ontvanger, Antwoord<VormAfspraken> done)
{
    roep<VormAfspraken>(Aanroep{Route::VormAfspraken, {vorm}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::vormAfspraakOpslaan(const QString &vorm, const AfspraakInvoer &invoer, QObject *ontvanger,
                                    Antwoord<AfspraakOpgeslagen> done)
{
    roep<AfspraakOpgeslagen>(Aanroep{Route::VormAfspraakOpslaan, {vorm}, {}, alsBody(Route::VormAfspraakOpslaan, invoer)},
                             ontvanger, std::move(done));
}

void ApiClient::vormAfspraakProberen(const QString &vorm, const VormProefInvoer &invoer, QObject *ontvanger,
                                     Antwoord<Proef> done)
{
    roep<Proef>(Aanroep{Route::VormAfspraakProberen, {vorm}, {}, alsBody(Route::VormAfspraakProberen, invoer)}, ontvanger,
                std::move(done));
}

void ApiClient::rekeningen(const QString &inwoner, QObject *ontvanger, Antwoord<EigenRekeningLijst> done)
{
    roep<EigenRekeningLijst>(Aanroep{Route::Rekeningen, {inwoner}, {}, std::nullopt}, ontvanger, std::move(done));
}

void ApiClient::voegRekeningToe(const QString &inwoner, const NieuweEigenRekening &rekening, QObject *ontvanger,
                                Antwoord<EigenRekening> done)
{
    roep<EigenRekening>(Aanroep{Route::RekeningToevoegen, {inwoner}, {}, alsBody(Route::RekeningToevoegen, rekening)},
                        ontvanger, std::move(done));
}

void ApiClient::beeindigRekening(const QString &inwoner, qint64 rekening, const Motivering &waarom, QObject *ontvanger,
                                 Antwoord<EigenRekening> done)
{
    roep<EigenRekening>(Aanroep{Route::RekeningBeeindigen, {inwoner, QString::number(rekening)}, {},
                                alsBody(Route::RekeningBeeindigen, waarom)},
                        ontvanger, std::move(done));
}

void ApiClient::koppelInwoner(const InwonerKoppeling &koppeling, QObject *ontvanger, Antwoord<Overzicht> done)
{
    roep<Overzicht>(Aanroep{Route::InwonerKoppelen, {}, {}, alsBody(Route::InwonerKoppelen, koppeling)}, ontvanger,
                    std::move(done));
}

void ApiClient::beeindigInwoner(const QString &inwoner, const BeeindigInvoer &waarom, QObject *ontvanger,
                                Antwoord<Overzicht> done)
{
    roep<Overzicht>(Aanroep{Route::InwonerBeeindigen, {inwoner}, {}, alsBody(Route::InwonerBeeindigen, waarom)}, ontvanger,
               std::move(done));
}

void ApiClient::koppelCaseload(const CaseloadInvoer &invoer, QObject *ontvanger, Antwoord<Caseload> done)
{
    roep<Caseload>(Aanroep{Route::CaseloadKoppelen, {}, {}, alsBody(Route::CaseloadKoppelen, invoer)}, ontvanger,
                   std::move(done));
}

} // namespace regie::desk
