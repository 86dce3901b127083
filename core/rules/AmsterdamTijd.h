#pragma once
// Calendar dates in Europe/Amsterdam, computed from the EU summer-time rule instead of the
// host's time zone database. The rule engine must give the same answer on every machine
// (server, desktop, CI container without tzdata), so the one zone it needs is written out:
// CET (UTC+1), and CEST (UTC+2) from the last Sunday of March 01:00 UTC until the last
// Sunday of October 01:00 UTC (EU directive 2000/84/EC, in force since 1996). The tests
// compare this against QTimeZone("Europe/Amsterdam") where the database is present.

#include <QtCore/QDate>
#include <QtCore/QDateTime>
#include <QtCore/QtGlobal>

namespace regie::rules {

// Offset of Amsterdam local time from UTC at the given instant, in seconds (3600 or 7200).
int amsterdamOffsetSeconden(qint64 utcMsecs);
// The Amsterdam calendar date of an instant; an invalid QDateTime gives an invalid QDate.
QDate amsterdamDatum(const QDateTime &moment);
// The UTC instant, in ms since the epoch, at which `datum` begins (00:00) in Amsterdam.
qint64 amsterdamMiddernachtUtcMsecs(QDate datum);
// Monday of the ISO week (Monday to Sunday) that holds `datum`.
QDate maandagVanWeek(QDate datum);
// The first Amsterdam moment whose opnames can count for a rule evaluated at `nu`: the
// start of the ISO week or of the calendar month, whichever is earlier, as a UTC instant.
// Callers fetch EerdereOpname rows from here on; older rows never change the outcome.
QDateTime vensterBegin(const QDateTime &nu);

} // namespace regie::rules
