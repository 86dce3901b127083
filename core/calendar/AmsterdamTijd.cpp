#include "calendar/AmsterdamTijd.h"

namespace regie::calendar
{

namespace
{

QDate laatsteZondag(int jaar, int maand)
{
    const QDate laatste = QDate(jaar, maand, 1).addMonths(1).addDays(-1);
    return laatste.addDays(-(laatste.dayOfWeek() % 7));
}

} // namespace

QTimeZone amsterdamTijdzone()
{
    static const QTimeZone zone(QByteArrayLiteral("Europe/Amsterdam"));
    return zone;
}

int amsterdamOffsetVolgensEuRegel(const QDateTime &moment)
{
    const QDateTime utc = moment.toUTC();
    const int jaar = utc.date().year();
    const QDateTime zomerBegin(laatsteZondag(jaar, 3), QTime(1, 0), QTimeZone::utc());
    const QDateTime zomerEinde(laatsteZondag(jaar, 10), QTime(1, 0), QTimeZone::utc());
    return (utc >= zomerBegin && utc < zomerEinde) ? 7200 : 3600;
}

QDateTime tijdInAmsterdam(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const QTimeZone zone = amsterdamTijdzone();
    if (zone.isValid())
        return moment.toTimeZone(zone);
    return moment.toOffsetFromUtc(amsterdamOffsetVolgensEuRegel(moment));
}

QDate vandaagInAmsterdam()
{
    return tijdInAmsterdam(QDateTime::currentDateTimeUtc()).date();
}

} // namespace regie::calendar
