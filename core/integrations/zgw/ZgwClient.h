#pragma once
// A client for the parts of the ZGW APIs (Zaken 1.5, Catalogi 1.3, Besluiten 1.0,
// Notificaties 1.0) that Regie uses. Every call carries a fresh HS256 JWT.
//
// The async methods call back exactly once, on the thread that owns the client. Each has
// a blocking twin (same name, no callback) that spins a local QEventLoop: meant for a
// worker thread that owns its own ZgwClient, and for tests. Never call those on the GUI
// thread.

#include "integrations/zgw/Jwt.h"
#include "integrations/zgw/Notificaties.h"
#include "integrations/zgw/ZgwTypes.h"

#include <QtCore/QEventLoop>
#include <QtCore/QJsonObject>
#include <QtCore/QObject>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace regie::zgw {

struct ZgwConfig {
    // Roots of each API, e.g. https://zaken.example.nl/zaken/api/v1 (no trailing slash needed).
    QUrl zakenBase;
    QUrl catalogiBase;
    QUrl besluitenBase;
    QUrl notificatiesBase;
    QString clientId;
    QByteArray secret;
    QString userId = QStringLiteral("regie");
    QString userRepresentation = QStringLiteral("Regie");
    int timeoutMs = 10000;
    qint64 maxResponseBytes = 4 * 1024 * 1024;
    int maxPages = 50; // catalogue lists are short; more pages means something is wrong
};

template <typename T>
using Callback = std::function<void(Result<T>)>;

// Runs an async call and waits for its callback in a local event loop.
template <typename T, typename Start>
Result<T> waitFor(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    start([&out, &loop](Result<T> r) {
        out = std::move(r);
        loop.quit();
    });
    if (!out)
        loop.exec();
    return std::move(*out);
}

class ZgwClient : public QObject {
    Q_OBJECT
public:
    explicit ZgwClient(ZgwConfig config, QObject *parent = nullptr);
    ~ZgwClient() override;

    const ZgwConfig &config() const { return config_; }
    // The medewerker on whose behalf the next calls are made (goes into the JWT).
    void setActingUser(const QString &userId, const QString &userRepresentation);
    QByteArray makeToken() const;

    // ---- Catalogi (all pages followed, bounded by maxPages) ----------------------------
    void listStatusTypen(const QUrl &zaaktype, Callback<QList<StatusType>> done);
    void listResultaatTypen(const QUrl &zaaktype, Callback<QList<ResultaatType>> done);
    void listRolTypen(const QUrl &zaaktype, Callback<QList<RolType>> done);
    Result<QList<StatusType>> listStatusTypen(const QUrl &zaaktype);
    Result<QList<ResultaatType>> listResultaatTypen(const QUrl &zaaktype);
    Result<QList<RolType>> listRolTypen(const QUrl &zaaktype);

    // ---- Zaken -----------------------------------------------------------------------
    void findZaak(const QString &bronorganisatie, const QString &identificatie,
                  Callback<std::optional<Zaak>> done);
    void getZaak(const QUrl &zaak, Callback<Zaak> done);
    void createZaak(const NewZaak &zaak, Callback<Zaak> done);
    void listRollen(const QUrl &zaak, Callback<QList<Rol>> done);
    void createRol(const NewRolNatuurlijkPersoon &rol, Callback<Rol> done);
    void listStatussen(const QUrl &zaak, Callback<QList<ZaakStatus>> done);
    void createStatus(const QUrl &zaak, const QUrl &statustype, const QDateTime &gezet,
                      const QString &toelichting, Callback<ZaakStatus> done);
    void listResultaten(const QUrl &zaak, Callback<QList<ZaakResultaat>> done);
    void createResultaat(const QUrl &zaak, const QUrl &resultaattype, const QString &toelichting,
                         Callback<ZaakResultaat> done);
    Result<std::optional<Zaak>> findZaak(const QString &bronorganisatie, const QString &identificatie);
    Result<Zaak> getZaak(const QUrl &zaak);
    Result<Zaak> createZaak(const NewZaak &zaak);
    Result<QList<Rol>> listRollen(const QUrl &zaak);
    Result<Rol> createRol(const NewRolNatuurlijkPersoon &rol);
    Result<QList<ZaakStatus>> listStatussen(const QUrl &zaak);
    Result<ZaakStatus> createStatus(const QUrl &zaak, const QUrl &statustype, const QDateTime &gezet,
                                    const QString &toelichting = {});
    Result<QList<ZaakResultaat>> listResultaten(const QUrl &zaak);
    Result<ZaakResultaat> createResultaat(const QUrl &zaak, const QUrl &resultaattype,
                                          const QString &toelichting);

    // ---- Besluiten -------------------------------------------------------------------
    void findBesluit(const QString &verantwoordelijkeOrganisatie, const QString &identificatie,
                     Callback<std::optional<Besluit>> done);
    void createBesluit(const NewBesluit &besluit, Callback<Besluit> done);
    Result<std::optional<Besluit>> findBesluit(const QString &verantwoordelijkeOrganisatie,
                                               const QString &identificatie);
    Result<Besluit> createBesluit(const NewBesluit &besluit);

    // ---- Notificaties ----------------------------------------------------------------
    void createAbonnement(const AbonnementRequest &request, Callback<Abonnement> done);
    Result<Abonnement> createAbonnement(const AbonnementRequest &request);
    // GET /abonnement: the spec answers a plain array; a paginated answer is followed too.
    void listAbonnementen(Callback<QList<Abonnement>> done);
    Result<QList<Abonnement>> listAbonnementen();

    // ---- Raw access (used by tests to send what the typed API refuses to) -------------
    enum class Crs { No, Yes };
    void send(const QByteArray &method, const QUrl &url, const QJsonObject &body, Crs crs,
              int expectedStatus, Callback<QJsonObject> done);
    Result<QJsonObject> send(const QByteArray &method, const QUrl &url, const QJsonObject &body,
                             Crs crs, int expectedStatus);

    static QUrl endpoint(const QUrl &base, const QString &path);

private:
    template <typename T>
    void fetchAll(const QUrl &firstPage, Crs crs, std::function<std::optional<T>(const QJsonObject &)> parse,
                  Callback<QList<T>> done);
    template <typename T>
    void fetchPage(const QUrl &page, Crs crs, int pageIndex,
                   std::shared_ptr<QList<T>> collected,
                   std::function<std::optional<T>(const QJsonObject &)> parse, Callback<QList<T>> done);
    void finish(QNetworkReply *reply, int expectedStatus, const Callback<QJsonObject> &done);
    bool sameOrigin(const QUrl &a, const QUrl &b) const;

    ZgwConfig config_;
    QNetworkAccessManager *network_;
};

// Parsers for the resources, exposed for tests. nullopt when a required field is missing.
std::optional<Zaak> parseZaak(const QJsonObject &o);
std::optional<StatusType> parseStatusType(const QJsonObject &o);
std::optional<ResultaatType> parseResultaatType(const QJsonObject &o);
std::optional<RolType> parseRolType(const QJsonObject &o);
std::optional<Rol> parseRol(const QJsonObject &o);
std::optional<ZaakStatus> parseStatus(const QJsonObject &o);
std::optional<ZaakResultaat> parseResultaat(const QJsonObject &o);
std::optional<Besluit> parseBesluit(const QJsonObject &o);
std::optional<Abonnement> parseAbonnement(const QJsonObject &o);

} // namespace regie::zgw
