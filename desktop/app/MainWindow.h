#pragma once
// regie-desk's main window: tabs for the werkvoorraad, the open request, the dossier, the
// maatwerkafspraken (per inwoner; per vorm for teamleiders and beheerders), (for teamleiders)
// reports, (for teamleiders and beheerders) the reason catalogue and (for beheerders) teams,
// linking inwoners and failed koppelingen.
// The status bar shows who is logged in, the unread meldingen and the last message.

#include "client/ApiClient.h"

#include <QtWidgets/QMainWindow>

class QLabel;
class QSystemTrayIcon;
class QTabWidget;

namespace regie::desk {

class AfsprakenView;
class BeheerView;
class DossierView;
class RedenenView;
class TeamsView;
class TeamleiderView;
class VerzoekView;
class WerkvoorraadView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(ApiClient &api, QWidget *parent = nullptr);

    WerkvoorraadView *werkvoorraad() const { return werkvoorraad_; }
    VerzoekView *verzoek() const { return verzoek_; }
    DossierView *dossier() const { return dossier_; }
    AfsprakenView *afspraken() const { return afspraken_; }
    TeamleiderView *teamleider() const { return teamleider_; }
    BeheerView *beheer() const { return beheer_; }
    RedenenView *redenen() const { return redenen_; }
    TeamsView *teams() const { return teams_; }
    QTabWidget *tabs() const { return tabs_; }
    int ongelezen() const { return ongelezen_; }

    // Loads everything the first screen needs and opens the live connection.
    void start();

Q_SIGNALS:
    void uitgelogd();

private:
    void bouwMenu();
    void telMeldingen();
    void toon(const QString &tekst);

    ApiClient &api_;
    QTabWidget *tabs_;
    WerkvoorraadView *werkvoorraad_;
    VerzoekView *verzoek_;
    DossierView *dossier_;
    AfsprakenView *afspraken_;
    TeamleiderView *teamleider_ = nullptr;
    BeheerView *beheer_ = nullptr; // beheerder only
    RedenenView *redenen_ = nullptr; // teamleider, beheerder
    TeamsView *teams_ = nullptr;     // beheerder only
    QLabel *wie_, *meldingen_;
    QSystemTrayIcon *tray_ = nullptr;
    int ongelezen_ = 0;
};

} // namespace regie::desk
