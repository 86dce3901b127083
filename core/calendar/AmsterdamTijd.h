#pragma once
// Every date rule in Regie (cut-off times, "today", working days, the rule engine's weeks and
// months) is about the clock on the wall in Utrecht, whatever time zone the server or the
// caller's QDateTime uses. The one zone Regie needs is written out here instead of taken from
// the host's time zone database, so every machine (server, desktop, a CI container without
// tzdata) gives the same answer: CET (UTC+1), and CEST (UTC+2) from the last Sunday of March
// 01:00 UTC until the last Sunday of October 01:00 UTC (EU directive 2000/84/EC, in force
// since 1996). tests/calendar/tst_amsterdamtijd.cpp compares it with the database where the
// host has one.

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QtGlobal>

namespace regie::calendar
{

// Offset of Amsterdam wall-clock time from UTC at the given instant, in seconds (3600 or 7200).
int amsterdamOffsetSeconden(qint64 utcMsecs);

// The same instant as Amsterdam wall-clock time (a fixed-offset QDateTime). Invalid in,
// invalid out.
QDateTime tijdInAmsterdam(const QDateTime &moment);

// The Amsterdam calendar date of an instant; an invalid QDateTime gives an invalid QDate.
QDate amsterdamDatum(const QDateTime &moment);

// The UTC instant, in ms since the epoch, at which `datum` begins (00:00) in Amsterdam.
qint64 amsterdamMiddernachtUtcMsecs(QDate datum);

// Today's date in Amsterdam.
QDate vandaagInAmsterdam();

} // namespace regie::calendar
