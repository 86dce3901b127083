#pragma once
// The budgetplan: leefgeld first, then each income and expense line.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class BudgetplanModel : public RijenModel<BudgetplanRegel> {
    Q_OBJECT
public:
    enum Kolom { Post, Bedrag, Periode, VolgendeDatum };
    using RijenModel::RijenModel;

    void zet(const std::optional<Budgetplan> &plan); // none: empty

protected:
    QStringList koppen() const override;
    QString tekst(const BudgetplanRegel &r, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Bedrag; }
};

} // namespace regie::desk
