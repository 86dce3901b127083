#include "integrations/runtime/OutboxDispatcher.h"

#include "cluster/Lease.h"
#include "integrations/runtime/MailSender.h"

#include <QtCore/QAtomicInteger>

#include <QtCore/QLoggingCategory>
#include <QtCore/QThread>

#include <limits>

namespace regie::integrations {

Q_LOGGING_CATEGORY(lcDispatcher, "regie.koppelingen.outbox")

namespace {

// A known topic whose system is not configured here waits (it may be configured later, or
// sent by another process); an unknown topic can never be sent.
SendOutcome withoutSender(const QString &topic)
{
    static const QStringList kKnown{outbox::topics::kAllegroBetaalopdracht, outbox::topics::kAllegroBericht,
                                    outbox::topics::kZaakAanmaken, outbox::topics::kZaakAfronden,
                                    outbox::topics::kMail};
    if (kKnown.contains(topic))
        return SendOutcome::transient(QStringLiteral("koppeling niet ingesteld voor ") + topic);
    return SendOutcome::permanent(QStringLiteral("onbekend onderwerp ") + topic.left(40));
}

} // namespace

OutboxDispatcher::OutboxDispatcher(services::ServiceContext &ctx, DispatcherConfig config, QObject *parent)
    : QObject(parent), ctx_(ctx), config_(config)
{
    // Names the dispatcher in its claims (for the beheerder looking at a stuck message).
    static QAtomicInteger<quint64> dispatchers;
    claimant_ = cluster::instanceName() + QStringLiteral("/%1").arg(dispatchers.fetchAndAddRelaxed(1));
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        const DispatchRound round = dispatchOnce();
        // A full batch means more is waiting: go on at once; otherwise wait.
        timer_.start(round.picked() >= config_.batchSize ? 0 : config_.pollIntervalMs);
    });
}

void OutboxDispatcher::setSender(const QString &topic, Sender *sender) { senders_.insert(topic, sender); }

DispatchRound OutboxDispatcher::dispatchOnce()
{
    DispatchRound round;
    const QList<outbox::Message> batch = outbox::due(ctx_.db, ctx_.now(), qBound(1, config_.batchSize, 1000));
    for (const outbox::Message &message : batch) {
        if (QThread::currentThread()->isInterruptionRequested())
            break; // stopping: the rest stays due for the next start
        // Claimed just before the call: another dispatcher (a second instance,
        // regie-koppelingen) skips it until it is sent, failed or the claim ran out.
        const QDateTime now = ctx_.now();
        if (!outbox::claim(ctx_.db, message.id, claimant_, now, now.addMSecs(config_.claimMs)))
            continue;
        Sender *sender = senders_.value(message.topic);
        record(message, sender ? sender->send(message) : withoutSender(message.topic), round);
    }
    if (round.picked() > 0)
        Q_EMIT roundFinished(round.sent, round.retried, round.gaveUp);
    return round;
}

DispatchRound OutboxDispatcher::drain(int maxRounds)
{
    DispatchRound total;
    for (int i = 0; i < maxRounds; ++i) {
        const DispatchRound round = dispatchOnce();
        total.sent += round.sent;
        total.retried += round.retried;
        total.gaveUp += round.gaveUp;
        if (round.picked() == 0 || round.sent == 0)
            break; // nothing due, or only failures: the rest waits for its backoff
    }
    return total;
}

void OutboxDispatcher::start() { timer_.start(0); }

void OutboxDispatcher::stop() { timer_.stop(); }

void OutboxDispatcher::record(const outbox::Message &message, const SendOutcome &outcome, DispatchRound &round)
{
    if (outcome.kind == SendOutcome::Kind::Sent) {
        ++round.sent;
        return;
    }
    const bool permanent = outcome.kind == SendOutcome::Kind::Permanent;
    // A payout is never given up on while it may still be paid: it ends accepted, refused and
    // reversed, or cancelled after betaalopdrachtAnnulerenNaUren (AllegroBetaalopdrachtSender).
    const bool totBeslist = message.topic == outbox::topics::kAllegroBetaalopdracht;
    // markFailed gives up when attempts reach the limit: 1 more attempt for a permanent error.
    const int limit = permanent ? message.attempts + 1
                                : (totBeslist ? std::numeric_limits<int>::max() : config_.maxAttempts);
    if (!outbox::markFailed(ctx_.db, message.id, outcome.reason, ctx_.now(), limit)) {
        qCWarning(lcDispatcher, "outbox %lld: could not record the failure", static_cast<long long>(message.id));
        return;
    }
    const bool gaveUp = permanent || message.attempts + 1 >= limit;
    if (gaveUp) {
        ++round.gaveUp;
        // The reason is built without personal data (see Senders.h).
        qCWarning(lcDispatcher, "outbox %lld (%s) mislukt: %s", static_cast<long long>(message.id),
                  qPrintable(message.topic), qPrintable(outcome.reason));
    } else {
        ++round.retried;
    }
}

SenderSet::SenderSet(services::ServiceContext &ctx, const KoppelingConfig &config)
{
    if (!config.allegro.baseUrl.isEmpty()) {
        allegro_ = std::make_unique<allegro::AllegroClient>(config.allegro);
        betaal_ = std::make_unique<AllegroBetaalopdrachtSender>(ctx, *allegro_);
        bericht_ = std::make_unique<AllegroBerichtSender>(ctx, *allegro_);
    }
    if (config.zgwEnabled) {
        zgw_ = std::make_unique<zgw::ZgwClient>(config.zgw);
        zaak_ = std::make_unique<ZaakSender>(ctx, *zgw_, config.zaakFlow);
    }
    if (config.mail.enabled())
        mail_ = std::make_unique<MailSender>(ctx, config.mail);
}

SenderSet::~SenderSet() = default;

void SenderSet::attach(OutboxDispatcher &dispatcher)
{
    if (betaal_) {
        dispatcher.setSender(outbox::topics::kAllegroBetaalopdracht, betaal_.get());
        dispatcher.setSender(outbox::topics::kAllegroBericht, bericht_.get());
    }
    if (zaak_) {
        dispatcher.setSender(outbox::topics::kZaakAanmaken, zaak_.get());
        dispatcher.setSender(outbox::topics::kZaakAfronden, zaak_.get());
    }
    if (mail_)
        dispatcher.setSender(outbox::topics::kMail, mail_.get());
}

} // namespace regie::integrations
