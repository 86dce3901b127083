#include "rules/Venster.h"

namespace regie::rules {

QDate maandagVanWeek(QDate datum)
{
    return datum.addDays(1 - datum.dayOfWeek());
}

QDateTime vensterBegin(const QDateTime &nu)
{
    const QDate datum = calendar::amsterdamDatum(nu);
    if (!datum.isValid())
        return {};
    const QDate begin = qMin(maandagVanWeek(datum), QDate(datum.year(), datum.month(), 1));
    return QDateTime::fromMSecsSinceEpoch(calendar::amsterdamMiddernachtUtcMsecs(begin), Qt::UTC);
}

} // namespace regie::rules
