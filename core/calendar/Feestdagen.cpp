#include "calendar/Feestdagen.h"

#include <QtCore/QCoreApplication>

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace regie::calendar
{

namespace
{

constexpr int kAantalFeestdagen = 11;
using DagenVanJaar = std::array<std::pair<Feestdag, QDate>, kAantalFeestdagen>;

// The Sunday rule moves the day away from Sunday, the direction depending on the era.
QDate koningsdag(int jaar)
{
    if (jaar >= 2014) {
        const QDate dag(jaar, 4, 27);
        return dag.dayOfWeek() == Qt::Sunday ? dag.addDays(-1) : dag;
    }
    if (jaar >= 1949) {
        const QDate dag(jaar, 4, 30);
        if (dag.dayOfWeek() != Qt::Sunday)
            return dag;
        return jaar >= 1980 ? dag.addDays(-1) : dag.addDays(1);
    }
    // Queen Wilhelmina's birthday.
    const QDate dag(jaar, 8, 31);
    return dag.dayOfWeek() == Qt::Sunday ? dag.addDays(1) : dag;
}

bool heeftBevrijdingsdag(int jaar, BevrijdingsdagRegel regel)
{
    if (jaar < 1945)
        return false;
    return regel == BevrijdingsdagRegel::ElkJaar || jaar % 5 == 0;
}

// Bevrijdingsdag gets an invalid date in years without it, so the array keeps one shape.
DagenVanJaar dagenVan(int jaar, BevrijdingsdagRegel regel)
{
    const QDate pasen = paaszondag(jaar);
    return { {
        { Feestdag::Nieuwjaarsdag, QDate(jaar, 1, 1) },
        { Feestdag::GoedeVrijdag, pasen.addDays(-2) },
        { Feestdag::EerstePaasdag, pasen },
        { Feestdag::TweedePaasdag, pasen.addDays(1) },
        { Feestdag::Koningsdag, koningsdag(jaar) },
        { Feestdag::Bevrijdingsdag,
            heeftBevrijdingsdag(jaar, regel) ? QDate(jaar, 5, 5) : QDate() },
        { Feestdag::Hemelvaartsdag, pasen.addDays(39) },
        { Feestdag::EerstePinksterdag, pasen.addDays(49) },
        { Feestdag::TweedePinksterdag, pasen.addDays(50) },
        { Feestdag::EersteKerstdag, QDate(jaar, 12, 25) },
        { Feestdag::TweedeKerstdag, QDate(jaar, 12, 26) },
    } };
}

} // namespace

QDate paaszondag(int jaar)
{
    if (jaar < 1583)
        return {};
    const int a = jaar % 19;
    const int b = jaar / 100;
    const int c = jaar % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int maand = (h + l - 7 * m + 114) / 31;
    const int dag = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(jaar, maand, dag);
}

QString feestdagNaam(Feestdag dag, int jaar)
{
    // Same order as the enum.
    static const char *const namen[kAantalFeestdagen] = {
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Nieuwjaarsdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Goede Vrijdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Eerste Paasdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Tweede Paasdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Koningsdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Bevrijdingsdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Hemelvaartsdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Eerste Pinksterdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Tweede Pinksterdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Eerste Kerstdag"),
        QT_TRANSLATE_NOOP("regie::calendar::Feestdag", "Tweede Kerstdag"),
    };
    if (dag == Feestdag::Koningsdag && jaar < 2014)
        return QCoreApplication::translate("regie::calendar::Feestdag", "Koninginnedag");
    const auto index = static_cast<std::size_t>(dag);
    return index < kAantalFeestdagen
        ? QCoreApplication::translate("regie::calendar::Feestdag", namen[index])
        : QString();
}

QList<FeestdagDatum> feestdagen(int jaar, BevrijdingsdagRegel regel)
{
    QList<FeestdagDatum> lijst;
    if (jaar < 1583)
        return lijst;
    lijst.reserve(kAantalFeestdagen);
    for (const auto &[dag, datum] : dagenVan(jaar, regel)) {
        if (datum.isValid())
            lijst.append(FeestdagDatum { dag, datum, feestdagNaam(dag, jaar) });
    }
    // Stable: Hemelvaartsdag can fall on 5 May (2016), and the order must not vary.
    std::stable_sort(lijst.begin(), lijst.end(),
        [](const FeestdagDatum &x, const FeestdagDatum &y) { return x.datum < y.datum; });
    return lijst;
}

std::optional<Feestdag> feestdagOp(QDate datum, BevrijdingsdagRegel regel)
{
    if (!datum.isValid() || datum.year() < 1583)
        return std::nullopt;
    for (const auto &[dag, d] : dagenVan(datum.year(), regel)) {
        if (d == datum)
            return dag;
    }
    return std::nullopt;
}

} // namespace regie::calendar
