#pragma once
// A Response as HTTP/1.1 bytes on the socket: the status line, the framing headers, the
// Cache-Control policy and the security headers every answer carries (docs/SERVER.md,
// "Headers on every response"). The request pipeline, the realtime streams and the
// connection guard's 413 all take their headers from here, so no answer can miss one.

#include "server/Config.h"
#include "server/Web.h"

#include <QtCore/QByteArray>
#include <QtCore/QList>

namespace regie::web::wire {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// How one response goes out, decided by the pipeline from the request and its route.
struct Framing {
    QByteArray requestId;
    bool head = false;            // HEAD: the headers of GET, no body
    bool closeAfter = false;      // Connection: close, then disconnect
    bool secure = false;          // arrived over TLS (HSTS)
    bool api = false;             // API-Version header
    bool handlerMayCache = false; // a Public route without a session: the handler's Cache-Control stands
    bool cacheableAsset = false;  // a static file: public caching
};

QByteArray reason(int status);
Headers securityHeaders(const Config &config, bool secure, bool api);
QByteArray responseBytes(const Config &config, const Response &response, const Framing &framing);
// The connection guard's answers (408, 413, 431, 503), written before Qt has parsed the
// request, hence fixed bytes without a body; the connection closes after them.
QByteArray refusal(const Config &config, int status);

} // namespace regie::web::wire
