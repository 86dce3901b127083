#pragma once
// Structured logs: one JSON object per line on stderr, so log shippers need no parsing
// rules. Request lines carry the route PATTERN ("/verzoeken/{id}"), never the concrete
// path, query string, cookies or any personal data.

#include <QtCore/QLoggingCategory>
#include <QtCore/QString>

namespace regie::web {

Q_DECLARE_LOGGING_CATEGORY(lcAccess)

struct AccessLogEntry {
    QString requestId;
    QString method;
    QString route;       // pattern or a fixed label such as "(static)", "(none)"
    int status = 0;
    double durationMs = 0; // a duration, not money
    bool api = false;
};

// Installs the QtMessageHandler that writes JSON lines to stderr. Idempotent.
void installJsonLogHandler();
// Formats one message the way the handler does (for tests).
QByteArray formatJsonLine(QtMsgType type, const char *category, const QString &message);
void logAccess(const AccessLogEntry &entry);

} // namespace regie::web
