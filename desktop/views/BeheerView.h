#pragma once
// "Koppelingen" for the beheerder: outgoing messages (Allegro, zaaksysteem) that failed
// after all retries, with the last error, and a button to try one again. Without this the
// beheerder would only learn of a stuck payment when an inwoner calls.

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
};

} // namespace regie::desk
