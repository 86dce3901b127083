#pragma once
// The shape every list on the desk shares: typed rows in, plain read-only cells out, fixed
// columns with headers, amounts right-aligned. A list model says its columns and how one
// row reads in each; nothing is parsed here, the rows arrive as API types.

#include <QtCore/QAbstractTableModel>
#include <QtCore/QList>
#include <QtCore/QStringList>

namespace regie::desk {

template <typename T>
class RijenModel : public QAbstractTableModel {
public:
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : static_cast<int>(rijen_.size()); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(koppen().size());
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < koppen().size())
            return koppen().at(section);
        return QAbstractTableModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!index.isValid() || index.row() >= rijen_.size())
            return {};
        const T &rij = rijen_.at(index.row());
        if (const QVariant bijzonder = extra(index.row(), index.column(), role); bijzonder.isValid())
            return bijzonder;
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return tekst(rij, index.column());
        if (role == Qt::TextAlignmentRole && rechts(index.column()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }

    void zetRijen(QList<T> rijen)
    {
        beginResetModel();
        rijen_ = std::move(rijen);
        endResetModel();
    }
    const T &rij(int row) const { return rijen_.at(row); }
    const QList<T> &rijen() const { return rijen_; }

protected:
    virtual QStringList koppen() const = 0;
    virtual QString tekst(const T &rij, int kolom) const = 0;
    virtual bool rechts(int) const { return false; }
    // A cell's role beyond text and alignment (a font, a colour), or an override of them.
    virtual QVariant extra(int, int, int) const { return {}; }

    QList<T> rijen_;
};

} // namespace regie::desk
