#pragma once
// The maatwerkafspraken editor per reservering: mode and limits checked as you type with
// the same rules::valideer the server applies, a "Proberen" panel (an amount gives the rule
// engine's outcome and reasons under the draft, nothing saved), an effective date, a
// mandatory reason, and the version history with changed values highlighted (bold, marked
// with "▲" and described for screen readers, not by colour alone).
//
// The same editor holds the defaults per vorm (the afspraak that applies when no inwoner's
// or reservering's own afspraak does) for teamleiders and beheerders: "Afspraken voor" picks
// an inwoner or a vorm. For a vorm, "Proberen" runs on a made-up situation (the pot's kind
// and balance, earlier withdrawals this week), since a default is not about one dossier.

#include "client/ApiClient.h"

#include "rules/Afspraak.h"

#include <QtWidgets/QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace regie::desk {

class AfspraakVersiesModel;

class AfsprakenView : public QWidget {
    Q_OBJECT
public:
    AfsprakenView(ApiClient &api, QWidget *parent = nullptr);

    void laadInwoners();
    void open(const QString &inwoner);
    bool kiesReservering(const QString &naam);
    // Teamleider and beheerder: loads the vormen and offers "Standaard per vorm".
    void laadVormen();
    void openVorm(const QString &vorm);
    bool vormModus() const { return !vorm_.isEmpty(); }

    // Access for tests and the keyboard: the draft as the form holds it.
    std::optional<rules::Afspraak> ontwerp(QStringList *fouten) const;
    QLineEdit *veld(const QString &naam) const;
    QComboBox *modus() const { return modus_; }
    QLabel *proefUitkomst() const { return proefUitkomst_; }
    AfspraakVersiesModel *geschiedenis() const { return geschiedenis_; }

public Q_SLOTS:
    void probeer();
    void opslaan();

Q_SIGNALS:
    void melding(const QString &tekst);
    void geprobeerd(const QString &uitkomst);
    void opgeslagen();
    void geladen();
    void vormenGeladen();

private:
    QWidget *bouwFormulier();
    QWidget *bouwProef();
    QWidget *bouwSituatie();
    void kiesDoel(bool vorm);
    void toonDoel(bool vorm);
    std::optional<VormProefInvoer> situatie(const rules::Afspraak &a, Money bedrag, QStringList *fouten) const;
    void vulFormulier(const Afspraak &afspraak);
    void valideerNu();
    void toonProef(const Proef &proef);

    ApiClient &api_;
    QString inwoner_;
    QString vorm_;
    QList<AfspraakReservering> reserveringen_;
    QComboBox *inwonerKiezer_, *reservering_, *modus_;
    QComboBox *doel_, *vormKiezer_, *situatieSoort_;
    QWidget *inwonerRij_, *vormRij_, *situatie_;
    QLineEdit *situatieBeschikbaar_, *situatieEerderAantal_, *situatieEerderBedrag_;
    QLineEdit *maxPerOpname_, *maxWeekBedrag_, *maxWeekAantal_, *maxMaandBedrag_, *maxMaandAantal_, *minimumSaldo_;
    QCheckBox *alleenEigenIban_, *heeftEinde_;
    QDateEdit *ingang_, *einde_;
    QLineEdit *reden_, *proefBedrag_;
    QLabel *validatie_, *proefUitkomst_, *proefRedenen_;
    QPushButton *opslaan_;
    AfspraakVersiesModel *geschiedenis_;
};

} // namespace regie::desk
