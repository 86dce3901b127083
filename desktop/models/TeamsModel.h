#pragma once
// The teams with the contact details inwoners are told.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class TeamsModel : public RijenModel<Team> {
    Q_OBJECT
public:
    enum Kolom { Naam, Telefoon, Email, Openingstijden, Medewerkers, Inwoners };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const Team &t, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Medewerkers || kolom == Inwoners; }
};

} // namespace regie::desk
