#pragma once
// Sends the transactional outbox. Each round takes a bounded batch of due messages, hands
// each to the sender for its topic, and records the outcome: sent (by the sender, in the
// same transaction as its record), a transient failure (retry with exponential backoff,
// 'mislukt' after maxAttempts) or a permanent one ('mislukt' at once, with the reason for
// the beheerder). Exactly-once effects come from the idempotency keys at the receivers:
// a crash between the remote call and the commit only causes a repeat that the receiver
// answers with its first result. Each message is claimed just before it is sent (outbox::claim), so
// several dispatchers (instances of regie-server, regie-koppelingen) can run on one
// database without sending a message twice.
//
// Use it on one thread with that thread's own Database and ServiceContext (the senders'
// blocking calls spin local event loops).

#include "integrations/runtime/KoppelingConfig.h"
#include "integrations/runtime/Senders.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <memory>

namespace regie::integrations {

struct DispatchRound {
    int sent = 0;
    int retried = 0;   // transient failure, scheduled again
    int gaveUp = 0;    // now 'mislukt'
    int picked() const { return sent + retried + gaveUp; }
};

class OutboxDispatcher : public QObject {
    Q_OBJECT
public:
    OutboxDispatcher(services::ServiceContext &ctx, DispatcherConfig config, QObject *parent = nullptr);

    // The dispatcher does not own senders; one sender may serve several topics.
    void setSender(const QString &topic, Sender *sender);

    DispatchRound dispatchOnce();
    // Rounds until nothing is due (or maxRounds); returns the totals.
    DispatchRound drain(int maxRounds = 1000);

    void start(); // polls every pollIntervalMs on the current thread
    void stop();

Q_SIGNALS:
    void roundFinished(int sent, int retried, int gaveUp);

private:
    void record(const outbox::Message &message, const SendOutcome &outcome, DispatchRound &round);

    services::ServiceContext &ctx_;
    DispatcherConfig config_;
    QHash<QString, Sender *> senders_;
    QTimer timer_;
    QString claimant_;
};

class MailSender;

// The senders and clients a dispatcher needs, built from the configuration and owned
// together, so a thread can create them in one go: Allegro when its URL is set, the
// zaaksysteem when zgwEnabled, mail when config.mail.enabled().
class SenderSet {
public:
    SenderSet(services::ServiceContext &ctx, const KoppelingConfig &config);
    ~SenderSet();
    void attach(OutboxDispatcher &dispatcher);

private:
    std::unique_ptr<allegro::AllegroClient> allegro_;
    std::unique_ptr<zgw::ZgwClient> zgw_;
    std::unique_ptr<AllegroBetaalopdrachtSender> betaal_;
    std::unique_ptr<AllegroBerichtSender> bericht_;
    std::unique_ptr<ZaakSender> zaak_;
    std::unique_ptr<MailSender> mail_;
};

} // namespace regie::integrations
