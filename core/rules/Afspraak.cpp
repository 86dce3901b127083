#include "rules/Afspraak.h"

namespace regie::rules {

QString toString(Modus modus)
{
    switch (modus) {
    case Modus::Vrij: return QStringLiteral("vrij");
    case Modus::NaAkkoord: return QStringLiteral("na_akkoord");
    case Modus::NietToegestaan: return QStringLiteral("niet_toegestaan");
    }
    return QString();
}

QString toString(Uitkomst uitkomst)
{
    switch (uitkomst) {
    case Uitkomst::Vrij: return QStringLiteral("vrij");
    case Uitkomst::NaAkkoord: return QStringLiteral("na_akkoord");
    case Uitkomst::NietToegestaan: return QStringLiteral("niet_toegestaan");
    case Uitkomst::OnvoldoendeSaldo: return QStringLiteral("onvoldoende_saldo");
    }
    return QString();
}

QString toString(Scope scope)
{
    switch (scope) {
    case Scope::Reservering: return QStringLiteral("reservering");
    case Scope::Inwoner: return QStringLiteral("inwoner");
    case Scope::Vorm: return QStringLiteral("vorm");
    }
    return QString();
}

std::optional<Modus> modusFromString(QStringView text)
{
    for (Modus m : {Modus::Vrij, Modus::NaAkkoord, Modus::NietToegestaan}) {
        if (text == toString(m))
            return m;
    }
    return std::nullopt;
}

std::optional<Uitkomst> uitkomstFromString(QStringView text)
{
    for (Uitkomst u : {Uitkomst::Vrij, Uitkomst::NaAkkoord, Uitkomst::NietToegestaan,
                       Uitkomst::OnvoldoendeSaldo}) {
        if (text == toString(u))
            return u;
    }
    return std::nullopt;
}

std::optional<Scope> scopeFromString(QStringView text)
{
    for (Scope s : {Scope::Reservering, Scope::Inwoner, Scope::Vorm}) {
        if (text == toString(s))
            return s;
    }
    return std::nullopt;
}

} // namespace regie::rules
