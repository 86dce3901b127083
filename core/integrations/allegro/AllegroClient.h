#pragma once
// AllegroClient talks SOAP to Allegro over QNetworkAccessManager. It owns the RemObjects
// session: it logs in before the first call (AllegroWebLogin with credentials, or
// AllegroWebLoginTijdelijk without), sends the session id in ROClientIDHeader, and logs in
// once more when Allegro says the session has expired. Every call has a transfer timeout
// and a bounded response size; every outcome is a Result<T>, never an exception.
//
// Async: call(op, request, callback); the callback runs on the client's thread.
// Blocking: callBlocking(op, request) spins a local QEventLoop -- for worker threads and
// tests, never for a UI thread. Create the client in the thread that uses it.

#include "integrations/allegro/AllegroError.h"
#include "integrations/allegro/AssumedOperations.h"
#include "integrations/allegro/Codec.h"
#include "integrations/allegro/Operations.h"

#include <QtCore/QEventLoop>
#include <QtCore/QObject>
#include <QtCore/QTimer>
#include <QtCore/QUrl>

#include <functional>
#include <memory>
#include <type_traits>

class QNetworkAccessManager;
class QNetworkReply;

namespace regie::allegro {

struct ClientConfig {
    QUrl baseUrl;      // endpoint without query; "?service=NAME" is added per call
    QString username;  // empty: anonymous AllegroWebLoginTijdelijk
    QString password;  // never logged
    int timeoutMs = 15'000;                        // per HTTP exchange
    qint64 maxResponseBytes = 8 * 1024 * 1024;     // refused beyond this
    XmlLimits limits;                              // depth, element count, text size
    int maxQueuedCalls = 256;                      // calls waiting for a login
};

class AllegroClient : public QObject {
    Q_OBJECT
public:
    explicit AllegroClient(ClientConfig config, QObject *parent = nullptr);
    ~AllegroClient() override;

    const ClientConfig &config() const { return config_; }
    void setTimeoutMs(int timeoutMs) { config_.timeoutMs = timeoutMs; }
    bool hasSession() const { return !sessionId_.isEmpty(); }
    void forgetSession() { sessionId_.clear(); }

    template <class Req, class Resp>
    void call(const Operation<Req, Resp> &op, const std::type_identity_t<Req> &request,
              std::type_identity_t<std::function<void(Result<Resp>)>> done)
    {
        const OperationName name = op.name;
        const XmlLimits limits = config_.limits;
        exchange(name, [name, request](const QString &session) { return writeRequest(name, request, session); },
                 [name, limits, done = std::move(done)](const Error &error, const QByteArray &body) {
                     if (error.isError())
                         return done(Result<Resp>::failure(error));
                     done(readResponse<Resp>(name, body, limits));
                 });
    }

    template <class Req, class Resp>
    Result<Resp> callBlocking(const Operation<Req, Resp> &op, const std::type_identity_t<Req> &request)
    {
        auto state = std::make_shared<BlockingState<Resp>>();
        call(op, request, [state](Result<Resp> r) {
            state->result = std::move(r);
            if (state->loop)
                state->loop->quit();
        });
        return waitFor(state, op.name);
    }

    // Logs in now (normally implicit). The session id is kept for later calls.
    void login(std::function<void(Result<LoginResponse>)> done);
    Result<LoginResponse> loginBlocking();

Q_SIGNALS:
    void sessionStarted();
    // For monitoring: operation "Service.Operation", Error::Kind name, staff message.
    void callFailed(const QString &operation, const QString &kind, const QString &message);

private:
    using RawDone = std::function<void(const Error &, const QByteArray &)>;
    using Builder = std::function<QByteArray(const QString &sessionId)>;

    template <class Resp>
    struct BlockingState {
        std::optional<Result<Resp>> result;
        QEventLoop *loop = nullptr;
    };

    template <class Resp>
    Result<Resp> waitFor(const std::shared_ptr<BlockingState<Resp>> &state, const OperationName &name)
    {
        if (!state->result) {
            QEventLoop loop;
            state->loop = &loop;
            // Login + call + re-login + retry is the longest path; beyond that, give up.
            QTimer::singleShot(4 * config_.timeoutMs + 1000, &loop, &QEventLoop::quit);
            loop.exec();
            state->loop = nullptr;
        }
        if (!state->result)
            return Result<Resp>::failure(timeoutError(name));
        return std::move(*state->result);
    }

    void exchange(const OperationName &name, Builder build, RawDone done);
    void sendWithSession(const OperationName &name, Builder build, RawDone done, bool retried);
    void ensureSession(std::function<void(const Error &)> then);
    void startLogin();
    void finishLogin(const Error &error);
    void post(const OperationName &name, const QByteArray &body, RawDone done);
    Error classifyReply(QNetworkReply *reply, const QByteArray &body, bool tooLarge) const;
    Error timeoutError(const OperationName &name) const;
    void report(const OperationName &name, const Error &error);

    ClientConfig config_;
    QNetworkAccessManager *network_ = nullptr;
    QString sessionId_; // secret: never logged
    bool loginInFlight_ = false;
    std::vector<std::function<void(const Error &)>> waitingForLogin_;
};

} // namespace regie::allegro
