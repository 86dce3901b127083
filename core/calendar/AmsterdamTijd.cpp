#include "calendar/AmsterdamTijd.h"

namespace regie::calendar
{

namespace
{

constexpr qint64 kMsecsPerDag = 86'400'000;
constexpr qint64 kMsecsPerUur = 3'600'000;
constexpr qint64 kJulianDayEpoch = 2'440'588; // QDate(1970, 1, 1).toJulianDay()

qint64 vloerDeling(qint64 teller, qint64 noemer)
{
    const qint64 q = teller / noemer;
    return (teller % noemer != 0 && (teller < 0) != (noemer < 0)) ? q - 1 : q;
}

QDate utcDatum(qint64 utcMsecs)
{
    return QDate::fromJulianDay(vloerDeling(utcMsecs, kMsecsPerDag) + kJulianDayEpoch);
}

QDate laatsteZondag(int jaar, int maand)
{
    const QDate laatste = QDate(jaar, maand, 1).addMonths(1).addDays(-1);
    return laatste.addDays(-(laatste.dayOfWeek() % 7));
}

qint64 overgangUtcMsecs(int jaar, int maand)
{
    return (laatsteZondag(jaar, maand).toJulianDay() - kJulianDayEpoch) * kMsecsPerDag + kMsecsPerUur;
}

} // namespace

int amsterdamOffsetSeconden(qint64 utcMsecs)
{
    const int jaar = utcDatum(utcMsecs).year();
    const bool zomer = utcMsecs >= overgangUtcMsecs(jaar, 3) && utcMsecs < overgangUtcMsecs(jaar, 10);
    return zomer ? 7200 : 3600;
}

QDateTime tijdInAmsterdam(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    return moment.toOffsetFromUtc(amsterdamOffsetSeconden(moment.toMSecsSinceEpoch()));
}

QDate amsterdamDatum(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const qint64 utc = moment.toMSecsSinceEpoch();
    return utcDatum(utc + qint64(amsterdamOffsetSeconden(utc)) * 1000);
}

qint64 amsterdamMiddernachtUtcMsecs(QDate datum)
{
    // Local midnight is never in a gap or an overlap (the clocks change at 02:00 and 03:00),
    // so exactly one of the two offsets names an instant that has that offset. (The offset
    // at noon is not it: on the days the clocks change, noon already has the new one.)
    const qint64 middernachtAlsUtc = (datum.toJulianDay() - kJulianDayEpoch) * kMsecsPerDag;
    const qint64 alsWintertijd = middernachtAlsUtc - kMsecsPerUur;
    if (amsterdamOffsetSeconden(alsWintertijd) == 3600)
        return alsWintertijd;
    return middernachtAlsUtc - 2 * kMsecsPerUur;
}

QDate vandaagInAmsterdam() { return amsterdamDatum(QDateTime::currentDateTimeUtc()); }

} // namespace regie::calendar
