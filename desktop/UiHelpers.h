#pragma once
// Small helpers shared by the screens: filling a read-only table model, money and time
// text, and a label with its buddy and accessible name in one call.

#include "money/Money.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonValue>
#include <QtCore/QStringList>

class QStandardItemModel;
class QTableView;
class QWidget;
class QLabel;

namespace regie::desk {

// Replaces the model's rows; cells are plain text, right-aligned when numeric is set for
// that column.
void vulTabel(QStandardItemModel *model, const QStringList &koppen, const QList<QStringList> &rijen,
              const QList<int> &rechtsUitgelijnd = {});
QTableView *maakTabel(QStandardItemModel *model, const QString &toegankelijkeNaam, QWidget *parent);

QString bedragTekst(const QJsonValue &cents);   // "€ 12,50", or "—" for null
QString tijdTekst(const QJsonValue &isoTime);   // local "dd-MM-yyyy HH:mm", or "—"
QString datumTekst(const QJsonValue &isoDate);  // "dd-MM-yyyy", or "—"

// Gives a field an accessible name and description.
void toegankelijk(QWidget *widget, const QString &naam, const QString &beschrijving = {});

} // namespace regie::desk
