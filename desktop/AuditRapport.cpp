#include "AuditRapport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QMap>

#include <algorithm>

namespace regie::desk {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString ketenZin(const QJsonObject &v)
{
    if (v.isEmpty())
        return QCoreApplication::translate("regie::desk::AuditRapport", "De controle van de hashketen kon niet worden uitgevoerd.");
    if (v.value(QStringLiteral("intact")).toBool())
        return QCoreApplication::translate("regie::desk::AuditRapport", "Hashketen gecontroleerd: INTACT (%1 gebeurtenissen gecontroleerd, laatste hash %2).")
            .arg(v.value(QStringLiteral("gecontroleerd")).toInteger())
            .arg(v.value(QStringLiteral("laatsteHash")).toString().left(16));
    return QCoreApplication::translate("regie::desk::AuditRapport", "Hashketen gecontroleerd: NIET INTACT — %1 bij gebeurtenis %2. Meld dit direct bij de beheerder.")
        .arg(v.value(QStringLiteral("probleem")).toString())
        .arg(v.value(QStringLiteral("eersteFout")).toInteger());
}

} // namespace

QString AuditRapport::svgStaafdiagram(const QList<std::pair<QString, int>> &waarden)
{
    const int rijHoogte = 22, labelBreedte = 220, staafMax = 420;
    const int hoogte = rijHoogte * static_cast<int>(waarden.size()) + 10;
    int maximum = 1;
    for (const auto &w : waarden)
        maximum = qMax(maximum, w.second);
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\" aria-label=\"%3\">")
                      .arg(labelBreedte + staafMax + 60)
                      .arg(hoogte)
                      .arg(esc(QCoreApplication::translate("regie::desk::AuditRapport", "Aantal gebeurtenissen per actie")));
    int y = 5;
    for (const auto &[label, aantal] : waarden) {
        const int breedte = qMax(1, aantal * staafMax / maximum);
        svg += QStringLiteral("<text x=\"0\" y=\"%1\" font-size=\"11\">%2</text>").arg(y + 14).arg(esc(label));
        svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"16\" fill=\"#24578F\"/>").arg(labelBreedte).arg(y + 2).arg(breedte);
        svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>").arg(labelBreedte + breedte + 6).arg(y + 14).arg(aantal);
        y += rijHoogte;
    }
    return svg + QStringLiteral("</svg>");
}

QString AuditRapport::html(const AuditRapportInvoer &in)
{
    QMap<QString, std::pair<int, int>> perActie; // action -> (ok, not ok)
    for (const QJsonValue &v : in.events) {
        const QJsonObject e = v.toObject();
        auto &telling = perActie[e.value(QStringLiteral("actie")).toString()];
        (e.value(QStringLiteral("uitkomst")).toString() == QLatin1String("ok") ? telling.first : telling.second) += 1;
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
    const bool intact = in.verificatie.value(QStringLiteral("intact")).toBool();
    QString h = QStringLiteral("<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%1</title><style>"
                               "body{font-family:'Noto Sans',Arial,sans-serif;font-size:11pt;color:#000;margin:0}"
                               "h1{font-size:18pt}h2{font-size:13pt;margin-top:18pt}table{border-collapse:collapse;width:100%}"
                               "th,td{border:1px solid #777;padding:3px 6px;text-align:left;font-size:9pt}td.n{text-align:right}"
                               ".keten{padding:8px;border:2px solid #000;font-weight:bold}.ok{background:#DFF0D8}.fout{background:#F4B4B4}"
                               "</style></head><body>")
                    .arg(esc(tr("Auditrapport Regie")));
    h += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Auditrapport Regie")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Periode: %1 t/m %2. Medewerker: %3. Inwoner: %4. Acties: %5.")
                                                 .arg(in.van.toString(QStringLiteral("dd-MM-yyyy")), in.tot.toString(QStringLiteral("dd-MM-yyyy")),
                                                      in.medewerker.isEmpty() ? tr("alle") : in.medewerker,
                                                      in.inwoner.isEmpty() ? tr("alle") : in.inwoner,
                                                      in.acties.isEmpty() ? tr("alle") : in.acties)));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("Opgesteld door %1 op %2.").arg(in.opgesteldDoor, in.opgesteld.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm")))));
    h += QStringLiteral("<p class=\"keten %1\">%2</p>").arg(intact ? QStringLiteral("ok") : QStringLiteral("fout"), esc(ketenZin(in.verificatie)));
    h += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Samenvatting")));
    h += QStringLiteral("<p>%1</p>").arg(esc(tr("%1 gebeurtenissen gevonden; %2 in dit rapport.").arg(in.totaal).arg(in.events.size())));
    h += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
             .arg(esc(tr("Actie")), esc(tr("Gelukt")), esc(tr("Geweigerd of fout")), esc(tr("Totaal")));
    for (auto it = perActie.begin(); it != perActie.end(); ++it)
        h += QStringLiteral("<tr><td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td></tr>")
                 .arg(esc(it.key())).arg(it.value().first).arg(it.value().second).arg(it.value().first + it.value().second);
    // Heading and chart on one page: the SVG cannot be split.
    h += QStringLiteral("</table><div style=\"break-inside:avoid;page-break-inside:avoid\"><h2>%1</h2>")
             .arg(esc(tr("Gebeurtenissen per actie")));
    h += svgStaafdiagram(staven) + QStringLiteral("</div>");
    h += QStringLiteral("<h2>%1</h2><table><tr><th>#</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
             .arg(esc(tr("Gebeurtenissen")), esc(tr("Moment")), esc(tr("Rol")), esc(tr("Medewerker")), esc(tr("Actie")),
                  esc(tr("Uitkomst")), esc(tr("Inwoner")), esc(tr("Object")));
    for (const QJsonValue &v : in.events) {
        const QJsonObject e = v.toObject();
        const QDateTime moment = QDateTime::fromString(e.value(QStringLiteral("moment")).toString(), Qt::ISODateWithMs);
        h += QStringLiteral("<tr><td class=\"n\">%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td><td>%7</td><td>%8</td></tr>")
                 .arg(e.value(QStringLiteral("seq")).toInteger())
                 .arg(esc(moment.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm:ss"))), esc(e.value(QStringLiteral("rol")).toString()),
                      e.value(QStringLiteral("medewerker")).isDouble() ? QString::number(e.value(QStringLiteral("medewerker")).toInteger()) : QStringLiteral("—"),
                      esc(e.value(QStringLiteral("actie")).toString()), esc(e.value(QStringLiteral("uitkomst")).toString()),
                      esc(e.value(QStringLiteral("inwoner")).toString()),
                      esc(e.value(QStringLiteral("objectType")).toString() + u' ' + e.value(QStringLiteral("objectId")).toString()));
    }
    return h + QStringLiteral("</table></body></html>");
}

} // namespace regie::desk
