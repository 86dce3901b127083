#pragma once
// The blocking HTTP client the DigiD relying party uses for discovery, keys and the token
// request. Each call runs its own QNetworkAccessManager and event loop on a short-lived
// worker thread, so the calling thread (the HTTP server's) never re-enters its own event
// loop in the middle of a request handler. Time and body size are bounded.

#include "auth/Oidc.h"

#include <chrono>

namespace regie::web {

class DigidHttpClient final : public auth::oidc::HttpClient {
public:
    explicit DigidHttpClient(std::chrono::milliseconds timeout = std::chrono::seconds(10),
                             qint64 maxBodyBytes = 256 * 1024)
        : timeout_(timeout), maxBodyBytes_(maxBodyBytes) {}

    auth::oidc::HttpResponse get(const QUrl &url) override;
    auth::oidc::HttpResponse postForm(const QUrl &url, const QByteArray &body,
                                      const QList<std::pair<QByteArray, QByteArray>> &headers) override;

private:
    auth::oidc::HttpResponse run(const QUrl &url, const QByteArray *postBody,
                                 const QList<std::pair<QByteArray, QByteArray>> &headers) const;

    std::chrono::milliseconds timeout_;
    qint64 maxBodyBytes_;
};

} // namespace regie::web
