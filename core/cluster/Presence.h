#pragma once
// Which inwoners have a page open, per instance (realtime_aanwezig). The realtime hub of
// each instance reports its connected inwoners; the instance that runs the Allegro sync
// reads them all, so a household whose inwoner is looking is synced first, wherever the
// page is open. Rows carry an expiry: an instance that died stops counting after it.

#include "storage/Database.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace regie::cluster {

class Presence {
public:
    static constexpr int kMaxInwoners = 100'000; // bounds one read

    Presence(storage::Database &db, QString instance);

    // This instance's connected inwoners are exactly `inwoners` until `until`: new ones
    // are added, gone ones removed, the rest renewed.
    bool report(const QSet<qint64> &inwoners, const QDateTime &until);
    // Forgets this instance's rows (clean stop).
    bool clear();
    // Every instance's connected inwoners that have not run out at `now`.
    QSet<qint64> connected(const QDateTime &now);

private:
    storage::Database &db_;
    QString instance_;
};

} // namespace regie::cluster
