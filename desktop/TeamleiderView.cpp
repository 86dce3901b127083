#include "TeamleiderView.h"

#include "AuditRapport.h"
#include "PdfPrinter.h"
#include "UiHelpers.h"

#include <QtCore/QFile>
#include <QtCore/QSaveFile>
#include <QtGui/QStandardItemModel>
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
    perReden_ = new QStandardItemModel(this);
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

QUrlQuery TeamleiderView::filter() const
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("van"), van_->date().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("tot"), tot_->date().addDays(1).toString(Qt::ISODate)); // inclusive day
    if (!medewerker_->text().trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("medewerker"), medewerker_->text().trimmed());
    if (!inwoner_->text().trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("inwoner"), inwoner_->text().trimmed());
    if (!acties_->text().trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("acties"), acties_->text().remove(u' '));
    return q;
}

void TeamleiderView::verzamel(int page, QJsonArray soFar, std::function<void(QJsonArray, int, std::optional<ApiProblem>)> done)
{
    QUrlQuery q = filter();
    q.addQueryItem(QStringLiteral("page"), QString::number(page));
    q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("100"));
    api_.get(QStringLiteral("/audit"), q, [this, page, soFar, done = std::move(done)](const ApiResult &r) mutable {
        if (!r.ok()) {
            done(soFar, 0, r.problem);
            return;
        }
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray())
            soFar.append(v);
        const int totaal = r.body.value(QStringLiteral("totaal")).toInt();
        if (page < r.body.value(QStringLiteral("paginas")).toInt(1) && soFar.size() < kMaxRapportEvents)
            verzamel(page + 1, std::move(soFar), std::move(done));
        else
            done(soFar, totaal, std::nullopt);
    });
}

void TeamleiderView::maakPdf(const QString &pad)
{
    status_->setText(tr("Rapport wordt gemaakt…"));
    api_.get(QStringLiteral("/audit/verificatie"), {}, [this, pad](const ApiResult &check) {
        const QJsonObject verificatie = check.ok() ? check.body : QJsonObject();
        verzamel(1, {}, [this, pad, verificatie](QJsonArray events, int totaal, std::optional<ApiProblem> probleem) {
            if (probleem) {
                status_->setText(probleem->melding());
                Q_EMIT pdfKlaar(pad, false);
                return;
            }
            AuditRapportInvoer in{van_->date(), tot_->date(), medewerker_->text().trimmed(), inwoner_->text().trimmed(),
                                  acties_->text().trimmed(), events, totaal, verificatie, api_.gebruiker().displayName,
                                  QDateTime::currentDateTimeUtc()};
            printer_->print(AuditRapport::html(in), pad, [this, pad](bool ok) {
                status_->setText(ok ? tr("PDF opgeslagen: %1").arg(pad) : tr("De PDF kon niet worden gemaakt."));
                Q_EMIT pdfKlaar(pad, ok);
            });
        });
    });
}

void TeamleiderView::maakCsv(const QString &pad)
{
    QUrlQuery q = filter();
    q.addQueryItem(QStringLiteral("format"), QStringLiteral("csv"));
    api_.get(QStringLiteral("/audit/export"), q, [this, pad](const ApiResult &r) {
        bool ok = r.ok();
        if (ok) {
            QSaveFile file(pad);
            ok = file.open(QIODevice::WriteOnly) && file.write(r.raw) == r.raw.size() && file.commit();
        }
        status_->setText(ok ? tr("CSV opgeslagen: %1").arg(pad) : (r.problem ? r.problem->melding() : tr("Opslaan mislukt.")));
        Q_EMIT csvKlaar(pad, ok);
    });
}

void TeamleiderView::laadCijfers()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("van"), van_->date().toString(Qt::ISODate));
    q.addQueryItem(QStringLiteral("tot"), tot_->date().addDays(1).toString(Qt::ISODate));
    api_.get(QStringLiteral("/rapportages/werkvoorraad"), q, [this](const ApiResult &r) {
        if (!r.ok()) {
            cijfers_->setText(r.problem->melding());
            return;
        }
        const QJsonObject o = r.body;
        const qint64 minuten = o.value(QStringLiteral("gemiddeldeBehandelMinuten")).toInteger();
        cijfers_->setText(tr("Open verzoeken: %1 (waarvan %2 boven de doeltijd). Afgehandeld: %3, gemiddeld in %4 u %5 min. "
                             "Akkoord: %6. Geweigerd: %7.")
                              .arg(o.value(QStringLiteral("openVerzoeken")).toInt())
                              .arg(o.value(QStringLiteral("openBovenDoel")).toInt())
                              .arg(o.value(QStringLiteral("afgehandeld")).toInt())
                              .arg(minuten / 60)
                              .arg(minuten % 60)
                              .arg(o.value(QStringLiteral("besluitenAkkoord")).toInt())
                              .arg(o.value(QStringLiteral("besluitenWeigering")).toInt()));
        QList<QStringList> rijen;
        for (const QJsonValue &v : o.value(QStringLiteral("perReden")).toArray()) {
            const QJsonObject t = v.toObject();
            rijen.append({t.value(QStringLiteral("akkoord")).toBool() ? tr("Akkoord") : tr("Weigering"),
                          t.value(QStringLiteral("redenCode")).toString().isEmpty() ? tr("(zonder reden)") : t.value(QStringLiteral("redenCode")).toString(),
                          QString::number(t.value(QStringLiteral("aantal")).toInt())});
        }
        vulTabel(perReden_, {tr("Besluit"), tr("Reden"), tr("Aantal")}, rijen, {2});
        Q_EMIT cijfersGeladen();
    });
}

} // namespace regie::desk
