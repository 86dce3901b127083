#pragma once
// Small helpers shared by the screens: a read-only table on a model, and an accessible name
// and description in one call.

#include <QtCore/QString>

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace regie::desk {

QTableView *maakTabel(QAbstractItemModel *model, const QString &toegankelijkeNaam, QWidget *parent);

// Gives a field an accessible name and description.
void toegankelijk(QWidget *widget, const QString &naam, const QString &beschrijving = {});

} // namespace regie::desk
