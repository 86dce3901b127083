#pragma once
// "Teams" for the beheerder: each team's name and the contact details an inwoner is told
// when they must contact their team (phone, e-mail, opening hours), and a new team. The
// server audits every change with its author.

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace regie::desk {

class TeamsModel;

class TeamsView : public QWidget {
    Q_OBJECT
public:
    TeamsView(ApiClient &api, QWidget *parent = nullptr);

    TeamsModel *teams() const { return teams_; }
    QTableView *tabel() const { return tabel_; }
    QLineEdit *veld(const QString &naam) const;

public Q_SLOTS:
    void herlaad();
    void opslaan();     // the selected team, or a new one when none is selected
    void nieuw();
    void koppelInwoner(); // opens the KoppelDialog

Q_SIGNALS:
    void geladen(int aantal);
    void opgeslagen(qint64 id);
    void inwonerGekoppeld(const QString &inwoner);
    void melding(const QString &tekst);

private:
    void toonGekozen();
    qint64 gekozen() const;

    ApiClient &api_;
    TeamsModel *teams_;
    QTableView *tabel_;
    QLineEdit *naam_, *telefoon_, *email_, *openingstijden_;
    QLabel *fout_;
    QPushButton *opslaan_;
};

} // namespace regie::desk
