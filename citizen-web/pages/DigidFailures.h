#pragma once
// Refused DigiD logins in the audit trail, without letting a flood of bogus callbacks write
// one event each (every event is a write transaction on the chain). Per window and per
// source and reason, the first refusal is audited at once and the rest of that window as one
// event with their number ("aantal") when the window ends: the trail still shows every
// attempt. The source ("bron") is a keyed, letters-only tag of the client, so the trail shows
// that one source tried ten thousand times without keeping its address. Bounded: at most
// kMaxSources (source, reason) pairs per window; beyond that, refusals are counted under the
// source "overloop".

#include "services/ServiceContext.h"

#include <QtCore/QHash>
#include <QtCore/QObject>
#include <QtCore/QTimer>

#include <chrono>

namespace regie::web::pages {

class DigidFailures final : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxSources = 1000;

    DigidFailures(services::ServiceContext &services, std::chrono::seconds window, QObject *parent = nullptr);
    ~DigidFailures() override; // writes what was still being counted

    void record(const QString &clientKey, const QString &reasonCode);
    void flush();
    int tracked() const { return static_cast<int>(tallies_.size()); }

private:
    struct Tally {
        QString source;
        QString reason;
        qint64 rest = 0; // refusals after the first (already audited) one, this window
    };
    QString sourceTag(const QString &clientKey) const;

    services::ServiceContext &services_;
    QHash<QString, Tally> tallies_;
    QTimer window_;
};

} // namespace regie::web::pages
