#pragma once
// The teamleider's audit report as HTML, ready for QWebEnginePage::printToPdf: the filters,
// whether the hash chain verified intact, a summary table per action and outcome, an inline
// SVG bar chart and the events themselves. Pure: API values in, Html out (every text is
// escaped by the Html type), so it is testable without a browser engine.

#include "client/ApiTypes.h"

#include "base/Html.h"

#include <QtCore/QCoreApplication>

#include <optional>

namespace regie::desk {

struct AuditRapportInvoer {
    QDate van, tot;               // tot inclusive, as the teamleider chose it
    QString medewerker, inwoner, acties; // the filters as typed (empty: all)
    QList<AuditEvent> events;     // from GET /audit
    int totaal = 0;               // how many matched (events may be fewer: bounded)
    std::optional<Verificatie> verificatie; // GET /audit/verificatie; none: it failed
    QString opgesteldDoor;
    QDateTime opgesteld;
};

class AuditRapport {
    Q_DECLARE_TR_FUNCTIONS(regie::desk::AuditRapport)
public:
    static constexpr int kMaxStaven = 20; // bars in the chart; the rest is "overig"

    static base::Html html(const AuditRapportInvoer &invoer);
    static base::Html svgStaafdiagram(const QList<std::pair<QString, int>> &waarden);
};

} // namespace regie::desk
