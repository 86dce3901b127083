#pragma once
// The version history of an inwoner's maatwerkafspraken. A value that differs from the
// previous version of the same afspraak (same scope and reservering) is marked "▲", bold
// and tinted, and its accessible text and tooltip say so: not by colour alone.

#include "client/ApiTypes.h"
#include "models/RijenModel.h"

#include <QtCore/QHash>

#include <optional>

namespace regie::desk {

struct VersieRij {
    AfspraakVersie versie;
    std::optional<Afspraak> vorige; // the previous version of the same afspraak
    QString reservering;           // its name, or "(alle, scope)"
};

class AfspraakVersiesModel : public RijenModel<VersieRij> {
    Q_OBJECT
public:
    enum Kolom {
        Reservering, Versie, Modus, MaxPerOpname, MaxPerWeek, AantalPerWeek, MaxPerMaand, AantalPerMaand,
        MinimumSaldo, Ingang, Door, Reden, Vastgelegd
    };
    using RijenModel::RijenModel;

    // Versions oldest first, as the API gives them; names of the reserveringen by id.
    void zet(const QList<AfspraakVersie> &versies, const QHash<qint64, QString> &namen);
    bool gewijzigd(int row, int kolom) const;

protected:
    QStringList koppen() const override;
    QString tekst(const VersieRij &r, int kolom) const override;
    QVariant extra(int row, int kolom, int role) const override;

private:
    static QString waarde(const rules::Afspraak &a, int kolom); // the compared columns
};

} // namespace regie::desk
