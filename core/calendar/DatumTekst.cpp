#include "calendar/DatumTekst.h"

#include "calendar/AmsterdamTijd.h"

#include <QtCore/QCoreApplication>

namespace regie::calendar
{

QString dagNaam(int dayOfWeek)
{
    static const char *const namen[7] = {
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "maandag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "dinsdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "woensdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "donderdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "vrijdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "zaterdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "zondag"),
    };
    if (dayOfWeek < 1 || dayOfWeek > 7)
        return {};
    return QCoreApplication::translate("regie::calendar::Datum", namen[dayOfWeek - 1]);
}

QString maandNaam(int maand)
{
    static const char *const namen[12] = {
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "januari"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "februari"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "maart"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "april"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "mei"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "juni"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "juli"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "augustus"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "september"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "oktober"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "november"),
        QT_TRANSLATE_NOOP("regie::calendar::Datum", "december"),
    };
    if (maand < 1 || maand > 12)
        return {};
    return QCoreApplication::translate("regie::calendar::Datum", namen[maand - 1]);
}

QString formatDatumB1(QDate datum, QDate referentie)
{
    if (!datum.isValid())
        return {};
    QString tekst = dagNaam(datum.dayOfWeek()) + QLatin1Char(' ') + QString::number(datum.day())
        + QLatin1Char(' ') + maandNaam(datum.month());
    if (!referentie.isValid() || referentie.year() != datum.year())
        tekst += QLatin1Char(' ') + QString::number(datum.year());
    return tekst;
}

QString formatDatumB1(QDate datum)
{
    return formatDatumB1(datum, vandaagInAmsterdam());
}

} // namespace regie::calendar
