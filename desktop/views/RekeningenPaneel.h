#pragma once
// The inwoner's own accounts inside the dossier. The medewerker adds an account after seeing
// that it is the inwoner's (how: a fixed list; what was seen: a note), and ends one that may
// no longer be used. The IBAN is checked here as it is typed (the same mod-97 check as the
// server) and then never shown again in full: the list shows its last four characters.

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace regie::desk {

class EigenRekeningenModel;

class RekeningenPaneel : public QWidget {
    Q_OBJECT
public:
    RekeningenPaneel(ApiClient &api, QWidget *parent = nullptr);

    void open(const QString &inwoner);
    EigenRekeningenModel *rekeningen() const { return rekeningen_; }
    QTableView *tabel() const { return tabel_; }
    QLineEdit *veld(const QString &naam) const;
    QComboBox *verificatie() const { return verificatie_; }
    QLabel *fout() const { return fout_; }
    QPushButton *toevoegenKnop() const { return toevoegen_; }

public Q_SLOTS:
    void voegToe();
    void beeindigGekozen();

Q_SIGNALS:
    void geladen(int aantal);
    void gewijzigd();
    void melding(const QString &tekst);

private:
    void controleer();

    ApiClient &api_;
    QString inwoner_;
    EigenRekeningenModel *rekeningen_;
    QTableView *tabel_;
    QLineEdit *iban_, *label_, *notitie_, *reden_;
    QComboBox *verificatie_;
    QLabel *fout_;
    QPushButton *toevoegen_, *beeindigen_;
};

} // namespace regie::desk
