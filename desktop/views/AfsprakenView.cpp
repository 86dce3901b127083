#include "views/AfsprakenView.h"

#include "models/AfspraakVersiesModel.h"
#include "models/Tekst.h"
#include "views/UiHelpers.h"

#include "rules/Validatie.h"

#include <QtCore/QCoreApplication>
#include <QtWidgets/QCheckBox>
#include <QtWidgets/QComboBox>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QSplitter>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

namespace {

constexpr int kMaxReden = 1000;

QString bedragVeldTekst(const std::optional<Money> &m) { return m ? m->formatDutch(Money::Style::Plain) : QString(); }
QString aantalVeldTekst(const std::optional<int> &n) { return n ? QString::number(*n) : QString(); }

// Empty means "no limit"; anything else must be a Dutch amount.
bool leesBedrag(const QLineEdit *veld, std::optional<Money> *uit, const QString &naam, QStringList *fouten)
{
    const QString tekst = veld->text().trimmed();
    if (tekst.isEmpty()) {
        uit->reset();
        return true;
    }
    const auto parsed = Money::parseDutch(tekst, Money::Sign::AllowZero);
    if (!parsed.ok()) {
        fouten->append(QCoreApplication::translate("regie::desk::AfsprakenView", "%1: %2").arg(naam, Money::parseErrorText(parsed.error)));
        return false;
    }
    *uit = parsed.value;
    return true;
}

bool leesAantal(const QLineEdit *veld, std::optional<int> *uit, const QString &naam, QStringList *fouten)
{
    const QString tekst = veld->text().trimmed();
    if (tekst.isEmpty()) {
        uit->reset();
        return true;
    }
    bool ok = false;
    const int n = tekst.toInt(&ok);
    if (!ok || n < 0 || n > rules::kMaxAantalGrens) {
        fouten->append(QCoreApplication::translate("regie::desk::AfsprakenView", "%1: vul een aantal van 0 tot en met %2 in.").arg(naam).arg(rules::kMaxAantalGrens));
        return false;
    }
    *uit = n;
    return true;
}


} // namespace

AfsprakenView::AfsprakenView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *boven = new QHBoxLayout;
    doel_ = new QComboBox(this);
    doel_->setObjectName(QStringLiteral("afsprakenDoel"));
    doel_->addItem(tr("Een inwoner"));
    doel_->addItem(tr("Standaard per vorm"));
    toegankelijk(doel_, tr("Afspraken voor"), tr("Een inwoner, of de standaard voor iedereen met dezelfde vorm van budgetbeheer."));
    auto *doelLabel = new QLabel(tr("Afspraken &voor:"), this);
    doelLabel->setBuddy(doel_);
    boven->addWidget(doelLabel);
    boven->addWidget(doel_);
    doel_->setVisible(false);
    doelLabel->setVisible(false);
    connect(doel_, &QComboBox::activated, this, [this](int i) { kiesDoel(i == 1); });
    connect(this, &AfsprakenView::vormenGeladen, doelLabel, [doelLabel] { doelLabel->setVisible(true); });
    inwonerRij_ = new QWidget(this);
    auto *kies = new QHBoxLayout(inwonerRij_);
    kies->setContentsMargins(0, 0, 0, 0);
    inwonerKiezer_ = new QComboBox(this);
    inwonerKiezer_->setObjectName(QStringLiteral("afsprakenInwoner"));
    toegankelijk(inwonerKiezer_, tr("Inwoner"));
    reservering_ = new QComboBox(this);
    reservering_->setObjectName(QStringLiteral("afsprakenReservering"));
    toegankelijk(reservering_, tr("Reservering"), tr("De reservering waarvoor u de afspraak maakt."));
    kies->addWidget(new QLabel(tr("Inwoner:"), this));
    kies->addWidget(inwonerKiezer_, 1);
    kies->addWidget(new QLabel(tr("Reservering:"), this));
    kies->addWidget(reservering_, 1);
    boven->addWidget(inwonerRij_, 1);
    vormRij_ = new QWidget(this);
    auto *vormKies = new QHBoxLayout(vormRij_);
    vormKies->setContentsMargins(0, 0, 0, 0);
    vormKiezer_ = new QComboBox(vormRij_);
    vormKiezer_->setObjectName(QStringLiteral("afsprakenVorm"));
    toegankelijk(vormKiezer_, tr("Vorm"), tr("De vorm van budgetbeheer waarvoor u de standaardafspraak maakt."));
    vormKies->addWidget(new QLabel(tr("Vorm:"), vormRij_));
    vormKies->addWidget(vormKiezer_, 1);
    vormRij_->setVisible(false);
    boven->addWidget(vormRij_, 1);
    layout->addLayout(boven);
    connect(vormKiezer_, &QComboBox::activated, this, [this] { openVorm(vormKiezer_->currentData().toString()); });
    connect(inwonerKiezer_, &QComboBox::activated, this, [this] { open(inwonerKiezer_->currentData().toString()); });
    connect(reservering_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < reserveringen_.size())
            vulFormulier(reserveringen_.at(i).geldend);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(bouwFormulier());
    splitter->addWidget(bouwProef());
    layout->addWidget(splitter);
    layout->addWidget(new QLabel(tr("Versies (▲ = gewijzigd ten opzichte van de vorige versie)"), this));
    geschiedenis_ = new AfspraakVersiesModel(this);
    auto *tabel = maakTabel(geschiedenis_, tr("Versiegeschiedenis van de afspraken"), this);
    tabel->setObjectName(QStringLiteral("geschiedenis"));
    layout->addWidget(tabel, 1);
}

QWidget *AfsprakenView::bouwFormulier()
{
    auto *box = new QGroupBox(tr("Afspraak"));
    auto *form = new QFormLayout(box);
    modus_ = new QComboBox(box);
    modus_->setObjectName(QStringLiteral("modus"));
    modus_->addItem(tr("Vrij opnemen (binnen de grenzen)"), QStringLiteral("vrij"));
    modus_->addItem(tr("Altijd na akkoord medewerker"), QStringLiteral("na_akkoord"));
    modus_->addItem(tr("Niet toegestaan"), QStringLiteral("niet_toegestaan"));
    toegankelijk(modus_, tr("Modus"));
    form->addRow(tr("&Modus:"), modus_);
    auto bedragVeld = [&](const char *naam, const QString &label, const QString &uitleg) {
        auto *veld = new QLineEdit(box);
        veld->setObjectName(QString::fromLatin1(naam));
        veld->setPlaceholderText(tr("geen grens"));
        toegankelijk(veld, label, uitleg);
        form->addRow(label + u':', veld);
        connect(veld, &QLineEdit::textChanged, this, &AfsprakenView::valideerNu);
        return veld;
    };
    maxPerOpname_ = bedragVeld("maxPerOpname", tr("Max. per opname (€)"), tr("Boven dit bedrag beslist een medewerker."));
    maxWeekBedrag_ = bedragVeld("maxPerWeekBedrag", tr("Max. per week (€)"), tr("Totaal van deze ISO-week, inclusief deze opname."));
    maxWeekAantal_ = bedragVeld("maxPerWeekAantal", tr("Max. aantal per week"), tr("Aantal opnames per week."));
    maxMaandBedrag_ = bedragVeld("maxPerMaandBedrag", tr("Max. per maand (€)"), tr("Totaal van deze kalendermaand."));
    maxMaandAantal_ = bedragVeld("maxPerMaandAantal", tr("Max. aantal per maand"), tr("Aantal opnames per maand."));
    minimumSaldo_ = bedragVeld("minimumSaldo", tr("Minimum saldo (€)"), tr("Dit blijft altijd in de reservering staan."));
    alleenEigenIban_ = new QCheckBox(tr("Alleen naar eigen, gecontroleerde rekening"), box);
    alleenEigenIban_->setChecked(true);
    toegankelijk(alleenEigenIban_, tr("Alleen eigen rekening"));
    form->addRow(QString(), alleenEigenIban_);
    ingang_ = new QDateEdit(QDate::currentDate(), box);
    ingang_->setObjectName(QStringLiteral("ingangsdatum"));
    ingang_->setCalendarPopup(true);
    ingang_->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    toegankelijk(ingang_, tr("Ingangsdatum"));
    form->addRow(tr("&Ingangsdatum:"), ingang_);
    heeftEinde_ = new QCheckBox(tr("Geldig tot"), box);
    einde_ = new QDateEdit(QDate::currentDate().addYears(1), box);
    einde_->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    einde_->setEnabled(false);
    toegankelijk(einde_, tr("Geldig tot"));
    connect(heeftEinde_, &QCheckBox::toggled, einde_, &QWidget::setEnabled);
    auto *eindeRij = new QHBoxLayout;
    eindeRij->addWidget(heeftEinde_);
    eindeRij->addWidget(einde_);
    form->addRow(QString(), eindeRij);
    reden_ = new QLineEdit(box);
    reden_->setObjectName(QStringLiteral("redenWijziging"));
    reden_->setMaxLength(kMaxReden);
    toegankelijk(reden_, tr("Reden van de wijziging"), tr("Verplicht. Komt in de geschiedenis en de audittrail."));
    form->addRow(tr("&Reden (verplicht):"), reden_);
    validatie_ = new QLabel(box);
    validatie_->setObjectName(QStringLiteral("validatie"));
    validatie_->setWordWrap(true);
    validatie_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    validatie_->setAccessibleName(tr("Controle van de afspraak"));
    form->addRow(validatie_);
    opslaan_ = new QPushButton(tr("&Opslaan als nieuwe versie"), box);
    opslaan_->setObjectName(QStringLiteral("opslaan"));
    toegankelijk(opslaan_, tr("Opslaan"), tr("Slaat een nieuwe versie op. Oude versies blijven bewaard."));
    form->addRow(opslaan_);
    connect(opslaan_, &QPushButton::clicked, this, &AfsprakenView::opslaan);
    connect(modus_, &QComboBox::currentIndexChanged, this, &AfsprakenView::valideerNu);
    connect(ingang_, &QDateEdit::dateChanged, this, &AfsprakenView::valideerNu);
    connect(reden_, &QLineEdit::textChanged, this, &AfsprakenView::valideerNu);
    return box;
}

QWidget *AfsprakenView::bouwProef()
{
    auto *box = new QGroupBox(tr("Proberen (er wordt niets opgeslagen)"));
    auto *layout = new QVBoxLayout(box);
    auto *rij = new QHBoxLayout;
    proefBedrag_ = new QLineEdit(box);
    proefBedrag_->setObjectName(QStringLiteral("proefBedrag"));
    proefBedrag_->setPlaceholderText(tr("Bedrag, bijv. 75,00"));
    toegankelijk(proefBedrag_, tr("Bedrag om te proberen"));
    auto *knop = new QPushButton(tr("&Proberen"), box);
    knop->setObjectName(QStringLiteral("proberen"));
    toegankelijk(knop, tr("Proberen"), tr("Laat zien wat de regels nu zouden besluiten met deze concept-afspraak."));
    rij->addWidget(proefBedrag_, 1);
    rij->addWidget(knop);
    layout->addLayout(rij);
    layout->addWidget(bouwSituatie());
    proefUitkomst_ = new QLabel(box);
    proefUitkomst_->setObjectName(QStringLiteral("proefUitkomst"));
    proefUitkomst_->setWordWrap(true);
    proefUitkomst_->setAccessibleName(tr("Uitkomst"));
    QFont f = proefUitkomst_->font();
    f.setBold(true);
    proefUitkomst_->setFont(f);
    layout->addWidget(proefUitkomst_);
    proefRedenen_ = new QLabel(box);
    proefRedenen_->setWordWrap(true);
    proefRedenen_->setAccessibleName(tr("Redenen"));
    layout->addWidget(proefRedenen_, 1);
    connect(knop, &QPushButton::clicked, this, &AfsprakenView::probeer);
    connect(proefBedrag_, &QLineEdit::returnPressed, this, &AfsprakenView::probeer);
    return box;
}

// The made-up situation a vorm's default is tried on.
QWidget *AfsprakenView::bouwSituatie()
{
    situatie_ = new QWidget;
    auto *form = new QFormLayout(situatie_);
    form->setContentsMargins(0, 0, 0, 0);
    situatieSoort_ = new QComboBox(situatie_);
    situatieSoort_->setObjectName(QStringLiteral("situatieSoort"));
    situatieSoort_->addItem(tr("Vrij besteedbaar potje"), static_cast<int>(PotSoort::VrijBesteedbaar));
    situatieSoort_->addItem(tr("Gebonden potje"), static_cast<int>(PotSoort::Gebonden));
    toegankelijk(situatieSoort_, tr("Soort potje"));
    form->addRow(tr("Soort potje:"), situatieSoort_);
    auto nieuwVeld = [&](const char *naam, const QString &label, const QString &voorbeeld) {
        auto *v = new QLineEdit(situatie_);
        v->setObjectName(QString::fromLatin1(naam));
        v->setPlaceholderText(voorbeeld);
        toegankelijk(v, label);
        form->addRow(label + u':', v);
        return v;
    };
    situatieBeschikbaar_ = nieuwVeld("situatieBeschikbaar", tr("In het potje (€)"), tr("bijv. 250,00"));
    situatieEerderAantal_ = nieuwVeld("situatieEerderAantal", tr("Eerder opgenomen deze week (aantal)"), QStringLiteral("0"));
    situatieEerderBedrag_ = nieuwVeld("situatieEerderBedrag", tr("Eerder opgenomen deze week (€)"), QStringLiteral("0,00"));
    situatie_->setVisible(false);
    return situatie_;
}

QLineEdit *AfsprakenView::veld(const QString &naam) const { return findChild<QLineEdit *>(naam); }

void AfsprakenView::laadInwoners()
{
    api_.inwoners(this, [this](ApiResult<Pagina<InwonerRegel>> r) {
        if (!r.ok())
            return;
        inwonerKiezer_->clear();
        for (const InwonerRegel &i : r.value.data)
            inwonerKiezer_->addItem(i.naam + QStringLiteral(" (") + i.id + u')', i.id);
    });
}

void AfsprakenView::open(const QString &inwoner)
{
    if (inwoner.isEmpty())
        return;
    inwoner_ = inwoner;
    vorm_.clear();
    toonDoel(false);
    const int i = inwonerKiezer_->findData(inwoner);
    if (i >= 0)
        inwonerKiezer_->setCurrentIndex(i);
    api_.afspraken(inwoner, this, [this, inwoner](ApiResult<AfspraakOverzicht> r) {
        if (inwoner != inwoner_)
            return;
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString gekozen = reservering_->currentText();
        reserveringen_ = r.value.reserveringen;
        QHash<qint64, QString> namen;
        reservering_->blockSignals(true);
        reservering_->clear();
        for (const AfspraakReservering &a : reserveringen_) {
            reservering_->addItem(a.naam, a.reserveringId);
            namen.insert(a.reserveringId, a.naam);
        }
        reservering_->blockSignals(false);
        const int terug = reservering_->findText(gekozen);
        reservering_->setCurrentIndex(terug >= 0 ? terug : 0);
        if (reservering_->currentIndex() >= 0)
            vulFormulier(reserveringen_.at(reservering_->currentIndex()).geldend);
        geschiedenis_->zet(r.value.geschiedenis, namen);
        Q_EMIT geladen();
    });
}

bool AfsprakenView::kiesReservering(const QString &naam)
{
    const int i = reservering_->findText(naam);
    if (i >= 0)
        reservering_->setCurrentIndex(i);
    return i >= 0;
}

void AfsprakenView::vulFormulier(const Afspraak &a)
{
    const int m = modus_->findData(modusCodes().code(a.modus));
    modus_->setCurrentIndex(m >= 0 ? m : 1);
    maxPerOpname_->setText(bedragVeldTekst(a.maxPerOpname));
    maxWeekBedrag_->setText(bedragVeldTekst(a.maxPerWeekBedrag));
    maxWeekAantal_->setText(aantalVeldTekst(a.maxPerWeekAantal));
    maxMaandBedrag_->setText(bedragVeldTekst(a.maxPerMaandBedrag));
    maxMaandAantal_->setText(aantalVeldTekst(a.maxPerMaandAantal));
    minimumSaldo_->setText(a.minimumSaldo.cents() > 0 ? a.minimumSaldo.formatDutch(Money::Style::Plain) : QString());
    alleenEigenIban_->setChecked(a.alleenEigenIban);
    heeftEinde_->setChecked(a.geldigTot.has_value());
    if (a.geldigTot)
        einde_->setDate(*a.geldigTot);
    reden_->clear();
    valideerNu();
}

std::optional<rules::Afspraak> AfsprakenView::ontwerp(QStringList *fouten) const
{
    rules::Afspraak a;
    a.scope = vormModus() ? rules::Scope::Vorm : rules::Scope::Reservering;
    if (!vormModus())
        a.reserveringId = reservering_->currentData().toLongLong();
    a.modus = rules::modusFromString(modus_->currentData().toString()).value_or(rules::Modus::NaAkkoord);
    std::optional<Money> minimum;
    bool ok = leesBedrag(maxPerOpname_, &a.maxPerOpname, tr("Max. per opname"), fouten);
    ok = leesBedrag(maxWeekBedrag_, &a.maxPerWeekBedrag, tr("Max. per week"), fouten) && ok;
    ok = leesAantal(maxWeekAantal_, &a.maxPerWeekAantal, tr("Max. aantal per week"), fouten) && ok;
    ok = leesBedrag(maxMaandBedrag_, &a.maxPerMaandBedrag, tr("Max. per maand"), fouten) && ok;
    ok = leesAantal(maxMaandAantal_, &a.maxPerMaandAantal, tr("Max. aantal per maand"), fouten) && ok;
    ok = leesBedrag(minimumSaldo_, &minimum, tr("Minimum saldo"), fouten) && ok;
    a.minimumSaldo = minimum.value_or(Money::zero());
    a.alleenEigenIban = alleenEigenIban_->isChecked();
    a.ingangsdatum = ingang_->date();
    if (heeftEinde_->isChecked())
        a.geldigTot = einde_->date();
    if (!ok)
        return std::nullopt;
    for (const rules::ValidatieFout &f : rules::valideer(a))
        fouten->append(f.tekst);
    return fouten->isEmpty() ? std::optional<rules::Afspraak>(a) : std::nullopt;
}

void AfsprakenView::valideerNu()
{
    QStringList fouten;
    ontwerp(&fouten);
    validatie_->setText(fouten.join(u'\n'));
    opslaan_->setEnabled(fouten.isEmpty() && !reden_->text().trimmed().isEmpty() && (vormModus() || !inwoner_.isEmpty()));
}

void AfsprakenView::probeer()
{
    QStringList fouten;
    const auto a = ontwerp(&fouten);
    const auto bedrag = Money::parseDutch(proefBedrag_->text());
    if (!bedrag.ok())
        fouten.append(Money::parseErrorText(bedrag.error));
    if (!a || !fouten.isEmpty()) {
        proefUitkomst_->setText(tr("Eerst de afspraak of het bedrag verbeteren."));
        proefRedenen_->setText(fouten.join(u'\n'));
        return;
    }
    const auto antwoord = [this](ApiResult<Proef> r) {
        if (!r.ok()) {
            proefUitkomst_->setText(r.problem->melding());
            proefRedenen_->clear();
            return;
        }
        toonProef(r.value);
    };
    if (!vormModus()) {
        api_.afspraakProberen(inwoner_, ProefInvoer{*a, *bedrag.value}, this, antwoord);
        return;
    }
    const auto invoer = situatie(*a, *bedrag.value, &fouten);
    if (!invoer) {
        proefUitkomst_->setText(tr("Eerst de situatie verbeteren."));
        proefRedenen_->setText(fouten.join(u'\n'));
        return;
    }
    api_.vormAfspraakProberen(vorm_, *invoer, this, antwoord);
}

void AfsprakenView::toonProef(const Proef &p)
{
    const Beoordeling b = p.beoordeling.value_or(Beoordeling{});
    const QString code = uitkomstCodes().code(b.uitkomst);
    switch (b.uitkomst) {
    case Uitkomst::Vrij: proefUitkomst_->setText(tr("Uitkomst: VRIJ — de inwoner krijgt het geld direct.")); break;
    case Uitkomst::NaAkkoord: proefUitkomst_->setText(tr("Uitkomst: NA AKKOORD — een medewerker beslist.")); break;
    case Uitkomst::NietToegestaan: proefUitkomst_->setText(tr("Uitkomst: NIET TOEGESTAAN — automatisch afgewezen.")); break;
    case Uitkomst::OnvoldoendeSaldo: proefUitkomst_->setText(tr("Uitkomst: ONVOLDOENDE SALDO — automatisch afgewezen.")); break;
    case Uitkomst::Onbekend: proefUitkomst_->setText(code); break;
    }
    QStringList regels{tr("Nu beschikbaar: %1. Maximaal vrij: %2.").arg(bedragTekst(p.beschikbaar), bedragTekst(p.maxVrij))};
    for (const RegelReden &r : b.redenen)
        regels.append(QStringLiteral("• ") + r.tekstMedewerker);
    regels.append(tr("De inwoner leest: %1").arg(p.uitlegVoorInwoner));
    proefRedenen_->setText(regels.join(u'\n'));
    Q_EMIT geprobeerd(code);
}

void AfsprakenView::opslaan()
{
    QStringList fouten;
    const auto a = ontwerp(&fouten);
    if (!a || reden_->text().trimmed().isEmpty()) {
        validatie_->setText(fouten.isEmpty() ? tr("Vul een reden in.") : fouten.join(u'\n'));
        return;
    }
    opslaan_->setEnabled(false);
    const auto antwoord = [this](ApiResult<AfspraakOpgeslagen> r) {
        if (!r.ok()) {
            validatie_->setText(r.problem->melding());
            opslaan_->setEnabled(true);
            return;
        }
        Q_EMIT melding(vormModus() ? tr("Standaardafspraak opgeslagen als nieuwe versie.")
                                   : tr("Afspraak opgeslagen als nieuwe versie."));
        Q_EMIT opgeslagen();
        if (vormModus())
            openVorm(vorm_);
        else
            open(inwoner_);
    };
    if (vormModus())
        api_.vormAfspraakOpslaan(vorm_, AfspraakInvoer{*a, reden_->text().trimmed()}, this, antwoord);
    else
        api_.afspraakOpslaan(inwoner_, AfspraakInvoer{*a, reden_->text().trimmed()}, this, antwoord);
}

void AfsprakenView::laadVormen()
{
    const Rol rol = api_.gebruiker().rol;
    if (rol != Rol::Teamleider && rol != Rol::Beheerder)
        return;
    api_.vormen(this, [this](ApiResult<VormLijst> r) {
        if (!r.ok())
            return;
        vormKiezer_->clear();
        for (const Vorm &v : r.value.data)
            vormKiezer_->addItem(v.naam + QStringLiteral(" (") + v.code + u')', v.code);
        doel_->setVisible(true);
        Q_EMIT vormenGeladen();
    });
}

void AfsprakenView::toonDoel(bool vorm)
{
    doel_->setCurrentIndex(vorm ? 1 : 0);
    inwonerRij_->setVisible(!vorm);
    vormRij_->setVisible(vorm);
    situatie_->setVisible(vorm);
}

void AfsprakenView::kiesDoel(bool vorm)
{
    toonDoel(vorm);
    if (vorm)
        openVorm(vormKiezer_->currentData().toString());
    else
        open(inwonerKiezer_->currentData().toString());
}

void AfsprakenView::openVorm(const QString &vorm)
{
    if (vorm.isEmpty())
        return;
    vorm_ = vorm;
    inwoner_.clear();
    toonDoel(true);
    const int i = vormKiezer_->findData(vorm);
    if (i >= 0)
        vormKiezer_->setCurrentIndex(i);
    api_.vormAfspraken(vorm, this, [this, vorm](ApiResult<VormAfspraken> r) {
        if (vorm != vorm_)
            return;
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        Afspraak standaard; // nothing set yet: the cautious default, every request to a medewerker
        standaard.modus = rules::Modus::NaAkkoord;
        vulFormulier(r.value.geldend.value_or(standaard));
        geschiedenis_->zet(r.value.geschiedenis, {});
        Q_EMIT geladen();
    });
}

std::optional<VormProefInvoer> AfsprakenView::situatie(const rules::Afspraak &a, Money bedrag, QStringList *fouten) const
{
    std::optional<Money> beschikbaar, eerderBedrag;
    std::optional<int> eerderAantal;
    bool ok = leesBedrag(situatieBeschikbaar_, &beschikbaar, tr("In het potje"), fouten);
    ok = leesAantal(situatieEerderAantal_, &eerderAantal, tr("Eerder opgenomen (aantal)"), fouten) && ok;
    ok = leesBedrag(situatieEerderBedrag_, &eerderBedrag, tr("Eerder opgenomen (€)"), fouten) && ok;
    if (!ok)
        return std::nullopt;
    VormProefInvoer invoer;
    invoer.afspraak = a;
    invoer.soort = static_cast<PotSoort>(situatieSoort_->currentData().toInt());
    invoer.bedrag = bedrag;
    invoer.beschikbaar = beschikbaar.value_or(Money::zero());
    invoer.eerderAantal = eerderAantal.value_or(0);
    invoer.eerderBedrag = eerderBedrag.value_or(Money::zero());
    return invoer;
}

} // namespace regie::desk
