#pragma once
// The beheerder links an inwoner (BSN) to an Allegro relatie: Regie takes over the household
// from Allegro (POST /inwoners), then the chosen medewerker gets the inwoner in their
// caseload (POST /caseloads). The BSN is checked here with the same 11-proef as the server,
// so a typing error is named before anything is sent; the server's refusals (already linked,
// an unknown relatie) are shown as they come.

#include "client/ApiClient.h"

#include <QtWidgets/QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace regie::desk {

class KoppelDialog : public QDialog {
    Q_OBJECT
public:
    KoppelDialog(ApiClient &api, QWidget *parent = nullptr);

    // Loads the teams and the medewerkers to choose from.
    void laad();
    QLineEdit *veld(const QString &naam) const;
    QComboBox *team() const { return team_; }
    QComboBox *medewerker() const { return medewerker_; }
    QLabel *fout() const { return fout_; }
    QPushButton *koppelKnop() const { return koppel_; }
    QString gekoppeld() const { return gekoppeld_; } // the new inwoner's pseudonym

public Q_SLOTS:
    void koppel();

Q_SIGNALS:
    void geladen();
    void mislukt(const QString &melding);

private:
    void controleer();
    void vulMedewerkers();
    void wijsToe(const QString &inwoner);

    ApiClient &api_;
    QLineEdit *bsn_, *relatie_, *reden_;
    QComboBox *team_, *medewerker_;
    QLabel *fout_;
    QPushButton *koppel_;
    QList<Account> medewerkers_;
    QString gekoppeld_;
};

} // namespace regie::desk
