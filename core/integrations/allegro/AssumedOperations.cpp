#include "integrations/allegro/AssumedOperations.h"

// ASSUMED names: not in the public WSDL. Align with Kredit before production use.
namespace regie::allegro {

std::optional<Periodiciteit> periodiciteitUitCode(QStringView code)
{
    static const std::pair<const char16_t *, Periodiciteit> kCodes[] = {
        {u"W", Periodiciteit::Week},        {u"4W", Periodiciteit::VierWeken}, {u"M", Periodiciteit::Maand},
        {u"K", Periodiciteit::Kwartaal},    {u"J", Periodiciteit::Jaar},       {u"E", Periodiciteit::Eenmalig}};
    for (const auto &[text, value] : kCodes) {
        if (code.trimmed() == QStringView(text))
            return value;
    }
    return std::nullopt;
}

} // namespace regie::allegro

namespace regie::allegro::assumed {

const Opdrachten kGetOpdrachten{{QStringLiteral("BBRService"), QStringLiteral("GetOpdrachten")}};
const Afschriften kGetAfschriften{{QStringLiteral("BBRService"), QStringLiteral("GetAfschriften")}};
const SaldoReserveringen kGetSaldoReserveringen{
    {QStringLiteral("BBRService"), QStringLiteral("GetSaldoReserveringen")}};
const EenmaligeOpdracht kMaakEenmaligeOpdracht{
    {QStringLiteral("BBRService"), QStringLiteral("MaakEenmaligeOpdracht")}};
const StuurBericht kStuurBericht{{QStringLiteral("BerichtenBoxService"), QStringLiteral("StuurBericht")}};
const Relatie kGetRelatie{{QStringLiteral("RelatieService"), QStringLiteral("GetRelatie")}};
const Rekeningnummers kGetRekeningnummers{{QStringLiteral("BBRService"), QStringLiteral("GetRekeningnummers")}};
const AnnuleerEenmaligeOpdracht kAnnuleerEenmaligeOpdracht{
    {QStringLiteral("BBRService"), QStringLiteral("AnnuleerEenmaligeOpdracht")}};

std::vector<OperationName> allAssumedOperations()
{
    return {kGetOpdrachten.name, kGetAfschriften.name, kGetSaldoReserveringen.name,
            kMaakEenmaligeOpdracht.name, kStuurBericht.name, kGetRelatie.name, kGetRekeningnummers.name,
            kAnnuleerEenmaligeOpdracht.name};
}

} // namespace regie::allegro::assumed
