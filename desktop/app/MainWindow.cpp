#include "app/MainWindow.h"

#include "views/AfsprakenView.h"
#include "views/BeheerView.h"
#include "views/DossierView.h"
#include "views/RedenenView.h"
#include "views/TeamsView.h"
#include "views/TeamleiderView.h"
#include "views/VerzoekView.h"
#include "views/WerkvoorraadView.h"

#include <QtGui/QAction>
#include <QtGui/QIcon>
#include <QtWidgets/QApplication>
#include <QtWidgets/QLabel>
#include <QtWidgets/QMenuBar>
#include <QtWidgets/QMessageBox>
#include <QtWidgets/QStatusBar>
#include <QtWidgets/QStyle>
#include <QtWidgets/QSystemTrayIcon>
#include <QtWidgets/QTabWidget>

namespace regie::desk {

MainWindow::MainWindow(ApiClient &api, QWidget *parent) : QMainWindow(parent), api_(api)
{
    setWindowTitle(tr("Regie — budgetbeheer"));
    tabs_ = new QTabWidget(this);
    tabs_->setObjectName(QStringLiteral("tabs"));
    tabs_->setAccessibleName(tr("Onderdelen"));
    werkvoorraad_ = new WerkvoorraadView(api_, tabs_);
    verzoek_ = new VerzoekView(api_, tabs_);
    dossier_ = new DossierView(api_, tabs_);
    afspraken_ = new AfsprakenView(api_, tabs_);
    tabs_->addTab(werkvoorraad_, tr("&Werkvoorraad"));
    tabs_->addTab(verzoek_, tr("&Verzoek"));
    tabs_->addTab(dossier_, tr("&Dossier"));
    tabs_->addTab(afspraken_, tr("&Afspraken"));
    if (api_.gebruiker().rol == Rol::Teamleider) {
        teamleider_ = new TeamleiderView(api_, tabs_);
        tabs_->addTab(teamleider_, tr("&Rapportages"));
        connect(teamleider_, &TeamleiderView::melding, this, &MainWindow::toon);
    }
    if (api_.gebruiker().rol == Rol::Teamleider || api_.gebruiker().rol == Rol::Beheerder) {
        redenen_ = new RedenenView(api_, tabs_);
        tabs_->addTab(redenen_, tr("R&edenen"));
        connect(redenen_, &RedenenView::melding, this, &MainWindow::toon);
    }
    if (api_.gebruiker().rol == Rol::Beheerder) {
        teams_ = new TeamsView(api_, tabs_);
        tabs_->addTab(teams_, tr("&Teams"));
        connect(teams_, &TeamsView::melding, this, &MainWindow::toon);
        beheer_ = new BeheerView(api_, tabs_);
        tabs_->addTab(beheer_, tr("&Koppelingen"));
        connect(beheer_, &BeheerView::melding, this, &MainWindow::toon);
    }
    setCentralWidget(tabs_);

    wie_ = new QLabel(tr("%1 (%2)").arg(api_.gebruiker().displayName, rolCodes().code(api_.gebruiker().rol)), this);
    meldingen_ = new QLabel(this);
    meldingen_->setObjectName(QStringLiteral("meldingenTeller"));
    meldingen_->setAccessibleName(tr("Ongelezen meldingen"));
    statusBar()->addPermanentWidget(meldingen_);
    statusBar()->addPermanentWidget(wie_);
    if (api_.demo()) { // the server's store is a demo: nobody may take it for real
        auto *demo = new QLabel(tr("DEMO — geen echte gegevens"), this);
        demo->setObjectName(QStringLiteral("demoBanner"));
        demo->setStyleSheet(QStringLiteral("QLabel { background: #FFE08A; color: black; border: 2px dashed black; padding: 2px 6px; }"));
        demo->setAccessibleName(tr("Demo-melding"));
        statusBar()->addWidget(demo);
    }
    bouwMenu();

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        tray_ = new QSystemTrayIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        tray_->setToolTip(tr("Regie"));
        tray_->show();
        werkvoorraad_->setTray(tray_);
    }

    connect(werkvoorraad_, &WerkvoorraadView::openVerzoek, this, [this](const QString &id, std::optional<bool> akkoord) {
        verzoek_->laad(id, akkoord);
        tabs_->setCurrentWidget(verzoek_);
    });
    connect(werkvoorraad_, &WerkvoorraadView::melding, this, &MainWindow::toon);
    connect(werkvoorraad_, &WerkvoorraadView::geladen, this, &MainWindow::telMeldingen);
    connect(verzoek_, &VerzoekView::melding, this, &MainWindow::toon);
    connect(verzoek_, &VerzoekView::besloten, werkvoorraad_, [this] { werkvoorraad_->herlaad(); });
    connect(verzoek_, &VerzoekView::openDossier, this, [this](const QString &inwoner) {
        dossier_->open(inwoner);
        tabs_->setCurrentWidget(dossier_);
    });
    connect(dossier_, &DossierView::melding, this, &MainWindow::toon);
    connect(afspraken_, &AfsprakenView::melding, this, &MainWindow::toon);
    connect(&api_, &ApiClient::sessionEnded, this, [this](const QString &tekst) {
        werkvoorraad_->stopLive();
        QMessageBox::information(this, tr("Sessie beëindigd"), tekst);
        Q_EMIT uitgelogd();
    });
}

void MainWindow::bouwMenu()
{
    QMenu *bestand = menuBar()->addMenu(tr("&Bestand"));
    QAction *uitloggen = bestand->addAction(tr("&Uitloggen"));
    connect(uitloggen, &QAction::triggered, this, [this] {
        werkvoorraad_->stopLive();
        api_.logout(this, [this](ApiResult<Geen>) { Q_EMIT uitgelogd(); });
    });
    QAction *afsluiten = bestand->addAction(tr("&Afsluiten"));
    afsluiten->setShortcut(QKeySequence::Quit);
    connect(afsluiten, &QAction::triggered, this, &QWidget::close);
    QMenu *beeld = menuBar()->addMenu(tr("B&eeld"));
    QAction *vernieuw = beeld->addAction(tr("&Vernieuwen"));
    vernieuw->setShortcut(QKeySequence(Qt::Key_F5));
    vernieuw->setShortcutContext(Qt::ApplicationShortcut);
    connect(vernieuw, &QAction::triggered, werkvoorraad_, &WerkvoorraadView::herlaad);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *over = help->addAction(tr("&Over Regie"));
    connect(over, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("Over Regie"),
                           tr("regie-desk %1 — budgetbeheer voor gemeente Utrecht.\nVerbonden met %2.")
                               .arg(QCoreApplication::applicationVersion(), api_.server().toString()));
    });
}

void MainWindow::start()
{
    werkvoorraad_->herlaad();
    werkvoorraad_->startLive();
    dossier_->laadInwoners();
    afspraken_->laadInwoners();
    if (teamleider_)
        teamleider_->laadCijfers();
    if (beheer_)
        beheer_->herlaad();
    if (redenen_)
        redenen_->herlaad();
    if (teams_)
        teams_->herlaad();
    afspraken_->laadVormen();
}

void MainWindow::telMeldingen()
{
    api_.ongelezenMeldingen(this, [this](ApiResult<Pagina<Melding>> r) {
        if (!r.ok())
            return;
        ongelezen_ = static_cast<int>(r.value.totaal);
        meldingen_->setText(tr("%n ongelezen melding(en)", nullptr, ongelezen_));
    });
}

void MainWindow::toon(const QString &tekst) { statusBar()->showMessage(tekst, 15000); }

} // namespace regie::desk
