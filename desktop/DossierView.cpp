#include "DossierView.h"

#include "UiHelpers.h"

#include <QtGui/QStandardItemModel>
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
    reserveringen_ = new QStandardItemModel(this);
    transacties_ = new QStandardItemModel(this);
    verzoeken_ = new QStandardItemModel(this);
    budgetplan_ = new QStandardItemModel(this);
    meldingen_ = new QStandardItemModel(this);
    tabs->addTab(maakTabel(reserveringen_, tr("Reserveringen"), tabs), tr("Reserveringen"));
    tabs->addTab(maakTabel(transacties_, tr("Transacties"), tabs), tr("Transacties"));
    tabs->addTab(maakTabel(budgetplan_, tr("Budgetplan"), tabs), tr("Budgetplan"));
    tabs->addTab(maakTabel(verzoeken_, tr("Verzoeken"), tabs), tr("Verzoeken"));
    meldingenTabel_ = maakTabel(meldingen_, tr("Meldingen aan de inwoner"), tabs);
    tabs->addTab(meldingenTabel_, tr("Meldingen"));
    layout->addWidget(tabs, 1);
}

void DossierView::laadInwoners()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    api_.get(QStringLiteral("/inwoners"), q, [this](const ApiResult &r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const QString huidige = inwoner_;
        kiezer_->clear();
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            kiezer_->addItem(QStringLiteral("%1 (%2) · %3").arg(o.value(QStringLiteral("naam")).toString(), o.value(QStringLiteral("id")).toString())
                                 .arg(tr("%n open verzoek(en)", nullptr, o.value(QStringLiteral("openVerzoeken")).toInt())),
                             o.value(QStringLiteral("id")).toString());
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
    api_.get(QStringLiteral("/inwoners/") + inwoner, {}, [this, inwoner](const ApiResult &r) {
        if (inwoner != inwoner_)
            return;
        if (!r.ok()) {
            samenvatting_->setText(r.problem->melding());
            return;
        }
        toonOverzicht(r.body);
    });
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    api_.get(QStringLiteral("/inwoners/%1/transacties").arg(inwoner), q, [this, inwoner](const ApiResult &r) {
        if (inwoner != inwoner_ || !r.ok())
            return;
        QList<QStringList> rijen;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            rijen.append({datumTekst(o.value(QStringLiteral("datum"))), o.value(QStringLiteral("omschrijving")).toString(),
                          o.value(QStringLiteral("tegenpartij")).toString(), bedragTekst(o.value(QStringLiteral("bedragCents"))),
                          o.value(QStringLiteral("reserveringNaam")).toString()});
        }
        vulTabel(transacties_, {tr("Datum"), tr("Omschrijving"), tr("Tegenpartij"), tr("Bedrag"), tr("Reservering")}, rijen, {3});
    });
    api_.get(QStringLiteral("/inwoners/%1/verzoeken").arg(inwoner), q, [this, inwoner](const ApiResult &r) {
        if (inwoner != inwoner_ || !r.ok())
            return;
        QList<QStringList> rijen;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            QString besluit;
            for (const QJsonValue &b : o.value(QStringLiteral("besluiten")).toArray())
                besluit += (besluit.isEmpty() ? QString() : QStringLiteral("; ")) + b.toObject().value(QStringLiteral("medewerker")).toString()
                           + QStringLiteral(": ") + (b.toObject().value(QStringLiteral("akkoord")).toBool() ? tr("akkoord") : tr("weigering"));
            rijen.append({tijdTekst(o.value(QStringLiteral("verstuurd"))), o.value(QStringLiteral("reserveringNaam")).toString(),
                          bedragTekst(o.value(QStringLiteral("bedragCents"))), o.value(QStringLiteral("statusTekst")).toString(), besluit});
        }
        vulTabel(verzoeken_, {tr("Verstuurd"), tr("Reservering"), tr("Bedrag"), tr("Status"), tr("Besluiten")}, rijen, {2});
        Q_EMIT geladen();
    });
    laadMeldingen(inwoner);
}

void DossierView::laadMeldingen(const QString &inwoner)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    api_.get(QStringLiteral("/inwoners/%1/meldingen").arg(inwoner), q, [this, inwoner](const ApiResult &r) {
        if (inwoner != inwoner_ || !r.ok())
            return;
        QList<QStringList> rijen;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            rijen.append({tijdTekst(o.value(QStringLiteral("moment"))), o.value(QStringLiteral("titel")).toString(),
                          o.value(QStringLiteral("tekst")).toString(),
                          o.value(QStringLiteral("gelezen")).toBool() ? tr("gelezen") : tr("ongelezen")});
        }
        vulTabel(meldingen_, {tr("Moment"), tr("Titel"), tr("Tekst"), tr("Gelezen")}, rijen, {});
        meldingenTabel_->resizeColumnsToContents(); // at most 100 rows
        Q_EMIT meldingenGeladen();
    });
}

void DossierView::toonOverzicht(const QJsonObject &o)
{
    QStringList delen;
    delen.append(tr("%1 %2 (%3) · %4").arg(o.value(QStringLiteral("voornaam")).toString(), o.value(QStringLiteral("achternaam")).toString(),
                                           o.value(QStringLiteral("inwoner")).toString(), o.value(QStringLiteral("vormNaam")).toString()));
    delen.append(tr("Beheerrekening: %1 · Niet gereserveerd: %2 · Bijgewerkt: %3")
                     .arg(bedragTekst(o.value(QStringLiteral("saldoBeheerrekeningCents"))),
                          bedragTekst(o.value(QStringLiteral("nietGereserveerdCents"))), tijdTekst(o.value(QStringLiteral("bijgewerkt")))));
    for (const QJsonValue &v : o.value(QStringLiteral("leningen")).toArray()) {
        const QJsonObject l = v.toObject();
        delen.append(tr("Lening %1: nog %2 open, %3 per maand, achterstand %4")
                         .arg(l.value(QStringLiteral("omschrijving")).toString(), bedragTekst(l.value(QStringLiteral("openstaandCents"))),
                              bedragTekst(l.value(QStringLiteral("maandtermijnCents"))), bedragTekst(l.value(QStringLiteral("achterstandCents")))));
    }
    samenvatting_->setText(delen.join(u'\n'));
    QList<QStringList> rijen;
    for (const QJsonValue &v : o.value(QStringLiteral("reserveringen")).toArray()) {
        const QJsonObject r = v.toObject();
        rijen.append({r.value(QStringLiteral("naam")).toString(), bedragTekst(r.value(QStringLiteral("saldoCents"))),
                      bedragTekst(r.value(QStringLiteral("beschikbaarCents"))), bedragTekst(r.value(QStringLiteral("maxVrijCents"))),
                      r.value(QStringLiteral("uitleg")).toString()});
    }
    vulTabel(reserveringen_, {tr("Reservering"), tr("Saldo"), tr("Beschikbaar"), tr("Nu vrij op te nemen"), tr("Uitleg voor de inwoner")},
             rijen, {1, 2, 3});
    QList<QStringList> plan;
    const QJsonObject b = o.value(QStringLiteral("budgetplan")).toObject();
    if (!b.isEmpty()) {
        plan.append({tr("Leefgeld"), bedragTekst(b.value(QStringLiteral("leefgeldCents"))), b.value(QStringLiteral("leefgeldPeriode")).toString(),
                     datumTekst(b.value(QStringLiteral("leefgeldVolgendeDatum")))});
        for (const QJsonValue &v : b.value(QStringLiteral("regels")).toArray()) {
            const QJsonObject r = v.toObject();
            plan.append({r.value(QStringLiteral("omschrijving")).toString(), bedragTekst(r.value(QStringLiteral("bedragCents"))),
                         r.value(QStringLiteral("periode")).toString(), datumTekst(r.value(QStringLiteral("volgendeDatum")))});
        }
    }
    vulTabel(budgetplan_, {tr("Post"), tr("Bedrag"), tr("Periode"), tr("Volgende datum")}, plan, {1});
}

} // namespace regie::desk
