#include "integrations/allegro/AllegroClient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace regie::allegro {

Q_LOGGING_CATEGORY(lcAllegro, "regie.allegro")

namespace {

QString qualified(const OperationName &name)
{
    return name.service + u'.' + name.operation;
}

bool isLoginOperation(const OperationName &name)
{
    return name == ops::kLogin.name || name == ops::kLoginTijdelijk.name;
}

} // namespace

AllegroClient::AllegroClient(ClientConfig config, QObject *parent)
    : QObject(parent), config_(std::move(config)), network_(new QNetworkAccessManager(this))
{
}

AllegroClient::~AllegroClient() = default;

void AllegroClient::exchange(const OperationName &name, Builder build, RawDone done)
{
    if (isLoginOperation(name))
        return post(name, build(QString()), std::move(done));
    ensureSession([this, name, build = std::move(build), done = std::move(done)](const Error &error) mutable {
        if (error.isError())
            return done(error, {});
        sendWithSession(name, std::move(build), std::move(done), false);
    });
}

void AllegroClient::sendWithSession(const OperationName &name, Builder build, RawDone done, bool retried)
{
    const QByteArray body = build(sessionId_);
    post(name, body, [this, name, build, done, retried](const Error &error, const QByteArray &reply) mutable {
        if (!error.isSessionExpired() || retried)
            return done(error, reply);
        qCInfo(lcAllegro) << "session expired, logging in again for" << qualified(name);
        sessionId_.clear();
        ensureSession([this, name, build = std::move(build), done = std::move(done)](const Error &loginError) mutable {
            if (loginError.isError())
                return done(loginError, {});
            sendWithSession(name, std::move(build), std::move(done), true);
        });
    });
}

void AllegroClient::ensureSession(std::function<void(const Error &)> then)
{
    if (!sessionId_.isEmpty())
        return then({});
    if (static_cast<int>(waitingForLogin_.size()) >= config_.maxQueuedCalls) {
        return then(Error::make(Error::Kind::Network,
                                QCoreApplication::translate("Allegro", "Too many calls are waiting for the Allegro login.")));
    }
    waitingForLogin_.push_back(std::move(then));
    if (!loginInFlight_)
        startLogin();
}

void AllegroClient::startLogin()
{
    loginInFlight_ = true;
    login([this](const Result<LoginResponse> &result) { finishLogin(result.error); });
}

void AllegroClient::finishLogin(const Error &error)
{
    loginInFlight_ = false;
    auto waiting = std::move(waitingForLogin_);
    waitingForLogin_.clear();
    for (auto &w : waiting)
        w(error);
}

void AllegroClient::login(std::function<void(Result<LoginResponse>)> done)
{
    auto accept = [this, done = std::move(done)](Result<LoginResponse> r) {
        if (r.ok() && (!r.value->Result || r.value->aUserInfo.SessionID.isEmpty())) {
            r = Result<LoginResponse>::failure(Error::make(
                Error::Kind::Rejected,
                QCoreApplication::translate("Allegro", "Allegro refused the login. Check the Allegro account settings.")));
        }
        if (r.ok()) {
            sessionId_ = r.value->aUserInfo.SessionID;
            Q_EMIT sessionStarted();
        }
        done(std::move(r));
    };
    if (config_.username.isEmpty())
        return call(ops::kLoginTijdelijk, NoParameters{}, std::move(accept));
    call(ops::kLogin, AllegroWebLoginRequest{config_.username, config_.password}, std::move(accept));
}

Result<LoginResponse> AllegroClient::loginBlocking()
{
    auto state = std::make_shared<BlockingState<LoginResponse>>();
    login([state](Result<LoginResponse> r) {
        state->result = std::move(r);
        if (state->loop)
            state->loop->quit();
    });
    return waitFor(state, ops::kLoginTijdelijk.name);
}

void AllegroClient::post(const OperationName &name, const QByteArray &body, RawDone done)
{
    QUrl url = config_.baseUrl;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("service"), name.service);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=utf-8"));
    request.setRawHeader("SOAPAction", '"' + name.soapAction().toUtf8() + '"');
    request.setTransferTimeout(config_.timeoutMs);
    QNetworkReply *reply = network_->post(request, body);

    auto buffer = std::make_shared<QByteArray>();
    auto tooLarge = std::make_shared<bool>(false);
    const qint64 limit = config_.maxResponseBytes;
    auto guard = [reply, buffer, tooLarge, limit] {
        if (*tooLarge || !reply->isOpen())
            return; // after abort() (timeout or too large) there is nothing left to read
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if ((length.isValid() && length.toLongLong() > limit) || buffer->size() + reply->bytesAvailable() > limit) {
            *tooLarge = true;
            reply->abort();
            return;
        }
        buffer->append(reply->readAll());
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, guard);
    connect(reply, &QNetworkReply::readyRead, this, guard);
    connect(reply, &QNetworkReply::finished, this, [this, reply, buffer, tooLarge, guard, name, done = std::move(done)] {
        reply->deleteLater();
        guard();
        const Error error = classifyReply(reply, *buffer, *tooLarge);
        report(name, error);
        done(error, error.isError() ? QByteArray() : *buffer);
    });
}

Error AllegroClient::classifyReply(QNetworkReply *reply, const QByteArray &body, bool tooLarge) const
{
    if (tooLarge) {
        return Error::make(Error::Kind::TooLarge,
                           QCoreApplication::translate("Allegro", "Allegro's answer is larger than %1 bytes.")
                               .arg(config_.maxResponseBytes));
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto netError = reply->error();
    if (netError == QNetworkReply::NoError && status == 200)
        return {};
    if (netError == QNetworkReply::OperationCanceledError || netError == QNetworkReply::TimeoutError) {
        return Error::make(Error::Kind::Timeout,
                           QCoreApplication::translate("Allegro", "Allegro did not answer within %1 ms.")
                               .arg(config_.timeoutMs));
    }
    if (status == 0) {
        return Error::make(Error::Kind::Network,
                           QCoreApplication::translate("Allegro", "Allegro cannot be reached (%1).")
                               .arg(reply->errorString()));
    }
    // RemObjects sends SOAP faults with HTTP 500: the fault is the real answer.
    auto message = parseEnvelope(body, config_.limits);
    if (!message.ok() && message.error.kind == Error::Kind::SoapFault) {
        Error e = message.error;
        e.httpStatus = status;
        return e;
    }
    Error e = Error::make(Error::Kind::Http,
                          QCoreApplication::translate("Allegro", "Allegro answered with HTTP status %1.").arg(status));
    e.httpStatus = status;
    return e;
}

Error AllegroClient::timeoutError(const OperationName &name) const
{
    return Error::make(Error::Kind::Timeout,
                       QCoreApplication::translate("Allegro", "Allegro did not finish %1 in time.").arg(qualified(name)));
}

void AllegroClient::report(const OperationName &name, const Error &error)
{
    if (!error.isError())
        return;
    // Messages hold no personal data (faultstrings are redacted on parse).
    qCWarning(lcAllegro).noquote() << qualified(name) << kindName(error.kind) << error.message;
    Q_EMIT callFailed(qualified(name), kindName(error.kind), error.message);
}

} // namespace regie::allegro
