#pragma once
// An inwoner's reserveringen with their balances, and optionally the beheerrekening's total
// as a last row (the request screen). Each screen hides the columns it does not need.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

#include <optional>

namespace regie::desk {

class ReserveringenModel : public RijenModel<Reservering> {
    Q_OBJECT
public:
    enum Kolom { Naam, Saldo, Beschikbaar, Vastgehouden, MaxVrij, Uitleg };
    using RijenModel::RijenModel;

    // The rows, and the beheerrekening's balance as a total row when given.
    void zet(QList<Reservering> reserveringen, std::optional<Money> beheerrekening = std::nullopt);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

protected:
    QStringList koppen() const override;
    QString tekst(const Reservering &r, int kolom) const override;
    bool rechts(int kolom) const override { return kolom >= Saldo && kolom <= MaxVrij; }

private:
    std::optional<Money> totaal_;
};

} // namespace regie::desk
