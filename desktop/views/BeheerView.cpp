#include "views/BeheerView.h"

#include "models/UitgaandeBerichtenModel.h"
#include "views/UiHelpers.h"

#include <QtCore/QLocale>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

BeheerView::BeheerView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *uitleg = new QLabel(tr("Berichten aan Allegro en het zaaksysteem die na alle pogingen niet zijn aangekomen."), this);
    uitleg->setWordWrap(true);
    layout->addWidget(uitleg);
    auto *rij = new QHBoxLayout;
    telling_ = new QLabel(this);
    telling_->setObjectName(QStringLiteral("koppelingenTelling"));
    toegankelijk(telling_, tr("Aantal mislukte berichten"));
    auto *vernieuw = new QPushButton(tr("Vernieuwen"), this);
    toegankelijk(vernieuw, tr("Lijst vernieuwen"));
    opnieuw_ = new QPushButton(tr("&Opnieuw proberen"), this);
    opnieuw_->setObjectName(QStringLiteral("opnieuwProberen"));
    opnieuw_->setEnabled(false);
    toegankelijk(opnieuw_, tr("Opnieuw proberen"), tr("Zet het gekozen bericht terug in de wachtrij om opnieuw te versturen."));
    rij->addWidget(telling_, 1);
    rij->addWidget(vernieuw);
    rij->addWidget(opnieuw_);
    layout->addLayout(rij);

    berichten_ = new UitgaandeBerichtenModel(this);
    tabel_ = maakTabel(berichten_, tr("Mislukte berichten"), this);
    tabel_->setObjectName(QStringLiteral("koppelingenTabel"));
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(tabel_, 1);
    bewaartermijn_ = new QLabel(this);
    bewaartermijn_->setObjectName(QStringLiteral("bewaartermijnStatus"));
    bewaartermijn_->setWordWrap(true);
    bewaartermijn_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    toegankelijk(bewaartermijn_, tr("Bewaartermijn"), tr("Wanneer persoonsgegevens het laatst zijn opgeruimd."));
    layout->addWidget(bewaartermijn_);

    connect(vernieuw, &QPushButton::clicked, this, &BeheerView::herlaad);
    connect(opnieuw_, &QPushButton::clicked, this, &BeheerView::probeerGeselecteerdOpnieuw);
    connect(tabel_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { opnieuw_->setEnabled(tabel_->selectionModel()->hasSelection()); });
}

void BeheerView::herlaad()
{
    api_.mislukteBerichten(this, [this](ApiResult<UitgaandeBerichten> r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const int aantal = static_cast<int>(r.value.data.size());
        berichten_->zetRijen(std::move(r.value.data));
        tabel_->resizeColumnsToContents(); // at most 500 rows (the API's bound)
        telling_->setText(tr("%n mislukt bericht(en)", nullptr, aantal));
        opnieuw_->setEnabled(tabel_->selectionModel()->hasSelection());
        Q_EMIT geladen(aantal);
    });
    api_.bewaartermijn(this, [this](ApiResult<Bewaartermijn> r) {
        if (!r.ok()) {
            bewaartermijn_->setText(tr("Bewaartermijn: niet op te halen."));
            return;
        }
        if (!r.value.laatsteRun) {
            bewaartermijn_->setText(tr("Bewaartermijn: nog nooit verwerkt."));
            return;
        }
        const BewaarRun &run = *r.value.laatsteRun;
        QString tekst = tr("Bewaartermijn: laatst verwerkt op %1. %n dossier(s) geanonimiseerd", nullptr,
                           static_cast<int>(run.geanonimiseerd))
                            .arg(QLocale().toString(run.moment.toLocalTime(), QLocale::ShortFormat));
        tekst += u' ' + tr("(budgetbeheer beëindigd op of voor %1, na %2 maanden).")
                            .arg(QLocale().toString(run.grens, QLocale::ShortFormat))
                            .arg(run.bewaarMaanden);
        if (!run.volledig)
            tekst += u' ' + tr("De volgende keer gaat het verder.");
        bewaartermijn_->setText(tekst);
    });
}

void BeheerView::probeerGeselecteerdOpnieuw()
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = berichten_->rij(rows.first().row()).id;
    opnieuw_->setEnabled(false);
    api_.berichtOpnieuw(id, this, [this, id](ApiResult<UitgaandBericht> r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            opnieuw_->setEnabled(true);
            return;
        }
        Q_EMIT melding(tr("Het bericht wordt opnieuw verstuurd."));
        Q_EMIT opnieuwGepland(id);
        herlaad();
    });
}

} // namespace regie::desk
