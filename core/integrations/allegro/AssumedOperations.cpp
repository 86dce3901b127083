#include "integrations/allegro/AssumedOperations.h"

// ASSUMED names: not in the public WSDL. Align with Kredit before production use.
namespace regie::allegro::assumed {

const Opdrachten kGetOpdrachten{{QStringLiteral("BBRService"), QStringLiteral("GetOpdrachten")}};
const Afschriften kGetAfschriften{{QStringLiteral("BBRService"), QStringLiteral("GetAfschriften")}};
const SaldoReserveringen kGetSaldoReserveringen{
    {QStringLiteral("BBRService"), QStringLiteral("GetSaldoReserveringen")}};
const EenmaligeOpdracht kMaakEenmaligeOpdracht{
    {QStringLiteral("BBRService"), QStringLiteral("MaakEenmaligeOpdracht")}};
const StuurBericht kStuurBericht{{QStringLiteral("BerichtenBoxService"), QStringLiteral("StuurBericht")}};
const AnnuleerEenmaligeOpdracht kAnnuleerEenmaligeOpdracht{
    {QStringLiteral("BBRService"), QStringLiteral("AnnuleerEenmaligeOpdracht")}};

std::vector<OperationName> allAssumedOperations()
{
    return {kGetOpdrachten.name, kGetAfschriften.name, kGetSaldoReserveringen.name,
            kMaakEenmaligeOpdracht.name, kStuurBericht.name, kAnnuleerEenmaligeOpdracht.name};
}

} // namespace regie::allegro::assumed
