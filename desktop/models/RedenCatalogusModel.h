#pragma once
// The reason catalogue as the teamleider and beheerder maintain it: the medewerker's text
// first (it is what staff choose by); the inwoner's B1 text is shown beside it as a preview.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class RedenCatalogusModel : public RijenModel<RedenRegel> {
    Q_OBJECT
public:
    enum Kolom { Code, Soort, TekstMedewerker, Versie, Status };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const RedenRegel &r, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Versie; }
};

} // namespace regie::desk
