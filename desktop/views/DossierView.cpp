#include "views/DossierView.h"

#include "models/BudgetplanModel.h"
#include "models/MeldingenModel.h"
#include "models/ReserveringenModel.h"
#include "models/Tekst.h"
#include "models/TransactiesModel.h"
#include "models/VerzoekenModel.h"
#include "views/RekeningenPaneel.h"
#include "views/UiHelpers.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTabWidget>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

DossierView::DossierView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *rij = new QHBoxLayout;
    kiezer_ = new QComboBox(this);
    kiezer_->setObjectName(QStringLiteral("inwonerKiezer"));
    kiezer_->setMinimumContentsLength(30);
    toegankelijk(kiezer_, tr("Inwoner"), tr("Kies een inwoner uit uw caseload."));
    auto *label = new QLabel(tr("&Inwoner:"), this);
    label->setBuddy(kiezer_);
    rij->addWidget(label);
    rij->addWidget(kiezer_, 1);
    auto *vernieuw = new QPushButton(tr("Vernieuwen"), this);
    toegankelijk(vernieuw, tr("Dossier vernieuwen"));
    rij->addWidget(vernieuw);
    layout->addLayout(rij);
    connect(kiezer_, &QComboBox::activated, this, [this] { open(kiezer_->currentData().toString()); });
    connect(vernieuw, &QPushButton::clicked, this, [this] { open(inwoner_); });

    samenvatting_ = new QLabel(this);
    samenvatting_->setObjectName(QStringLiteral("samenvatting"));
    samenvatting_->setWordWrap(true);
    samenvatting_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    samenvatting_->setAccessibleName(tr("Samenvatting van het dossier"));
    layout->addWidget(samenvatting_);

    auto *tabs = new QTabWidget(this);
    reserveringen_ = new ReserveringenModel(this);
    transacties_ = new TransactiesModel(this);
    verzoeken_ = new VerzoekenModel(this);
    budgetplan_ = new BudgetplanModel(this);
    meldingen_ = new MeldingenModel(this);
    auto *reserveringen = maakTabel(reserveringen_, tr("Reserveringen"), tabs);
    reserveringen->setColumnHidden(ReserveringenModel::Vastgehouden, true);
    tabs->addTab(reserveringen, tr("Reserveringen"));
    tabs->addTab(maakTabel(transacties_, tr("Transacties"), tabs), tr("Transacties"));
    tabs->addTab(maakTabel(budgetplan_, tr("Budgetplan"), tabs), tr("Budgetplan"));
    tabs->addTab(maakTabel(verzoeken_, tr("Verzoeken"), tabs), tr("Verzoeken"));
    meldingenTabel_ = maakTabel(meldingen_, tr("Meldingen aan de inwoner"), tabs);
    tabs->addTab(meldingenTabel_, tr("Meldingen"));
    // Before the meldingen, which stay the last tab.
    rekeningen_ = new RekeningenPaneel(api_, tabs);
    tabs->insertTab(tabs->count() - 1, rekeningen_, tr("Eigen rekeningen"));
    connect(rekeningen_, &RekeningenPaneel::melding, this, &DossierView::melding);
    layout->addWidget(tabs, 1);
}

void DossierView::laadInwoners()
{
    api_.inwoners(this, [this](ApiResult<Pagina<InwonerRegel>> r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString huidige = inwoner_;
        kiezer_->clear();
        for (const InwonerRegel &i : r.value.data) {
            kiezer_->addItem(QStringLiteral("%1 (%2) · %3").arg(i.naam, i.id, tr("%n open verzoek(en)", nullptr, static_cast<int>(i.openVerzoeken))),
                             i.id);
        }
        const int i = kiezer_->findData(huidige);
        if (i >= 0)
            kiezer_->setCurrentIndex(i);
    });
}

void DossierView::open(const QString &inwoner)
{
    if (inwoner.isEmpty())
        return;
    inwoner_ = inwoner;
    const int i = kiezer_->findData(inwoner);
    if (i >= 0)
        kiezer_->setCurrentIndex(i);
    api_.overzicht(inwoner, this, [this, inwoner](ApiResult<Overzicht> r) {
        if (inwoner != inwoner_)
            return;
        if (!r.ok()) {
            samenvatting_->setText(r.problem->melding());
            return;
        }
        toonOverzicht(r.value);
    });
    api_.transacties(inwoner, this, [this, inwoner](ApiResult<Pagina<Transactie>> r) {
        if (inwoner == inwoner_ && r.ok())
            transacties_->zetRijen(r.value.data);
    });
    api_.verzoekenVan(inwoner, ApiClient::kPageSize, this, [this, inwoner](ApiResult<Pagina<Verzoek>> r) {
        if (inwoner != inwoner_ || !r.ok())
            return;
        verzoeken_->zetRijen(r.value.data);
        Q_EMIT geladen();
    });
    laadMeldingen(inwoner);
    rekeningen_->open(inwoner);
}

void DossierView::laadMeldingen(const QString &inwoner)
{
    api_.meldingenVan(inwoner, this, [this, inwoner](ApiResult<Pagina<Melding>> r) {
        if (inwoner != inwoner_ || !r.ok())
            return;
        meldingen_->zetRijen(r.value.data);
        meldingenTabel_->resizeColumnsToContents(); // at most 100 rows
        Q_EMIT meldingenGeladen();
    });
}

void DossierView::toonOverzicht(const Overzicht &o)
{
    QStringList delen;
    delen.append(tr("%1 %2 (%3) · %4").arg(o.voornaam, o.achternaam, o.inwoner, o.vormNaam));
    delen.append(tr("Beheerrekening: %1 · Niet gereserveerd: %2 · Bijgewerkt: %3")
                     .arg(bedragTekst(o.saldoBeheerrekening), bedragTekst(o.nietGereserveerd), tijdTekst(o.bijgewerkt)));
    for (const Lening &l : o.leningen) {
        delen.append(tr("Lening %1: nog %2 open, %3 per maand, achterstand %4")
                         .arg(l.omschrijving, bedragTekst(l.openstaand), bedragTekst(l.maandtermijn), bedragTekst(l.achterstand)));
    }
    samenvatting_->setText(delen.join(u'\n'));
    reserveringen_->zet(o.reserveringen);
    budgetplan_->zet(o.budgetplan);
}

} // namespace regie::desk
