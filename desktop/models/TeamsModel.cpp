#include "models/TeamsModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList TeamsModel::koppen() const
{
    return {tr("Team"), tr("Telefoon"), tr("E-mail"), tr("Openingstijden"), tr("Medewerkers"), tr("Inwoners")};
}

QString TeamsModel::tekst(const Team &t, int kolom) const
{
    switch (kolom) {
    case Naam: return t.naam;
    case Telefoon: return t.telefoon;
    case Email: return t.email;
    case Openingstijden: return t.openingstijden;
    case Medewerkers: return QString::number(t.medewerkers);
    case Inwoners: return QString::number(t.inwoners);
    default: return {};
    }
}

} // namespace regie::desk
