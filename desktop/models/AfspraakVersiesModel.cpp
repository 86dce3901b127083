#include "models/AfspraakVersiesModel.h"

#include "models/Tekst.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>
#include <QtGui/QFont>

namespace regie::desk {

namespace {

QString aantalTekst(const std::optional<int> &n) { return n ? QString::number(*n) : QStringLiteral("—"); }

} // namespace

void AfspraakVersiesModel::zet(const QList<AfspraakVersie> &versies, const QHash<qint64, QString> &namen)
{
    QList<VersieRij> rijen;
    QHash<QString, Afspraak> vorige; // per scope and reservering, to compare with
    for (const AfspraakVersie &v : versies) {
        const Afspraak &a = v.afspraak;
        const qint64 res = a.reserveringId.value_or(0);
        const QString scope = scopeCodes().code(a.scope);
        const QString sleutel = scope + u':' + QString::number(res);
        const QString naam = res > 0 ? namen.value(res, QString::number(res)) : tr("(alle, %1)").arg(scope);
        rijen.append(VersieRij{v, vorige.contains(sleutel) ? std::optional<Afspraak>(vorige.value(sleutel)) : std::nullopt, naam});
        vorige.insert(sleutel, a);
    }
    zetRijen(std::move(rijen));
}

QString AfspraakVersiesModel::waarde(const rules::Afspraak &a, int kolom)
{
    switch (kolom) {
    case Modus: return modusCodes().code(a.modus);
    case MaxPerOpname: return bedragTekst(a.maxPerOpname);
    case MaxPerWeek: return bedragTekst(a.maxPerWeekBedrag);
    case AantalPerWeek: return aantalTekst(a.maxPerWeekAantal);
    case MaxPerMaand: return bedragTekst(a.maxPerMaandBedrag);
    case AantalPerMaand: return aantalTekst(a.maxPerMaandAantal);
    case MinimumSaldo: return bedragTekst(a.minimumSaldo);
    case Ingang: return datumTekst(a.ingangsdatum);
    default: return {};
    }
}

bool AfspraakVersiesModel::gewijzigd(int row, int kolom) const
{
    if (row < 0 || row >= rijen_.size() || kolom < Modus || kolom > Ingang)
        return false;
    const VersieRij &r = rijen_.at(row);
    return r.vorige && waarde(*r.vorige, kolom) != waarde(r.versie.afspraak, kolom);
}

QStringList AfspraakVersiesModel::koppen() const
{
    return {tr("Reservering"), tr("Versie"), tr("Modus"), tr("Max./opname"), tr("Max./week"), tr("Aantal/week"), tr("Max./maand"),
            tr("Aantal/maand"), tr("Min. saldo"), tr("Ingang"), tr("Door"), tr("Reden"), tr("Vastgelegd")};
}

QString AfspraakVersiesModel::tekst(const VersieRij &r, int kolom) const
{
    switch (kolom) {
    case Reservering: return r.reservering;
    case Versie: return QString::number(r.versie.afspraak.versie);
    case Door: return r.versie.auteur;
    case Reden: return r.versie.reden;
    case Vastgelegd: return tijdTekst(r.versie.aangemaakt);
    default: break;
    }
    const QString w = waarde(r.versie.afspraak, kolom);
    return r.vorige && waarde(*r.vorige, kolom) != w ? QStringLiteral("▲ ") + w : w;
}

QVariant AfspraakVersiesModel::extra(int row, int kolom, int role) const
{
    if (!gewijzigd(row, kolom))
        return {};
    const VersieRij &r = rijen_.at(row);
    switch (role) {
    case Qt::FontRole: {
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::BackgroundRole: return QBrush(QColor(0xFF, 0xF1, 0xB8));
    case Qt::AccessibleTextRole: return tr("%1, gewijzigd").arg(waarde(r.versie.afspraak, kolom));
    case Qt::ToolTipRole: return tr("Gewijzigd; was: %1").arg(waarde(*r.vorige, kolom));
    default: return {};
    }
}

} // namespace regie::desk
