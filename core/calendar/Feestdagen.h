#pragma once
// Dutch public holidays, computed from rules rather than read from a table, so any year
// works without yearly maintenance. The range that is checked by tests is 1900-2200;
// outside it the same rules are applied (Gregorian Easter holds for all years >= 1583).

#include <QtCore/QDate>
#include <QtCore/QList>
#include <QtCore/QString>

#include <optional>

namespace regie::calendar
{

inline constexpr int kEersteJaar = 1900;
inline constexpr int kLaatsteJaar = 2200;

enum class Feestdag {
    Nieuwjaarsdag,
    GoedeVrijdag,
    EerstePaasdag,
    TweedePaasdag,
    Koningsdag, // "Koninginnedag" before 2014
    Bevrijdingsdag,
    Hemelvaartsdag,
    EerstePinksterdag,
    TweedePinksterdag,
    EersteKerstdag,
    TweedeKerstdag,
};

// Bevrijdingsdag is a national holiday every year, but many collective agreements give it
// off only in lustrum years (2025, 2030, ...). The municipality's default is every year.
enum class BevrijdingsdagRegel { ElkJaar, EensPerVijfJaar };

struct FeestdagDatum {
    Feestdag dag;
    QDate datum;
    QString naam; // Dutch, e.g. "Tweede Paasdag"
};

// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
// Invalid QDate for years before 1583.
QDate paaszondag(int jaar);

// The Dutch name of a holiday in that year (Koningsdag was Koninginnedag before 2014).
QString feestdagNaam(Feestdag dag, int jaar);

// All holidays of a year, sorted by date. Bevrijdingsdag only from 1945.
QList<FeestdagDatum> feestdagen(int jaar, BevrijdingsdagRegel regel = BevrijdingsdagRegel::ElkJaar);

// Which holiday falls on this date, if any. Cheap: no strings are built.
std::optional<Feestdag> feestdagOp(
    QDate datum, BevrijdingsdagRegel regel = BevrijdingsdagRegel::ElkJaar);

} // namespace regie::calendar
