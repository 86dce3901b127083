#pragma once
// Every date rule in Regie (cut-off times, "today", working days) is about the clock on
// the wall in Utrecht, whatever time zone the server or the caller's QDateTime uses.

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QTimeZone>

namespace regie::calendar
{

// Europe/Amsterdam from the system's time zone database. Where that database is missing
// (minimal containers), tijdInAmsterdam() falls back to the EU summer-time rule.
QTimeZone amsterdamTijdzone();

// The same instant as Amsterdam wall-clock time. Invalid in, invalid out.
QDateTime tijdInAmsterdam(const QDateTime &moment);

// Today's date in Amsterdam.
QDate vandaagInAmsterdam();

// UTC offset (3600 or 7200) by the EU rule that applies since 1996: summer time from the
// last Sunday of March 01:00 UTC until the last Sunday of October 01:00 UTC. Used only
// as the fallback, and exposed so tests can compare it with the real database.
int amsterdamOffsetVolgensEuRegel(const QDateTime &moment);

} // namespace regie::calendar
