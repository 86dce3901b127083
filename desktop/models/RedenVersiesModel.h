#pragma once
// Every version of one reason, newest first: what changed, who wrote it and why.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class RedenVersiesModel : public RijenModel<RedenVersie> {
    Q_OBJECT
public:
    enum Kolom { Versie, TekstMedewerker, TekstInwoner, Auteur, Waarom, Moment };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const RedenVersie &v, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Versie; }
};

} // namespace regie::desk
