#include "BeheerView.h"

#include "UiHelpers.h"

#include <QtGui/QStandardItemModel>
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

    berichten_ = new QStandardItemModel(this);
    tabel_ = maakTabel(berichten_, tr("Mislukte berichten"), this);
    tabel_->setObjectName(QStringLiteral("koppelingenTabel"));
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(tabel_, 1);

    connect(vernieuw, &QPushButton::clicked, this, &BeheerView::herlaad);
    connect(opnieuw_, &QPushButton::clicked, this, &BeheerView::probeerGeselecteerdOpnieuw);
    connect(tabel_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { opnieuw_->setEnabled(tabel_->selectionModel()->hasSelection()); });
}

void BeheerView::herlaad()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("status"), QStringLiteral("mislukt"));
    api_.get(QStringLiteral("/uitgaande-berichten"), q, [this](const ApiResult &r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        QList<QStringList> rijen;
        QList<qint64> ids;
        for (const QJsonValue &v : r.body.value(QStringLiteral("data")).toArray()) {
            const QJsonObject o = v.toObject();
            ids.append(o.value(QStringLiteral("id")).toInteger());
            rijen.append({o.value(QStringLiteral("topic")).toString(), QString::number(o.value(QStringLiteral("pogingen")).toInt()),
                          o.value(QStringLiteral("laatsteFout")).toString(), tijdTekst(o.value(QStringLiteral("aangemaakt")))});
        }
        vulTabel(berichten_, {tr("Onderwerp"), tr("Pogingen"), tr("Laatste fout"), tr("Aangemaakt")}, rijen, {1});
        for (int i = 0; i < ids.size() && i < berichten_->rowCount(); ++i)
            berichten_->item(i, 0)->setData(ids.at(i), IdRole);
        tabel_->resizeColumnsToContents(); // at most 500 rows (the API's bound)
        telling_->setText(tr("%n mislukt bericht(en)", nullptr, static_cast<int>(ids.size())));
        opnieuw_->setEnabled(tabel_->selectionModel()->hasSelection());
        Q_EMIT geladen(static_cast<int>(ids.size()));
    });
}

void BeheerView::probeerGeselecteerdOpnieuw()
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const qint64 id = berichten_->item(rows.first().row(), 0)->data(IdRole).toLongLong();
    opnieuw_->setEnabled(false);
    api_.post(QStringLiteral("/uitgaande-berichten/%1/opnieuw").arg(id), {}, [this, id](const ApiResult &r) {
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
