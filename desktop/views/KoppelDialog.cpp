#include "views/KoppelDialog.h"

#include "views/UiHelpers.h"

#include "money/Bsn.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

KoppelDialog::KoppelDialog(ApiClient &api, QWidget *parent) : QDialog(parent), api_(api)
{
    setWindowTitle(tr("Inwoner koppelen aan Allegro"));
    auto *layout = new QVBoxLayout(this);
    auto *uitleg = new QLabel(tr("Regie neemt het huishouden over uit Allegro: budgetplan, reserveringen, lening en "
                                 "rekeningen. Daarna komt de inwoner in de caseload van de gekozen medewerker."), this);
    uitleg->setWordWrap(true);
    layout->addWidget(uitleg);
    auto *form = new QFormLayout;
    auto nieuwVeld = [&](const char *naam, const QString &label, int max, const QString &beschrijving) {
        auto *v = new QLineEdit(this);
        v->setObjectName(QString::fromLatin1(naam));
        v->setMaxLength(max);
        toegankelijk(v, label, beschrijving);
        form->addRow(label + u':', v);
        connect(v, &QLineEdit::textChanged, this, &KoppelDialog::controleer);
        return v;
    };
    bsn_ = nieuwVeld("koppelBsn", tr("BSN"), 11, tr("Negen cijfers; wordt gecontroleerd met de elfproef."));
    relatie_ = nieuwVeld("koppelRelatie", tr("Allegro-relatie"), 64, tr("De relatiecode van het huishouden in Allegro."));
    team_ = new QComboBox(this);
    team_->setObjectName(QStringLiteral("koppelTeam"));
    toegankelijk(team_, tr("Team"));
    form->addRow(tr("&Team:"), team_);
    medewerker_ = new QComboBox(this);
    medewerker_->setObjectName(QStringLiteral("koppelMedewerker"));
    toegankelijk(medewerker_, tr("Medewerker"), tr("Wie de inwoner in de caseload krijgt. Zonder medewerker krijgt de teamleider de meldingen."));
    form->addRow(tr("&Medewerker:"), medewerker_);
    reden_ = nieuwVeld("koppelReden", tr("Reden"), 1000, tr("Verplicht. Komt in de audittrail."));
    layout->addLayout(form);
    fout_ = new QLabel(this);
    fout_->setObjectName(QStringLiteral("koppelFout"));
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    layout->addWidget(fout_);
    auto *knoppen = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    koppel_ = knoppen->addButton(tr("&Koppelen"), QDialogButtonBox::AcceptRole);
    koppel_->setObjectName(QStringLiteral("koppelen"));
    layout->addWidget(knoppen);
    connect(knoppen, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(koppel_, &QPushButton::clicked, this, &KoppelDialog::koppel);
    connect(team_, &QComboBox::currentIndexChanged, this, &KoppelDialog::vulMedewerkers);
    controleer();
}

QLineEdit *KoppelDialog::veld(const QString &naam) const { return findChild<QLineEdit *>(naam); }

void KoppelDialog::laad()
{
    api_.teams(this, [this](ApiResult<TeamLijst> t) {
        if (!t.ok()) {
            fout_->setText(t.problem->melding());
            return;
        }
        team_->clear();
        for (const Team &rij : t.value.data)
            team_->addItem(rij.naam, rij.id);
        api_.gebruikers(this, [this](ApiResult<Pagina<Account>> g) {
            if (!g.ok()) {
                fout_->setText(g.problem->melding());
                return;
            }
            medewerkers_ = g.value.data;
            vulMedewerkers();
            controleer();
            Q_EMIT geladen();
        });
    });
}

// Only active medewerkers of the chosen team can take the inwoner in their caseload.
void KoppelDialog::vulMedewerkers()
{
    const qint64 teamId = team_->currentData().toLongLong();
    medewerker_->clear();
    medewerker_->addItem(tr("(nog geen medewerker)"), qint64(0));
    for (const Account &a : medewerkers_) {
        if (a.rol == Rol::Medewerker && a.actief && a.teamId == teamId)
            medewerker_->addItem(a.displayName, a.id);
    }
}

void KoppelDialog::controleer()
{
    const QString bsn = bsn_->text().trimmed();
    const bool bsnGoed = Bsn::isValid(bsn);
    fout_->setText(bsn.size() >= 8 && !bsnGoed ? tr("Dit BSN klopt niet (elfproef). Controleer de cijfers.") : QString());
    koppel_->setEnabled(bsnGoed && !relatie_->text().trimmed().isEmpty() && team_->currentIndex() >= 0
                        && !reden_->text().trimmed().isEmpty());
}

void KoppelDialog::koppel()
{
    InwonerKoppeling k;
    k.bsn = bsn_->text().trimmed();
    k.allegroRelatie = relatie_->text().trimmed();
    k.teamId = team_->currentData().toLongLong();
    k.reden = reden_->text().trimmed();
    // The caseload goes through /caseloads, the one path for it, once the inwoner exists.
    k.medewerkerId = std::nullopt;
    koppel_->setEnabled(false);
    api_.koppelInwoner(k, this, [this](ApiResult<Overzicht> r) {
        if (!r.ok()) {
            controleer(); // the button back; the server's answer stays on screen
            fout_->setText(r.problem->melding());
            Q_EMIT mislukt(r.problem->melding());
            return;
        }
        gekoppeld_ = r.value.inwoner;
        wijsToe(r.value.inwoner);
    });
}

void KoppelDialog::wijsToe(const QString &inwoner)
{
    const qint64 medewerker = medewerker_->currentData().toLongLong();
    if (medewerker <= 0) {
        accept();
        return;
    }
    api_.koppelCaseload(CaseloadInvoer{medewerker, inwoner}, this, [this](ApiResult<Caseload> c) {
        if (!c.ok()) {
            // The inwoner is linked; only the caseload failed: say so, and keep the dialog open.
            fout_->setText(tr("De inwoner is gekoppeld, maar niet aan de medewerker: %1").arg(c.problem->melding()));
            Q_EMIT mislukt(c.problem->melding());
            return;
        }
        accept();
    });
}

} // namespace regie::desk
