#include "models/ReserveringenModel.h"

#include "models/Tekst.h"

namespace regie::desk {

void ReserveringenModel::zet(QList<Reservering> reserveringen, std::optional<Money> beheerrekening)
{
    beginResetModel();
    rijen_ = std::move(reserveringen);
    totaal_ = beheerrekening;
    endResetModel();
}

int ReserveringenModel::rowCount(const QModelIndex &parent) const
{
    return RijenModel::rowCount(parent) + (!parent.isValid() && totaal_ ? 1 : 0);
}

QVariant ReserveringenModel::data(const QModelIndex &index, int role) const
{
    if (!totaal_ || !index.isValid() || index.row() != rijen_.size())
        return RijenModel::data(index, role);
    if (role == Qt::TextAlignmentRole && rechts(index.column()))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    if (index.column() == Naam)
        return tr("Beheerrekening (totaal)");
    return index.column() == Saldo ? bedragTekst(*totaal_) : QString();
}

QStringList ReserveringenModel::koppen() const
{
    return {tr("Reservering"), tr("Saldo"), tr("Beschikbaar"), tr("Vastgehouden"), tr("Nu vrij op te nemen"), tr("Uitleg voor de inwoner")};
}

QString ReserveringenModel::tekst(const Reservering &r, int kolom) const
{
    switch (kolom) {
    case Naam: return r.naam;
    case Saldo: return bedragTekst(r.saldo);
    case Beschikbaar: return bedragTekst(r.beschikbaar);
    case Vastgehouden: return bedragTekst(r.vastgehouden);
    case MaxVrij: return bedragTekst(r.maxVrij);
    case Uitleg: return r.uitleg;
    default: return {};
    }
}

} // namespace regie::desk
