#pragma once
// An inwoner's own accounts: only the last four characters of the IBAN, whether money may
// go there, and how and by whom it was verified.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class EigenRekeningenModel : public RijenModel<EigenRekening> {
    Q_OBJECT
public:
    enum Kolom { Naam, Eindigt, Status, Gecontroleerd, Door, Notitie };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const EigenRekening &r, int kolom) const override;
};

} // namespace regie::desk
