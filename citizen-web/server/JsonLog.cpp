#include "server/JsonLog.h"

#include "server/Metrics.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QMutex>

#include <cstdio>

namespace regie::web {

Q_LOGGING_CATEGORY(lcAccess, "regie.access")

namespace {

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray line = formatJsonLine(type, context.category, message);
    static QMutex mutex; // lines from several threads must not interleave
    {
        QMutexLocker lock(&mutex);
        std::fwrite(line.constData(), 1, static_cast<size_t>(line.size()), stderr);
        std::fflush(stderr);
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QByteArray formatJsonLine(QtMsgType type, const char *category, const QString &message)
{
    QJsonObject o;
    if (category && qstrcmp(category, "regie.access") == 0) {
        // Access lines are already a JSON object built from fixed fields.
        o = QJsonDocument::fromJson(message.toUtf8()).object();
    }
    if (o.isEmpty())
        o.insert(QStringLiteral("msg"), message.left(2000));
    o.insert(QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("level"), QLatin1String(levelName(type)));
    o.insert(QStringLiteral("category"), QLatin1String(category ? category : "default"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

void installJsonLogHandler()
{
    qInstallMessageHandler(handler);
}

void logAccess(const AccessLogEntry &e)
{
    httpMetrics().observe(e); // the one place every answered request passes
    QJsonObject o;
    o.insert(QStringLiteral("msg"), QStringLiteral("request"));
    o.insert(QStringLiteral("request_id"), e.requestId);
    o.insert(QStringLiteral("method"), e.method);
    o.insert(QStringLiteral("route"), e.route);
    o.insert(QStringLiteral("status"), e.status);
    o.insert(QStringLiteral("duration_ms"), qRound(e.durationMs * 100) / 100.0);
    o.insert(QStringLiteral("api"), e.api);
    qCInfo(lcAccess).noquote() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace regie::web
