#pragma once
// The teamleider's decisions per reason in a period.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class RedenTellingenModel : public RijenModel<RedenTelling> {
    Q_OBJECT
public:
    enum Kolom { Besluit, Reden, Aantal };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const RedenTelling &t, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Aantal; }
};

} // namespace regie::desk
