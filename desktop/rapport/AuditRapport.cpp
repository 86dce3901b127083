#include "rapport/AuditRapport.h"

#include <QtCore/QMap>

#include <algorithm>

namespace regie::desk {

using base::Html;
using namespace base::html_literals;

namespace {

QString ketenZin(const std::optional<Verificatie> &v)
{
    if (!v)
        return QCoreApplication::translate("regie::desk::AuditRapport", "De controle van de hashketen kon niet worden uitgevoerd.");
    if (v->intact)
        return QCoreApplication::translate("regie::desk::AuditRapport", "Hashketen gecontroleerd: INTACT (%1 gebeurtenissen gecontroleerd, laatste hash %2).")
            .arg(v->gecontroleerd)
            .arg(v->laatsteHash.left(16));
    return QCoreApplication::translate("regie::desk::AuditRapport", "Hashketen gecontroleerd: NIET INTACT — %1 bij gebeurtenis %2. Meld dit direct bij de beheerder.")
        .arg(v->probleem)
        .arg(v->eersteFout.value_or(0));
}

Html stijl()
{
    return "<style>body{font-family:'Noto Sans',Arial,sans-serif;font-size:11pt;color:#000;margin:0}"
           "h1{font-size:18pt}h2{font-size:13pt;margin-top:18pt}table{border-collapse:collapse;width:100%}"
           "th,td{border:1px solid #777;padding:3px 6px;text-align:left;font-size:9pt}td.n{text-align:right}"
           ".keten{padding:8px;border:2px solid #000;font-weight:bold}.ok{background:#DFF0D8}.fout{background:#F4B4B4}"
           "</style>"_html;
}

Html eventRij(const AuditEvent &e)
{
    return "<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>"_html.arg(
        e.seq, e.moment.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss")), e.rol,
        e.medewerker ? QString::number(*e.medewerker) : QStringLiteral("—"), e.actie, auditUitkomstCodes().code(e.uitkomst),
        e.inwoner, QString(e.objectType + u' ' + e.objectId));
}

} // namespace

Html AuditRapport::svgStaafdiagram(const QList<std::pair<QString, int>> &waarden)
{
    const int rijHoogte = 22, labelBreedte = 220, staafMax = 420;
    const int hoogte = rijHoogte * static_cast<int>(waarden.size()) + 10;
    int maximum = 1;
    for (const auto &w : waarden)
        maximum = qMax(maximum, w.second);
    Html svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">"_html.arg(
        labelBreedte + staafMax + 60, hoogte, tr("Aantal gebeurtenissen per actie"));
    int y = 5;
    for (const auto &[label, aantal] : waarden) {
        const int breedte = qMax(1, aantal * staafMax / maximum);
        svg += "<text x=\"0\" y=\"%1\" font-size=\"11\">%2</text>"_html.arg(y + 14, label);
        svg += "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"#24578F\"/>"_html.arg(labelBreedte, y + 2, breedte);
        svg += "<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>"_html.arg(labelBreedte + breedte + 6, y + 14, aantal);
        y += rijHoogte;
    }
    return svg + "</svg>"_html;
}

Html AuditRapport::html(const AuditRapportInvoer &in)
{
    QMap<QString, std::pair<int, int>> perActie; // action -> (ok, not ok)
    for (const AuditEvent &e : in.events) {
        auto &telling = perActie[e.actie];
        (e.uitkomst == AuditUitkomst::Ok ? telling.first : telling.second) += 1;
    }
    QList<std::pair<QString, int>> staven;
    for (auto it = perActie.begin(); it != perActie.end(); ++it)
        staven.append({it.key(), it.value().first + it.value().second});
    std::sort(staven.begin(), staven.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    if (staven.size() > kMaxStaven) {
        int overig = 0;
        for (qsizetype i = kMaxStaven; i < staven.size(); ++i)
            overig += staven[i].second;
        staven.resize(kMaxStaven);
        staven.append({tr("overig"), overig});
    }
    const bool intact = in.verificatie && in.verificatie->intact;
    const QString alle = tr("alle");
    Html h = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title>%2</head><body>"_html.arg(
        tr("Auditrapport Regie"), stijl());
    h += "<h1>%1</h1>"_html.arg(tr("Auditrapport Regie"));
    h += "<p>%1</p>"_html.arg(tr("Periode: %1 t/m %2. Medewerker: %3. Inwoner: %4. Acties: %5.")
                                  .arg(in.van.toString(QStringLiteral("dd-MM-yyyy")), in.tot.toString(QStringLiteral("dd-MM-yyyy")),
                                       in.medewerker.isEmpty() ? alle : in.medewerker, in.inwoner.isEmpty() ? alle : in.inwoner,
                                       in.acties.isEmpty() ? alle : in.acties));
    h += "<p>%1</p>"_html.arg(tr("Opgesteld door %1 op %2.")
                                  .arg(in.opgesteldDoor, in.opgesteld.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"))));
    h += "<p class=\"keten %1\">%2</p>"_html.arg(intact ? "ok"_html : "fout"_html, ketenZin(in.verificatie));
    h += "<h2>%1</h2>"_html.arg(tr("Samenvatting"));
    h += "<p>%1</p>"_html.arg(tr("%1 gebeurtenissen gevonden; %2 in dit rapport.").arg(in.totaal).arg(in.events.size()));
    h += "<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>"_html.arg(tr("Actie"), tr("Gelukt"), tr("Geweigerd of fout"),
                                                                                   tr("Totaal"));
    for (auto it = perActie.begin(); it != perActie.end(); ++it)
        h += "<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td></tr>"_html.arg(
            it.key(), it.value().first, it.value().second, it.value().first + it.value().second);
    // Heading and chart on one page: the SVG cannot be split.
    h += "</table><div style=\"break-inside:avoid;page-break-inside:avoid\"><h2>%1</h2>"_html.arg(tr("Gebeurtenissen per actie"));
    h += svgStaafdiagram(staven) + "</div>"_html;
    h += "<h2>%1</h2><table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>"_html.arg(
        tr("Gebeurtenissen"), tr("Moment"), tr("Rol"), tr("Medewerker"), tr("Actie"), tr("Uitkomst"), tr("Inwoner"), tr("Object"));
    for (const AuditEvent &e : in.events)
        h += eventRij(e);
    return h + "</table></body></html>"_html;
}

} // namespace regie::desk
