#include "integrations/runtime/Koppelingen.h"

#include "integrations/runtime/NotificatieAbonnement.h"
#include "integrations/runtime/OutboxDispatcher.h"

#include <QtCore/QDeadlineTimer>
#include <QtCore/QLoggingCategory>

namespace regie::integrations {

Q_LOGGING_CATEGORY(lcRuntime, "regie.koppelingen")

// One thread: opens its own connection, builds its clients there (a QObject belongs to the
// thread that created it) and runs an event loop until stop.
class Koppelingen::Worker : public QThread {
public:
    enum class Soort { Dispatcher, Sync, Abonnement };
    Worker(Koppelingen &owner, Soort soort, KoppelingConfig config, const crypto::FieldCipher &cipher)
        : owner_(owner), soort_(soort), config_(std::move(config)), cipher_(cipher)
    {
    }

protected:
    void run() override
    {
        if (soort_ == Soort::Abonnement) {
            runAbonnement(); // talks to the zaaksysteem only, no database
            return;
        }
        QString error;
        auto db = storage::Database::open(config_.database, &error);
        if (!db) {
            qCWarning(lcRuntime, "koppelingen: cannot open the database: %s", qPrintable(error));
            return;
        }
        services::ServiceContext ctx(*db, cipher_);
        ctx.publish = [this](const services::DomainEvent &e) { Q_EMIT owner_.domainEvent(e); };
        if (soort_ == Soort::Dispatcher)
            runDispatcher(ctx);
        else
            runSync(ctx);
    }

private:
    // quit() before exec() would be lost; the interruption flag is not.
    void execUntilStopped()
    {
        QTimer watch;
        QObject::connect(&watch, &QTimer::timeout, &watch, [this] {
            if (isInterruptionRequested())
                exit(0);
        });
        watch.start(100);
        if (!isInterruptionRequested())
            exec();
    }

    void runDispatcher(services::ServiceContext &ctx)
    {
        OutboxDispatcher dispatcher(ctx, config_.dispatcher);
        SenderSet senders(ctx, config_);
        senders.attach(dispatcher);
        dispatcher.start();
        execUntilStopped();
    }

    void runAbonnement()
    {
        zgw::ZgwClient client(config_.zgw);
        zorgVoorAbonnement(client, config_.abonnement, [this](int delayMs) {
            QDeadlineTimer deadline(delayMs);
            while (!isInterruptionRequested() && !deadline.hasExpired())
                msleep(100);
            return !isInterruptionRequested();
        });
    }

    void runSync(services::ServiceContext &ctx)
    {
        allegro::AllegroClient client(config_.allegro);
        AllegroSync sync(ctx, client, config_.sync);
        QObject::connect(&sync, &AllegroSync::statusChanged, &sync, [this](const SyncStatus &s) {
            {
                QMutexLocker lock(&owner_.mutex_);
                owner_.status_ = s;
            }
            Q_EMIT owner_.syncStatusChanged(s);
        });
        sync.start();
        execUntilStopped();
    }

    Koppelingen &owner_;
    Soort soort_;
    KoppelingConfig config_;
    const crypto::FieldCipher &cipher_;
};

Koppelingen::Koppelingen(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<services::DomainEvent>();
    qRegisterMetaType<SyncStatus>();
}

Koppelingen::~Koppelingen() { stop(); }

bool Koppelingen::start(const KoppelingConfig &config, const crypto::FieldCipher &cipher, const QString &dataPath,
                        bool runDispatcher, bool runSync)
{
    if (isRunning())
        return false;
    KoppelingConfig c = config;
    if (!dataPath.isEmpty())
        c.database.sqlitePath = dataPath;
    if (runDispatcher) {
        dispatcher_ = std::make_unique<Worker>(*this, Worker::Soort::Dispatcher, c, cipher);
        dispatcher_->start();
    }
    if (runSync && !c.allegro.baseUrl.isEmpty()) {
        sync_ = std::make_unique<Worker>(*this, Worker::Soort::Sync, c, cipher);
        sync_->start();
    }
    if (c.zgwEnabled && c.abonnement.enabled()) {
        abonnement_ = std::make_unique<Worker>(*this, Worker::Soort::Abonnement, c, cipher);
        abonnement_->start();
    }
    return true;
}

void Koppelingen::stop()
{
    for (auto *worker : {dispatcher_.get(), sync_.get(), abonnement_.get()}) {
        if (worker) {
            worker->requestInterruption();
            worker->quit();
            worker->wait();
        }
    }
    dispatcher_.reset();
    sync_.reset();
    abonnement_.reset();
}

bool Koppelingen::isRunning() const
{
    return (dispatcher_ && dispatcher_->isRunning()) || (sync_ && sync_->isRunning())
        || (abonnement_ && abonnement_->isRunning());
}

SyncStatus Koppelingen::syncStatus() const
{
    QMutexLocker lock(&mutex_);
    return status_;
}

} // namespace regie::integrations
