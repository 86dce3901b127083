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

// Who the overview speaks to. The inwoner reads their own ("Op je beheerrekening staat"); a
// ketenpartner looking along reads about the inwoner ("Op de beheerrekening van Fatima
// staat"), never addressed as the owner of the money.
struct Lezer {
    QString over; // empty: the inwoner's own overview; else the inwoner's first name

    bool zelf() const { return over.isEmpty(); }
    // `derde` names the inwoner as %1; its other placeholders move up one (%2 becomes the
    // next arg()), so both texts take the same further arguments.
    QString kies(const QString &jij, const QString &derde) const { return zelf() ? jij : derde.arg(over); }
};

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

Html saldoBlok(Context &ctx, const services::Overzicht &o, const Lezer &lezer)
{
    Html html = h2(lezer.kies(tr("Je beheerrekening"), tr("De beheerrekening van %1")))
                + p(Html::text(lezer.kies(tr("Op je beheerrekening staat"), tr("Op de beheerrekening van %1 staat")))
                    + " <strong class=\"regie-bedrag\" data-live=\"saldo\">"_html + geld(o.saldoBeheerrekening) + "</strong>."_html);
    // When Allegro cannot be reached, that notice says both that the figures may be old and
    // why; the age warning would only repeat it. Its text speaks to the inwoner.
    QString nietBereikbaar = syncMelding(ctx, o);
    if (!nietBereikbaar.isEmpty() && !lezer.zelf())
        nietBereikbaar = tr("We konden de nieuwe cijfers niet ophalen.");
    const auto bijgewerkt = [](const QString &tekst) {
        return "<p class=\"utrecht-paragraph\" data-live=\"bijgewerkt\">%1</p>"_html.arg(tekst);
    };
    if (!o.bijgewerkt.isValid()) {
        if (nietBereikbaar.isEmpty())
            html += p(tr("We weten niet wanneer dit bedrag is bijgewerkt. Het kan nu anders zijn."));
    } else if (o.bijgewerkt.secsTo(ctx.services.now()) > kOudNaSeconden) {
        html += bijgewerkt(tr("Bijgewerkt op %1.").arg(datumTijdTekst(ctx, o.bijgewerkt)));
        if (nietBereikbaar.isEmpty())
            html += melding(MeldingSoort::Waarschuwing, tr("Dit bedrag is niet nieuw."),
                            tr("Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op."));
    } else {
        html += bijgewerkt(tr("Bijgewerkt om %1.").arg(tijdTekst(o.bijgewerkt)));
    }
    if (!nietBereikbaar.isEmpty())
        html += melding(MeldingSoort::Waarschuwing, nietBereikbaar,
                        tr("Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op."));
    html += p(tr("Hiervan zit %1 nog niet in een potje.").arg(o.nietGereserveerd.formatDutch()));
    if (!o.vormNaam.isEmpty() && lezer.zelf())
        html += h2(tr("Jouw soort budgetbeheer")) + p(sterk(o.vormNaam)) + p(o.vormUitleg);
    else if (!o.vormNaam.isEmpty()) // the vorm's explanation is written to the inwoner
        html += h2(tr("Soort budgetbeheer van %1").arg(lezer.over)) + p(sterk(o.vormNaam));
    return html;
}

// "€ 45,00 per maand"
Html perPeriode(Money bedrag, Periode periode) { return geld(bedrag) + " "_html + Html::text(periodeLabel(periode)); }

Html potjeKaart(const services::ReserveringView &r, const Lezer &lezer)
{
    QList<std::pair<QString, Html>> rijen;
    rijen.append({tr("In dit potje"), "<span data-live=\"reservering-%1\">%2</span>"_html.arg(r.id, geld(r.saldo))});
    rijen.append({tr("Er komt bij"), perPeriode(r.bedragPerPeriode, r.periode)});
    if (r.vastgehouden.isPositive())
        rijen.append({lezer.zelf() ? tr("Wacht op je medewerker") : tr("Wacht op de medewerker"), geld(r.vastgehouden)});
    const auto doel = r.doel ? r.doel : r.maximum;
    Html html = "<li class=\"regie-kaart\">"_html + h3(r.naam);
    if (doel) {
        rijen.append({r.doel ? tr("Doel") : tr("Hoogstens"), geld(*doel)});
        html += dataLijst(rijen);
        const QString tekst = tr("%1% van het doel").arg(r.voortgangProcent);
        html += "<p class=\"utrecht-paragraph regie-voortgang\"><progress max=\"100\" value=\"%1\" aria-label=\"%2\">%2</progress> %2</p>"_html
                    .arg(r.voortgangProcent, tekst);
    } else {
        html += dataLijst(rijen);
    }
    if (r.soort == ReserveringSoort::Gebonden) {
        html += p(lezer.kies(tr("Dit geld is voor vaste lasten. Je kunt het niet zelf opnemen."),
                             tr("Dit geld is voor vaste lasten. %1 kan het niet zelf opnemen.")));
    } else {
        if (!r.uitleg.isEmpty() && lezer.zelf()) // the rules' explanation speaks to the inwoner
            html += p(r.uitleg);
        if (r.maxVrij && r.maxVrij->isPositive())
            html += p(sterk(lezer.kies(tr("Je kunt nu tot %1 zelf opnemen."), tr("%1 kan nu tot %2 zelf opnemen."))
                                .arg(r.maxVrij->formatDutch())));
        if (lezer.zelf())
            html += p(knopLink(QStringLiteral("/opnemen/") + QString::number(r.id), tr("Geld opnemen uit %1").arg(r.naam)));
    }
    return html + "</li>"_html;
}

// The name stands above its bar, whole (a name cut short beside the bar was hard to read);
// the amount stands right after the bar or the goal, whichever is longer.
constexpr int kBreedte = 260, kRij = 54, kBedrag = 100, kMaxNaam = 40;

Html balk(const services::ReserveringView &r, int i, qint64 grootste)
{
    const int y = i * kRij + 4;
    const int w = static_cast<int>(qMax(qint64(0), r.saldo.cents()) * kBreedte / grootste);
    const int dw = r.doel ? static_cast<int>(r.doel->cents() * kBreedte / grootste) : 0;
    const QString naam = r.naam.size() > kMaxNaam ? r.naam.left(kMaxNaam - 1) + QChar(0x2026) : r.naam;
    Html svg = "<text x=\"0\" y=\"%1\" font-size=\"13\" fill=\"#1a1a1a\">%2</text>"_html.arg(y + 13, naam);
    const int balkY = y + 20;
    if (r.doel)
        svg += "<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"20\" fill=\"#ffffff\" stroke=\"#4b4b4b\" stroke-dasharray=\"4 2\"/>"_html.arg(balkY, dw);
    return svg + "<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"20\" fill=\"#0b5e8c\"/>"
                 "<text x=\"%3\" y=\"%4\" font-size=\"13\" fill=\"#1a1a1a\">%5</text>"_html.arg(balkY, w, qMax(w, dw) + 8, balkY + 15,
                                                                                              r.saldo.formatDutch());
}

// The same figures as the chart as a table, for screen readers and for people who rather read.
Html grafiekTabel(const QList<services::ReserveringView> &potjes, const QString &titel)
{
    Html tabel = "<table class=\"utrecht-table\"><caption class=\"utrecht-table__caption\">%1</caption>"
                 "<thead class=\"utrecht-table__header\"><tr class=\"utrecht-table__row\">"
                 "<th class=\"utrecht-table__header-cell\" scope=\"col\">%2</th>"
                 "<th class=\"utrecht-table__header-cell utrecht-table__header-cell--numeric-column\" scope=\"col\">%3</th>"
                 "<th class=\"utrecht-table__header-cell utrecht-table__header-cell--numeric-column\" scope=\"col\">%4</th>"
                 "</tr></thead><tbody class=\"utrecht-table__body\">"_html.arg(titel, tr("Potje"), tr("Erin"), tr("Doel"));
    for (const auto &r : potjes) {
        tabel += "<tr class=\"utrecht-table__row\"><th class=\"utrecht-table__header-cell\" scope=\"row\">%1</th>"
                 "<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data\">%2</td>"
                 "<td class=\"utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data\">%3</td></tr>"_html
                     .arg(r.naam, geld(r.saldo), r.doel ? geld(*r.doel) : Html::text(tr("geen")));
    }
    return tabel + "</tbody></table>"_html;
}

// Bars of what is in each potje against its goal: people look at this before they read.
Html grafiek(const QList<services::ReserveringView> &potjes, const Lezer &lezer)
{
    const QString titel = lezer.kies(tr("Geld in je potjes"), tr("Geld in de potjes van %1"));
    const int n = static_cast<int>(qMin<qsizetype>(potjes.size(), kMaxGrafiekBalken));
    if (n == 0)
        return {};
    qint64 grootste = 1;
    for (int i = 0; i < n; ++i) {
        const auto &r = potjes.at(i);
        grootste = qMax(grootste, qMax(r.saldo.cents(), r.doel ? r.doel->cents() : qint64(0)));
    }
    QString desc;
    Html balken;
    for (int i = 0; i < n; ++i) {
        const auto &r = potjes.at(i);
        desc += r.doel ? tr("%1: %2 van %3.").arg(r.naam, r.saldo.formatDutch(), r.doel->formatDutch())
                       : tr("%1: %2.").arg(r.naam, r.saldo.formatDutch());
        desc += u' ';
        balken += balk(r, i, grootste);
    }
    const Html svg = "<figure class=\"regie-grafiek\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" focusable=\"false\""
                     " aria-labelledby=\"grafiek-titel grafiek-uitleg\" width=\"100%\" viewBox=\"0 0 %1 %2\">"
                     "<title id=\"grafiek-titel\">%3</title><desc id=\"grafiek-uitleg\">%4</desc>%5"
                     "</svg><figcaption class=\"utrecht-paragraph\">%6</figcaption></figure>"_html.arg(
                         kBreedte + kBedrag, n * kRij + 4, titel, desc.trimmed(), balken,
                         tr("Blauw is het geld in het potje. De stippellijn is het doel."));
    return svg + grafiekTabel(potjes, titel);
}

Html budgetplanBlok(Context &ctx, const services::BudgetplanView &b, const Lezer &lezer)
{
    Html html = h2(lezer.kies(tr("Je budgetplan"), tr("Budgetplan van %1")));
    html += dataLijst({{tr("Per maand komt erbij"), geld(b.inkomstenPerMaand)},
                       {tr("Per maand gaat eraf"), geld(b.uitgavenPerMaand)},
                       {tr("Leefgeld"), perPeriode(b.leefgeld, b.leefgeldPeriode)}});
    if (b.leefgeldVolgendeDatum.isValid())
        html += p(sterk(lezer.kies(tr("Je volgende leefgeld is %1. Je krijgt het op %2."),
                                   tr("Het volgende leefgeld van %1 is %2. %1 krijgt het op %3."))
                            .arg(b.leefgeld.formatDutch(), calendar::formatDatumB1(b.leefgeldVolgendeDatum, vandaag(ctx)))));
    if (b.uitgavenPerMaand > b.inkomstenPerMaand)
        html += p(lezer.kies(tr("Er gaat meer geld uit dan erbij komt. Praat hierover met je medewerker."),
                             tr("Er gaat meer geld uit dan erbij komt. %1 kan hierover praten met de medewerker.")));
    if (!b.regels.isEmpty()) {
        html += h3(tr("Wat erbij komt en wat eraf gaat"));
        QList<Html> items;
        for (const auto &r : b.regels) {
            items.append("%1: %2 %3"_html.arg(r.omschrijving, r.soort == BudgetplanSoort::Inkomst ? tr("erbij") : tr("eraf"),
                                              perPeriode(r.bedrag, r.periode)));
        }
        html += opsomming(items);
    }
    return html;
}

// The service's explanation speaks to the inwoner; about them it is said here.
QString leningUitlegOver(const services::LeningView &l, const QString &naam)
{
    if (l.openstaand.isZero())
        return tr("%1 heeft de lening helemaal betaald.").arg(naam);
    QString s = tr("%1 moet nog %2 terugbetalen, met %3 per maand.")
                    .arg(naam, l.openstaand.formatDutch(), l.maandtermijn.formatDutch());
    if (l.achterstand.isPositive())
        s += u' ' + tr("%1 loopt %2 achter.").arg(naam, l.achterstand.formatDutch());
    return s;
}

Html leningBlok(Context &ctx, const services::LeningView &l, const Lezer &lezer)
{
    QList<std::pair<QString, Html>> rijen{{tr("Geleend"), geld(l.geleend)},
                                          {tr("Nog te betalen"), geld(l.openstaand)},
                                          {tr("Per maand"), geld(l.maandtermijn)},
                                          {tr("Nog te gaan"), Html::text(tr("%1 maanden").arg(l.resterendeLooptijdMaanden))}};
    if (l.achterstand.isPositive())
        rijen.append({tr("Achterstand"), geld(l.achterstand)});
    if (l.einddatum.isValid())
        rijen.append({tr("Klaar op"), Html::text(calendar::formatDatumB1(l.einddatum, vandaag(ctx)))});
    const QString titel = l.omschrijving.isEmpty() ? lezer.kies(tr("Je lening"), tr("Lening van %1"))
                                                   : lezer.kies(tr("Je lening: %1"), tr("Lening van %1: %2")).arg(l.omschrijving);
    return h2(titel) + dataLijst(rijen) + p(lezer.zelf() ? l.uitleg : leningUitlegOver(l, lezer.over));
}

} // namespace

Html betalingenLijst(Context &ctx, const QList<services::TransactieView> &lijst)
{
    Html html = "<ul class=\"utrecht-unordered-list regie-betalingen\">"_html;
    for (const auto &t : lijst) {
        const QString wie = t.tegenpartij.isEmpty() ? t.omschrijving : t.tegenpartij;
        html += "<li class=\"utrecht-unordered-list__item regie-betaling\"><span class=\"regie-betaling__datum\">%1</span> "
                "<span class=\"regie-betaling__wie\">%2</span> "_html.arg(calendar::formatDatumB1(t.datum, vandaag(ctx)), wie);
        if (!t.tegenpartij.isEmpty() && !t.omschrijving.isEmpty())
            html += "<span class=\"regie-betaling__omschrijving\">%1</span> "_html.arg(t.omschrijving);
        if (!t.reserveringNaam.isEmpty())
            html += "<span class=\"regie-betaling__potje\">%1</span> "_html.arg(tr("potje %1").arg(t.reserveringNaam));
        const bool eraf = t.bedrag.isNegative();
        html += "<span class=\"utrecht-number-data %1\">%2</span></li>"_html.arg(
            eraf ? "utrecht-number-data--negative"_html : "utrecht-number-data--positive"_html,
            eraf ? tr("eraf %1").arg(t.bedrag.abs().formatDutch()) : tr("erbij %1").arg(t.bedrag.formatDutch()));
    }
    return html + "</ul>"_html;
}

Html overzichtInhoud(Context &ctx, const services::Overzicht &o, bool alleenBekijken)
{
    const Lezer lezer{alleenBekijken ? (o.voornaam.isEmpty() ? tr("Deze persoon") : o.voornaam) : QString()};
    Html html = saldoBlok(ctx, o, lezer);
    html += h2(lezer.kies(tr("Je potjes"), tr("Potjes van %1")));
    if (o.reserveringen.isEmpty()) {
        html += p(lezer.kies(tr("Je hebt nog geen potjes."), tr("%1 heeft nog geen potjes.")));
    } else {
        html += "<ul class=\"regie-kaarten\">"_html;
        for (const auto &r : o.reserveringen)
            html += potjeKaart(r, lezer);
        html += "</ul>"_html + grafiek(o.reserveringen, lezer);
    }
    if (o.budgetplan)
        html += budgetplanBlok(ctx, *o.budgetplan, lezer);
    for (const auto &l : o.leningen)
        html += leningBlok(ctx, l, lezer);
    html += h2(tr("Laatste betalingen"));
    if (o.laatsteTransacties.isEmpty())
        html += p(tr("Er zijn nog geen betalingen."));
    else
        html += betalingenLijst(ctx, o.laatsteTransacties.mid(0, kLaatste));
    if (!alleenBekijken)
        html += p(link(QStringLiteral("/transacties"), tr("Alle betalingen bekijken")));
    return html;
}

namespace {

Response overzicht(Context &ctx)
{
    services::Dossier dossier(ctx.services);
    const auto o = dossier.overzicht(ctx.actor(), ctx.actor().inwonerId);
    if (!o.ok())
        return dienstFout(ctx, o.error);
    Html inhoud = h1(tr("Je overzicht")) + overzichtInhoud(ctx, *o.value, false);
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

// "&zoek=..." or "?zoek=..." with the search percent-encoded (an "&" or "#" in it stays part
// of the search), or nothing without a search.
QString zoekDeel(QChar scheiding, const QString &zoek)
{
    if (zoek.isEmpty())
        return {};
    return scheiding + QStringLiteral("zoek=") + QString::fromLatin1(QUrl::toPercentEncoding(zoek));
}

Html pagineerLink(const QString &zoek, int pagina, const QString &tekst, const Html &rel)
{
    return "<a class=\"utrecht-pagination__relative-link utrecht-pagination__relative-link--%1 utrecht-link\" rel=\"%1\" href=\"%2\">%3</a>"_html
        .arg(rel, QString(QStringLiteral("/transacties?pagina=") + QString::number(pagina) + zoekDeel(u'&', zoek)), tekst);
}

Html zoekFormulier(const QString &zoek)
{
    const Veld veld{QStringLiteral("zoek"), tr("Zoek een betaling"), tr("Typ bijvoorbeeld de naam van een winkel"), zoek,
                    QStringLiteral("search"), QStringLiteral("off"), QString(), 100};
    return "<form method=\"get\" action=\"/transacties\" role=\"search\">"_html + tekstveld(veld, {}) + knop(tr("Zoeken"), false)
           + "</form>"_html;
}

// The transactions of one page under a heading per month.
Html perMaand(Context &ctx, const QList<services::TransactieView> &transacties)
{
    Html html;
    QList<services::TransactieView> maand;
    QDate maandVan;
    auto sluitMaand = [&] {
        if (!maand.isEmpty())
            html += h2(maandKop(maandVan)) + betalingenLijst(ctx, maand);
        maand.clear();
    };
    for (const auto &t : transacties) {
        if (!maandVan.isValid() || t.datum.month() != maandVan.month() || t.datum.year() != maandVan.year()) {
            sluitMaand();
            maandVan = t.datum;
        }
        maand.append(t);
    }
    sluitMaand();
    return html;
}

Html paginering(const QString &zoek, int pagina, int paginas)
{
    if (paginas <= 1)
        return {};
    Html html = "<nav class=\"regie-paginering\" aria-label=\"%1\">"_html.arg(tr("Pagina's"))
                + p(tr("Pagina %1 van %2").arg(qMin(pagina, paginas)).arg(paginas));
    if (pagina > 1)
        html += pagineerLink(zoek, qMin(pagina, paginas) - 1, tr("Vorige pagina"), "prev"_html) + " "_html;
    if (pagina < paginas)
        html += pagineerLink(zoek, pagina + 1, tr("Volgende pagina"), "next"_html);
    return html + "</nav>"_html;
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
    Html inhoud = h1(tr("Je betalingen")) + zoekFormulier(zoek);
    if (!zoek.isEmpty())
        inhoud += p(tr("Je zocht op: %1. We vonden %2 betalingen.").arg(zoek).arg(r.value->totaal));
    if (r.value->transacties.isEmpty()) {
        inhoud += p(zoek.isEmpty() ? tr("Er zijn nog geen betalingen.") : tr("We vonden geen betalingen. Probeer een ander woord."));
    }
    inhoud += perMaand(ctx, r.value->transacties) + paginering(zoek, pagina, paginas);
    inhoud += h2(tr("Alles in Excel")) + p(tr("Wil je alles in Excel zien? Download dan dit bestand."))
              + p(link(QStringLiteral("/transacties.csv") + zoekDeel(u'?', zoek), tr("Download het bestand (CSV)")));
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
