#include "pages/DigidHttp.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkProxy>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>

#include <thread>

namespace regie::web {

namespace {

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("::1") || host.startsWith(QLatin1String("127."));
}

} // namespace

auth::oidc::HttpResponse DigidHttpClient::get(const QUrl &url)
{
    return run(url, nullptr, {});
}

auth::oidc::HttpResponse DigidHttpClient::postForm(const QUrl &url, const QByteArray &body,
                                                   const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    return run(url, &body, headers);
}

auth::oidc::HttpResponse DigidHttpClient::run(const QUrl &url, const QByteArray *postBody,
                                              const QList<std::pair<QByteArray, QByteArray>> &headers) const
{
    auth::oidc::HttpResponse result;
    std::thread worker([&] {
        QEventLoop loop;
        QNetworkAccessManager manager;
        if (isLoopback(url))
            manager.setProxy(QNetworkProxy::NoProxy);
        QNetworkRequest request(url);
        // The provider's answers are never followed elsewhere: a redirect is an error.
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        request.setTransferTimeout(static_cast<int>(timeout_.count()));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = nullptr;
        if (postBody) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            reply = manager.post(request, *postBody);
        } else {
            reply = manager.get(request);
        }
        QObject::connect(reply, &QNetworkReply::downloadProgress, reply, [reply, this](qint64 received, qint64) {
            if (received > maxBodyBytes_)
                reply->abort();
        });
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeout_, reply, &QNetworkReply::abort);
        loop.exec();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError && result.status == 0)
            result.error = reply->errorString();
        if (body.size() > maxBodyBytes_) {
            result.status = 0;
            result.error = QStringLiteral("response too large");
        } else {
            result.body = body;
        }
        delete reply;
    });
    worker.join();
    return result;
}

} // namespace regie::web
