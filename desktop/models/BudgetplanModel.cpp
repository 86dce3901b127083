#include "models/BudgetplanModel.h"

#include "models/Tekst.h"

namespace regie::desk {

void BudgetplanModel::zet(const std::optional<Budgetplan> &plan)
{
    QList<BudgetplanRegel> regels;
    if (plan) {
        regels.append(BudgetplanRegel{tr("Leefgeld"), plan->leefgeld, plan->leefgeldPeriode, plan->leefgeldVolgendeDatum});
        regels.append(plan->regels);
    }
    zetRijen(std::move(regels));
}

QStringList BudgetplanModel::koppen() const { return {tr("Post"), tr("Bedrag"), tr("Periode"), tr("Volgende datum")}; }

QString BudgetplanModel::tekst(const BudgetplanRegel &r, int kolom) const
{
    switch (kolom) {
    case Post: return r.omschrijving;
    case Bedrag: return bedragTekst(r.bedrag);
    case Periode: return periodeTekst(r.periode);
    case VolgendeDatum: return datumTekst(r.volgendeDatum);
    default: return {};
    }
}

} // namespace regie::desk
