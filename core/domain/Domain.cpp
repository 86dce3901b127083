#include "domain/Domain.h"

#include <QtCore/QCoreApplication>

#include <array>
#include <utility>

namespace regie {
namespace {

template <typename Enum, std::size_t N>
QString codeOf(const std::array<std::pair<Enum, const char16_t *>, N> &table, Enum value)
{
    for (const auto &[e, code] : table) {
        if (e == value)
            return QString::fromUtf16(code);
    }
    Q_UNREACHABLE();
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> fromCodeOf(const std::array<std::pair<Enum, const char16_t *>, N> &table,
                               QStringView code)
{
    for (const auto &[e, c] : table) {
        if (code == QStringView(c))
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Role, const char16_t *>, 6> kRoles{{
    {Role::Inwoner, u"inwoner"},
    {Role::Medewerker, u"medewerker"},
    {Role::Teamleider, u"teamleider"},
    {Role::Ketenpartner, u"ketenpartner"},
    {Role::Beheerder, u"beheerder"},
    {Role::Systeem, u"systeem"},
}};

constexpr std::array<std::pair<VerzoekStatus, const char16_t *>, 10> kStatuses{{
    {VerzoekStatus::Concept, u"concept"},
    {VerzoekStatus::Geannuleerd, u"geannuleerd"},
    {VerzoekStatus::WachtOpAkkoord, u"wacht_op_akkoord"},
    {VerzoekStatus::WachtOpTweedeAkkoord, u"wacht_op_tweede_akkoord"},
    {VerzoekStatus::Uitgevoerd, u"uitgevoerd"},
    {VerzoekStatus::Geweigerd, u"geweigerd"},
    {VerzoekStatus::Afgewezen, u"afgewezen"},
    {VerzoekStatus::Ingetrokken, u"ingetrokken"},
    {VerzoekStatus::Verlopen, u"verlopen"},
    {VerzoekStatus::NietGelukt, u"niet_gelukt"},
}};

constexpr std::array<std::pair<ReserveringSoort, const char16_t *>, 2> kSoorten{{
    {ReserveringSoort::VrijBesteedbaar, u"vrij_besteedbaar"},
    {ReserveringSoort::Gebonden, u"gebonden"},
}};

constexpr std::array<std::pair<BudgetplanSoort, const char16_t *>, 2> kPlanSoorten{{
    {BudgetplanSoort::Inkomst, u"inkomst"},
    {BudgetplanSoort::Uitgave, u"uitgave"},
}};

constexpr std::array<std::pair<Periode, const char16_t *>, 5> kPeriodes{{
    {Periode::Week, u"week"},
    {Periode::VierWeken, u"vier_weken"},
    {Periode::Maand, u"maand"},
    {Periode::Kwartaal, u"kwartaal"},
    {Periode::Jaar, u"jaar"},
}};

constexpr std::array<std::pair<InwonerStatus, const char16_t *>, 3> kInwonerStatuses{{
    {InwonerStatus::Actief, u"actief"},
    {InwonerStatus::Beeindigd, u"beeindigd"},
    {InwonerStatus::Geanonimiseerd, u"geanonimiseerd"},
}};

} // namespace

QString toCode(Role role) { return codeOf(kRoles, role); }
std::optional<Role> roleFromCode(QStringView code) { return fromCodeOf(kRoles, code); }
QString toCode(VerzoekStatus status) { return codeOf(kStatuses, status); }
std::optional<VerzoekStatus> verzoekStatusFromCode(QStringView code) { return fromCodeOf(kStatuses, code); }
QString toCode(ReserveringSoort soort) { return codeOf(kSoorten, soort); }
std::optional<ReserveringSoort> reserveringSoortFromCode(QStringView code) { return fromCodeOf(kSoorten, code); }
QString toCode(BudgetplanSoort soort) { return codeOf(kPlanSoorten, soort); }
std::optional<BudgetplanSoort> budgetplanSoortFromCode(QStringView code) { return fromCodeOf(kPlanSoorten, code); }
QString toCode(Periode periode) { return codeOf(kPeriodes, periode); }
std::optional<Periode> periodeFromCode(QStringView code) { return fromCodeOf(kPeriodes, code); }
QString toCode(InwonerStatus status) { return codeOf(kInwonerStatuses, status); }
std::optional<InwonerStatus> inwonerStatusFromCode(QStringView code) { return fromCodeOf(kInwonerStatuses, code); }

bool isWaiting(VerzoekStatus status)
{
    return status == VerzoekStatus::WachtOpAkkoord || status == VerzoekStatus::WachtOpTweedeAkkoord;
}

bool isFinal(VerzoekStatus status)
{
    return status != VerzoekStatus::Concept && !isWaiting(status);
}

QString statusLabel(VerzoekStatus status)
{
    switch (status) {
    case VerzoekStatus::Concept:
        return QCoreApplication::translate("regie", "Nog niet verstuurd");
    case VerzoekStatus::Geannuleerd:
        return QCoreApplication::translate("regie", "Niet verstuurd");
    case VerzoekStatus::WachtOpAkkoord:
        return QCoreApplication::translate("regie", "Wacht op je medewerker");
    case VerzoekStatus::WachtOpTweedeAkkoord:
        return QCoreApplication::translate("regie", "Wacht op een tweede medewerker");
    case VerzoekStatus::Uitgevoerd:
        return QCoreApplication::translate("regie", "Betaald");
    case VerzoekStatus::Geweigerd:
        return QCoreApplication::translate("regie", "Niet goedgekeurd");
    case VerzoekStatus::Afgewezen:
        return QCoreApplication::translate("regie", "Niet mogelijk");
    case VerzoekStatus::Ingetrokken:
        return QCoreApplication::translate("regie", "Ingetrokken");
    case VerzoekStatus::Verlopen:
        return QCoreApplication::translate("regie", "Verlopen");
    case VerzoekStatus::NietGelukt:
        return QCoreApplication::translate("regie", "Niet gelukt");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Inwoner:
        return QCoreApplication::translate("regie", "Inwoner");
    case Role::Medewerker:
        return QCoreApplication::translate("regie", "Medewerker");
    case Role::Teamleider:
        return QCoreApplication::translate("regie", "Teamleider");
    case Role::Ketenpartner:
        return QCoreApplication::translate("regie", "Ketenpartner");
    case Role::Beheerder:
        return QCoreApplication::translate("regie", "Beheerder");
    case Role::Systeem:
        return QCoreApplication::translate("regie", "Systeem");
    }
    return {};
}

QString periodeLabel(Periode periode)
{
    switch (periode) {
    case Periode::Week:
        return QCoreApplication::translate("regie", "per week");
    case Periode::VierWeken:
        return QCoreApplication::translate("regie", "per 4 weken");
    case Periode::Maand:
        return QCoreApplication::translate("regie", "per maand");
    case Periode::Kwartaal:
        return QCoreApplication::translate("regie", "per kwartaal");
    case Periode::Jaar:
        return QCoreApplication::translate("regie", "per jaar");
    }
    return {};
}

} // namespace regie
