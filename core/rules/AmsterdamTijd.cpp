#include "rules/AmsterdamTijd.h"

namespace regie::rules {
namespace {

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
    return (laatsteZondag(jaar, maand).toJulianDay() - kJulianDayEpoch) * kMsecsPerDag
           + kMsecsPerUur;
}

} // namespace

int amsterdamOffsetSeconden(qint64 utcMsecs)
{
    const int jaar = utcDatum(utcMsecs).year();
    const bool zomer = utcMsecs >= overgangUtcMsecs(jaar, 3) && utcMsecs < overgangUtcMsecs(jaar, 10);
    return zomer ? 7200 : 3600;
}

QDate amsterdamDatum(const QDateTime &moment)
{
    if (!moment.isValid())
        return {};
    const qint64 utc = moment.toMSecsSinceEpoch();
    return utcDatum(utc + qint64(amsterdamOffsetSeconden(utc)) * 1000);
}

QDate maandagVanWeek(QDate datum)
{
    return datum.addDays(1 - datum.dayOfWeek());
}

qint64 amsterdamMiddernachtUtcMsecs(QDate datum)
{
    // Local midnight is never inside a DST gap in Amsterdam (changes happen at 02:00/03:00),
    // so the offset at noon of that day is the offset at its midnight.
    const qint64 middernachtAlsUtc = (datum.toJulianDay() - kJulianDayEpoch) * kMsecsPerDag;
    const int offset = amsterdamOffsetSeconden(middernachtAlsUtc + 12 * kMsecsPerUur);
    return middernachtAlsUtc - qint64(offset) * 1000;
}

QDateTime vensterBegin(const QDateTime &nu)
{
    const QDate datum = amsterdamDatum(nu);
    if (!datum.isValid())
        return {};
    const QDate begin = qMin(maandagVanWeek(datum), QDate(datum.year(), datum.month(), 1));
    return QDateTime::fromMSecsSinceEpoch(amsterdamMiddernachtUtcMsecs(begin), Qt::UTC);
}

} // namespace regie::rules
