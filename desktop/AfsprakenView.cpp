#include "AfsprakenView.h"

#include "UiHelpers.h"

#include "rules/Validatie.h"

#include <QtCore/QCoreApplication>
#include <QtGui/QStandardItemModel>
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

QString centsAlsTekst(const QJsonValue &v)
{
    return v.isDouble() ? Money::fromCents(v.toInteger()).formatDutch(Money::Style::Plain) : QString();
}

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

QJsonValue centsJson(const std::optional<Money> &m) { return m ? QJsonValue(m->cents()) : QJsonValue(QJsonValue::Null); }
QJsonValue aantalJson(const std::optional<int> &n) { return n ? QJsonValue(*n) : QJsonValue(QJsonValue::Null); }

} // namespace

AfsprakenView::AfsprakenView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *kies = new QHBoxLayout;
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
    layout->addLayout(kies);
    connect(inwonerKiezer_, &QComboBox::activated, this, [this] { open(inwonerKiezer_->currentData().toString()); });
    connect(reservering_, &QComboBox::currentIndexChanged, this, [this](int i) {
        if (i >= 0 && i < reserveringen_.size())
            vulFormulier(reserveringen_[i].toObject().value(QStringLiteral("geldend")).toObject());
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(bouwFormulier());
    splitter->addWidget(bouwProef());
    layout->addWidget(splitter);
    layout->addWidget(new QLabel(tr("Versies (▲ = gewijzigd ten opzichte van de vorige versie)"), this));
    geschiedenis_ = new QStandardItemModel(this);
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

QLineEdit *AfsprakenView::veld(const QString &naam) const { return findChild<QLineEdit *>(naam); }

void AfsprakenView::laadInwoners()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    api_.get(QStringLiteral("/inwoners"), q, [this](const ApiResult &r) {
        if (!r.ok())
            return;
        inwonerKiezer_->clear();
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            inwonerKiezer_->addItem(o.value(QStringLiteral("naam")).toString() + QStringLiteral(" (") + o.value(QStringLiteral("id")).toString() + u')',
                                    o.value(QStringLiteral("id")).toString());
        }
    });
}

void AfsprakenView::open(const QString &inwoner)
{
    if (inwoner.isEmpty())
        return;
    inwoner_ = inwoner;
    const int i = inwonerKiezer_->findData(inwoner);
    if (i >= 0)
        inwonerKiezer_->setCurrentIndex(i);
    api_.get(QStringLiteral("/inwoners/%1/afspraken").arg(inwoner), {}, [this, inwoner](const ApiResult &r) {
        if (inwoner != inwoner_)
            return;
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString gekozen = reservering_->currentText();
        reserveringen_ = r.body.value(QStringLiteral("reserveringen")).toArray();
        reservering_->blockSignals(true);
        reservering_->clear();
        for (const QJsonValue &v : reserveringen_)
            reservering_->addItem(v.toObject().value(QStringLiteral("naam")).toString(), v.toObject().value(QStringLiteral("reserveringId")).toInteger());
        reservering_->blockSignals(false);
        const int terug = reservering_->findText(gekozen);
        reservering_->setCurrentIndex(terug >= 0 ? terug : 0);
        if (reservering_->currentIndex() >= 0)
            vulFormulier(reserveringen_[reservering_->currentIndex()].toObject().value(QStringLiteral("geldend")).toObject());
        toonGeschiedenis(r.body.value(QStringLiteral("geschiedenis")).toArray());
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

void AfsprakenView::vulFormulier(const QJsonObject &a)
{
    const int m = modus_->findData(a.value(QStringLiteral("modus")).toString());
    modus_->setCurrentIndex(m >= 0 ? m : 1);
    maxPerOpname_->setText(centsAlsTekst(a.value(QStringLiteral("maxPerOpnameCents"))));
    maxWeekBedrag_->setText(centsAlsTekst(a.value(QStringLiteral("maxPerWeekBedragCents"))));
    maxWeekAantal_->setText(a.value(QStringLiteral("maxPerWeekAantal")).isDouble() ? QString::number(a.value(QStringLiteral("maxPerWeekAantal")).toInt()) : QString());
    maxMaandBedrag_->setText(centsAlsTekst(a.value(QStringLiteral("maxPerMaandBedragCents"))));
    maxMaandAantal_->setText(a.value(QStringLiteral("maxPerMaandAantal")).isDouble() ? QString::number(a.value(QStringLiteral("maxPerMaandAantal")).toInt()) : QString());
    const qint64 minimum = a.value(QStringLiteral("minimumSaldoCents")).toInteger();
    minimumSaldo_->setText(minimum > 0 ? Money::fromCents(minimum).formatDutch(Money::Style::Plain) : QString());
    alleenEigenIban_->setChecked(a.value(QStringLiteral("alleenEigenIban")).toBool(true));
    const QDate geldigTot = QDate::fromString(a.value(QStringLiteral("geldigTot")).toString(), Qt::ISODate);
    heeftEinde_->setChecked(geldigTot.isValid());
    if (geldigTot.isValid())
        einde_->setDate(geldigTot);
    reden_->clear();
    valideerNu();
}

std::optional<rules::Afspraak> AfsprakenView::ontwerp(QStringList *fouten) const
{
    rules::Afspraak a;
    a.scope = rules::Scope::Reservering;
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
    opslaan_->setEnabled(fouten.isEmpty() && !reden_->text().trimmed().isEmpty() && !inwoner_.isEmpty());
}

QJsonObject AfsprakenView::alsJson(const rules::Afspraak &a) const
{
    QJsonObject o{{QStringLiteral("reserveringId"), a.reserveringId.value_or(0)},
                  {QStringLiteral("modus"), rules::toString(a.modus)},
                  {QStringLiteral("maxPerOpnameCents"), centsJson(a.maxPerOpname)},
                  {QStringLiteral("maxPerWeekBedragCents"), centsJson(a.maxPerWeekBedrag)},
                  {QStringLiteral("maxPerWeekAantal"), aantalJson(a.maxPerWeekAantal)},
                  {QStringLiteral("maxPerMaandBedragCents"), centsJson(a.maxPerMaandBedrag)},
                  {QStringLiteral("maxPerMaandAantal"), aantalJson(a.maxPerMaandAantal)},
                  {QStringLiteral("minimumSaldoCents"), a.minimumSaldo.cents()},
                  {QStringLiteral("alleenEigenIban"), a.alleenEigenIban},
                  {QStringLiteral("ingangsdatum"), a.ingangsdatum.toString(Qt::ISODate)}};
    if (a.geldigTot)
        o.insert(QStringLiteral("geldigTot"), a.geldigTot->toString(Qt::ISODate));
    return o;
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
    QJsonObject body = alsJson(*a);
    body.insert(QStringLiteral("bedragCents"), bedrag.value->cents());
    api_.post(QStringLiteral("/inwoners/%1/afspraken/proberen").arg(inwoner_), body, [this](const ApiResult &r) {
        if (!r.ok()) {
            proefUitkomst_->setText(r.problem->melding());
            proefRedenen_->clear();
            return;
        }
        const QJsonObject b = r.body.value(QStringLiteral("beoordeling")).toObject();
        const QString uitkomst = b.value(QStringLiteral("uitkomst")).toString();
        static const QHash<QString, QString> teksten{
            {QStringLiteral("vrij"), tr("Uitkomst: VRIJ — de inwoner krijgt het geld direct.")},
            {QStringLiteral("na_akkoord"), tr("Uitkomst: NA AKKOORD — een medewerker beslist.")},
            {QStringLiteral("niet_toegestaan"), tr("Uitkomst: NIET TOEGESTAAN — automatisch afgewezen.")},
            {QStringLiteral("onvoldoende_saldo"), tr("Uitkomst: ONVOLDOENDE SALDO — automatisch afgewezen.")}};
        proefUitkomst_->setText(teksten.value(uitkomst, uitkomst));
        QStringList regels{tr("Nu beschikbaar: %1. Maximaal vrij: %2.")
                               .arg(bedragTekst(r.body.value(QStringLiteral("beschikbaarCents"))),
                                    bedragTekst(r.body.value(QStringLiteral("maxVrijCents"))))};
        for (const QJsonValue &v : b.value(QStringLiteral("redenen")).toArray())
            regels.append(QStringLiteral("• ") + v.toObject().value(QStringLiteral("tekstMedewerker")).toString());
        regels.append(tr("De inwoner leest: %1").arg(r.body.value(QStringLiteral("uitlegVoorInwoner")).toString()));
        proefRedenen_->setText(regels.join(u'\n'));
        Q_EMIT geprobeerd(uitkomst);
    });
}

void AfsprakenView::opslaan()
{
    QStringList fouten;
    const auto a = ontwerp(&fouten);
    if (!a || reden_->text().trimmed().isEmpty()) {
        validatie_->setText(fouten.isEmpty() ? tr("Vul een reden in.") : fouten.join(u'\n'));
        return;
    }
    QJsonObject body = alsJson(*a);
    body.insert(QStringLiteral("reden"), reden_->text().trimmed());
    opslaan_->setEnabled(false);
    api_.post(QStringLiteral("/inwoners/%1/afspraken").arg(inwoner_), body, [this](const ApiResult &r) {
        if (!r.ok()) {
            validatie_->setText(r.problem->melding());
            opslaan_->setEnabled(true);
            return;
        }
        Q_EMIT melding(tr("Afspraak opgeslagen als nieuwe versie."));
        Q_EMIT opgeslagen();
        open(inwoner_);
    });
}

void AfsprakenView::toonGeschiedenis(const QJsonArray &versies)
{
    static const QStringList velden{QStringLiteral("modus"), QStringLiteral("maxPerOpnameCents"), QStringLiteral("maxPerWeekBedragCents"),
                                    QStringLiteral("maxPerWeekAantal"), QStringLiteral("maxPerMaandBedragCents"),
                                    QStringLiteral("maxPerMaandAantal"), QStringLiteral("minimumSaldoCents"), QStringLiteral("ingangsdatum")};
    geschiedenis_->clear();
    geschiedenis_->setHorizontalHeaderLabels({tr("Reservering"), tr("Versie"), tr("Modus"), tr("Max./opname"), tr("Max./week"),
                                              tr("Aantal/week"), tr("Max./maand"), tr("Aantal/maand"), tr("Min. saldo"),
                                              tr("Ingang"), tr("Door"), tr("Reden"), tr("Vastgelegd")});
    QHash<QString, QJsonObject> vorige; // per scope+reservering, to compare with
    QHash<qint64, QString> namen;
    for (const QJsonValue &r : reserveringen_)
        namen.insert(r.toObject().value(QStringLiteral("reserveringId")).toInteger(), r.toObject().value(QStringLiteral("naam")).toString());
    for (const QJsonValue &v : versies) {
        const QJsonObject a = v.toObject().value(QStringLiteral("afspraak")).toObject();
        const QString sleutel = a.value(QStringLiteral("scope")).toString() + u':' + QString::number(a.value(QStringLiteral("reserveringId")).toInteger());
        const QJsonObject eerder = vorige.value(sleutel);
        QList<QStandardItem *> rij;
        const qint64 res = a.value(QStringLiteral("reserveringId")).toInteger();
        rij.append(new QStandardItem(res > 0 ? namen.value(res, QString::number(res)) : tr("(alle, %1)").arg(a.value(QStringLiteral("scope")).toString())));
        rij.append(new QStandardItem(QString::number(a.value(QStringLiteral("versie")).toInt())));
        for (const QString &veldNaam : velden) {
            const QJsonValue waarde = a.value(veldNaam);
            QString tekst = veldNaam.endsWith(QLatin1String("Cents")) ? bedragTekst(waarde)
                            : veldNaam == QLatin1String("ingangsdatum") ? datumTekst(waarde)
                            : waarde.isDouble() ? QString::number(waarde.toInt())
                            : waarde.isString() ? waarde.toString() : QStringLiteral("—");
            auto *item = new QStandardItem(tekst);
            if (!eerder.isEmpty() && eerder.value(veldNaam) != waarde) {
                item->setText(QStringLiteral("▲ ") + tekst);
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
                item->setBackground(QColor(0xFF, 0xF1, 0xB8));
                item->setData(tr("%1, gewijzigd").arg(tekst), Qt::AccessibleTextRole);
                item->setToolTip(tr("Gewijzigd; was: %1").arg(eerder.value(veldNaam).toVariant().toString()));
            }
            rij.append(item);
        }
        rij.append(new QStandardItem(v.toObject().value(QStringLiteral("auteur")).toString()));
        rij.append(new QStandardItem(v.toObject().value(QStringLiteral("reden")).toString()));
        rij.append(new QStandardItem(tijdTekst(v.toObject().value(QStringLiteral("aangemaakt")))));
        for (QStandardItem *item : rij)
            item->setEditable(false);
        geschiedenis_->appendRow(rij);
        vorige.insert(sleutel, a);
    }
}

} // namespace regie::desk
