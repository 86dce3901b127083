#pragma once
// The inwoner's transactions as the inwoner sees them.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

namespace regie::desk {

class TransactiesModel : public RijenModel<Transactie> {
    Q_OBJECT
public:
    enum Kolom { Datum, Omschrijving, Tegenpartij, Bedrag, Reservering };
    using RijenModel::RijenModel;

protected:
    QStringList koppen() const override;
    QString tekst(const Transactie &t, int kolom) const override;
    bool rechts(int kolom) const override { return kolom == Bedrag; }
};

} // namespace regie::desk
