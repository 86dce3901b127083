#include "models/EigenRekeningenModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList EigenRekeningenModel::koppen() const
{
    return {tr("Rekening"), tr("Eindigt op"), tr("Status"), tr("Gecontroleerd met"), tr("Door"), tr("Notitie")};
}

QString EigenRekeningenModel::tekst(const EigenRekening &r, int kolom) const
{
    switch (kolom) {
    case Naam: return r.label;
    case Eindigt: return r.ibanEind;
    case Status:
        if (r.beeindigdOp.isValid())
            return tr("Beëindigd %1: %2").arg(tijdTekst(r.beeindigdOp), r.beeindigdReden);
        return r.bruikbaar ? tr("In gebruik") : tr("Niet gecontroleerd");
    case Gecontroleerd: return verificatieTekst(r.verificatie);
    case Door: return r.geverifieerdOp.isValid() ? QStringLiteral("%1, %2").arg(r.geverifieerdDoor, tijdTekst(r.geverifieerdOp)) : QString();
    case Notitie: return r.verificatieNotitie;
    default: return {};
    }
}

} // namespace regie::desk
