#include "models/TransactiesModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList TransactiesModel::koppen() const
{
    return {tr("Datum"), tr("Omschrijving"), tr("Tegenpartij"), tr("Bedrag"), tr("Reservering")};
}

QString TransactiesModel::tekst(const Transactie &t, int kolom) const
{
    switch (kolom) {
    case Datum: return datumTekst(t.datum);
    case Omschrijving: return t.omschrijving;
    case Tegenpartij: return t.tegenpartij;
    case Bedrag: return bedragTekst(t.bedrag);
    case Reservering: return t.reserveringNaam;
    default: return {};
    }
}

} // namespace regie::desk
