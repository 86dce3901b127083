#include "calendar/WerkdagKalender.h"
#include "base/Assert.h"

#include "calendar/AmsterdamTijd.h"
#include "calendar/DatumTekst.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

namespace regie::calendar
{

namespace
{

bool isWeekend(QDate datum)
{
    return datum.dayOfWeek() == Qt::Saturday || datum.dayOfWeek() == Qt::Sunday;
}

} // namespace

WerkdagKalender::WerkdagKalender(BevrijdingsdagRegel regel)
    : regel_(regel)
{
}

bool WerkdagKalender::setExtraSluitingsdagen(const QList<QDate> &dagen)
{
    if (dagen.size() > kMaxExtraSluitingsdagen)
        return false;
    if (std::any_of(dagen.begin(), dagen.end(), [](QDate d) { return !d.isValid(); }))
        return false;
    QList<QDate> gesorteerd = dagen;
    std::sort(gesorteerd.begin(), gesorteerd.end());
    gesorteerd.erase(std::unique(gesorteerd.begin(), gesorteerd.end()), gesorteerd.end());
    extra_ = gesorteerd;
    return true;
}

bool WerkdagKalender::isWerkdag(QDate datum) const
{
    if (!datum.isValid() || isWeekend(datum))
        return false;
    if (std::binary_search(extra_.begin(), extra_.end(), datum))
        return false;
    return !feestdagOp(datum, regel_).has_value();
}

QDate WerkdagKalender::volgendeWerkdag(QDate datum) const
{
    if (!datum.isValid())
        return {};
    for (int stap = 1; stap <= kMaxZoekDagen; ++stap) {
        const QDate kandidaat = datum.addDays(stap);
        if (isWerkdag(kandidaat))
            return kandidaat;
    }
    // Unreachable with at most kMaxExtraSluitingsdagen extra days.
    REGIE_ASSERT(false && "no working day within kMaxZoekDagen");
    return {};
}

QDate WerkdagKalender::vorigeWerkdag(QDate datum) const
{
    if (!datum.isValid())
        return {};
    for (int stap = 1; stap <= kMaxZoekDagen; ++stap) {
        const QDate kandidaat = datum.addDays(-stap);
        if (isWerkdag(kandidaat))
            return kandidaat;
    }
    REGIE_ASSERT(false && "no working day within kMaxZoekDagen");
    return {};
}

QDate WerkdagKalender::plusWerkdagen(QDate datum, int n) const
{
    if (!datum.isValid() || n > kMaxWerkdagenStap || n < -kMaxWerkdagenStap)
        return {};
    QDate resultaat = datum;
    for (int i = 0; i < n && resultaat.isValid(); ++i)
        resultaat = volgendeWerkdag(resultaat);
    for (int i = 0; i > n && resultaat.isValid(); --i)
        resultaat = vorigeWerkdag(resultaat);
    return resultaat;
}

std::optional<QString> WerkdagKalender::redenGeenWerkdag(QDate datum) const
{
    if (isWerkdag(datum) || !datum.isValid())
        return std::nullopt;
    if (const auto feestdag = feestdagOp(datum, regel_))
        return feestdagNaam(*feestdag, datum.year());
    if (isWeekend(datum))
        return QCoreApplication::translate("regie::calendar::WerkdagKalender", "het weekend");
    return QCoreApplication::translate(
        "regie::calendar::WerkdagKalender", "een extra sluitingsdag");
}

Bijschrijving WerkdagKalender::verwachteBijschrijving(
    const QDateTime &uitgevoerdOp, QTime cutOff, int verwerkingsWerkdagen) const
{
    if (!uitgevoerdOp.isValid() || !cutOff.isValid() || verwerkingsWerkdagen < 0
        || verwerkingsWerkdagen > kMaxVerwerkingsWerkdagen)
        return {};
    const QDateTime lokaal = tijdInAmsterdam(uitgevoerdOp);
    const QDate uitvoerDag = lokaal.date();
    const bool vandaagVerzonden = isWerkdag(uitvoerDag) && lokaal.time() < cutOff;
    const QDate verzendDag = vandaagVerzonden ? uitvoerDag : volgendeWerkdag(uitvoerDag);
    const QDate aankomst = plusWerkdagen(verzendDag, verwerkingsWerkdagen);
    if (!aankomst.isValid())
        return {};
    return Bijschrijving { aankomst, verzendDag,
        uitlegVoor(uitvoerDag, verzendDag, aankomst, cutOff) };
}

QString WerkdagKalender::uitlegVoor(
    QDate uitvoerDag, QDate verzendDag, QDate aankomst, QTime cutOff) const
{
    QString tekst = QCoreApplication::translate(
        "regie::calendar::WerkdagKalender", "Het geld staat uiterlijk %1 op je rekening.")
                        .arg(formatDatumB1(aankomst, uitvoerDag));
    if (verzendDag == uitvoerDag)
        return tekst;
    const QString verzonden = QCoreApplication::translate(
        "regie::calendar::WerkdagKalender", "Daarom verstuurt de bank het geld pas op %1.")
                                  .arg(formatDatumB1(verzendDag, uitvoerDag));
    if (isWerkdag(uitvoerDag)) {
        // Dutch writes times as "14.00 uur".
        return tekst + QLatin1Char(' ')
            + QCoreApplication::translate(
                "regie::calendar::WerkdagKalender", "Je opdracht kwam na %1 uur binnen.")
                  .arg(cutOff.toString(u"H.mm"))
            + QLatin1Char(' ') + verzonden;
    }
    if (const auto feestdag = feestdagOp(uitvoerDag, regel_)) {
        return tekst + QLatin1Char(' ')
            + QCoreApplication::translate(
                "regie::calendar::WerkdagKalender", "Op %1 werkt de bank niet.")
                  .arg(feestdagNaam(*feestdag, uitvoerDag.year()))
            + QLatin1Char(' ') + verzonden;
    }
    if (isWeekend(uitvoerDag))
        return tekst + QLatin1Char(' ')
            + QCoreApplication::translate(
                "regie::calendar::WerkdagKalender", "In het weekend werkt de bank niet.")
            + QLatin1Char(' ') + verzonden;
    return tekst + QLatin1Char(' ')
        + QCoreApplication::translate("regie::calendar::WerkdagKalender", "Op %1 is de bank dicht.")
              .arg(formatDatumB1(uitvoerDag, uitvoerDag))
        + QLatin1Char(' ') + verzonden;
}

} // namespace regie::calendar
