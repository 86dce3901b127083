#include "views/TeamleiderView.h"

#include "models/RedenTellingenModel.h"
#include "rapport/AuditRapport.h"
#include "rapport/PdfPrinter.h"
#include "views/UiHelpers.h"

#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtWidgets/QDateEdit>
#include <QtWidgets/QFileDialog>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

TeamleiderView::TeamleiderView(ApiClient &api, QWidget *parent)
    : QWidget(parent), api_(api), printer_(new PdfPrinter(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *audit = new QGroupBox(tr("Auditrapport"), this);
    auto *form = new QFormLayout(audit);
    van_ = new QDateEdit(QDate::currentDate().addDays(-30), audit);
    tot_ = new QDateEdit(QDate::currentDate(), audit);
    for (QDateEdit *d : {van_, tot_}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("dd-MM-yyyy"));
    }
    toegankelijk(van_, tr("Periode vanaf"));
    toegankelijk(tot_, tr("Periode tot en met"));
    auto *periode = new QHBoxLayout;
    periode->addWidget(van_);
    periode->addWidget(new QLabel(tr("t/m"), audit));
    periode->addWidget(tot_);
    form->addRow(tr("Periode:"), periode);
    medewerker_ = new QLineEdit(audit);
    medewerker_->setPlaceholderText(tr("alle (of gebruikersnummer)"));
    toegankelijk(medewerker_, tr("Medewerker"), tr("Het gebruikersnummer van de medewerker; leeg voor iedereen."));
    form->addRow(tr("&Medewerker:"), medewerker_);
    inwoner_ = new QLineEdit(audit);
    inwoner_->setPlaceholderText(tr("alle (of pseudoniem)"));
    toegankelijk(inwoner_, tr("Inwoner"), tr("Het pseudoniem van de inwoner; leeg voor iedereen."));
    form->addRow(tr("&Inwoner:"), inwoner_);
    acties_ = new QLineEdit(audit);
    acties_->setPlaceholderText(tr("alle (of bijv. besluit.akkoord,besluit.weigering)"));
    toegankelijk(acties_, tr("Acties"));
    form->addRow(tr("&Acties:"), acties_);
    auto *knoppen = new QHBoxLayout;
    auto *pdf = new QPushButton(tr("&PDF maken…"), audit);
    auto *csv = new QPushButton(tr("&CSV opslaan…"), audit);
    toegankelijk(pdf, tr("PDF maken"), tr("Maakt een PDF met samenvatting, grafiek en de controle van de hashketen."));
    toegankelijk(csv, tr("CSV opslaan"));
    knoppen->addWidget(pdf);
    knoppen->addWidget(csv);
    knoppen->addStretch(1);
    form->addRow(knoppen);
    status_ = new QLabel(audit);
    status_->setWordWrap(true);
    status_->setAccessibleName(tr("Status van het rapport"));
    form->addRow(status_);
    layout->addWidget(audit);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString pad = QFileDialog::getSaveFileName(this, tr("PDF opslaan"), QStringLiteral("auditrapport.pdf"), tr("PDF (*.pdf)"));
        if (!pad.isEmpty())
            maakPdf(pad);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString pad = QFileDialog::getSaveFileName(this, tr("CSV opslaan"), QStringLiteral("audit.csv"), tr("CSV (*.csv)"));
        if (!pad.isEmpty())
            maakCsv(pad);
    });

    auto *beheer = new QGroupBox(tr("Managementinformatie (zelfde periode)"), this);
    auto *bl = new QVBoxLayout(beheer);
    cijfers_ = new QLabel(beheer);
    cijfers_->setObjectName(QStringLiteral("cijfers"));
    cijfers_->setWordWrap(true);
    cijfers_->setAccessibleName(tr("Cijfers van het team"));
    bl->addWidget(cijfers_);
    perReden_ = new RedenTellingenModel(this);
    bl->addWidget(maakTabel(perReden_, tr("Besluiten per reden"), beheer));
    auto *ververs = new QPushButton(tr("Cijfers &verversen"), beheer);
    toegankelijk(ververs, tr("Cijfers verversen"));
    connect(ververs, &QPushButton::clicked, this, &TeamleiderView::laadCijfers);
    bl->addWidget(ververs);
    layout->addWidget(beheer, 1);
}

void TeamleiderView::setPeriode(const QDate &van, const QDate &tot)
{
    van_->setDate(van);
    tot_->setDate(tot);
}

AuditFilter TeamleiderView::filter() const
{
    return AuditFilter{van_->date(), tot_->date(), medewerker_->text(), inwoner_->text(), acties_->text()};
}

void TeamleiderView::maakPdf(const QString &pad)
{
    status_->setText(tr("Rapport wordt gemaakt…"));
    api_.auditVerificatie(this, [this, pad](ApiResult<Verificatie> check) {
        std::optional<Verificatie> verificatie;
        if (check.ok())
            verificatie = check.value;
        api_.auditEvents(filter(), this, [this, pad, verificatie](ApiResult<Pagina<AuditEvent>> r) {
            if (!r.ok()) {
                status_->setText(r.problem->melding());
                Q_EMIT pdfKlaar(pad, false);
                return;
            }
            const AuditRapportInvoer in{van_->date(), tot_->date(), medewerker_->text().trimmed(), inwoner_->text().trimmed(),
                                        acties_->text().trimmed(), r.value.data, static_cast<int>(r.value.totaal), verificatie,
                                        api_.gebruiker().displayName, QDateTime::currentDateTimeUtc()};
            printer_->print(AuditRapport::html(in).toString(), pad, [this, pad](bool ok) {
                status_->setText(ok ? tr("PDF opgeslagen: %1").arg(pad) : tr("De PDF kon niet worden gemaakt."));
                Q_EMIT pdfKlaar(pad, ok);
            });
        });
    });
}

void TeamleiderView::maakCsv(const QString &pad)
{
    api_.auditCsv(filter(), this, [this, pad](ApiResult<QByteArray> r) {
        bool ok = r.ok();
        if (ok) {
            QSaveFile file(pad);
            ok = file.open(QIODevice::WriteOnly) && file.write(r.value) == r.value.size() && file.commit();
        }
        status_->setText(ok ? tr("CSV opgeslagen: %1").arg(pad) : (r.problem ? r.problem->melding() : tr("Opslaan mislukt.")));
        Q_EMIT csvKlaar(pad, ok);
    });
}

void TeamleiderView::laadCijfers()
{
    api_.werkvoorraadRapport(van_->date(), tot_->date(), this, [this](ApiResult<Rapport> r) {
        if (!r.ok()) {
            cijfers_->setText(r.problem->melding());
            return;
        }
        const Rapport &o = r.value;
        cijfers_->setText(tr("Open verzoeken: %1 (waarvan %2 boven de doeltijd). Afgehandeld: %3, gemiddeld in %4 u %5 min. "
                             "Akkoord: %6. Geweigerd: %7.")
                              .arg(o.openVerzoeken)
                              .arg(o.openBovenDoel)
                              .arg(o.afgehandeld)
                              .arg(o.gemiddeldeBehandelMinuten / 60)
                              .arg(o.gemiddeldeBehandelMinuten % 60)
                              .arg(o.besluitenAkkoord)
                              .arg(o.besluitenWeigering));
        perReden_->zetRijen(o.perReden);
        Q_EMIT cijfersGeladen();
    });
}

} // namespace regie::desk
