#pragma once
// The transactional outbox: messages for Allegro, the zaaksysteem and mail are written in
// the same database transaction as the state change that causes them, and sent after
// commit by a dispatcher that retries with backoff. The idempotency key travels with the
// message to the receiver (Allegro's Referentie, the zaak identificatie, the Message-ID),
// so a message sent twice still has its effect once.

#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::outbox {

namespace topics {
inline const QString kAllegroBetaalopdracht = QStringLiteral("allegro.betaalopdracht");
inline const QString kAllegroBericht = QStringLiteral("allegro.bericht");
inline const QString kZaakAanmaken = QStringLiteral("zgw.zaak.aanmaken");
inline const QString kZaakAfronden = QStringLiteral("zgw.zaak.afronden");
inline const QString kMail = QStringLiteral("mail");
} // namespace topics

struct Message {
    qint64 id = 0;
    QString topic;
    QString idempotencyKey;
    QJsonObject payload;     // money as integer cents, no personal data beyond what the receiver needs
    QString status;          // nieuw | verzonden | mislukt (gave up; visible to the beheerder)
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime createdAt;
};

// Must be called inside the caller's WriteTransaction. A second enqueue with the same key is
// a no-op that returns the existing id (retries of the causing action stay exactly-once).
std::optional<qint64> enqueue(storage::Database &db, const QString &topic, const QString &idempotencyKey,
                              const QJsonObject &payload, const QDateTime &now, QString *error);

// Messages that are due and not claimed by a dispatcher, oldest first, at most `limit`.
QList<Message> due(storage::Database &db, const QDateTime &now, int limit);
// Claims one due message for the dispatcher about to send it: until `until` (or until it
// is marked sent or failed) no other dispatcher takes it, so two dispatchers (two
// regie-server instances during a takeover, regie-koppelingen beside a server) never send
// the same message. False: another dispatcher has it, or it was sent or rescheduled
// meanwhile. One message at a time, so a dispatcher that dies holds at most the one it
// was sending; that claim runs out and the message is due again (the receiver's
// idempotency key makes the repeat harmless).
bool claim(storage::Database &db, qint64 id, const QString &claimant, const QDateTime &now, const QDateTime &until);
bool markSent(storage::Database &db, qint64 id, const QDateTime &now);
// Schedules a retry with exponential backoff (capped), or gives up after maxAttempts.
bool markFailed(storage::Database &db, qint64 id, const QString &error, const QDateTime &now,
                int maxAttempts = 12);
bool retryNow(storage::Database &db, qint64 id, const QDateTime &now); // beheerder's "opnieuw"
QList<Message> list(storage::Database &db, const QString &status, int limit);
// Delay before attempt n+1: 2^n seconds, at most one hour.
qint64 backoffSeconds(int attempts);

} // namespace regie::outbox
