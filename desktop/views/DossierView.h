#pragma once
// The inwoner's dossier as the inwoner sees it (beheerrekening, reserveringen, budgetplan,
// lening, transactions) plus their request history, their own accounts (added and ended
// here, see RekeningenPaneel) and the meldingen they received. Every opening is logged as inzage by
// the server.

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace regie::desk {

class BudgetplanModel;
class MeldingenModel;
class RekeningenPaneel;
class ReserveringenModel;
class TransactiesModel;
class VerzoekenModel;

class DossierView : public QWidget {
    Q_OBJECT
public:
    DossierView(ApiClient &api, QWidget *parent = nullptr);

    void laadInwoners();
    void open(const QString &inwoner);
    QString inwoner() const { return inwoner_; }
    VerzoekenModel *verzoeken() const { return verzoeken_; }
    MeldingenModel *meldingen() const { return meldingen_; }
    RekeningenPaneel *rekeningen() const { return rekeningen_; }

Q_SIGNALS:
    void melding(const QString &tekst);
    void geladen();
    void meldingenGeladen();

private:
    void toonOverzicht(const Overzicht &o);
    void laadMeldingen(const QString &inwoner);

    ApiClient &api_;
    QString inwoner_;
    QComboBox *kiezer_;
    QLabel *samenvatting_;
    QTableView *meldingenTabel_;
    ReserveringenModel *reserveringen_;
    TransactiesModel *transacties_;
    VerzoekenModel *verzoeken_;
    BudgetplanModel *budgetplan_;
    MeldingenModel *meldingen_;
    RekeningenPaneel *rekeningen_;
};

} // namespace regie::desk
