#include "views/RedenenView.h"

#include "models/RedenCatalogusModel.h"
#include "models/RedenVersiesModel.h"
#include "views/UiHelpers.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

namespace {
constexpr int kMaxTekst = 1000;
}

RedenenView::RedenenView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *uitleg = new QLabel(tr("Redenen voor akkoord en weigering. Medewerkers kiezen op de tekst voor medewerkers; "
                                 "de inwoner leest de B1-tekst in het bericht. Een wijziging wordt een nieuwe versie: "
                                 "eerdere besluiten houden de tekst die toen gold."), this);
    uitleg->setWordWrap(true);
    layout->addWidget(uitleg);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    catalogus_ = new RedenCatalogusModel(this);
    versies_ = new RedenVersiesModel(this);
    tabel_ = maakTabel(catalogus_, tr("Redenen"), splitter);
    tabel_->setObjectName(QStringLiteral("redenenTabel"));
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    splitter->addWidget(tabel_);
    splitter->addWidget(bouwFormulier());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 2);
    layout->addWidget(new QLabel(tr("Versies van de gekozen reden"), this));
    versieTabel_ = maakTabel(versies_, tr("Versies van de gekozen reden"), this);
    versieTabel_->setObjectName(QStringLiteral("redenVersies"));
    layout->addWidget(versieTabel_, 1);
    connect(tabel_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RedenenView::toonGekozen);
}

QWidget *RedenenView::bouwFormulier()
{
    auto *box = new QGroupBox(tr("Reden"));
    auto *form = new QFormLayout(box);
    code_ = new QLineEdit(box);
    code_->setObjectName(QStringLiteral("redenCode"));
    code_->setMaxLength(64);
    toegankelijk(code_, tr("Code"), tr("Hoofdletters, cijfers en _; verandert nooit."));
    form->addRow(tr("&Code:"), code_);
    soort_ = new QComboBox(box);
    soort_->setObjectName(QStringLiteral("redenSoort"));
    soort_->addItem(tr("Weigering"), QVariant::fromValue(static_cast<int>(RedenSoort::Weigering)));
    soort_->addItem(tr("Akkoord"), QVariant::fromValue(static_cast<int>(RedenSoort::Akkoord)));
    toegankelijk(soort_, tr("Soort"));
    form->addRow(tr("&Soort:"), soort_);
    tekstMedewerker_ = new QPlainTextEdit(box);
    tekstMedewerker_->setObjectName(QStringLiteral("tekstMedewerker"));
    tekstMedewerker_->setTabChangesFocus(true);
    tekstMedewerker_->setMaximumHeight(70);
    toegankelijk(tekstMedewerker_, tr("Tekst voor medewerkers"), tr("Waar medewerkers de reden aan herkennen."));
    form->addRow(tr("Tekst voor &medewerkers:"), tekstMedewerker_);
    tekstB1_ = new QPlainTextEdit(box);
    tekstB1_->setObjectName(QStringLiteral("tekstB1"));
    tekstB1_->setTabChangesFocus(true);
    tekstB1_->setMaximumHeight(70);
    toegankelijk(tekstB1_, tr("Tekst voor de inwoner"), tr("Eenvoudig Nederlands (B1). Komt letterlijk in het bericht."));
    form->addRow(tr("Tekst voor de &inwoner (B1):"), tekstB1_);
    voorbeeld_ = new QLabel(box);
    voorbeeld_->setObjectName(QStringLiteral("redenVoorbeeld"));
    voorbeeld_->setWordWrap(true);
    voorbeeld_->setFrameShape(QFrame::StyledPanel);
    voorbeeld_->setAccessibleName(tr("Voorbeeld van het bericht aan de inwoner"));
    form->addRow(tr("Voorbeeld:"), voorbeeld_);
    waarom_ = new QLineEdit(box);
    waarom_->setObjectName(QStringLiteral("redenWaarom"));
    waarom_->setMaxLength(kMaxTekst);
    toegankelijk(waarom_, tr("Reden van de wijziging"), tr("Verplicht. Komt in de versiegeschiedenis."));
    form->addRow(tr("&Waarom (verplicht):"), waarom_);
    fout_ = new QLabel(box);
    fout_->setObjectName(QStringLiteral("redenFout"));
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    form->addRow(fout_);
    auto *knoppen = new QHBoxLayout;
    auto *nieuwKnop = new QPushButton(tr("&Nieuwe reden"), box);
    nieuwKnop->setObjectName(QStringLiteral("nieuweReden"));
    opslaan_ = new QPushButton(tr("&Opslaan"), box);
    opslaan_->setObjectName(QStringLiteral("redenOpslaan"));
    toegankelijk(opslaan_, tr("Opslaan"), tr("Een bestaande reden krijgt een nieuwe versie."));
    intrekken_ = new QPushButton(tr("&Intrekken"), box);
    intrekken_->setObjectName(QStringLiteral("redenIntrekken"));
    toegankelijk(intrekken_, tr("Intrekken"), tr("Medewerkers kunnen de reden niet meer kiezen; eerdere besluiten blijven."));
    knoppen->addWidget(nieuwKnop);
    knoppen->addWidget(opslaan_);
    knoppen->addWidget(intrekken_);
    form->addRow(knoppen);
    connect(nieuwKnop, &QPushButton::clicked, this, &RedenenView::nieuw);
    connect(opslaan_, &QPushButton::clicked, this, &RedenenView::opslaan);
    connect(intrekken_, &QPushButton::clicked, this, &RedenenView::trekIn);
    connect(tekstB1_, &QPlainTextEdit::textChanged, this, &RedenenView::werkVoorbeeldBij);
    connect(soort_, &QComboBox::currentIndexChanged, this, &RedenenView::werkVoorbeeldBij);
    nieuw();
    return box;
}

void RedenenView::herlaad()
{
    api_.redenCatalogus(this, [this](ApiResult<RedenCatalogus> r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString gekozen = code_->text();
        const int aantal = static_cast<int>(r.value.data.size());
        catalogus_->zetRijen(std::move(r.value.data));
        tabel_->resizeColumnsToContents(); // at most 1000 reasons (the service's bound)
        if (!gekozen.isEmpty())
            kies(gekozen);
        Q_EMIT geladen(aantal);
    });
}

bool RedenenView::kies(const QString &code)
{
    for (int i = 0; i < catalogus_->rowCount(); ++i) {
        if (catalogus_->rij(i).code == code) {
            tabel_->selectRow(i);
            return true;
        }
    }
    return false;
}

void RedenenView::nieuw()
{
    nieuw_ = true;
    tabel_->clearSelection();
    code_->clear();
    code_->setEnabled(true);
    soort_->setEnabled(true);
    tekstMedewerker_->clear();
    tekstB1_->clear();
    waarom_->clear();
    fout_->clear();
    intrekken_->setEnabled(false);
    versies_->zetRijen({});
}

void RedenenView::toonGekozen()
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const RedenRegel r = catalogus_->rij(rows.first().row());
    nieuw_ = false;
    code_->setText(r.code);
    code_->setEnabled(false);
    soort_->setCurrentIndex(soort_->findData(static_cast<int>(r.soort)));
    soort_->setEnabled(false);
    tekstMedewerker_->setPlainText(r.tekstMedewerker);
    tekstB1_->setPlainText(r.tekstB1);
    waarom_->clear();
    fout_->clear();
    intrekken_->setEnabled(r.actief);
    api_.redenVersies(r.code, this, [this, code = r.code](ApiResult<RedenVersieLijst> v) {
        if (v.ok() && code_->text() == code) {
            versies_->zetRijen(std::move(v.value.data));
            versieTabel_->resizeColumnsToContents();
        }
    });
}

// The inwoner's text only as it will appear in the message, never as something to choose by.
void RedenenView::werkVoorbeeldBij()
{
    const bool akkoord = soort_->currentData().toInt() == static_cast<int>(RedenSoort::Akkoord);
    const QString begin = akkoord ? tr("Je medewerker heeft ja gezegd tegen je verzoek.")
                                  : tr("Je medewerker heeft nee gezegd tegen je verzoek.");
    voorbeeld_->setText(begin + u' ' + tekstB1_->toPlainText().trimmed());
}

void RedenenView::klaar(const ApiResult<RedenRegel> &r, const QString &tekst)
{
    opslaan_->setEnabled(true);
    if (!r.ok()) {
        fout_->setText(r.problem->melding());
        return;
    }
    fout_->clear();
    code_->setText(r.value.code);
    Q_EMIT melding(tekst.arg(r.value.code).arg(r.value.versie));
    Q_EMIT opgeslagen(r.value.code, r.value.versie);
    herlaad();
}

void RedenenView::opslaan()
{
    if (waarom_->text().trimmed().isEmpty()) {
        fout_->setText(tr("Vul in waarom u dit wijzigt."));
        return;
    }
    opslaan_->setEnabled(false);
    const auto antwoord = [this](const QString &tekst) {
        return [this, tekst](ApiResult<RedenRegel> r) { klaar(r, tekst); };
    };
    if (nieuw_) {
        NieuweReden n{code_->text().trimmed(), static_cast<RedenSoort>(soort_->currentData().toInt()),
                      tekstB1_->toPlainText().trimmed(), tekstMedewerker_->toPlainText().trimmed(), waarom_->text().trimmed()};
        api_.maakReden(n, this, antwoord(tr("Reden %1 opgeslagen (versie %2).")));
        return;
    }
    RedenWijziging w{tekstB1_->toPlainText().trimmed(), tekstMedewerker_->toPlainText().trimmed(), waarom_->text().trimmed()};
    api_.wijzigReden(code_->text(), w, this, antwoord(tr("Reden %1 heeft nu versie %2.")));
}

void RedenenView::trekIn()
{
    if (nieuw_)
        return;
    if (waarom_->text().trimmed().isEmpty()) {
        fout_->setText(tr("Vul in waarom u deze reden intrekt."));
        return;
    }
    api_.trekRedenIn(code_->text(), Motivering{waarom_->text().trimmed()}, this,
                     [this](ApiResult<RedenRegel> r) { klaar(r, tr("Reden %1 is ingetrokken (laatste versie %2).")); });
}

} // namespace regie::desk
