#include "cluster/EventChannel.h"

#include <QtCore/QLoggingCategory>
#include <QtSql/QSqlDriver>
#include <QtSql/QSqlError>

namespace regie::cluster {
namespace {
Q_LOGGING_CATEGORY(lcChannel, "regie.cluster.events")

// The payload on the wire: "<instance> <event>", so a receiver can skip its own.
QByteArray frame(const QString &instance, const QByteArray &payload)
{
    return instance.toUtf8() + ' ' + payload;
}
} // namespace

EventChannel::EventChannel(storage::DatabaseConfig config, QString instance, QObject *parent)
    : QObject(parent), config_(std::move(config)), instance_(std::move(instance))
{
    check_.setInterval(kCheckIntervalMs);
    connect(&check_, &QTimer::timeout, this, &EventChannel::check);
}

EventChannel::~EventChannel() = default;

bool EventChannel::start(QString *error)
{
    if (config_.driver != storage::Driver::Postgres)
        return true; // one instance: nothing to share
    check_.start();
    return open(error);
}

bool EventChannel::open(QString *error)
{
    listening_ = false;
    db_.reset();
    db_ = storage::Database::open(config_, error);
    if (!db_)
        return false;
    QSqlDriver *driver = db_->db().driver();
    if (!driver->subscribeToNotification(kChannel)) {
        if (error)
            *error = driver->lastError().text();
        db_.reset();
        return false;
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                onNotification(name, static_cast<int>(source), payload);
            });
    listening_ = true;
    return true;
}

void EventChannel::check()
{
    // A broken connection says so only when used: ask it something small.
    if (listening_) {
        storage::Sql ping(*db_, QStringLiteral("SELECT 1"));
        if (ping.exec())
            return;
        qCWarning(lcChannel) << "event channel: connection lost; reopening";
    }
    QString error;
    if (!open(&error)) {
        qCWarning(lcChannel).noquote() << "event channel: cannot listen:" << error.left(200);
        return;
    }
    qCInfo(lcChannel) << "event channel: listening again";
    Q_EMIT reconnected();
}

bool EventChannel::send(const QByteArray &payload)
{
    if (!listening_ || payload.size() > kMaxPayloadBytes)
        return false;
    // pg_notify takes the payload as a bound value: no quoting of our own.
    storage::Sql q(*db_, QStringLiteral("SELECT pg_notify(:c, :p)"));
    q.bind(QStringLiteral(":c"), kChannel).bind(QStringLiteral(":p"), QString::fromUtf8(frame(instance_, payload)));
    if (q.exec())
        return true;
    qCWarning(lcChannel) << "event channel: notify failed; the other instances miss one event";
    return false;
}

void EventChannel::onNotification(const QString &name, int, const QVariant &payload)
{
    if (name != kChannel)
        return;
    const QByteArray data = payload.toString().toUtf8();
    const qsizetype space = data.indexOf(' ');
    if (space <= 0 || data.left(space) == instance_.toUtf8())
        return;
    Q_EMIT received(data.mid(space + 1));
}

} // namespace regie::cluster
