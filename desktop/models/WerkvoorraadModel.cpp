#include "models/WerkvoorraadModel.h"

#include "models/Tekst.h"

#include <QtGui/QBrush>
#include <QtGui/QColor>

namespace regie::desk {

WerkvoorraadModel::WerkvoorraadModel(QObject *parent) : QAbstractTableModel(parent) { sindsLaden_.start(); }

int WerkvoorraadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(regels_.size());
}

int WerkvoorraadModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : AantalKolommen; }

qint64 WerkvoorraadModel::wachtMinuten(const VerzoekRegel &r) const
{
    return r.wachtMinuten + sindsLaden_.elapsed() / 60000;
}

Wachtsignaal WerkvoorraadModel::signaal(qint64 minuten, int doelUren)
{
    const qint64 doel = qint64(qMax(1, doelUren)) * 60;
    if (minuten > doel)
        return Wachtsignaal::TeLaat;
    if (minuten * 4 >= doel * 3) // three quarters of the target used
        return Wachtsignaal::BijnaTeLaat;
    return Wachtsignaal::OpTijd;
}

QString WerkvoorraadModel::signaalTekst(Wachtsignaal s)
{
    switch (s) {
    case Wachtsignaal::OpTijd:
        return tr("Op tijd");
    case Wachtsignaal::BijnaTeLaat:
        return tr("Bijna te laat");
    case Wachtsignaal::TeLaat:
        return tr("Te laat");
    }
    return {};
}

QString WerkvoorraadModel::wachttijdTekst(qint64 minuten)
{
    if (minuten < 60)
        return tr("%n min", nullptr, static_cast<int>(minuten));
    if (minuten < 48 * 60)
        return tr("%1 u %2 min").arg(minuten / 60).arg(minuten % 60);
    return tr("%n dagen", nullptr, static_cast<int>(minuten / (24 * 60)));
}

QVariant WerkvoorraadModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= regels_.size())
        return {};
    const VerzoekRegel &r = regels_[index.row()];
    const qint64 wacht = wachtMinuten(r);
    const Wachtsignaal s = signaal(wacht, r.doelUren);
    if (role == IdRole)
        return r.id;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Inwoner: return QString(r.inwonerNaam + QStringLiteral(" (") + r.inwoner + u')');
        case Reservering: return r.reserveringNaam;
        case Bedrag: return r.bedrag.formatDutch();
        case Status: return statusTekst(r.status);
        case Wachttijd: return wachttijdTekst(wacht);
        case Signaal: return signaalTekst(s);
        case VierOgen:
            if (!r.vierOgen)
                return tr("Nee");
            return r.eersteAkkoordDoor ? tr("Ja, 1e akkoord: %1").arg(r.eersteAkkoordNaam) : tr("Ja");
        default: return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Inwoner: return r.inwonerNaam;
        case Reservering: return r.reserveringNaam;
        case Bedrag: return r.bedrag.cents();
        case Status: return static_cast<int>(r.status);
        case Wachttijd:
        case Signaal: return wacht;
        case VierOgen: return r.vierOgen;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Bedrag)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::BackgroundRole && index.column() == Signaal) {
        // Dark enough for black text at 4.5:1; the text says the same as the colour.
        if (s == Wachtsignaal::TeLaat)
            return QBrush(QColor(0xF4, 0xB4, 0xB4));
        if (s == Wachtsignaal::BijnaTeLaat)
            return QBrush(QColor(0xFF, 0xE0, 0x8A));
        return QBrush(QColor(0xC8, 0xE6, 0xC9));
    }
    if (role == Qt::ForegroundRole && index.column() == Signaal)
        return QBrush(Qt::black);
    if (role == Qt::ToolTipRole && index.column() == Signaal)
        return tr("Doel van het team: binnen %n uur beslissen.", nullptr, r.doelUren);
    return {};
}

QVariant WerkvoorraadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Inwoner: return tr("Inwoner");
    case Reservering: return tr("Reservering");
    case Bedrag: return tr("Bedrag");
    case Status: return tr("Status");
    case Wachttijd: return tr("Wacht al");
    case Signaal: return tr("Doel");
    case VierOgen: return tr("Vier ogen");
    default: return {};
    }
}

QStringList WerkvoorraadModel::zetRegels(QList<VerzoekRegel> regels)
{
    QStringList nieuw;
    for (const VerzoekRegel &r : regels) {
        if (!index_.contains(r.id))
            nieuw.append(r.id);
    }
    beginResetModel();
    regels_ = std::move(regels);
    index_.clear();
    index_.reserve(regels_.size());
    for (int i = 0; i < regels_.size(); ++i)
        index_.insert(regels_[i].id, i);
    sindsLaden_.restart();
    endResetModel();
    return nieuw;
}

void WerkvoorraadModel::tik()
{
    if (regels_.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, Wachttijd), index(rowCount() - 1, Signaal), {Qt::DisplayRole, Qt::BackgroundRole});
}

WerkvoorraadFilter::WerkvoorraadFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(WerkvoorraadModel::SortRole);
    setDynamicSortFilter(false); // re-sorting 10,000 rows on every tick is wasted work
}

void WerkvoorraadFilter::setStatus(std::optional<VerzoekStatus> status)
{
    status_ = status;
    invalidateFilter();
}

void WerkvoorraadFilter::setReservering(const QString &text)
{
    reservering_ = text.trimmed();
    invalidateFilter();
}

void WerkvoorraadFilter::setMinimumWachtUren(int uren)
{
    minimumWachtUren_ = qMax(0, uren);
    invalidateFilter();
}

void WerkvoorraadFilter::setZoek(const QString &text)
{
    zoek_ = text.trimmed();
    invalidateFilter();
}

void WerkvoorraadFilter::setEersteAkkoordDoor(const QString &naam)
{
    eersteAkkoordDoor_ = naam;
    invalidateFilter();
}

bool WerkvoorraadFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const WerkvoorraadModel *>(sourceModel());
    const VerzoekRegel &r = model->regel(sourceRow);
    if (status_ && r.status != *status_)
        return false;
    if (!reservering_.isEmpty() && !r.reserveringNaam.contains(reservering_, Qt::CaseInsensitive))
        return false;
    if (minimumWachtUren_ > 0 && model->wachtMinuten(r) < qint64(minimumWachtUren_) * 60)
        return false;
    if (!eersteAkkoordDoor_.isEmpty() && r.eersteAkkoordNaam != eersteAkkoordDoor_)
        return false;
    if (!zoek_.isEmpty() && !r.inwonerNaam.contains(zoek_, Qt::CaseInsensitive) && !r.inwoner.contains(zoek_, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace regie::desk
