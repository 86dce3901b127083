#pragma once
// The teamleider's screen: an audit report for a period, medewerker or inwoner as PDF (HTML
// with a summary table and an inline SVG chart, printed by Qt WebEngine) or CSV, always with
// the outcome of the hash-chain check; and the management figures of the team (open
// requests, average handling time, approvals and refusals per reason).

#include "client/ApiClient.h"

#include <QtWidgets/QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;

namespace regie::desk {

class PdfPrinter;
class RedenTellingenModel;

class TeamleiderView : public QWidget {
    Q_OBJECT
public:
    TeamleiderView(ApiClient &api, QWidget *parent = nullptr);

    void setPeriode(const QDate &van, const QDate &tot);
    void maakPdf(const QString &pad);
    void maakCsv(const QString &pad);
    void laadCijfers();
    QLabel *cijfers() const { return cijfers_; }

Q_SIGNALS:
    void pdfKlaar(const QString &pad, bool ok);
    void csvKlaar(const QString &pad, bool ok);
    void cijfersGeladen();
    void melding(const QString &tekst);

private:
    AuditFilter filter() const;

    ApiClient &api_;
    QDateEdit *van_, *tot_;
    QLineEdit *medewerker_, *inwoner_, *acties_;
    QLabel *status_, *cijfers_;
    RedenTellingenModel *perReden_;
    PdfPrinter *printer_;
};

} // namespace regie::desk
