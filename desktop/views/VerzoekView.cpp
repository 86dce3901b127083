#include "views/VerzoekView.h"

#include "models/ReserveringenModel.h"
#include "models/Tekst.h"
#include "models/VerzoekenModel.h"
#include "views/UiHelpers.h"

#include "base/Html.h"

#include <QtCore/QTimer>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtWidgets/QButtonGroup>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPlainTextEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QRadioButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QTextBrowser>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

VerzoekView::VerzoekView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    // A short pause after typing, so the preview is asked once per change, not per key.
    voorbeeldTimer_ = new QTimer(this);
    voorbeeldTimer_->setSingleShot(true);
    voorbeeldTimer_->setInterval(250);
    connect(voorbeeldTimer_, &QTimer::timeout, this, &VerzoekView::vraagVoorbeeld);
    auto *layout = new QVBoxLayout(this);
    kop_ = new QLabel(tr("Kies een verzoek in de werkvoorraad."), this);
    QFont f = kop_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    kop_->setFont(f);
    kop_->setAccessibleName(tr("Verzoek"));
    layout->addWidget(kop_);
    gegevens_ = new QLabel(this);
    gegevens_->setWordWrap(true);
    gegevens_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    gegevens_->setAccessibleName(tr("Gegevens van het verzoek"));
    layout->addWidget(gegevens_);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *links = new QWidget(splitter);
    auto *linksLayout = new QVBoxLayout(links);
    auto *situatie = new QGroupBox(tr("Situatie van de inwoner"), links);
    auto *sl = new QVBoxLayout(situatie);
    reserveringen_ = new ReserveringenModel(this);
    auto *reserveringen = maakTabel(reserveringen_, tr("Reserveringen van de inwoner"), situatie);
    for (int kolom : {ReserveringenModel::MaxVrij, ReserveringenModel::Uitleg})
        reserveringen->setColumnHidden(kolom, true);
    sl->addWidget(reserveringen);
    recent_ = new VerzoekenModel(this);
    sl->addWidget(new QLabel(tr("Recente verzoeken"), situatie));
    auto *recent = maakTabel(recent_, tr("Recente verzoeken van de inwoner"), situatie);
    recent->setColumnHidden(VerzoekenModel::Besluiten, true);
    sl->addWidget(recent);
    dossier_ = new QPushButton(tr("Open &dossier"), situatie);
    toegankelijk(dossier_, tr("Open dossier"), tr("Toon het volledige dossier van deze inwoner."));
    connect(dossier_, &QPushButton::clicked, this, [this] { if (!inwoner_.isEmpty()) Q_EMIT openDossier(inwoner_); });
    sl->addWidget(dossier_);
    linksLayout->addWidget(situatie, 1);
    auto *regelsBox = new QGroupBox(tr("Waarom dit verzoek bij u ligt"), links);
    auto *rl = new QVBoxLayout(regelsBox);
    regels_ = new QLabel(regelsBox);
    regels_->setObjectName(QStringLiteral("regels"));
    regels_->setWordWrap(true);
    regels_->setAccessibleName(tr("Redenen van de regels"));
    rl->addWidget(regels_);
    linksLayout->addWidget(regelsBox);
    splitter->addWidget(links);
    splitter->addWidget(bouwBesluit());
    layout->addWidget(splitter, 1);


    auto *akkoordToets = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(akkoordToets, &QShortcut::activated, this, [this] {
        if (akkoord_->isChecked() && klaarOmTeVersturen())
            verstuur();
        else
            kiesAkkoord();
    });
    auto *weigerToets = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(weigerToets, &QShortcut::activated, this, [this] {
        if (weigeren_->isChecked() && klaarOmTeVersturen())
            verstuur();
        else
            kiesWeigeren();
    });
}

QWidget *VerzoekView::bouwBesluit()
{
    auto *box = new QGroupBox(tr("Besluit"));
    auto *layout = new QVBoxLayout(box);
    auto *keuzes = new QHBoxLayout;
    akkoord_ = new QRadioButton(tr("&Akkoord (Ctrl+Enter)"), box);
    weigeren_ = new QRadioButton(tr("&Weigeren (Ctrl+Shift+Enter)"), box);
    akkoord_->setObjectName(QStringLiteral("akkoord"));
    weigeren_->setObjectName(QStringLiteral("weigeren"));
    keuze_ = new QButtonGroup(this);
    keuze_->addButton(akkoord_);
    keuze_->addButton(weigeren_);
    keuzes->addWidget(akkoord_);
    keuzes->addWidget(weigeren_);
    layout->addLayout(keuzes);
    auto *form = new QFormLayout;
    reden_ = new QComboBox(box);
    reden_->setObjectName(QStringLiteral("reden"));
    toegankelijk(reden_, tr("Reden"), tr("Standaardreden uit de catalogus. Verplicht bij een weigering."));
    form->addRow(tr("&Reden:"), reden_);
    toelichting_ = new QPlainTextEdit(box);
    toelichting_->setObjectName(QStringLiteral("toelichting"));
    toelichting_->setMaximumHeight(80);
    toelichting_->setTabChangesFocus(true);
    toegankelijk(toelichting_, tr("Extra toelichting"), tr("Optioneel. De inwoner leest dit letterlijk (max. 1000 tekens)."));
    form->addRow(tr("&Toelichting:"), toelichting_);
    layout->addLayout(form);
    vierOgen_ = new QLabel(box);
    vierOgen_->setObjectName(QStringLiteral("vierOgen"));
    vierOgen_->setWordWrap(true);
    vierOgen_->setAccessibleName(tr("Vier ogen"));
    layout->addWidget(vierOgen_);
    voorbeeldKop_ = new QLabel(tr("Dit leest de inwoner:"), box);
    layout->addWidget(voorbeeldKop_);
    voorbeeld_ = new QTextBrowser(box);
    voorbeeld_->setObjectName(QStringLiteral("voorbeeld"));
    toegankelijk(voorbeeld_, tr("Voorbeeld van het bericht aan de inwoner"));
    layout->addWidget(voorbeeld_, 1);
    fout_ = new QLabel(box);
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    fout_->setAccessibleName(tr("Foutmelding"));
    layout->addWidget(fout_);
    verstuur_ = new QPushButton(tr("&Versturen"), box);
    verstuur_->setObjectName(QStringLiteral("versturen"));
    verstuur_->setEnabled(false);
    toegankelijk(verstuur_, tr("Besluit versturen"), tr("Verstuurt het besluit. Het voorbeeld hierboven is wat de inwoner krijgt."));
    layout->addWidget(verstuur_);

    connect(keuze_, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool aan) {
        if (aan) {
            vulRedenen();
            voorbeeldTimer_->start();
        }
    });
    connect(reden_, &QComboBox::currentIndexChanged, voorbeeldTimer_, qOverload<>(&QTimer::start));
    connect(toelichting_, &QPlainTextEdit::textChanged, voorbeeldTimer_, qOverload<>(&QTimer::start));
    connect(verstuur_, &QPushButton::clicked, this, &VerzoekView::verstuur);
    return box;
}

void VerzoekView::laad(const QString &id, std::optional<bool> akkoord)
{
    id_ = id;
    voorbeeldGeldig_ = false;
    voorbeeldTekst_.clear();
    voorbeeld_->clear();
    fout_->clear();
    toelichting_->blockSignals(true);
    toelichting_->clear();
    toelichting_->blockSignals(false);
    keuze_->setExclusive(false);
    akkoord_->setChecked(false);
    weigeren_->setChecked(false);
    keuze_->setExclusive(true);
    verstuur_->setEnabled(false);
    if (redenen_.isEmpty()) {
        api_.redenen(this, [this](ApiResult<RedenLijst> r) {
            redenen_ = r.value.data;
            vulRedenen();
        });
    }
    api_.verzoek(id, this, [this, id, akkoord](ApiResult<Verzoek> r) {
        if (id != id_)
            return;
        if (!r.ok()) {
            kop_->setText(tr("Verzoek niet geladen"));
            fout_->setText(r.problem->melding());
            return;
        }
        toonVerzoek(r.value);
        laadSituatie();
        if (akkoord)
            *akkoord ? kiesAkkoord() : kiesWeigeren();
    });
}

void VerzoekView::toonVerzoek(const Verzoek &v)
{
    inwoner_ = v.inwoner;
    status_ = v.status;
    kop_->setText(tr("Verzoek van %1: %2 uit %3").arg(v.inwonerNaam, bedragTekst(v.bedrag), v.reserveringNaam));
    gegevens_->setText(tr("Status: %1 · Verstuurd: %2 · Naar rekening eindigend op %3 · Uitleg van de inwoner: %4")
                           .arg(statusTekst(status_), tijdTekst(v.verstuurd), v.rekeningEind,
                                v.toelichting.isEmpty() ? tr("(geen)") : v.toelichting));
    QStringList regels{v.beoordeling.samenvatting};
    for (const RegelReden &r : v.beoordeling.redenen)
        regels.append(QStringLiteral("• ") + r.tekstMedewerker);
    regels_->setText(regels.join(u'\n'));
    if (status_ == VerzoekStatus::WachtOpTweedeAkkoord && !v.besluiten.isEmpty())
        vierOgen_->setText(tr("Vier ogen: %1 gaf al akkoord. Een tweede medewerker moet ook akkoord geven; dezelfde medewerker kan dat niet.")
                               .arg(v.besluiten.first().medewerker));
    else if (v.vierOgen)
        vierOgen_->setText(tr("Vier ogen: voor dit bedrag zijn twee akkoorden van verschillende medewerkers nodig."));
    else
        vierOgen_->clear();
    const bool wacht = status_ == VerzoekStatus::WachtOpAkkoord || status_ == VerzoekStatus::WachtOpTweedeAkkoord;
    akkoord_->setEnabled(wacht);
    weigeren_->setEnabled(wacht);
    if (!wacht)
        fout_->setText(tr("Over dit verzoek is al beslist."));
}

void VerzoekView::laadSituatie()
{
    const QString id = id_;
    api_.overzicht(inwoner_, this, [this, id](ApiResult<Overzicht> r) {
        if (id == id_ && r.ok())
            reserveringen_->zet(r.value.reserveringen, r.value.saldoBeheerrekening);
    });
    api_.verzoekenVan(inwoner_, 5, this, [this, id](ApiResult<Pagina<Verzoek>> r) {
        if (id == id_ && r.ok())
            recent_->zetRijen(r.value.data);
    });
}

void VerzoekView::vulRedenen()
{
    const RedenSoort soort = weigeren_->isChecked() ? RedenSoort::Weigering : RedenSoort::Akkoord;
    const QString huidige = reden_->currentData().toString();
    reden_->blockSignals(true);
    reden_->clear();
    if (soort == RedenSoort::Akkoord)
        reden_->addItem(tr("(geen reden nodig)"), QString());
    else
        reden_->addItem(tr("Kies een reden…"), QString());
    // Chosen by the medewerker's text; the inwoner's text only as a preview (the tooltip, and
    // the full message in the preview below).
    for (const RedenKeuze &r : redenen_) {
        if (r.soort != soort)
            continue;
        reden_->addItem(r.tekstMedewerker, r.code);
        reden_->setItemData(reden_->count() - 1, tr("De inwoner leest: %1").arg(r.tekstB1), Qt::ToolTipRole);
    }
    const int terug = reden_->findData(huidige);
    reden_->setCurrentIndex(terug >= 0 ? terug : 0);
    reden_->blockSignals(false);
}

void VerzoekView::kiesAkkoord()
{
    akkoord_->setChecked(true);
    verstuur_->setFocus();
}

void VerzoekView::kiesWeigeren()
{
    weigeren_->setChecked(true);
    reden_->setFocus();
}

bool VerzoekView::kiesReden(const QString &code)
{
    const int i = reden_->findData(code);
    if (i < 0)
        return false;
    reden_->setCurrentIndex(i);
    return true;
}

void VerzoekView::setToelichting(const QString &tekst) { toelichting_->setPlainText(tekst); }

bool VerzoekView::klaarOmTeVersturen() const { return voorbeeldGeldig_ && !bezig_ && verstuur_->isEnabled(); }

BesluitInvoer VerzoekView::gekozenBesluit() const
{
    return BesluitInvoer{akkoord_->isChecked(), reden_->currentData().toString(), toelichting_->toPlainText().trimmed()};
}

void VerzoekView::vraagVoorbeeld()
{
    if (id_.isEmpty() || (!akkoord_->isChecked() && !weigeren_->isChecked()))
        return;
    voorbeeldGeldig_ = false;
    verstuur_->setEnabled(false);
    if (toelichting_->toPlainText().size() > kMaxToelichting) {
        fout_->setText(tr("De toelichting is te lang (max. 1000 tekens)."));
        return;
    }
    BesluitInvoer besluit = gekozenBesluit();
    besluit.extraToelichting = toelichting_->toPlainText(); // the preview shows it as typed
    const int generatie = ++generatie_;
    api_.besluitVoorbeeld(id_, besluit, this, [this, generatie](ApiResult<BesluitVoorbeeld> r) {
        if (generatie != generatie_)
            return;
        if (!r.ok()) {
            voorbeeld_->clear();
            voorbeeldTekst_.clear();
            fout_->setText(r.problem->melding());
            Q_EMIT voorbeeldBijgewerkt();
            return;
        }
        fout_->clear();
        voorbeeldTekst_ = r.value.tekst;
        voorbeeldKop_->setText(r.value.berichtAanInwoner
                                   ? tr("Dit leest de inwoner:")
                                   : tr("Eerste akkoord: de inwoner krijgt nog geen bericht. Na het tweede akkoord leest de inwoner:"));
        voorbeeld_->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>").arg(base::escape(r.value.titel), base::escape(voorbeeldTekst_)));
        voorbeeldGeldig_ = true;
        verstuur_->setEnabled(true);
        Q_EMIT voorbeeldBijgewerkt();
    });
}

void VerzoekView::verstuur()
{
    if (!klaarOmTeVersturen())
        return;
    bezig_ = true;
    verstuur_->setEnabled(false);
    const QString id = id_;
    api_.besluit(id, gekozenBesluit(), this, [this, id](ApiResult<Verzoek> r) {
        bezig_ = false;
        if (!r.ok()) {
            fout_->setText(r.problem->melding());
            verstuur_->setEnabled(voorbeeldGeldig_);
            return;
        }
        toonVerzoek(r.value);
        voorbeeldGeldig_ = false;
        Q_EMIT melding(tr("Besluit verstuurd: %1.").arg(statusTekst(r.value.status)));
        Q_EMIT besloten(id, verzoekStatusCodes().code(r.value.status));
    });
}

} // namespace regie::desk
