#pragma once
// What every core service needs: the database, the field cipher for personal data, the
// clock, the settings and a sink for events published after commit. One ServiceContext
// per thread (it holds that thread's database connection).

#include "crypto/FieldCipher.h"
#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QTime>

#include <functional>
#include <optional>

namespace regie::services {

enum class ErrorCode {
    NotFound,     // also for another inwoner's data: nothing is revealed (HTTP 404)
    Forbidden,    // the actor may see the object but not do this (HTTP 403)
    Invalid,      // bad input; fields say which (HTTP 400/422)
    Conflict,     // the state changed meanwhile, e.g. the request was already decided (409)
    Unavailable,  // a dependency is down; try again later (503)
    Storage       // unexpected database failure (500)
};

struct FieldError {
    QString field;
    QString message; // B1 Dutch when the field is an inwoner's
};

struct ServiceError {
    ErrorCode code = ErrorCode::Storage;
    QString message;
    QList<FieldError> fields;
};

template <typename T>
struct Result {
    std::optional<T> value;
    ServiceError error;

    bool ok() const { return value.has_value(); }
    static Result success(T v) { return Result{std::move(v), {}}; }
    static Result failure(ErrorCode code, QString message, QList<FieldError> fields = {})
    {
        return Result{std::nullopt, ServiceError{code, std::move(message), std::move(fields)}};
    }
    static Result failure(ServiceError e) { return Result{std::nullopt, std::move(e)}; }
    template <typename U>
    static Result from(const Result<U> &other) { return failure(other.error); }
};

struct Settings {
    QTime cutOff{14, 0};            // payouts ordered before this go out the same working day
    int verwerkingsWerkdagen = 1;   // working days from order to the money on the account
    int verloopNaWerkdagen = 10;    // a waiting request expires after this many working days
    // The promise to the inwoner ("je medewerker kijkt binnen 2 werkdagen") and the moment a
    // waiting request is flagged as late are one setting, so they cannot disagree.
    int behandelWerkdagen = 2;
    int conceptVervaltNaUren = 24;  // a concept nobody said Ja or Nee to lapses after this
    // A payment order Allegro has not accepted after this long is cancelled in Allegro and,
    // once Allegro confirms it will never pay it, the money goes back into the potje.
    int betaalopdrachtAnnulerenNaUren = 24;
    int maxOpenVerzoekenPerInwoner = 5; // bounds the queue one inwoner can create
};

// Published after a successful commit so realtime pages and desktops can refresh.
struct DomainEvent {
    QString kind;            // "verzoek.gewijzigd", "saldo.gewijzigd", "melding.nieuw", ...
    qint64 inwonerId = 0;
    std::optional<qint64> userId; // a staff user the event is meant for, if any
    QString objectId;        // e.g. the verzoek public id
};

struct ServiceContext {
    ServiceContext(storage::Database &database, const crypto::FieldCipher &fieldCipher)
        : db(database), cipher(fieldCipher) {}

    storage::Database &db;
    const crypto::FieldCipher &cipher;
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };
    Settings settings;
    std::function<void(const DomainEvent &)> publish;

    QDateTime now() const { return clock(); }
    void emitEvents(const QList<DomainEvent> &events) const
    {
        if (!publish)
            return;
        for (const DomainEvent &event : events)
            publish(event);
    }
};

// Common failures, so every service words them the same way.
template <typename T>
Result<T> storageFailure(const QString &detail)
{
    return Result<T>::failure(ErrorCode::Storage, QStringLiteral("storage: ") + detail);
}

template <typename T>
Result<T> notFound()
{
    return Result<T>::failure(ErrorCode::NotFound, QStringLiteral("Niet gevonden."));
}

template <typename T>
Result<T> forbidden(const QString &message = QStringLiteral("Geen toegang."))
{
    return Result<T>::failure(ErrorCode::Forbidden, message);
}

// Bad input in one field; the message names what to fix.
template <typename T>
Result<T> invalid(const QString &field, const QString &message)
{
    return Result<T>::failure(ErrorCode::Invalid, message, {FieldError{field, message}});
}

} // namespace regie::services
