#include "models/RedenTellingenModel.h"

namespace regie::desk {

QStringList RedenTellingenModel::koppen() const { return {tr("Besluit"), tr("Reden"), tr("Aantal")}; }

QString RedenTellingenModel::tekst(const RedenTelling &t, int kolom) const
{
    switch (kolom) {
    case Besluit: return t.akkoord ? tr("Akkoord") : tr("Weigering");
    case Reden: return t.redenCode.isEmpty() ? tr("(zonder reden)") : t.redenCode;
    case Aantal: return QString::number(t.aantal);
    default: return {};
    }
}

} // namespace regie::desk
