#include "views/RekeningenPaneel.h"

#include "models/EigenRekeningenModel.h"
#include "models/Tekst.h"
#include "views/UiHelpers.h"

#include "money/Iban.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QFormLayout>
#include <QtWidgets/QGroupBox>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTableView>
#include <QtWidgets/QVBoxLayout>

namespace regie::desk {

RekeningenPaneel::RekeningenPaneel(ApiClient &api, QWidget *parent) : QWidget(parent), api_(api)
{
    auto *layout = new QVBoxLayout(this);
    rekeningen_ = new EigenRekeningenModel(this);
    tabel_ = maakTabel(rekeningen_, tr("Eigen rekeningen"), this);
    tabel_->setObjectName(QStringLiteral("rekeningenTabel"));
    tabel_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tabel_->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(tabel_, 1);

    auto *box = new QGroupBox(tr("Gecontroleerde rekening toevoegen of beëindigen"), this);
    auto *form = new QFormLayout(box);
    auto nieuwVeld = [&](const char *naam, const QString &label, int max, const QString &uitleg) {
        auto *v = new QLineEdit(box);
        v->setObjectName(QString::fromLatin1(naam));
        v->setMaxLength(max);
        toegankelijk(v, label, uitleg);
        form->addRow(label + u':', v);
        connect(v, &QLineEdit::textChanged, this, &RekeningenPaneel::controleer);
        return v;
    };
    iban_ = nieuwVeld("rekeningIban", tr("IBAN"), 64, tr("Wordt gecontroleerd; daarna ziet u alleen de laatste 4 tekens."));
    label_ = nieuwVeld("rekeningNaam", tr("Naam van de rekening"), 100, tr("Bijvoorbeeld: Betaalrekening ING."));
    verificatie_ = new QComboBox(box);
    verificatie_->setObjectName(QStringLiteral("rekeningVerificatie"));
    for (RekeningControle v : {RekeningControle::Bankpas, RekeningControle::Afschrift, RekeningControle::Allegro, RekeningControle::Bank, RekeningControle::Anders})
        verificatie_->addItem(verificatieTekst(v), static_cast<int>(v));
    toegankelijk(verificatie_, tr("Hoe gecontroleerd"), tr("Hoe u heeft gezien dat de rekening van de inwoner is."));
    form->addRow(tr("Gecontroleerd met:"), verificatie_);
    notitie_ = nieuwVeld("rekeningNotitie", tr("Notitie"), 500, tr("Wat u heeft gezien, voor collega's. Geen IBAN of BSN."));
    fout_ = new QLabel(box);
    fout_->setObjectName(QStringLiteral("rekeningFout"));
    fout_->setWordWrap(true);
    fout_->setStyleSheet(QStringLiteral("QLabel { color: #A30000; }"));
    form->addRow(fout_);
    toevoegen_ = new QPushButton(tr("Rekening &toevoegen"), box);
    toevoegen_->setObjectName(QStringLiteral("rekeningToevoegen"));
    form->addRow(toevoegen_);
    reden_ = nieuwVeld("rekeningReden", tr("Reden van beëindigen"), 500, tr("Verplicht om een rekening te beëindigen."));
    beeindigen_ = new QPushButton(tr("Gekozen rekening &beëindigen"), box);
    beeindigen_->setObjectName(QStringLiteral("rekeningBeeindigen"));
    form->addRow(beeindigen_);
    layout->addWidget(box);
    connect(toevoegen_, &QPushButton::clicked, this, &RekeningenPaneel::voegToe);
    connect(beeindigen_, &QPushButton::clicked, this, &RekeningenPaneel::beeindigGekozen);
    controleer();
}

QLineEdit *RekeningenPaneel::veld(const QString &naam) const { return findChild<QLineEdit *>(naam); }

void RekeningenPaneel::open(const QString &inwoner)
{
    inwoner_ = inwoner;
    api_.rekeningen(inwoner, this, [this, inwoner](ApiResult<EigenRekeningLijst> r) {
        if (inwoner != inwoner_)
            return;
        if (!r.ok()) {
            Q_EMIT melding(r.problem->melding());
            return;
        }
        const int aantal = static_cast<int>(r.value.data.size());
        rekeningen_->zetRijen(std::move(r.value.data));
        tabel_->resizeColumnsToContents(); // at most 20 accounts per inwoner
        Q_EMIT geladen(aantal);
    });
}

// The IBAN as it is typed: the message names what is wrong before anything is sent.
void RekeningenPaneel::controleer()
{
    Iban::Error ibanFout = Iban::Error::None;
    const bool ibanGoed = Iban::parse(iban_->text(), &ibanFout).has_value();
    fout_->setText(iban_->text().trimmed().isEmpty() || ibanGoed ? QString() : Iban::errorText(ibanFout));
    toevoegen_->setEnabled(ibanGoed && !label_->text().trimmed().isEmpty() && !notitie_->text().trimmed().isEmpty()
                           && !inwoner_.isEmpty());
    beeindigen_->setEnabled(!reden_->text().trimmed().isEmpty() && !inwoner_.isEmpty());
}

void RekeningenPaneel::voegToe()
{
    const NieuweEigenRekening r{iban_->text(), label_->text().trimmed(), static_cast<RekeningControle>(verificatie_->currentData().toInt()),
                                notitie_->text().trimmed()};
    toevoegen_->setEnabled(false);
    api_.voegRekeningToe(inwoner_, r, this, [this](ApiResult<EigenRekening> a) {
        controleer();
        if (!a.ok()) {
            fout_->setText(a.problem->melding());
            return;
        }
        for (QLineEdit *v : {iban_, label_, notitie_})
            v->clear();
        Q_EMIT melding(tr("Rekening die eindigt op %1 is toegevoegd.").arg(a.value.ibanEind));
        Q_EMIT gewijzigd();
        open(inwoner_);
    });
}

void RekeningenPaneel::beeindigGekozen()
{
    const QModelIndexList rows = tabel_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        fout_->setText(tr("Kies eerst een rekening in de lijst."));
        return;
    }
    const qint64 id = rekeningen_->rij(rows.first().row()).id;
    api_.beeindigRekening(inwoner_, id, Motivering{reden_->text().trimmed()}, this, [this](ApiResult<EigenRekening> a) {
        if (!a.ok()) {
            fout_->setText(a.problem->melding());
            return;
        }
        reden_->clear();
        Q_EMIT melding(tr("Rekening die eindigt op %1 is beëindigd.").arg(a.value.ibanEind));
        Q_EMIT gewijzigd();
        open(inwoner_);
    });
}

} // namespace regie::desk
