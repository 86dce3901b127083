#include "views/TeamsView.h"

#include "models/TeamsModel.h"
#include "views/KoppelDialog.h"
#include "views/UiHelpers.h"

#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

TeamsView::TeamsView(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    auto *uitleg = new QLabel(tr("Deze gegevens ziet een inwoner als hij contact moet opnemen met zijn team."), this);
    uitleg->setWordWrap(true);
    layout->addWidget(uitleg);
    teams_ = new TeamsModel(this);
    tabel_ = maakTabel(teams_, tr("Teams"), this);
    tabel_->setObjectName(QStringLiteral("teamsTabel"));
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(tabel_, 1);

    auto *box = new QGroupBox(tr("Contactgegevens"), this);
    auto *form = new QFormLayout(box);
    auto nieuwVeld = [&](const char *naam, const QString &label, int max, const QString &uitlegVeld) {
        auto *v = new QLineEdit(box);
        v->setObjectName(QString::fromLatin1(naam));
        v->setMaxLength(max);
        toegankelijk(v, label, uitlegVeld);
        form->addRow(label + u':', v);
        return v;
    };
    naam_ = nieuwVeld("teamNaam", tr("Naam"), 200, {});
    telefoon_ = nieuwVeld("teamTelefoon", tr("Telefoon"), 50, tr("Het nummer dat inwoners bellen."));
    email_ = nieuwVeld("teamEmail", tr("E-mail"), 200, {});
    openingstijden_ = nieuwVeld("teamOpeningstijden", tr("Openingstijden"), 500, tr("Bijvoorbeeld: maandag tot en met vrijdag 9.00 tot 17.00 uur."));
    fout_ = new QLabel(box);
    fout_->setObjectName(QStringLiteral("teamFout"));
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    form->addRow(fout_);
    auto *knoppen = new QHBoxLayout;
    auto *koppelKnop = new QPushButton(tr("Inwoner &koppelen aan Allegro…"), box);
    koppelKnop->setObjectName(QStringLiteral("inwonerKoppelen"));
    toegankelijk(koppelKnop, tr("Inwoner koppelen"), tr("Neemt een huishouden over uit Allegro en wijst de caseload toe."));
    knoppen->addWidget(koppelKnop);
    connect(koppelKnop, &QPushButton::clicked, this, &TeamsView::koppelInwoner);
    auto *nieuwKnop = new QPushButton(tr("&Nieuw team"), box);
    opslaan_ = new QPushButton(tr("&Opslaan"), box);
    opslaan_->setObjectName(QStringLiteral("teamOpslaan"));
    knoppen->addWidget(nieuwKnop);
    knoppen->addWidget(opslaan_);
    form->addRow(knoppen);
    layout->addWidget(box);

    connect(nieuwKnop, &QPushButton::clicked, this, &TeamsView::nieuw);
    connect(opslaan_, &QPushButton::clicked, this, &TeamsView::opslaan);
    connect(tabel_->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TeamsView::toonGekozen);
}

QLineEdit *TeamsView::veld(const QString &naam) const { return findChild<QLineEdit *>(naam); }

void TeamsView::herlaad()
{
    api_.teams(this, [this](ApiResult<TeamLijst> r) {
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const qint64 was = gekozen();
        const int aantal = static_cast<int>(r.value.data.size());
        teams_->zetRijen(std::move(r.value.data));
        tabel_->resizeColumnsToContents(); // at most 1000 teams (the service's bound)
        for (int i = 0; i < teams_->rowCount(); ++i) {
            if (teams_->rij(i).id == was)
                tabel_->selectRow(i);
        }
        Q_EMIT geladen(aantal);
    });
}

qint64 TeamsView::gekozen() const
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : teams_->rij(rows.first().row()).id;
}

void TeamsView::toonGekozen()
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const Team &t = teams_->rij(rows.first().row());
    naam_->setText(t.naam);
    telefoon_->setText(t.telefoon);
    email_->setText(t.email);
    openingstijden_->setText(t.openingstijden);
    fout_->clear();
}

void TeamsView::nieuw()
{
    tabel_->clearSelection();
    for (QLineEdit *v : {naam_, telefoon_, email_, openingstijden_})
        v->clear();
    naam_->setFocus();
}

void TeamsView::opslaan()
{
    if (naam_->text().trimmed().isEmpty() || telefoon_->text().trimmed().isEmpty()) {
        fout_->setText(tr("Vul ten minste de naam en het telefoonnummer in."));
        return;
    }
    opslaan_->setEnabled(false);
    auto klaar = [this](ApiResult<Team> r) {
        opslaan_->setEnabled(true);
        if (!r.ok()) {
            fout_->setText(r.problem->melding());
            return;
        }
        fout_->clear();
        Q_EMIT melding(tr("Team %1 opgeslagen.").arg(r.value.naam));
        Q_EMIT opgeslagen(r.value.id);
        herlaad();
    };
    const QString naam = naam_->text().trimmed(), telefoon = telefoon_->text().trimmed(), email = email_->text().trimmed(),
                  uren = openingstijden_->text().trimmed();
    if (const qint64 id = gekozen(); id > 0)
        api_.wijzigTeam(id, TeamContact{naam, telefoon, email, uren}, this, klaar);
    else
        api_.maakTeam(NieuwTeam{naam, telefoon, email, uren}, this, klaar);
}

void TeamsView::koppelInwoner()
{
    auto *dialog = new KoppelDialog(api_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT melding(tr("Inwoner %1 is gekoppeld.").arg(dialog->gekoppeld()));
        Q_EMIT inwonerGekoppeld(dialog->gekoppeld());
        herlaad();
    });
    dialog->laad();
    dialog->open();
}

} // namespace regie::desk
