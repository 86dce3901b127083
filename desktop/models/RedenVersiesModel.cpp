#include "models/RedenVersiesModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList RedenVersiesModel::koppen() const
{
    return {tr("Versie"), tr("Tekst voor medewerkers"), tr("Tekst voor de inwoner (B1)"), tr("Door"), tr("Waarom"), tr("Wanneer")};
}

QString RedenVersiesModel::tekst(const RedenVersie &v, int kolom) const
{
    switch (kolom) {
    case Versie: return QString::number(v.versie);
    case TekstMedewerker: return v.tekstMedewerker;
    case TekstInwoner: return v.tekstB1;
    case Auteur: return v.auteur;
    case Waarom: return v.reden;
    case Moment: return tijdTekst(v.aangemaakt);
    default: return {};
    }
}

} // namespace regie::desk
