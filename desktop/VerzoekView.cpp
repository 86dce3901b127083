#include "VerzoekView.h"

#include "UiHelpers.h"
#include "WerkvoorraadModel.h"

#include <QtCore/QTimer>
#include <QtGui/QKeySequence>
#include <QtGui/QShortcut>
#include <QtGui/QStandardItemModel>
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
    reserveringen_ = new QStandardItemModel(this);
    sl->addWidget(maakTabel(reserveringen_, tr("Reserveringen van de inwoner"), situatie));
    recent_ = new QStandardItemModel(this);
    sl->addWidget(new QLabel(tr("Recente verzoeken"), situatie));
    sl->addWidget(maakTabel(recent_, tr("Recente verzoeken van de inwoner"), situatie));
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
        api_.redenen([this](QList<RedenKeuze> lijst, std::optional<ApiProblem>) {
            redenen_ = lijst;
            vulRedenen();
        });
    }
    api_.get(QStringLiteral("/verzoeken/") + id, {}, [this, id, akkoord](const ApiResult &r) {
        if (id != id_)
            return;
        if (!r.ok()) {
            kop_->setText(tr("Verzoek niet geladen"));
            fout_->setText(r.problem->melding());
            return;
        }
        toonVerzoek(r.body);
        laadSituatie();
        if (akkoord)
            *akkoord ? kiesAkkoord() : kiesWeigeren();
    });
}

void VerzoekView::toonVerzoek(const QJsonObject &v)
{
    inwoner_ = v.value(QStringLiteral("inwoner")).toString();
    status_ = v.value(QStringLiteral("status")).toString();
    kop_->setText(tr("Verzoek van %1: %2 uit %3")
                      .arg(v.value(QStringLiteral("inwonerNaam")).toString(), bedragTekst(v.value(QStringLiteral("bedragCents"))),
                           v.value(QStringLiteral("reserveringNaam")).toString()));
    QString toelichting = v.value(QStringLiteral("toelichting")).toString();
    gegevens_->setText(tr("Status: %1 · Verstuurd: %2 · Naar rekening eindigend op %3 · Uitleg van de inwoner: %4")
                           .arg(WerkvoorraadModel::statusTekst(status_), tijdTekst(v.value(QStringLiteral("verstuurd"))),
                                v.value(QStringLiteral("rekeningEind")).toString(),
                                toelichting.isEmpty() ? tr("(geen)") : toelichting));
    const QJsonObject b = v.value(QStringLiteral("beoordeling")).toObject();
    QStringList regels{b.value(QStringLiteral("samenvatting")).toString()};
    for (const QJsonValue &r : b.value(QStringLiteral("redenen")).toArray())
        regels.append(QStringLiteral("• ") + r.toObject().value(QStringLiteral("tekstMedewerker")).toString());
    regels_->setText(regels.join(u'\n'));
    const QJsonArray besluiten = v.value(QStringLiteral("besluiten")).toArray();
    const bool vierOgen = v.value(QStringLiteral("vierOgen")).toBool();
    if (status_ == QLatin1String("wacht_op_tweede_akkoord") && !besluiten.isEmpty())
        vierOgen_->setText(tr("Vier ogen: %1 gaf al akkoord. Een tweede medewerker moet ook akkoord geven; dezelfde medewerker kan dat niet.")
                               .arg(besluiten.first().toObject().value(QStringLiteral("medewerker")).toString()));
    else if (vierOgen)
        vierOgen_->setText(tr("Vier ogen: voor dit bedrag zijn twee akkoorden van verschillende medewerkers nodig."));
    else
        vierOgen_->clear();
    const bool wacht = status_.startsWith(QLatin1String("wacht_op"));
    akkoord_->setEnabled(wacht);
    weigeren_->setEnabled(wacht);
    if (!wacht)
        fout_->setText(tr("Over dit verzoek is al beslist."));
}

void VerzoekView::laadSituatie()
{
    const QString id = id_;
    api_.get(QStringLiteral("/inwoners/") + inwoner_, {}, [this, id](const ApiResult &r) {
        if (id != id_ || !r.ok())
            return;
        QList<QStringList> rijen;
        for (const QJsonValue &v : r.body.value(QStringLiteral("reserveringen")).toArray()) {
            const QJsonObject o = v.toObject();
            rijen.append({o.value(QStringLiteral("naam")).toString(), bedragTekst(o.value(QStringLiteral("saldoCents"))),
                          bedragTekst(o.value(QStringLiteral("beschikbaarCents"))), bedragTekst(o.value(QStringLiteral("vastgehoudenCents")))});
        }
        rijen.append({tr("Beheerrekening (totaal)"), bedragTekst(r.body.value(QStringLiteral("saldoBeheerrekeningCents"))), {}, {}});
        vulTabel(reserveringen_, {tr("Reservering"), tr("Saldo"), tr("Beschikbaar"), tr("Vastgehouden")}, rijen, {1, 2, 3});
    });
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("5"));
    api_.get(QStringLiteral("/inwoners/%1/verzoeken").arg(inwoner_), q, [this, id](const ApiResult &r) {
        if (id != id_ || !r.ok())
            return;
        QList<QStringList> rijen;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            rijen.append({tijdTekst(o.value(QStringLiteral("verstuurd"))), o.value(QStringLiteral("reserveringNaam")).toString(),
                          bedragTekst(o.value(QStringLiteral("bedragCents"))), o.value(QStringLiteral("statusTekst")).toString()});
        }
        vulTabel(recent_, {tr("Verstuurd"), tr("Reservering"), tr("Bedrag"), tr("Status")}, rijen, {2});
    });
}

void VerzoekView::vulRedenen()
{
    const QString soort = weigeren_->isChecked() ? QStringLiteral("weigering") : QStringLiteral("akkoord");
    const QString huidige = reden_->currentData().toString();
    reden_->blockSignals(true);
    reden_->clear();
    if (soort == QLatin1String("akkoord"))
        reden_->addItem(tr("(geen reden nodig)"), QString());
    else
        reden_->addItem(tr("Kies een reden…"), QString());
    for (const RedenKeuze &r : redenen_) {
        if (r.soort == soort)
            reden_->addItem(r.tekstMedewerker, r.code);
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

void VerzoekView::vraagVoorbeeld()
{
    if (id_.isEmpty() || (!akkoord_->isChecked() && !weigeren_->isChecked()))
        return;
    voorbeeldGeldig_ = false;
    verstuur_->setEnabled(false);
    const QString toelichting = toelichting_->toPlainText();
    if (toelichting.size() > kMaxToelichting) {
        fout_->setText(tr("De toelichting is te lang (max. 1000 tekens)."));
        return;
    }
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("akkoord"), akkoord_->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
    if (!reden_->currentData().toString().isEmpty())
        q.addQueryItem(QStringLiteral("reden"), reden_->currentData().toString());
    if (!toelichting.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("toelichting"), QString::fromLatin1(QUrl::toPercentEncoding(toelichting)));
    const int generatie = ++generatie_;
    api_.get(QStringLiteral("/verzoeken/%1/besluit-voorbeeld").arg(id_), q, [this, generatie](const ApiResult &r) {
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
        voorbeeldTekst_ = r.body.value(QStringLiteral("tekst")).toString();
        const bool bericht = r.body.value(QStringLiteral("berichtAanInwoner")).toBool();
        voorbeeldKop_->setText(bericht ? tr("Dit leest de inwoner:")
                                       : tr("Eerste akkoord: de inwoner krijgt nog geen bericht. Na het tweede akkoord leest de inwoner:"));
        voorbeeld_->setHtml(QStringLiteral("<h3>%1</h3><p>%2</p>")
                                .arg(r.body.value(QStringLiteral("titel")).toString().toHtmlEscaped(), voorbeeldTekst_.toHtmlEscaped()));
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
    QJsonObject body{{QStringLiteral("akkoord"), akkoord_->isChecked()},
                     {QStringLiteral("extraToelichting"), toelichting_->toPlainText().trimmed()}};
    if (!reden_->currentData().toString().isEmpty())
        body.insert(QStringLiteral("redenCode"), reden_->currentData().toString());
    const QString id = id_;
    api_.post(QStringLiteral("/verzoeken/%1/besluit").arg(id), body, [this, id](const ApiResult &r) {
        bezig_ = false;
        if (!r.ok()) {
            fout_->setText(r.problem->melding());
            verstuur_->setEnabled(voorbeeldGeldig_);
            return;
        }
        const QString status = r.body.value(QStringLiteral("status")).toString();
        toonVerzoek(r.body);
        voorbeeldGeldig_ = false;
        Q_EMIT melding(tr("Besluit verstuurd: %1.").arg(WerkvoorraadModel::statusTekst(status)));
        Q_EMIT besloten(id, status);
    });
}

} // namespace regie::desk
