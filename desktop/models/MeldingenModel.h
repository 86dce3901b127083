#pragma once
// The meldingen an inwoner received, as the inwoner read them.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class MeldingenModel : public RijenModel<Melding> {
    Q_OBJECT
public:
    enum Kolom { Moment, Titel, Tekst, Gelezen };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const Melding &m, int kolom) const override;
};

} // namespace regie::desk
