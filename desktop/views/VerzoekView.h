#pragma once
// One request in one look: the inwoner's situation (balances, the reservering, recent
// requests), the rule engine's reasons, and the decision. Before anything is sent the exact
// B1 text the inwoner will receive is shown (GET .../besluit-voorbeeld), also for the
// first approval of a four-eyes request, which sends nothing to the inwoner yet.
// Keyboard: Ctrl+Enter chooses akkoord, and sends when akkoord is already chosen;
// Ctrl+Shift+Enter chooses weigeren, and sends when a reason is chosen.

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

#include <optional>

class QButtonGroup;
class QComboBox;
class QGroupBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTimer;

namespace regie::desk {

class ReserveringenModel;
class VerzoekenModel;

class VerzoekView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxToelichting = 1000;

    VerzoekView(ApiClient &api, QWidget *parent = nullptr);

    void laad(const QString &id, std::optional<bool> akkoord = std::nullopt);
    QString verzoekId() const { return id_; }
    QString inwoner() const { return inwoner_; }
    QString voorbeeldTekst() const { return voorbeeldTekst_; }
    bool klaarOmTeVersturen() const;

    void kiesAkkoord();
    void kiesWeigeren();
    bool kiesReden(const QString &code);
    void setToelichting(const QString &tekst);
    void verstuur();

Q_SIGNALS:
    void besloten(const QString &id, const QString &status);
    void melding(const QString &tekst);
    void voorbeeldBijgewerkt();
    void openDossier(const QString &inwoner);

private:
    void toonVerzoek(const Verzoek &v);
    BesluitInvoer gekozenBesluit() const;
    void laadSituatie();
    void vulRedenen();
    void vraagVoorbeeld();
    QWidget *bouwBesluit();

    ApiClient &api_;
    QString id_, inwoner_;
    VerzoekStatus status_ = VerzoekStatus::Onbekend;
    QList<RedenKeuze> redenen_;
    QLabel *kop_, *gegevens_, *regels_, *vierOgen_, *voorbeeldKop_, *fout_;
    ReserveringenModel *reserveringen_;
    VerzoekenModel *recent_;
    QRadioButton *akkoord_, *weigeren_;
    QButtonGroup *keuze_;
    QComboBox *reden_;
    QPlainTextEdit *toelichting_;
    QTextBrowser *voorbeeld_;
    QPushButton *verstuur_, *dossier_;
    QTimer *voorbeeldTimer_;
    QString voorbeeldTekst_;
    bool voorbeeldGeldig_ = false;
    bool bezig_ = false;
    int generatie_ = 0; // ignores answers to an older preview request
};

} // namespace regie::desk
