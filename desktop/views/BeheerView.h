#pragma once
// "Koppelingen" for the beheerder: outgoing messages (Allegro, zaaksysteem) that failed
// after all retries, with the last error, and a button to try one again. Without this the
// beheerder would only learn of a stuck payment when an inwoner calls. Below, read-only,
// when retention last ran and what it did (docs/PRIVACY.md).

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace regie::desk {

class UitgaandeBerichtenModel;

class BeheerView : public QWidget {
    Q_OBJECT
public:
    BeheerView(ApiClient &api, QWidget *parent = nullptr);

    UitgaandeBerichtenModel *berichten() const { return berichten_; }
    QTableView *tabel() const { return tabel_; }
    QPushButton *opnieuwKnop() const { return opnieuw_; }
    QLabel *bewaartermijn() const { return bewaartermijn_; }

public Q_SLOTS:
    void herlaad();
    void probeerGeselecteerdOpnieuw();

Q_SIGNALS:
    void geladen(int aantal);
    void opnieuwGepland(qint64 id);
    void melding(const QString &tekst);

private:
    ApiClient &api_;
    UitgaandeBerichtenModel *berichten_;
    QTableView *tabel_;
    QPushButton *opnieuw_;
    QLabel *telling_;
    QLabel *bewaartermijn_;
};

} // namespace regie::desk
