#include "pages/DigidHttp.h"

#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

namespace regie::web {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127."));
}

} // namespace

DigidHttpClient::DigidHttpClient(std::chrono::milliseconds timeout, qint64 maxBodyBytes, QObject *parent)
    : QObject(parent), timeout_(timeout), maxBodyBytes_(maxBodyBytes), direct_(new QNetworkAccessManager(this)),
      proxied_(new QNetworkAccessManager(this))
{
    direct_->setProxy(QNetworkProxy::NoProxy);
}

DigidHttpClient::~DigidHttpClient()
{
    // Disconnected first: an abort must not call back into a relying party being torn down.
    const QList<QNetworkReply *> replies = inFlight_.keys();
    inFlight_.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
}

void DigidHttpClient::get(const QUrl &url, Done done)
{
    start(url, nullptr, {}, std::move(done));
}

void DigidHttpClient::postForm(const QUrl &url, const QByteArray &body,
                               const QList<std::pair<QByteArray, QByteArray>> &headers, Done done)
{
    start(url, &body, headers, std::move(done));
}

void DigidHttpClient::start(const QUrl &url, const QByteArray *postBody,
                            const QList<std::pair<QByteArray, QByteArray>> &headers, Done done)
{
    if (inFlight_.size() >= kMaxInFlight) {
        // Never before the call returned (HttpClient's promise).
        QTimer::singleShot(0, this, [done] { done({0, {}, QStringLiteral("too many calls in flight")}); });
        return;
    }
    QNetworkRequest request(url);
    // The provider's answers are never followed elsewhere: a redirect is an error.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(static_cast<int>(timeout_.count()));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkAccessManager *manager = isLoopback(url) ? direct_ : proxied_;
    QNetworkReply *reply = nullptr;
    if (postBody) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = manager->post(request, *postBody);
    } else {
        reply = manager->get(request);
    }
    inFlight_.insert(reply, std::move(done));
    connect(reply, &QNetworkReply::downloadProgress, this, [reply, this](qint64 received, qint64) {
        if (received > maxBodyBytes_)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    // The transfer timeout restarts on every byte; this bounds the whole call.
    QTimer::singleShot(timeout_, reply, &QNetworkReply::abort);
}

void DigidHttpClient::finish(QNetworkReply *reply)
{
    const Done done = inFlight_.take(reply);
    reply->deleteLater();
    if (!done)
        return;
    auth::oidc::HttpResponse result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.error = reply->errorString();
    // Aborted (too slow or too large) after the status line arrived: the body is cut short.
    if (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError) {
        result.status = 0;
        result.error = QStringLiteral("aborted: too slow or too large");
    } else if (body.size() > maxBodyBytes_) {
        result.status = 0;
        result.error = QStringLiteral("response too large");
    } else {
        result.body = body;
    }
    done(result);
}

} // namespace regie::web
