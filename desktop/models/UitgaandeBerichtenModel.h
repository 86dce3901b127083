#pragma once
// Outgoing messages (Allegro, zaaksysteem) for the beheerder: topic, attempts, last error.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class UitgaandeBerichtenModel : public RijenModel<UitgaandBericht> {
    Q_OBJECT
public:
    enum Kolom { Onderwerp, Pogingen, LaatsteFout, Aangemaakt };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const UitgaandBericht &b, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Pogingen; }
};

} // namespace regie::desk
