#include "server/Wire.h"

#include "server/StaticFiles.h"

namespace regie::web::wire {
namespace {

bool cleanHeaderValue(const QByteArray &v)
{
    return !v.contains('\r') && !v.contains('\n') && !v.contains('\0');
}

// The handler's own headers, minus what the framing owns and what could split the answer.
QByteArray handlerHeaders(const Response &response, bool handlerMayCache, bool *handlerCache)
{
    QByteArray out;
    for (const auto &[k, v] : response.headers) {
        if (!cleanHeaderValue(k) || !cleanHeaderValue(v) || k.contains(':'))
            continue;
        const QByteArray lower = k.toLower();
        if (lower == "content-length" || lower == "content-type" || lower == "connection")
            continue;
        if (lower == "cache-control") {
            // Only public routes may relax caching; personal pages and the API never.
            if (!handlerMayCache)
                continue;
            *handlerCache = true;
        }
        out += k + ": " + v + "\r\n";
    }
    return out;
}

} // namespace

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 202: return "Accepted";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 304: return "Not Modified";
    case 307: return "Temporary Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 408: return "Request Timeout";
    case 409: return "Conflict";
    case 410: return "Gone";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 415: return "Unsupported Media Type";
    case 422: return "Unprocessable Content";
    case 426: return "Upgrade Required";
    case 428: return "Precondition Required";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

Headers securityHeaders(const Config &config, bool secure, bool api)
{
    Headers h{
        {"Content-Security-Policy",
         "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
         " connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self';"
         " base-uri 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        // same-origin, not no-referrer: under no-referrer Chromium sends "Origin: null" on our own
        // form posts, which the CSRF origin check must refuse. Other sites still get no referrer.
        {"Referrer-Policy", "same-origin"},
        {"Permissions-Policy",
         "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(),"
         " microphone=(), payment=(), usb=(), interest-cohort=()"},
        {"X-Frame-Options", "DENY"},
        {"Cross-Origin-Opener-Policy", "same-origin"},
        {"Cross-Origin-Resource-Policy", "same-origin"},
    };
    if (secure || config.publicOrigin.startsWith(QLatin1String("https://")))
        h.append(std::pair<QByteArray, QByteArray>{"Strict-Transport-Security", "max-age=31536000; includeSubDomains"});
    if (api)
        h.append(std::pair<QByteArray, QByteArray>{"API-Version", config.apiVersion.toLatin1()});
    return h;
}

QByteArray responseBytes(const Config &config, const Response &response, const Framing &framing)
{
    const int status = response.status;
    const bool noBody = status == 204 || status == 304 || (status >= 100 && status < 200);
    QByteArray out;
    out.reserve(1024 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!noBody && !response.contentType.isEmpty())
        out += "Content-Type: " + response.contentType + "\r\n";
    if (!noBody)
        out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    bool handlerCache = false;
    out += handlerHeaders(response, framing.handlerMayCache, &handlerCache);
    if (framing.cacheableAsset)
        out += "Cache-Control: public, max-age=" + QByteArray::number(StaticFiles::kMaxAgeSeconds) + "\r\n";
    else if (!handlerCache)
        out += "Cache-Control: no-store\r\n";
    for (const auto &[k, v] : securityHeaders(config, framing.secure, framing.api))
        out += k + ": " + v + "\r\n";
    out += "X-Request-Id: " + framing.requestId + "\r\n";
    if (framing.closeAfter)
        out += "Connection: close\r\n";
    out += "\r\n";
    if (!noBody && !framing.head)
        out += response.body;
    return out;
}

QByteArray refusal(const Config &config, int status)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status)
                     + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 0\r\nConnection: close\r\n"
                       "Cache-Control: no-store\r\n";
    for (const auto &[k, v] : securityHeaders(config, false, false))
        out += k + ": " + v + "\r\n";
    return out + "\r\n";
}

} // namespace regie::web::wire
