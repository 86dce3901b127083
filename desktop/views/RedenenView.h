#pragma once
// "Redenen" for the teamleider and the beheerder: the catalogue of approval and refusal
// reasons. Each reason has the text medewerkers choose by and the B1 text the inwoner reads;
// the screen shows the medewerker's text and the inwoner's text only as a preview of the
// message. An edit saves a new version (past decisions keep theirs), with a mandatory reason
// for the change; a reason is retired, never deleted.

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace regie::desk {

class RedenCatalogusModel;
class RedenVersiesModel;

class RedenenView : public QWidget {
    Q_OBJECT
public:
    RedenenView(ApiClient &api, QWidget *parent = nullptr);

    RedenCatalogusModel *catalogus() const { return catalogus_; }
    RedenVersiesModel *versies() const { return versies_; }
    QTableView *tabel() const { return tabel_; }
    QLabel *voorbeeld() const { return voorbeeld_; }
    // Selects the reason with this code (false when it is not in the list).
    bool kies(const QString &code);

public Q_SLOTS:
    void herlaad();
    void nieuw();       // an empty form for a new reason
    void opslaan();     // new reason, or a new version of the selected one
    void trekIn();      // retires the selected reason

Q_SIGNALS:
    void geladen(int aantal);
    void opgeslagen(const QString &code, qint64 versie);
    void melding(const QString &tekst);

private:
    QWidget *bouwFormulier();
    void toonGekozen();
    void werkVoorbeeldBij();
    void klaar(const ApiResult<RedenRegel> &r, const QString &tekst);

    ApiClient &api_;
    RedenCatalogusModel *catalogus_;
    RedenVersiesModel *versies_;
    QTableView *tabel_, *versieTabel_;
    QLineEdit *code_, *waarom_;
    QComboBox *soort_;
    QPlainTextEdit *tekstMedewerker_, *tekstB1_;
    QLabel *voorbeeld_, *fout_;
    QPushButton *opslaan_, *intrekken_;
    bool nieuw_ = true;
};

} // namespace regie::desk
