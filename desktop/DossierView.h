#pragma once
// The inwoner's dossier as the inwoner sees it (beheerrekening, reserveringen, budgetplan,
// lening, transactions) plus their request history and the meldingen they received. Every opening is logged as inzage by
// the server.

#include "ApiClient.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QTableView;

namespace regie::desk {

class DossierView : public QWidget {
    Q_OBJECT
public:
    DossierView(ApiClient &api, QWidget *parent = nullptr);

    void laadInwoners();
    void open(const QString &inwoner);
    QString inwoner() const { return inwoner_; }
    QStandardItemModel *verzoeken() const { return verzoeken_; }
    QStandardItemModel *meldingen() const { return meldingen_; }

Q_SIGNALS:
    void melding(const QString &tekst);
    void geladen();
    void meldingenGeladen();

private:
    void toonOverzicht(const QJsonObject &o);
    void laadMeldingen(const QString &inwoner);

    ApiClient &api_;
    QString inwoner_;
    QComboBox *kiezer_;
    QLabel *samenvatting_;
    QTableView *meldingenTabel_;
    QStandardItemModel *reserveringen_, *transacties_, *verzoeken_, *budgetplan_, *meldingen_;
};

} // namespace regie::desk
