// The one-look overview (UC-SHV-001 step 2), the transaction list and its CSV download.

#include "PagesIntern.h"

#include "calendar/AmsterdamTijd.h"
#include "calendar/DatumTekst.h"
#include "integrations/runtime/AllegroSync.h"
#include "services/Koppelingen.h"

#include <QtCore/QUrl>

namespace regie::web::pages {

namespace {

constexpr int kPerPagina = 25;          // transactions per page
constexpr int kLaatste = 5;             // latest transactions on the overview
constexpr int kMaxGrafiekBalken = 20;   // bars in the chart; the table below has all rows
constexpr qint64 kOudNaSeconden = 2 * 3600; // figures older than this are called old
constexpr int kMaxCsvRegels = 10000;    // one download; far above a few years of statements
constexpr int kCsvBlok = 500;           // rows per service call (the service's maximum)

// "We konden je gegevens niet ophalen. De cijfers zijn van 14:32." when the last Allegro
// sync failed; empty while the figures are current and when no sync runs at all (the
// status is then never written). A status that cannot be read is treated as no status:
// the overview must not fail over a notice.
QString syncMelding(Context &ctx, const services::Overzicht &o)
{
    services::Koppelingen koppelingen(ctx.services);
    const auto status = koppelingen.syncStatus(ctx.actor());
    if (!status.ok() || status.value->isEmpty())
        return {};
    return integrations::SyncStatus::fromJson(*status.value).tekstVoorInwoner(o.bijgewerkt);
}

QString saldoBlok(Context &ctx, const services::Overzicht &o)
{
    QString html = h2(tr("Je beheerrekening"))
        + pHtml(esc(tr("Op je beheerrekening staat")) + QStringLiteral(" <strong class=\"regie-bedrag\" data-live=\"saldo\">")
                + geld(o.saldoBeheerrekening) + QStringLiteral("</strong>."));
    // When Allegro cannot be reached, that notice says both that the figures may be old and
    // why; the age warning would only repeat it.
    const QString nietBereikbaar = syncMelding(ctx, o);
    if (!o.bijgewerkt.isValid()) {
        if (nietBereikbaar.isEmpty())
            html += p(tr("We weten niet wanneer dit bedrag is bijgewerkt. Het kan nu anders zijn."));
    } else if (o.bijgewerkt.secsTo(ctx.services.now()) > kOudNaSeconden) {
        html += QStringLiteral("<p class=\"utrecht-paragraph\" data-live=\"bijgewerkt\">")
                + esc(tr("Bijgewerkt op %1.").arg(datumTijdTekst(ctx, o.bijgewerkt))) + QStringLiteral("</p>");
        if (nietBereikbaar.isEmpty())
            html += melding(QStringLiteral("warning"), tr("Dit bedrag is niet nieuw."),
                            tr("Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op."));
    } else {
        html += QStringLiteral("<p class=\"utrecht-paragraph\" data-live=\"bijgewerkt\">")
                + esc(tr("Bijgewerkt om %1.").arg(tijdTekst(o.bijgewerkt))) + QStringLiteral("</p>");
    }
    if (!nietBereikbaar.isEmpty())
        html += melding(QStringLiteral("warning"), nietBereikbaar,
                        tr("Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op."));
    html += p(tr("Hiervan zit %1 nog niet in een potje.").arg(o.nietGereserveerd.formatDutch()));
    if (!o.vormNaam.isEmpty())
        html += h2(tr("Jouw soort budgetbeheer")) + pHtml(QStringLiteral("<strong>") + esc(o.vormNaam) + QStringLiteral("</strong>"))
                + p(o.vormUitleg);
    return html;
}

QString potjeKaart(const services::ReserveringView &r, bool alleenBekijken)
{
    QList<std::pair<QString, QString>> rijen;
    rijen.append({esc(tr("In dit potje")), QStringLiteral("<span data-live=\"reservering-") + QString::number(r.id)
                                               + QStringLiteral("\">") + geld(r.saldo) + QStringLiteral("</span>")});
    rijen.append({esc(tr("Er komt bij")), geld(r.bedragPerPeriode) + u' ' + esc(periodeLabel(r.periode))});
    if (r.vastgehouden.isPositive())
        rijen.append({esc(tr("Wacht op je medewerker")), geld(r.vastgehouden)});
    const auto doel = r.doel ? r.doel : r.maximum;
    QString html = QStringLiteral("<li class=\"regie-kaart\"><h3 class=\"utrecht-heading-3\">") + esc(r.naam)
                   + QStringLiteral("</h3>");
    if (doel) {
        rijen.append({esc(r.doel ? tr("Doel") : tr("Hoogstens")), geld(*doel)});
        html += dataLijst(rijen);
        const QString tekst = tr("%1% van het doel").arg(r.voortgangProcent);
        html += QStringLiteral("<p class=\"utrecht-paragraph regie-voortgang\"><progress max=\"100\" value=\"")
                + QString::number(r.voortgangProcent) + QStringLiteral("\" aria-label=\"") + esc(tekst) + QStringLiteral("\">")
                + esc(tekst) + QStringLiteral("</progress> ") + esc(tekst) + QStringLiteral("</p>");
    } else {
        html += dataLijst(rijen);
    }
    if (r.soort == ReserveringSoort::Gebonden) {
        html += p(tr("Dit geld is voor vaste lasten. Je kunt het niet zelf opnemen."));
    } else {
        if (!r.uitleg.isEmpty())
            html += p(r.uitleg);
        if (r.maxVrij && r.maxVrij->isPositive())
            html += pHtml(QStringLiteral("<strong>") + esc(tr("Je kunt nu tot %1 zelf opnemen.").arg(r.maxVrij->formatDutch()))
                          + QStringLiteral("</strong>"));
        if (!alleenBekijken)
            html += pHtml(knopLink(QStringLiteral("/opnemen/") + QString::number(r.id), tr("Geld opnemen uit %1").arg(r.naam)));
    }
    return html + QStringLiteral("</li>");
}

// Bars of what is in each potje against its goal: people look at this before they read.
QString grafiek(const QList<services::ReserveringView> &potjes)
{
    const int n = static_cast<int>(qMin<qsizetype>(potjes.size(), kMaxGrafiekBalken));
    if (n == 0)
        return {};
    qint64 grootste = 1;
    for (int i = 0; i < n; ++i) {
        const auto &r = potjes.at(i);
        grootste = qMax(grootste, qMax(r.saldo.cents(), r.doel ? r.doel->cents() : qint64(0)));
    }
    // The name stands above its bar, whole (a name cut short beside the bar was hard to
    // read); the amount stands right after the bar or the goal, whichever is longer.
    constexpr int kBreedte = 260, kRij = 54, kBedrag = 100, kMaxNaam = 40;
    QString desc;
    QString balken;
    for (int i = 0; i < n; ++i) {
        const auto &r = potjes.at(i);
        const int y = i * kRij + 4;
        const int w = static_cast<int>(qMax(qint64(0), r.saldo.cents()) * kBreedte / grootste);
        const int dw = r.doel ? static_cast<int>(r.doel->cents() * kBreedte / grootste) : 0;
        desc += r.doel ? tr("%1: %2 van %3.").arg(r.naam, r.saldo.formatDutch(), r.doel->formatDutch())
                       : tr("%1: %2.").arg(r.naam, r.saldo.formatDutch());
        desc += u' ';
        const QString naam = r.naam.size() > kMaxNaam ? r.naam.left(kMaxNaam - 1) + QChar(0x2026) : r.naam;
        balken += QStringLiteral("<text x=\"0\" y=\"") + QString::number(y + 13) + QStringLiteral("\" font-size=\"13\" fill=\"#1a1a1a\">")
                  + esc(naam) + QStringLiteral("</text>");
        const int balkY = y + 20;
        if (r.doel) {
            balken += QStringLiteral("<rect x=\"0\" y=\"") + QString::number(balkY) + QStringLiteral("\" width=\"") + QString::number(dw)
                      + QStringLiteral("\" height=\"20\" fill=\"#ffffff\" stroke=\"#4b4b4b\" stroke-dasharray=\"4 2\"/>");
        }
        balken += QStringLiteral("<rect x=\"0\" y=\"") + QString::number(balkY) + QStringLiteral("\" width=\"") + QString::number(w)
                  + QStringLiteral("\" height=\"20\" fill=\"#0b5e8c\"/>")
                  + QStringLiteral("<text x=\"") + QString::number(qMax(w, dw) + 8) + QStringLiteral("\" y=\"") + QString::number(balkY + 15)
                  + QStringLiteral("\" font-size=\"13\" fill=\"#1a1a1a\">") + esc(r.saldo.formatDutch()) + QStringLiteral("</text>");
    }
    const int hoogte = n * kRij + 4;
    QString svg = QStringLiteral("<figure class=\"regie-grafiek\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" focusable=\"false\""
                                 " aria-labelledby=\"grafiek-titel grafiek-uitleg\" width=\"100%\" viewBox=\"0 0 ")
                  + QString::number(kBreedte + kBedrag) + u' ' + QString::number(hoogte) + QStringLiteral("\">")
                  + QStringLiteral("<title id=\"grafiek-titel\">") + esc(tr("Geld in je potjes")) + QStringLiteral("</title>")
                  + QStringLiteral("<desc id=\"grafiek-uitleg\">") + esc(desc.trimmed()) + QStringLiteral("</desc>") + balken
                  + QStringLiteral("</svg><figcaption class=\"utrecht-paragraph\">")
                  + esc(tr("Blauw is het geld in het potje. De stippellijn is het doel."))
                  + QStringLiteral("</figcaption></figure>");
    // The same figures as a table, for screen readers and for people who rather read.
    QString tabel = QStringLiteral("<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">")
                    + esc(tr("Geld in je potjes")) + QStringLiteral("</caption><thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">"
                    "<th class=\"utrecht-table__header-cell\" scope=\"col\">") + esc(tr("Potje"))
                    + QStringLiteral("</th><th class=\"utrecht-table__header-cell utrecht-table__header-cell--numeric-column\" scope=\"col\">")
                    + esc(tr("Erin")) + QStringLiteral("</th><th class=\"utrecht-table__header-cell utrecht-table__header-cell--numeric-column\" scope=\"col\">")
                    + esc(tr("Doel")) + QStringLiteral("</th></tr></thead><tbody class=\"utrecht-table__body\">");
    for (const auto &r : potjes) {
        tabel += QStringLiteral("<tr class=\"utrecht-table__row\"><th class=\"utrecht-table__header-cell\" scope=\"row\">") + esc(r.naam)
                 + QStringLiteral("</th><td class=\"utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data\">") + geld(r.saldo)
                 + QStringLiteral("</td><td class=\"utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data\">")
                 + (r.doel ? geld(*r.doel) : esc(tr("geen"))) + QStringLiteral("</td></tr>");
    }
    return svg + tabel + QStringLiteral("</tbody></table>");
}

QString budgetplanBlok(Context &ctx, const services::BudgetplanView &b)
{
    QString html = h2(tr("Je budgetplan"));
    html += dataLijst({{esc(tr("Per maand komt erbij")), geld(b.inkomstenPerMaand)},
                       {esc(tr("Per maand gaat eraf")), geld(b.uitgavenPerMaand)},
                       {esc(tr("Leefgeld")), geld(b.leefgeld) + u' ' + esc(periodeLabel(b.leefgeldPeriode))}});
    if (b.leefgeldVolgendeDatum.isValid())
        html += pHtml(QStringLiteral("<strong>")
                      + esc(tr("Je volgende leefgeld is %1. Je krijgt het op %2.")
                                .arg(b.leefgeld.formatDutch(), calendar::formatDatumB1(b.leefgeldVolgendeDatum, vandaag(ctx))))
                      + QStringLiteral("</strong>"));
    if (b.uitgavenPerMaand > b.inkomstenPerMaand)
        html += p(tr("Er gaat meer geld uit dan erbij komt. Praat hierover met je medewerker."));
    if (!b.regels.isEmpty()) {
        html += h3(tr("Wat erbij komt en wat eraf gaat"));
        QString items;
        for (const auto &r : b.regels) {
            items += QStringLiteral("<li class=\"utrecht-unordered-list__item\">") + esc(r.omschrijving) + QStringLiteral(": ")
                     + (r.soort == BudgetplanSoort::Inkomst ? esc(tr("erbij")) : esc(tr("eraf"))) + u' ' + geld(r.bedrag) + u' '
                     + esc(periodeLabel(r.periode)) + QStringLiteral("</li>");
        }
        html += QStringLiteral("<ul class=\"utrecht-unordered-list\">") + items + QStringLiteral("</ul>");
    }
    return html;
}

QString leningBlok(Context &ctx, const services::LeningView &l)
{
    QList<std::pair<QString, QString>> rijen{{esc(tr("Geleend")), geld(l.geleend)},
                                             {esc(tr("Nog te betalen")), geld(l.openstaand)},
                                             {esc(tr("Per maand")), geld(l.maandtermijn)},
                                             {esc(tr("Nog te gaan")), esc(tr("%1 maanden").arg(l.resterendeLooptijdMaanden))}};
    if (l.achterstand.isPositive())
        rijen.append({esc(tr("Achterstand")), geld(l.achterstand)});
    if (l.einddatum.isValid())
        rijen.append({esc(tr("Klaar op")), esc(calendar::formatDatumB1(l.einddatum, vandaag(ctx)))});
    return h2(l.omschrijving.isEmpty() ? tr("Je lening") : tr("Je lening: %1").arg(l.omschrijving)) + dataLijst(rijen) + p(l.uitleg);
}

} // namespace

QString betalingenLijst(Context &ctx, const QList<services::TransactieView> &lijst)
{
    QString html = QStringLiteral("<ul class=\"utrecht-unordered-list regie-betalingen\">");
    for (const auto &t : lijst) {
        const QString wie = t.tegenpartij.isEmpty() ? t.omschrijving : t.tegenpartij;
        html += QStringLiteral("<li class=\"utrecht-unordered-list__item regie-betaling\"><span class=\"regie-betaling__datum\">")
                + esc(calendar::formatDatumB1(t.datum, vandaag(ctx))) + QStringLiteral("</span> <span class=\"regie-betaling__wie\">")
                + esc(wie) + QStringLiteral("</span> ");
        if (!t.tegenpartij.isEmpty() && !t.omschrijving.isEmpty())
            html += QStringLiteral("<span class=\"regie-betaling__omschrijving\">") + esc(t.omschrijving) + QStringLiteral("</span> ");
        if (!t.reserveringNaam.isEmpty())
            html += QStringLiteral("<span class=\"regie-betaling__potje\">") + esc(tr("potje %1").arg(t.reserveringNaam))
                    + QStringLiteral("</span> ");
        html += QStringLiteral("<span class=\"utrecht-number-data ")
                + (t.bedrag.isNegative() ? QStringLiteral("utrecht-number-data--negative") : QStringLiteral("utrecht-number-data--positive"))
                + QStringLiteral("\">") + esc(t.bedrag.isNegative() ? tr("eraf %1").arg(t.bedrag.abs().formatDutch())
                                                                   : tr("erbij %1").arg(t.bedrag.formatDutch()))
                + QStringLiteral("</span></li>");
    }
    return html + QStringLiteral("</ul>");
}

QString overzichtInhoud(Context &ctx, const services::Overzicht &o, bool alleenBekijken)
{
    QString html = saldoBlok(ctx, o);
    html += h2(tr("Je potjes"));
    if (o.reserveringen.isEmpty()) {
        html += p(tr("Je hebt nog geen potjes."));
    } else {
        html += QStringLiteral("<ul class=\"regie-kaarten\">");
        for (const auto &r : o.reserveringen)
            html += potjeKaart(r, alleenBekijken);
        html += QStringLiteral("</ul>") + grafiek(o.reserveringen);
    }
    if (o.budgetplan)
        html += budgetplanBlok(ctx, *o.budgetplan);
    for (const auto &l : o.leningen)
        html += leningBlok(ctx, l);
    html += h2(tr("Laatste betalingen"));
    if (o.laatsteTransacties.isEmpty())
        html += p(tr("Er zijn nog geen betalingen."));
    else
        html += betalingenLijst(ctx, o.laatsteTransacties.mid(0, kLaatste));
    if (!alleenBekijken)
        html += pHtml(link(QStringLiteral("/transacties"), tr("Alle betalingen bekijken")));
    return html;
}

namespace {

Response overzicht(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
    if (!o.ok())
        return dienstFout(ctx, o.error);
    QString inhoud = h1(tr("Je overzicht")) + overzichtInhoud(ctx, *o.value, false);
    inhoud += h2(tr("Vragen?")) + p(tr("Neem contact op met je medewerker."))
              + contactZin(services::Contact{o.value->teamNaam, o.value->teamTelefoon, o.value->teamEmail});
    return toon(ctx, Pagina{tr("Overzicht"), inhoud, Nav::Overzicht});
}

QString maandKop(const QDate &d)
{
    QString naam = calendar::maandNaam(d.month());
    if (!naam.isEmpty())
        naam[0] = naam.at(0).toUpper();
    return naam + u' ' + QString::number(d.year());
}

QString pagineerLink(const QString &zoek, int pagina, const QString &tekst, const QString &rel)
{
    QString href = QStringLiteral("/transacties?pagina=") + QString::number(pagina);
    if (!zoek.isEmpty())
        href += QStringLiteral("&zoek=") + QString::fromLatin1(QUrl::toPercentEncoding(zoek));
    return QStringLiteral("<a class=\"utrecht-pagination__relative-link utrecht-pagination__relative-link--") + rel
           + QStringLiteral(" utrecht-link\" rel=\"") + rel + QStringLiteral("\" href=\"") + esc(href) + QStringLiteral("\">") + esc(tekst)
           + QStringLiteral("</a>");
}

Response transacties(Context &ctx)
{
    const QString zoek = ctx.request.query.queryItemValue(QStringLiteral("zoek"), QUrl::FullyDecoded).trimmed().left(100);
    const int gevraagd = ctx.request.query.queryItemValue(QStringLiteral("pagina")).toInt();
    int pagina = qBound(1, gevraagd, 100000);
    services::TransactieFilter filter;
    filter.zoek = zoek;
    filter.limit = kPerPagina;
    filter.offset = (pagina - 1) * kPerPagina;
    services::Dossier dossier(ctx.services);
    const auto r = dossier.transacties(ctx.actor(), ctx.actor().inwonerId, filter);
    if (!r.ok())
        return dienstFout(ctx, r.error);
    const int paginas = qMax(1, (r.value->totaal + kPerPagina - 1) / kPerPagina);
    QString inhoud = h1(tr("Je betalingen"));
    inhoud += QStringLiteral("<form method=\"get\" action=\"/transacties\" role=\"search\">")
              + tekstveld(Veld{QStringLiteral("zoek"), tr("Zoek een betaling"), tr("Typ bijvoorbeeld de naam van een winkel"), zoek,
                               QStringLiteral("search"), QStringLiteral("off"), QString(), 100},
                          {})
              + knop(tr("Zoeken"), false) + QStringLiteral("</form>");
    if (!zoek.isEmpty())
        inhoud += p(tr("Je zocht op: %1. We vonden %2 betalingen.").arg(zoek).arg(r.value->totaal));
    if (r.value->transacties.isEmpty()) {
        inhoud += p(zoek.isEmpty() ? tr("Er zijn nog geen betalingen.") : tr("We vonden geen betalingen. Probeer een ander woord."));
    }
    QList<services::TransactieView> maand;
    QDate maandVan;
    auto sluitMaand = [&] {
        if (!maand.isEmpty())
            inhoud += h2(maandKop(maandVan)) + betalingenLijst(ctx, maand);
        maand.clear();
    };
    for (const auto &t : r.value->transacties) {
        if (!maandVan.isValid() || t.datum.month() != maandVan.month() || t.datum.year() != maandVan.year()) {
            sluitMaand();
            maandVan = t.datum;
        }
        maand.append(t);
    }
    sluitMaand();
    if (paginas > 1) {
        inhoud += QStringLiteral("<nav class=\"regie-paginering\" aria-label=\"") + esc(tr("Pagina's")) + QStringLiteral("\">")
                  + p(tr("Pagina %1 van %2").arg(qMin(pagina, paginas)).arg(paginas));
        if (pagina > 1)
            inhoud += pagineerLink(zoek, qMin(pagina, paginas) - 1, tr("Vorige pagina"), QStringLiteral("prev")) + u' ';
        if (pagina < paginas)
            inhoud += pagineerLink(zoek, pagina + 1, tr("Volgende pagina"), QStringLiteral("next"));
        inhoud += QStringLiteral("</nav>");
    }
    QString csv = QStringLiteral("/transacties.csv");
    if (!zoek.isEmpty())
        csv += QStringLiteral("?zoek=") + QString::fromLatin1(QUrl::toPercentEncoding(zoek));
    inhoud += h2(tr("Alles in Excel")) + p(tr("Wil je alles in Excel zien? Download dan dit bestand."))
              + pHtml(link(csv, tr("Download het bestand (CSV)")));
    return toon(ctx, Pagina{tr("Betalingen"), inhoud, Nav::Overzicht});
}

} // namespace

// A cell that Excel will not run as a formula: text starting with = + - @ or a control
// character gets a leading quote; quotes are doubled; every cell is quoted.
QString csvCel(const QString &tekst)
{
    QString t = tekst;
    t.replace(u'\r', u' ').replace(u'\n', u' ');
    if (!t.isEmpty()) {
        const QChar eerste = t.at(0);
        if (eerste == u'=' || eerste == u'+' || eerste == u'-' || eerste == u'@' || eerste == u'\t' || eerste == u'|')
            t.prepend(u'\'');
    }
    t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + t + u'"';
}

namespace {

Response transactiesCsv(Context &ctx)
{
    services::TransactieFilter filter;
    filter.zoek = ctx.request.query.queryItemValue(QStringLiteral("zoek"), QUrl::FullyDecoded).trimmed().left(100);
    filter.limit = kCsvBlok;
    services::Dossier dossier(ctx.services);
    QString csv = QStringLiteral("Datum;Omschrijving;Tegenpartij;Categorie;Potje;Bedrag\r\n");
    for (int blok = 0; blok * kCsvBlok < kMaxCsvRegels; ++blok) {
        filter.offset = blok * kCsvBlok;
        const auto r = dossier.transacties(ctx.actor(), ctx.actor().inwonerId, filter);
        if (!r.ok())
            return dienstFout(ctx, r.error);
        for (const auto &t : r.value->transacties) {
            // The amount is our own number ("-12,50"): not quoted, so Excel reads it as a number.
            csv += t.datum.toString(QStringLiteral("dd-MM-yyyy")) + u';' + csvCel(t.omschrijving) + u';' + csvCel(t.tegenpartij) + u';'
                   + csvCel(t.categorie) + u';' + csvCel(t.reserveringNaam) + u';'
                   + t.bedrag.formatDutch(Money::Style::Plain).remove(u'.') + QStringLiteral("\r\n");
        }
        if (r.value->transacties.size() < kCsvBlok)
            break;
    }
    Response resp;
    resp.contentType = QByteArrayLiteral("text/csv; charset=utf-8");
    resp.body = QByteArrayLiteral("\xEF\xBB\xBF") + csv.toUtf8(); // the BOM makes Excel read UTF-8
    resp.headers.append({QByteArrayLiteral("Content-Disposition"), QByteArrayLiteral("attachment; filename=\"betalingen.csv\"")});
    return resp;
}

} // namespace

void mountOverzicht(Router &router)
{
    router.get(QStringLiteral("/overzicht"), Guard::Inwoner, overzicht);
    router.get(QStringLiteral("/transacties"), Guard::Inwoner, transacties);
    router.get(QStringLiteral("/transacties.csv"), Guard::Inwoner, transactiesCsv);
}

} // namespace regie::web::pages
