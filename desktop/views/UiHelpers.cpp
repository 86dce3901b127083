#include "views/UiHelpers.h"

#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

namespace regie::desk {

QTableView *maakTabel(QAbstractItemModel *model, const QString &toegankelijkeNaam, QWidget *parent)
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

void toegankelijk(QWidget *widget, const QString &naam, const QString &beschrijving)
{
    widget->setAccessibleName(naam);
    if (!beschrijving.isEmpty()) {
        widget->setAccessibleDescription(beschrijving);
        widget->setToolTip(beschrijving);
    }
}

} // namespace regie::desk
