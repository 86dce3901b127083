#pragma once
// The SOAP side of allegro-sim: sessions, the operation table (public and assumed
// operations, through the same records and codecs as the client), fault switches and the
// admin endpoints.

#include "SimHttp.h"
#include "SimStore.h"

#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>

#include <functional>

namespace regie::allegrosim {

struct FaultSwitches {
    int slowMs = 0;           // delay before every SOAP answer
    double failRate = 0;      // HTTP 503 without a SOAP body
    double soapFaultRate = 0; // SOAP fault "Server"
    double dropRate = 0;      // connection closed without an answer
    bool down = false;        // every SOAP request dropped (admin still answers)

    QJsonObject toJson() const;
    // Applies the fields present in `json`; false (and nothing changed) when invalid.
    bool apply(const QJsonObject &json, QString *error);
};

struct Credentials {
    QString username; // empty: only AllegroWebLoginTijdelijk is accepted
    QString password;
};

class SimService {
public:
    SimService(SimStore &store, FaultSwitches faults, Credentials credentials, quint32 seed);
    HttpResponse handle(const HttpRequest &request);

    static constexpr int kMaxSessions = 10'000;
    static constexpr int kSessionIdleSeconds = 20 * 60;

private:
    using Handler = std::function<HttpResponse(const SoapMessage &)>;
    template <class Req, class Resp, class F>
    void on(const Operation<Req, Resp> &op, bool needsSession, F handler);
    void registerOperations();

    HttpResponse handleSoap(const HttpRequest &request);
    HttpResponse handleAdmin(const HttpRequest &request);
    std::optional<HttpResponse> injectedFault();
    bool touchSession(const QString &id);
    QString newSession();
    LoginResponse loginResponse(const QString &session, qint32 relatieCode, const QString &userId);

    SimStore &store_;
    FaultSwitches faults_;
    Credentials credentials_;
    QRandomGenerator random_;
    QHash<QString, Handler> handlers_;
    QHash<QString, QDateTime> sessions_;
};

HttpResponse soapFault(const QString &code, const QString &text);

} // namespace regie::allegrosim
