#pragma once
// An inwoner's requests with their decisions (dossier; the request screen shows the recent
// ones without the decisions column).

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class VerzoekenModel : public RijenModel<Verzoek> {
    Q_OBJECT
public:
    enum Kolom { Verstuurd, Reservering, Bedrag, Status, Besluiten };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const Verzoek &v, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Bedrag; }
};

} // namespace regie::desk
