#include "models/RedenCatalogusModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList RedenCatalogusModel::koppen() const
{
    return {tr("Code"), tr("Soort"), tr("Tekst voor medewerkers"), tr("Versie"), tr("Status")};
}

QString RedenCatalogusModel::tekst(const RedenRegel &r, int kolom) const
{
    switch (kolom) {
    case Code: return r.code;
    case Soort: return r.soort == RedenSoort::Akkoord ? tr("Akkoord") : tr("Weigering");
    case TekstMedewerker: return r.tekstMedewerker;
    case Versie: return QString::number(r.versie);
    case Status: return r.actief ? tr("In gebruik") : tr("Ingetrokken");
    default: return {};
    }
}

} // namespace regie::desk
