#pragma once
// zgw-sim: the part of a ZGW zaaksysteem that Regie talks to, served under
//   /catalogi/api/v1, /zaken/api/v1, /besluiten/api/v1, /notificaties/api/v1
// Every request is checked, in this order: faults (reject-all, fail-rate), the JWT
// (HS256 signature, iss/iat/client_id), the OpenAPI spec of that API (headers, query
// parameters, body schema), then the business rules a real zaaksysteem enforces
// (zrc-007 resultaat before eindstatus, unique identificatie per organisatie, references
// to existing objects of the right zaaktype). /admin/faults and /admin/state are for tests.
// Stored writes are announced to matching abonnementen as Notificaties API notifications
// (checked against the consumer webhook spec before sending).

#include "MiniHttpServer.h"
#include "OpenApiValidator.h"
#include "SimStore.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QNetworkAccessManager>

#include <memory>

namespace regie::zgwsim {

struct SimOptions {
    QString dataFile; // empty: in memory
    QByteArray secret = "zgw-sim-secret";
    QString specDir = QStringLiteral(ZGW_SIM_SPEC_DIR);
    double failRate = 0.0;
    int slowMs = 0;
    bool rejectAll = false;
    int pageSize = 100;
    quint32 seed = 0; // 0: random
};

struct Faults {
    double failRate = 0.0;
    int slowMs = 0;
    bool rejectAll = false;
    int failAfterCommit = 0; // next N successful writes are stored but answered with 500
};

class ZgwSim : public QObject {
    Q_OBJECT
public:
    explicit ZgwSim(SimOptions options, QObject *parent = nullptr);
    bool start(const QHostAddress &address, quint16 port, QString *error);
    quint16 port() const;
    QString origin() const { return origin_; }

    HttpResponse handle(const HttpRequest &request);

    // Seeded catalogue, for tests and the docs.
    QString zaaktypeUrl() const;
    QString besluittypeUrl() const;

private:
    struct Api {
        QString prefix;
        QString name;
        std::shared_ptr<OpenApiValidator> validator;
    };
    struct Call {
        const Api *api;
        QString resource; // first path segment after the prefix
        QString uuid;     // second segment, if any
        QList<std::pair<QString, QString>> query;
        QJsonObject body;
    };

    HttpResponse admin(const HttpRequest &request);
    HttpResponse authorizeAndDispatch(const Api &api, const HttpRequest &request);
    HttpResponse dispatch(const Call &call, const QByteArray &method);
    HttpResponse catalogi(const Call &call);
    HttpResponse list(const Call &call, const QList<QJsonObject> &items, const QStringList &filterFields);
    HttpResponse createZaak(const Call &call);
    HttpResponse createRol(const Call &call);
    HttpResponse createStatus(const Call &call);
    HttpResponse createResultaat(const Call &call);
    HttpResponse createBesluit(const Call &call);
    HttpResponse createAbonnement(const Call &call);
    HttpResponse getStored(const QString &kind, const QString &uuid);
    HttpResponse created(const StoredResource &resource);

    void seedCatalog();
    QJsonObject zaakView(const StoredResource &zaak) const;
    QList<QJsonObject> views(const QString &kind) const;
    QJsonObject state() const;
    std::optional<QJsonObject> catalogObject(const QString &resource, const QString &url) const;
    std::optional<StoredResource> storedByUrl(const QString &kind, const QString &apiPrefix,
                                              const QString &resource, const QString &url) const;
    QString newUrl(const QString &apiPrefix, const QString &resource, const QString &uuid) const;
    void notify(const StoredResource &resource);

    SimOptions options_;
    Faults faults_;
    QRandomGenerator random_;
    QString origin_;
    QList<Api> apis_;
    QHash<QString, QList<QJsonObject>> catalog_;
    std::unique_ptr<SimStore> store_;
    std::shared_ptr<OpenApiValidator> webhookSpec_;
    QNetworkAccessManager *network_;
    MiniHttpServer *server_;
};

HttpResponse problem(int status, const QString &code, const QString &title, const QString &detail,
                     const QList<InvalidParam> &params = {});

} // namespace regie::zgwsim
