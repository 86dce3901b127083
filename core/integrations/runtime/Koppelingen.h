#pragma once
// The integration runtime for regie-server (and the CLI): the outbox dispatcher and the
// Allegro sync, each on its own thread with its own database connection and
// ServiceContext, and (ZGW with config.abonnement set) a short-lived thread that registers
// the notificaties abonnement with retries. start() returns at once; stop() ends the
// threads and waits.
//
//   integrations::Koppelingen koppelingen;
//   QObject::connect(&koppelingen, &Koppelingen::domainEvent, server, &Server::push);
//   koppelingen.start(config, cipher, dataPath);   // dataPath: the SQLite file
//   ... koppelingen.syncStatus() ...
//   koppelingen.stop();

#include "integrations/runtime/AllegroSync.h"
#include "integrations/runtime/KoppelingConfig.h"

#include <QtCore/QObject>
#include <QtCore/QThread>

#include <memory>

Q_DECLARE_METATYPE(regie::services::DomainEvent)

namespace regie::integrations {

class Koppelingen : public QObject {
    Q_OBJECT
public:
    explicit Koppelingen(QObject *parent = nullptr);
    ~Koppelingen() override;

    // The cipher must outlive the runtime. dataPath, when not empty, is the SQLite file
    // (overrides config.database.sqlitePath). Set runDispatcher/runSync false to run only one.
    bool start(const KoppelingConfig &config, const crypto::FieldCipher &cipher, const QString &dataPath,
               bool runDispatcher = true, bool runSync = true);
    void stop();
    bool isRunning() const;

    SyncStatus syncStatus() const; // last status reported by the sync thread

Q_SIGNALS:
    // Emitted from the worker threads; receivers in other threads get them queued.
    void domainEvent(const regie::services::DomainEvent &event);
    void syncStatusChanged(const regie::integrations::SyncStatus &status);

private:
    class Worker;
    std::unique_ptr<Worker> dispatcher_;
    std::unique_ptr<Worker> sync_;
    std::unique_ptr<Worker> abonnement_; // registers the ZGW notificaties abonnement, then ends
    mutable QMutex mutex_;
    SyncStatus status_;
};

} // namespace regie::integrations
