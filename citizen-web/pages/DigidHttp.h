#pragma once
// The HTTP client the DigiD relying party uses for discovery, keys and the token request:
// asynchronous on the server's own event loop (Qt Network), so a slow or hanging broker
// never holds up other requests. Time (per call), body size and the number of calls in
// flight are bounded; redirects are not followed.

#include "auth/Oidc.h"

#include <QtCore/QHash>
#include <QtCore/QObject>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace regie::web {

class DigidHttpClient final : public QObject, public auth::oidc::HttpClient {
    Q_OBJECT
public:
    static constexpr int kMaxInFlight = 64;

    explicit DigidHttpClient(std::chrono::milliseconds timeout = std::chrono::seconds(10),
                             qint64 maxBodyBytes = 256 * 1024, QObject *parent = nullptr);
    // Calls still in flight are aborted; their callbacks do not run.
    ~DigidHttpClient() override;

    void get(const QUrl &url, Done done) override;
    void postForm(const QUrl &url, const QByteArray &body, const QList<std::pair<QByteArray, QByteArray>> &headers,
                  Done done) override;
    int inFlight() const { return static_cast<int>(inFlight_.size()); }

private:
    void start(const QUrl &url, const QByteArray *postBody, const QList<std::pair<QByteArray, QByteArray>> &headers,
               Done done);
    void finish(QNetworkReply *reply);

    std::chrono::milliseconds timeout_;
    qint64 maxBodyBytes_;
    QNetworkAccessManager *direct_;  // loopback brokers (tests, a broker on this host): no proxy
    QNetworkAccessManager *proxied_; // everything else: the system's proxy settings
    QHash<QNetworkReply *, Done> inFlight_;
};

} // namespace regie::web
