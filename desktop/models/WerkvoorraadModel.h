#pragma once
// The queue as a table model: plain rows, no widgets per row, so 10,000 waiting requests
// scroll smoothly. The waiting-time column shows text and colour against the team's target
// ("Op tijd", "Bijna te laat", "Te laat") so the meaning never rests on colour alone.

#include "client/ApiTypes.h"

#include <QtCore/QAbstractTableModel>
#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QSortFilterProxyModel>

#include <optional>

namespace regie::desk {

enum class Wachtsignaal { OpTijd, BijnaTeLaat, TeLaat };

class WerkvoorraadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Kolom { Inwoner, Reservering, Bedrag, Status, Wachttijd, Signaal, VierOgen, AantalKolommen };
    enum Rol { SortRole = Qt::UserRole + 1, IdRole, RegelRole };

    explicit WerkvoorraadModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Replaces all rows; returns the ids that were not there before (new requests).
    QStringList zetRegels(QList<VerzoekRegel> regels);
    const VerzoekRegel &regel(int row) const { return regels_[row]; }
    int rijVan(const QString &id) const { return index_.value(id, -1); }
    // Minutes since sent, counted on from the server's figure (the desktop clock may differ).
    qint64 wachtMinuten(const VerzoekRegel &r) const;
    static Wachtsignaal signaal(qint64 wachtMinuten, int doelUren);
    static QString signaalTekst(Wachtsignaal s);
    static QString wachttijdTekst(qint64 minuten);

    // Moves "now" on so waiting times and signals stay current between reloads.
    void tik();

private:
    QList<VerzoekRegel> regels_;
    QHash<QString, int> index_;
    QElapsedTimer sindsLaden_;
};

// Client-side filters on the loaded queue (the server filters too; these react per key).
class WerkvoorraadFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit WerkvoorraadFilter(QObject *parent = nullptr);
    void setStatus(std::optional<VerzoekStatus> status); // none: all
    void setReservering(const QString &text);
    void setMinimumWachtUren(int uren);
    void setZoek(const QString &text);            // inwoner name or pseudonym
    void setEersteAkkoordDoor(const QString &naam); // four-eyes: who gave the first akkoord; empty: all

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<VerzoekStatus> status_;
    QString reservering_, zoek_, eersteAkkoordDoor_;
    int minimumWachtUren_ = 0;
};

} // namespace regie::desk
