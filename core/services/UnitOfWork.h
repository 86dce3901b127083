#pragma once
// One path for a change. A service method says what it changes; the unit of work owns the
// rest: it opens the write transaction, runs the change, appends the audit events and the
// outbox messages the change collected, commits, and publishes the realtime events after
// the commit. When the change fails (or is refused) nothing of it stays: the transaction
// rolls back, and a refusal's audit event is written in a transaction of its own, so the
// trail shows the attempt although the change did not happen.
//
//   return UnitOfWork(ctx_).run<QString>(actor, [&](Change &c) -> Result<QString> {
//       auto row = ...read under lock...;                // c.db(), c.now()
//       if (!mayDoIt) return c.refuse<QString>(action, subject, "verzoek", id); // 404 + audit
//       ...write...
//       c.audit(action, subject, "verzoek", id, details);
//       c.outbox(topic, key, payload);
//       c.publish({"verzoek.gewijzigd", inwonerId, {}, id});
//       return Result<QString>::success(id);
//   });
//
// Events are published only after a successful commit, in the order they were collected.
//
// Two smaller shapes of the same path: UnitOfWork::record() writes one audit event and
// nothing else (staff reading a dossier is an inzage: no trail, no read), and
// UnitOfWork::recordRefusal() writes one refusal in a transaction of its own (after the
// refused change rolled back, or for a check that changes nothing).

#include "services/ServiceContext.h"

#include "domain/Domain.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <utility>

namespace regie::services {

class Change {
public:
    Change(ServiceContext &context, const Actor &actor);

    ServiceContext &ctx() const { return ctx_; }
    storage::Database &db() const { return ctx_.db; }
    const Actor &actor() const { return actor_; }
    // One moment for the whole change, so every row and event it writes carries the same time.
    const QDateTime &now() const { return now_; }

    // Collected, then written inside the transaction just before the commit.
    void audit(const QString &action, const QString &subject, const QString &objectType,
               const QString &objectId, const QJsonObject &details = {});
    // An attempt that was turned down but whose effects belong to this change and commit with
    // it (a failed login counts towards the lockout): outcome "geweigerd", not rolled back.
    void auditRefusal(const QString &action, const QString &subject, const QString &objectType,
                      const QString &objectId, const QJsonObject &details = {});
    void outbox(const QString &topic, const QString &idempotencyKey, const QJsonObject &payload);
    // Published after the commit.
    void publish(const DomainEvent &event) { events_.append(event); }

    // A refusal: the change is rolled back and the attempt is audited as "geweigerd" in its
    // own transaction. Answered as NotFound, so another inwoner's data looks like data that
    // does not exist.
    template <typename T>
    Result<T> refuse(const QString &action, const QString &subject, const QString &objectType, const QString &objectId)
    {
        refusals_.append(PendingAudit{action, subject, objectType, objectId, {}, true});
        return notFound<T>();
    }

private:
    friend class UnitOfWork;
    struct PendingAudit {
        QString action, subject, objectType, objectId;
        QJsonObject details;
        bool refused = false;
    };
    struct PendingMessage {
        QString topic, key;
        QJsonObject payload;
    };
    bool flush(QString *error) const;  // audit events and outbox messages, inside the transaction
    void writeRefusals() const;        // after the rollback, each in its own transaction

    ServiceContext &ctx_;
    const Actor &actor_;
    QDateTime now_;
    QList<PendingAudit> audits_;
    QList<PendingMessage> messages_;
    QList<DomainEvent> events_;
    QList<PendingAudit> refusals_;
};

class UnitOfWork {
public:
    explicit UnitOfWork(ServiceContext &context) : ctx_(context) {}

    template <typename T, typename Body>
    Result<T> run(const Actor &actor, Body &&body)
    {
        Change change(ctx_, actor);
        storage::WriteTransaction tx(ctx_.db);
        if (!tx.isOpen())
            return storageFailure<T>(tx.error());
        Result<T> result = std::forward<Body>(body)(change);
        if (!result.ok()) {
            tx.rollback();
            change.writeRefusals();
            return result;
        }
        QString error;
        if (!change.flush(&error))
            return storageFailure<T>(error);
        if (!tx.commit())
            return storageFailure<T>(tx.error());
        ctx_.emitEvents(change.events_);
        return result;
    }

    // One audit event as the whole change (an inzage, a login): NotFound never, Storage when
    // the event could not be written (then the caller must not show what was read).
    Result<bool> record(const Actor &actor, const QString &action, const QString &subject,
                        const QString &objectType, const QString &objectId, const QJsonObject &details = {});
    // One refusal (outcome "geweigerd") in a transaction of its own. Best effort: a refusal
    // changes nothing, so when even its event cannot be written the answer stays the same.
    void recordRefusal(const Actor &actor, const QString &action, const QString &subject,
                       const QString &objectType, const QString &objectId, const QJsonObject &details = {});

private:
    ServiceContext &ctx_;
};

} // namespace regie::services
