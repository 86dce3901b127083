#include "models/UitgaandeBerichtenModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList UitgaandeBerichtenModel::koppen() const
{
    return {tr("Onderwerp"), tr("Pogingen"), tr("Laatste fout"), tr("Aangemaakt")};
}

QString UitgaandeBerichtenModel::tekst(const UitgaandBericht &b, int kolom) const
{
    switch (kolom) {
    case Onderwerp: return b.topic;
    case Pogingen: return QString::number(b.pogingen);
    case LaatsteFout: return b.laatsteFout;
    case Aangemaakt: return tijdTekst(b.aangemaakt);
    default: return {};
    }
}

} // namespace regie::desk
