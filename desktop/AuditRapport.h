#pragma once
// The teamleider's audit report as HTML, ready for QWebEnginePage::printToPdf: the filters,
// whether the hash chain verified intact, a summary table per action and outcome, an inline
// SVG bar chart and the events themselves. Pure: JSON in, HTML out, so it is testable
// without a browser engine.

#include <QtCore/QCoreApplication>
#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace regie::desk {

struct AuditRapportInvoer {
    QDate van, tot;               // tot inclusive, as the teamleider chose it
    QString medewerker, inwoner, acties; // the filters as typed (empty: all)
    QJsonArray events;            // AuditEvent objects from GET /audit
    int totaal = 0;               // how many matched (events may be fewer: bounded)
    QJsonObject verificatie;      // GET /audit/verificatie
    QString opgesteldDoor;
    QDateTime opgesteld;
};

class AuditRapport {
    Q_DECLARE_TR_FUNCTIONS(regie::desk::AuditRapport)
public:
    static constexpr int kMaxStaven = 20; // bars in the chart; the rest is "overig"

    static QString html(const AuditRapportInvoer &invoer);
    static QString svgStaafdiagram(const QList<std::pair<QString, int>> &waarden);
};

} // namespace regie::desk
