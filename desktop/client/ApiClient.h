#pragma once
// regie-desk's only way to the data: the staff JSON API of regie-server (/api/v1), as typed
// calls. Each call is asynchronous and answers once with an ApiResult<T>: the decoded value,
// or the problem (problem+json or no answer at all) that ApiProblem::melding() puts in
// plain Dutch. The answer goes to a callback that is dropped when its receiver (a screen)
// is gone. An expired access token is refreshed once with the refresh token (which
// rotates) and the call is repeated, so screens never see a 401 for an expiry. The refresh
// token leaves this class only through refreshTokenChanged, for the OS keychain
// (TokenKeychain); nothing secret is written to a file.

#include "client/ApiTypes.h"
#include "client/Eindpunten.h"

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace regie::desk {

template <typename T>
struct ApiResult {
    T value{};
    std::optional<ApiProblem> problem;
    bool ok() const { return !problem.has_value(); }
};

struct Geen { // the answer of a call that answers nothing (204)
};

// Which part of the queue to load.
struct WerkvoorraadVraag {
    QList<VerzoekStatus> statussen{VerzoekStatus::WachtOpAkkoord, VerzoekStatus::WachtOpTweedeAkkoord,
                                   VerzoekStatus::NietGelukt};
    std::optional<qint64> caseloadVan; // only this medewerker's caseload
};

// The teamleider's audit filters; tot is inclusive, as chosen on screen.
struct AuditFilter {
    QDate van, tot;
    QString medewerker, inwoner, acties;
};

class ApiClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Antwoord = std::function<void(ApiResult<T>)>;

    static constexpr int kTimeoutMs = 20000;
    static constexpr qint64 kMaxAnswerBytes = 64LL * 1024 * 1024;
    static constexpr int kPageSize = 100;               // the API's maximum
    static constexpr int kMaxWerkvoorraadRows = 10000;  // the queue is bounded like everything else
    static constexpr int kMaxAuditEvents = 5000;        // 50 pages of 100

    explicit ApiClient(QObject *parent = nullptr);

    void setServer(const QUrl &base);
    QUrl server() const { return base_; }
    bool loggedIn() const { return !accessToken_.isEmpty(); }
    const Gebruiker &gebruiker() const { return gebruiker_; }
    bool demo() const { return demo_; } // the server's store is a demo (from the login answer)
    QString accessToken() const { return accessToken_; }

    // Sessions. The receiver guards the callback: no answer reaches a closed screen.
    void login(const LoginInvoer &invoer, QObject *ontvanger, Antwoord<Geen> done);
    void resume(const QString &refreshToken, QObject *ontvanger, Antwoord<Geen> done); // from the keychain
    void logout(QObject *ontvanger, Antwoord<Geen> done);

    // Werkvoorraad and decisions.
    void werkvoorraad(const WerkvoorraadVraag &vraag, QObject *ontvanger, Antwoord<QList<VerzoekRegel>> done); // every page
    void verzoek(const QString &id, QObject *ontvanger, Antwoord<Verzoek> done);
    void besluitVoorbeeld(const QString &id, const BesluitInvoer &besluit, QObject *ontvanger, Antwoord<BesluitVoorbeeld> done);
    void besluit(const QString &id, const BesluitInvoer &besluit, QObject *ontvanger, Antwoord<Verzoek> done);
    void redenen(QObject *ontvanger, Antwoord<RedenLijst> done);

    // Inwoners (the first page of each list: at most kPageSize rows).
    void inwoners(QObject *ontvanger, Antwoord<Pagina<InwonerRegel>> done);
    void overzicht(const QString &inwoner, QObject *ontvanger, Antwoord<Overzicht> done);
    void transacties(const QString &inwoner, QObject *ontvanger, Antwoord<Pagina<Transactie>> done);
    void verzoekenVan(const QString &inwoner, int pageSize, QObject *ontvanger, Antwoord<Pagina<Verzoek>> done);
    void meldingenVan(const QString &inwoner, QObject *ontvanger, Antwoord<Pagina<Melding>> done);
    void afspraken(const QString &inwoner, QObject *ontvanger, Antwoord<AfspraakOverzicht> done);
    void afspraakOpslaan(const QString &inwoner, const AfspraakInvoer &invoer, QObject *ontvanger,
                         Antwoord<AfspraakOpgeslagen> done);
    void afspraakProberen(const QString &inwoner, const ProefInvoer &invoer, QObject *ontvanger, Antwoord<Proef> done);

    // The staff member's own unread meldingen (the count: totaal).
    void ongelezenMeldingen(QObject *ontvanger, Antwoord<Pagina<Melding>> done);

    // Teamleider.
    void auditEvents(const AuditFilter &filter, QObject *ontvanger, Antwoord<Pagina<AuditEvent>> done); // up to kMaxAuditEvents
    void auditCsv(const AuditFilter &filter, QObject *ontvanger, Antwoord<QByteArray> done);
    void auditVerificatie(QObject *ontvanger, Antwoord<Verificatie> done);
    void werkvoorraadRapport(const QDate &van, const QDate &tot, QObject *ontvanger, Antwoord<Rapport> done);

    // Beheer.
    void gebruikers(QObject *ontvanger, Antwoord<Pagina<Account>> done);
    void mislukteBerichten(QObject *ontvanger, Antwoord<UitgaandeBerichten> done);
    void berichtOpnieuw(qint64 id, QObject *ontvanger, Antwoord<UitgaandBericht> done);
    void bewaartermijn(QObject *ontvanger, Antwoord<Bewaartermijn> done);

    // Inrichting: teams and their contact details (beheerder), the reason catalogue and the
    // afspraken per vorm (teamleider, beheerder), own accounts (medewerker, teamleider),
    // linking an inwoner to Allegro and the caseload (beheerder).
    void teams(QObject *ontvanger, Antwoord<TeamLijst> done);
    void maakTeam(const NieuwTeam &team, QObject *ontvanger, Antwoord<Team> done);
    void wijzigTeam(qint64 id, const TeamContact &contact, QObject *ontvanger, Antwoord<Team> done);
    void redenCatalogus(QObject *ontvanger, Antwoord<RedenCatalogus> done);
    void maakReden(const NieuweReden &reden, QObject *ontvanger, Antwoord<RedenRegel> done);
    void redenVersies(const QString &code, QObject *ontvanger, Antwoord<RedenVersieLijst> done);
    void wijzigReden(const QString &code, const RedenWijziging &wijziging, QObject *ontvanger, Antwoord<RedenRegel> done);
    void trekRedenIn(const QString &code, const Motivering &waarom, QObject *ontvanger, Antwoord<RedenRegel> done);
    void vormen(QObject *ontvanger, Antwoord<VormLijst> done);
    void vormAfspraken(const QString &vorm, QObject *ontvanger, Antwoord<VormAfspraken> done);
    void vormAfspraakOpslaan(const QString &vorm, const AfspraakInvoer &invoer, QObject *ontvanger,
                             Antwoord<AfspraakOpgeslagen> done);
    void vormAfspraakProberen(const QString &vorm, const VormProefInvoer &invoer, QObject *ontvanger, Antwoord<Proef> done);
    void rekeningen(const QString &inwoner, QObject *ontvanger, Antwoord<EigenRekeningLijst> done);
    void voegRekeningToe(const QString &inwoner, const NieuweEigenRekening &rekening, QObject *ontvanger,
                         Antwoord<EigenRekening> done);
    void beeindigRekening(const QString &inwoner, qint64 rekening, const Motivering &waarom, QObject *ontvanger,
                          Antwoord<EigenRekening> done);
    void koppelInwoner(const InwonerKoppeling &koppeling, QObject *ontvanger, Antwoord<Overzicht> done);
    void beeindigInwoner(const QString &inwoner, const BeeindigInvoer &waarom, QObject *ontvanger, Antwoord<Overzicht> done);
    void koppelCaseload(const CaseloadInvoer &invoer, QObject *ontvanger, Antwoord<Caseload> done);

Q_SIGNALS:
    void refreshTokenChanged(const QString &username, const QString &refreshToken); // empty: forget it
    void sessionEnded(const QString &melding); // the refresh failed too: log in again

private:
    struct Antwoordbytes { // one HTTP answer before decoding
        int status = 0;
        QJsonObject body;
        QByteArray raw;
        std::optional<ApiProblem> problem;
        bool ok() const { return !problem.has_value(); }
    };
    using Ruw = std::function<void(const Antwoordbytes &)>;
    struct Aanroep {
        Route route;
        QStringList pad;
        QUrlQuery query;
        std::optional<QJsonObject> body;
    };

    template <typename T>
    void roep(Aanroep aanroep, QObject *ontvanger, Antwoord<T> done);
    template <typename I>
    static QJsonObject alsBody(Route route, const I &invoer);

    void perform(const Aanroep &aanroep, Ruw done, bool mayRefresh);
    void refreshThen(std::function<void(bool)> next);
    void acceptTokens(const Tokens &tokens);
    void werkvoorraadPage(WerkvoorraadVraag vraag, int page, QList<VerzoekRegel> soFar, QPointer<QObject> ontvanger,
                          Antwoord<QList<VerzoekRegel>> done);
    void auditPage(AuditFilter filter, int page, Pagina<AuditEvent> soFar, QPointer<QObject> ontvanger,
                   Antwoord<Pagina<AuditEvent>> done);
    static QUrlQuery auditQuery(const AuditFilter &filter);
    static Antwoordbytes toAntwoord(QNetworkReply *reply);

    QNetworkAccessManager *nam_;
    QUrl base_;
    QString accessToken_;
    QString refreshToken_;
    QString username_;
    Gebruiker gebruiker_;
    bool demo_ = false;
    bool refreshing_ = false;
    QList<std::function<void(bool)>> waitingForRefresh_;
};

} // namespace regie::desk
