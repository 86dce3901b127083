#pragma once
// The window of time the rule engine's limits look at: this ISO week (Monday to Sunday) and
// this calendar month, both in Amsterdam time (calendar/AmsterdamTijd.h).

#include "calendar/AmsterdamTijd.h"

#include <QtCore/QDate>
#include <QtCore/QDateTime>

namespace regie::rules {

// Monday of the ISO week (Monday to Sunday) that holds `datum`.
QDate maandagVanWeek(QDate datum);
// The first Amsterdam moment whose opnames can count for a rule evaluated at `nu`: the
// start of the ISO week or of the calendar month, whichever is earlier, as a UTC instant.
// Callers fetch EerdereOpname rows from here on; older rows never change the outcome.
QDateTime vensterBegin(const QDateTime &nu);

} // namespace regie::rules
