#include "models/MeldingenModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList MeldingenModel::koppen() const { return {tr("Moment"), tr("Titel"), tr("Tekst"), tr("Gelezen")}; }

QString MeldingenModel::tekst(const Melding &m, int kolom) const
{
    switch (kolom) {
    case Moment: return tijdTekst(m.moment);
    case Titel: return m.titel;
    case Tekst: return m.tekst;
    case Gelezen: return m.gelezen ? tr("gelezen") : tr("ongelezen");
    default: return {};
    }
}

} // namespace regie::desk
