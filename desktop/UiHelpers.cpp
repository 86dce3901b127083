#include "UiHelpers.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QStandardItemModel>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

namespace regie::desk {

void vulTabel(QStandardItemModel *model, const QStringList &koppen, const QList<QStringList> &rijen,
              const QList<int> &rechtsUitgelijnd)
{
    model->clear();
    model->setHorizontalHeaderLabels(koppen);
    for (const QStringList &rij : rijen) {
        QList<QStandardItem *> items;
        for (int c = 0; c < rij.size(); ++c) {
            auto *item = new QStandardItem(rij[c]);
            item->setEditable(false);
            if (rechtsUitgelijnd.contains(c))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        model->appendRow(items);
    }
}

QTableView *maakTabel(QStandardItemModel *model, const QString &toegankelijkeNaam, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(toegankelijkeNaam);
    return view;
}

QString bedragTekst(const QJsonValue &cents)
{
    if (!cents.isDouble())
        return QStringLiteral("—");
    return Money::fromCents(cents.toInteger()).formatDutch();
}

QString tijdTekst(const QJsonValue &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")) : QStringLiteral("—");
}

QString datumTekst(const QJsonValue &isoDate)
{
    const QDate d = QDate::fromString(isoDate.toString(), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd-MM-yyyy")) : QStringLiteral("—");
}

void toegankelijk(QWidget *widget, const QString &naam, const QString &beschrijving)
{
    widget->setAccessibleName(naam);
    if (!beschrijving.isEmpty()) {
        widget->setAccessibleDescription(beschrijving);
        widget->setToolTip(beschrijving);
    }
}

} // namespace regie::desk
