#pragma once
// The realtime events of several regie-server instances over PostgreSQL LISTEN/NOTIFY (no
// broker besides the database they share). Each instance sends what it published to its
// own pages; every other instance receives it and pushes it to its pages. An instance
// ignores its own notifications (its pages had the event already).
//
// The channel keeps a connection of its own (LISTEN is per connection, and a NOTIFY must
// not ride inside another transaction of the server's connection). When that connection
// breaks (failover, restart of PostgreSQL) the channel reopens it on its check timer;
// events of the gap are lost, and `reconnected` lets the owner tell its pages to reload.
//
// On SQLite there is one instance and no channel: isActive() is false, send() does nothing.

#include "storage/Database.h"

#include <QtCore/QByteArray>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>

namespace regie::cluster {

class EventChannel : public QObject {
    Q_OBJECT
public:
    // PostgreSQL refuses a NOTIFY payload of 8000 bytes or more; events are far smaller.
    static constexpr qsizetype kMaxPayloadBytes = 7900;
    static constexpr int kCheckIntervalMs = 5000;
    inline static const QString kChannel = QStringLiteral("regie_events");

    EventChannel(storage::DatabaseConfig config, QString instance, QObject *parent = nullptr);
    ~EventChannel() override;

    // Opens the connection and LISTENs (PostgreSQL only). False with the reason when the
    // database cannot be reached; the check timer keeps trying.
    bool start(QString *error);
    bool isActive() const { return listening_; }
    // Sends a payload to the other instances (dropped when too large or not listening).
    bool send(const QByteArray &payload);

Q_SIGNALS:
    void received(const QByteArray &payload);
    void reconnected();

private:
    bool open(QString *error);
    void check();
    void onNotification(const QString &name, int source, const QVariant &payload);

    storage::DatabaseConfig config_;
    QString instance_;
    std::unique_ptr<storage::Database> db_;
    QTimer check_;
    bool listening_ = false;
};

} // namespace regie::cluster
