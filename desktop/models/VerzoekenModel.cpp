#include "models/VerzoekenModel.h"

#include "models/Tekst.h"

namespace regie::desk {

QStringList VerzoekenModel::koppen() const
{
    return {tr("Verstuurd"), tr("Reservering"), tr("Bedrag"), tr("Status"), tr("Besluiten")};
}

QString VerzoekenModel::tekst(const Verzoek &v, int kolom) const
{
    switch (kolom) {
    case Verstuurd: return tijdTekst(v.verstuurd);
    case Reservering: return v.reserveringNaam;
    case Bedrag: return bedragTekst(v.bedrag);
    case Status: return v.statusTekst;
    case Besluiten: {
        QStringList delen;
        for (const Besluit &b : v.besluiten)
            delen.append(b.medewerker + QStringLiteral(": ") + (b.akkoord ? tr("akkoord") : tr("weigering")));
        return delen.join(QStringLiteral("; "));
    }
    default: return {};
    }
}

} // namespace regie::desk
