#include "demo/Identiteit.h"
#include "demo/Onderdelen.h"
#include "demo/Rng.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QSet>

namespace regie::demo {
namespace {

constexpr QStringView kWijken[] = {u"Noord", u"West", u"Oost", u"Zuid", u"Overvecht", u"Leidsche Rijn"};
constexpr int kMaxTeams = static_cast<int>(std::size(kWijken));

QString tr(const char *tekst) { return QCoreApplication::translate("regie::demo", tekst); }

void vulTeams(Dataset &d)
{
    const int aantal = qBound(1, (d.params.medewerkers + 1) / 2, kMaxTeams);
    for (int i = 0; i < aantal; ++i) {
        const QString wijk = kWijken[static_cast<std::size_t>(i)].toString();
        d.teams.append(Team{QStringLiteral("Team Budgetbeheer ") + wijk,
                            QStringLiteral("030 286 01 %1").arg(10 + i),
                            QStringLiteral("budgetbeheer.") + alsAscii(wijk) + QStringLiteral("@utrecht.example"),
                            Money::fromCents(50'000)});
    }
}

rules::Afspraak standaardAfspraak(rules::Modus modus, QDate ingang, std::optional<qint64> perOpname,
                                  std::optional<qint64> perWeek, std::optional<qint64> perMaand)
{
    rules::Afspraak a;
    a.scope = rules::Scope::Vorm;
    a.modus = modus;
    auto bedrag = [](std::optional<qint64> c) {
        return c ? std::optional<Money>(Money::fromCents(*c)) : std::nullopt;
    };
    a.maxPerOpname = bedrag(perOpname);
    a.maxPerWeekBedrag = bedrag(perWeek);
    a.maxPerMaandBedrag = bedrag(perMaand);
    a.ingangsdatum = ingang;
    return a;
}

void vulVormen(Dataset &d)
{
    // Long before any household's start, so the defaults apply to their whole history.
    const QDate ingang(d.historieVan.year() - 6, 1, 1);
    d.vormen = {
        Vorm{QStringLiteral("T"), tr("Totaal budgetbeheer"),
             tr("Wij betalen al je vaste lasten. Je krijgt elke week leefgeld. "
                "We sparen ook voor je in potjes. Geld uit een potje vraag je aan."),
             standaardAfspraak(rules::Modus::NaAkkoord, ingang, std::nullopt, std::nullopt, std::nullopt),
             tr("Standaard: elke opname eerst langs de medewerker.")},
        Vorm{QStringLiteral("B"), tr("Basis budgetbeheer"),
             tr("Wij betalen je vaste lasten, zoals huur en energie. Je krijgt elke week leefgeld. "
                "Kleine bedragen uit je potjes neem je zelf op."),
             standaardAfspraak(rules::Modus::Vrij, ingang, 5'000, 5'000, std::nullopt),
             tr("Standaard: tot 50 euro per week vrij opnemen.")},
        Vorm{QStringLiteral("I"), tr("Inkomensbeheer"),
             tr("Je inkomen komt binnen bij de gemeente. Wij betalen je huur en zorgverzekering. "
                "De rest krijg je zelf."),
             standaardAfspraak(rules::Modus::Vrij, ingang, 10'000, 15'000, 40'000),
             tr("Standaard: tot 100 euro per keer en 150 euro per week vrij opnemen.")},
    };
}

QString uniekeNaam(QSet<QString> &gebruikt, const QString &basis)
{
    QString naam = basis;
    for (int n = 2; gebruikt.contains(naam) && n < 10'000; ++n)
        naam = basis + QString::number(n);
    gebruikt.insert(naam);
    return naam;
}

Gebruiker maakGebruiker(Rng &rng, QSet<QString> &gebruikt, Role rol, int team, const QString &domein)
{
    const Naam naam = kiesNaam(rng);
    Gebruiker g;
    g.username = uniekeNaam(gebruikt, alsAscii(naam.voornaam.left(1)) + QLatin1Char('.') + alsAscii(naam.achternaam));
    g.displayName = naam.voornaam + QLatin1Char(' ') + naam.achternaam;
    g.role = rol;
    g.team = team;
    g.email = g.username + QLatin1Char('@') + domein;
    return g;
}

void vulGebruikers(Dataset &d)
{
    Rng rng = Rng::voor(d.params.seed, kStroomStaf, 0);
    QSet<QString> gebruikt;
    const QString gemeente = QStringLiteral("utrecht.example");
    for (int t = 0; t < d.teams.size(); ++t) {
        Gebruiker leider = maakGebruiker(rng, gebruikt, Role::Teamleider, t, gemeente);
        leider.telefoon = d.teams[t].telefoon;
        d.gebruikers.append(leider);
    }
    for (int m = 0; m < d.params.medewerkers; ++m) {
        const int team = m % static_cast<int>(d.teams.size());
        Gebruiker medewerker = maakGebruiker(rng, gebruikt, Role::Medewerker, team, gemeente);
        medewerker.telefoon = d.teams[team].telefoon;
        d.gebruikers.append(medewerker);
    }
    d.gebruikers.append(maakGebruiker(rng, gebruikt, Role::Beheerder, -1, gemeente));
    Gebruiker partner = maakGebruiker(rng, gebruikt, Role::Ketenpartner, -1, QStringLiteral("samenrond.example"));
    partner.organisatie = QStringLiteral("Stichting Samen Rond");
    d.gebruikers.append(partner);
}

void vulRedenen(Dataset &d)
{
    const QString weigering = QStringLiteral("weigering");
    d.redenen = {
        {QStringLiteral("BUDGET_NIET_TOEREIKEND"), weigering,
         tr("Er is nu te weinig geld voor deze opname. Je budget is deze maand al nodig."),
         tr("Budget niet toereikend: de opname past niet in het budgetplan van deze periode.")},
        {QStringLiteral("GEEN_ONDERBOUWING"), weigering,
         tr("We weten niet goed waar het geld voor is. Stuur een bon of prijsopgave mee."),
         tr("Geen onderbouwing: bon, offerte of toelichting ontbreekt.")},
        {QStringLiteral("BUFFER_NODIG"), weigering,
         tr("Dit geld blijft staan voor onverwachte kosten. Zo kom je niet in de problemen."),
         tr("Reservering is de buffer; na de opname zou die te laag worden.")},
        {QStringLiteral("VASTE_LASTEN_EERST"), weigering,
         tr("Eerst moeten je vaste lasten betaald worden. Daarna kijken we opnieuw."),
         tr("Vaste lasten (huur, energie, zorgverzekering) gaan voor; nu geen ruimte.")},
        {QStringLiteral("AKKOORD_STANDAARD"), QStringLiteral("akkoord"),
         tr("Je verzoek is goedgekeurd. Het geld komt op je eigen rekening."),
         tr("Akkoord: past in het budgetplan en bij het doel van de reservering.")},
        {QStringLiteral("AKKOORD_EENMALIG"), QStringLiteral("akkoord"),
         tr("We maken deze keer een uitzondering. Je afspraken blijven hetzelfde."),
         tr("Eenmalig akkoord buiten de afspraken; de afspraken zijn niet gewijzigd.")},
    };
}

} // namespace

void vulOrganisatie(Dataset &dataset)
{
    vulTeams(dataset);
    vulVormen(dataset);
    vulGebruikers(dataset);
    vulRedenen(dataset);
}

} // namespace regie::demo
