#pragma once
// Dates as an inwoner reads them: "vrijdag 14 maart", in Dutch whatever the system
// locale is, without abbreviations (B1).

#include <QtCore/QDate>
#include <QtCore/QString>

namespace regie::calendar
{

// "maandag" .. "zondag"; empty for an invalid day number (1 = Monday, as QDate).
QString dagNaam(int dayOfWeek);
// "januari" .. "december"; empty for an invalid month.
QString maandNaam(int maand);

// "vrijdag 14 maart", plus the year ("vrijdag 2 januari 2026") when the date is not in
// the same year as `referentie`. An invalid referentie always adds the year. Empty for
// an invalid date.
QString formatDatumB1(QDate datum, QDate referentie);
// As above with today's date in Amsterdam as the reference.
QString formatDatumB1(QDate datum);

} // namespace regie::calendar
