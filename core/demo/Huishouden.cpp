#include "demo/Identiteit.h"
#include "base/Assert.h"
#include "demo/Onderdelen.h"
#include "demo/Rng.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QHash>

#include <algorithm>
#include <array>

namespace regie::demo {
namespace {

constexpr qint64 euro(qint64 e) { return e * 100; }

enum class Actie : quint8 { Bij, Af, Storting, UitReservering, LeegTot };
// Within one day: money comes in first, then is set aside, then paid out; a reservering is
// drawn down to a low balance last of all (the onvoldoende-saldo scenario).
enum class Prioriteit : quint8 { Inkomen, Storting, Betaling, Uitgave, Leegmaken };

struct Gebeurtenis {
    QDate datum;
    qint64 centen = 0;      // Bij/Af/Storting: the amount; UitReservering: the cap; LeegTot: what stays
    int volgorde = 0;       // creation order, so sorting never depends on the sort algorithm
    qint16 post = -1;
    qint16 reservering = -1;
    qint16 promille = 0;    // UitReservering: share of the balance spent
    qint16 centenEraf = 0;  // UitReservering: makes the amount not round
    Prioriteit prioriteit = Prioriteit::Betaling;
    Actie actie = Actie::Af;
};

// A line that returns every month, or only in the months whose bit is set.
struct Terugkerend {
    int post = -1;
    qint64 centen = 0;          // > 0 comes in
    int dag = 1;
    quint16 maanden = 0x0FFF;   // bit m-1: occurs in month m
    bool werkdagEerder = false; // benefits and wages due on a weekend arrive the Friday before
    bool indexeren = false;     // raised 2% each January
    bool hoofdinkomen = false;  // the day the month's allocations are made
    Periode periode = Periode::Maand;
};

enum Sjabloon { kKleding, kVerjaardagen, kBuffer, kEnergie, kVervoer, kZorgkosten, kHuisraad, kSchool, kAantalSjablonen };

struct ReserveringSjabloon {
    QStringView naam;
    ReserveringSoort soort;
    int minEuro, maxEuro;
    int doelEuro, maximumEuro; // 0: none
    int kiesKans;              // percent of households that keep one
    int uitgaveKans;           // percent of months with a payment from it
    int uitgaveMaxEuro;
    QStringView omschrijving;
    std::array<QStringView, 3> winkels;
};

constexpr std::array<ReserveringSjabloon, kAantalSjablonen> kSjablonen = {{
    {u"Kleding", ReserveringSoort::VrijBesteedbaar, 20, 45, 0, 0, 85, 30, 160, u"Kleding en schoenen",
     {u"Zeeman", u"HEMA", u"C&A"}},
    {u"Verjaardagen", ReserveringSoort::VrijBesteedbaar, 10, 25, 0, 0, 60, 20, 90, u"Cadeaus",
     {u"Intertoys", u"Bol.com", u"Blokker"}},
    {u"Buffer", ReserveringSoort::VrijBesteedbaar, 15, 40, 0, 0, 70, 4, 250, u"Onverwachte uitgave",
     {u"Witgoedservice Domstad", u"Slotenmaker Centrum", u"Witgoedservice Domstad"}},
    {u"Energie (eindafrekening)", ReserveringSoort::Gebonden, 10, 30, 250, 0, 65, 0, 320, u"Eindafrekening energie",
     {u"", u"", u""}},
    {u"Fiets en vervoer", ReserveringSoort::VrijBesteedbaar, 10, 25, 0, 0, 45, 15, 120, u"Vervoer",
     {u"Fietsenmaker De Spaak", u"NS Reizigers", u"U-OV"}},
    {u"Zorgkosten eigen risico", ReserveringSoort::Gebonden, 15, 35, 385, 385, 55, 20, 160, u"Eigen risico",
     {u"", u"", u""}},
    {u"Huisraad", ReserveringSoort::VrijBesteedbaar, 10, 30, 400, 0, 25, 8, 250, u"Huisraad",
     {u"Kringloopwinkel Utrecht", u"IKEA Utrecht", u"Kringloopwinkel Utrecht"}},
    {u"Schoolkosten", ReserveringSoort::VrijBesteedbaar, 15, 30, 0, 0, 0, 0, 120, u"Schoolkosten",
     {u"Basisschool De Regenboog", u"Boekhandel Kanaleneiland", u"Basisschool De Regenboog"}},
}};

const QString kInkomen = QStringLiteral("inkomen");
const QString kToeslag = QStringLiteral("toeslag");
const QString kVasteLasten = QStringLiteral("vaste_lasten");
const QString kLeefgeld = QStringLiteral("leefgeld");
const QString kAflossing = QStringLiteral("aflossing");
const QString kReservering = QStringLiteral("reservering");

struct Plan {
    Plan(const Dataset &o, int index)
        : org(o), rng(Rng::voor(o.params.seed, kStroomHuishouden, static_cast<quint64>(index))),
          rol(rolVoorIndex(index))
    {
        h.index = index;
    }
    const Dataset &org;
    Rng rng;
    Rol rol;
    Huishouden h;
    QDate eersteInkomen;
    QDate eersteDag;            // the history starts here: first income, or a toeslag just before it
    int inkomenDag = 24;
    int kinderen = 0;
    qint64 inkomenPerMaand = 0; // the least that comes in per month
    qint64 lastenPerMaand = 0;  // the most that goes out per month in fixed costs
    qint64 leefgeldPerWeek = 0;
    int leefgeldDag = 1;        // Qt day of week
    int doelReservering = -1;   // the scenario's reservering: no random spending from it
    QString zorgverzekeraar;
    QList<Terugkerend> terugkerend;
    QList<int> sjabloonVan;     // per reservering
    QList<Gebeurtenis> gebeurtenissen;
    QHash<QString, int> postIndex;
};

QString tr(const char *tekst) { return QCoreApplication::translate("regie::demo", tekst); }

int post(Plan &p, const QString &omschrijving, const QString &tegenpartij, const QString &categorie,
         Post::Periode periode = Post::Periode::Geen)
{
    const QString sleutel = omschrijving + QChar(0x1F) + tegenpartij + QChar(0x1F) + categorie;
    const auto gevonden = p.postIndex.constFind(sleutel);
    if (gevonden != p.postIndex.constEnd())
        return *gevonden;
    p.h.posten.append(Post{omschrijving, tegenpartij, categorie, periode});
    const int index = static_cast<int>(p.h.posten.size()) - 1;
    p.postIndex.insert(sleutel, index);
    return index;
}

qint64 centenTussen(Rng &rng, int minEuro, int maxEuro) { return rng.bereik(euro(minEuro), euro(maxEuro)); }

QDate datumIn(QDate maand, const Terugkerend &t)
{
    QDate d(maand.year(), maand.month(), std::min(t.dag, maand.daysInMonth()));
    if (t.werkdagEerder) {
        while (d.dayOfWeek() > 5)
            d = d.addDays(-1);
    }
    return d;
}

bool inMaand(const Terugkerend &t, QDate maand) { return (t.maanden >> (maand.month() - 1)) & 1U; }

qint64 geindexeerd(const Plan &p, const Terugkerend &t, QDate datum)
{
    if (!t.indexeren)
        return t.centen;
    const qint64 jaren = datum.year() - p.eersteInkomen.year();
    return t.centen * (1000 + 20 * jaren) / 1000;
}

void voegToe(Plan &p, Gebeurtenis g)
{
    g.volgorde = static_cast<int>(p.gebeurtenissen.size());
    p.gebeurtenissen.append(g);
}

// ---- Who lives here ---------------------------------------------------------------------

QString mobielNummer(Rng &rng)
{
    return QStringLiteral("06 %1 %2 %3 %4")
        .arg(rng.bereik(10, 69))
        .arg(rng.bereik(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.bereik(0, 99), 2, 10, QLatin1Char('0'))
        .arg(rng.bereik(0, 99), 2, 10, QLatin1Char('0'));
}

QString kiesVorm(Plan &p)
{
    switch (p.rol) {
    case Rol::Vrij:
    case Rol::NaAkkoord:
    case Rol::OnvoldoendeSaldo:
        return QStringLiteral("B");
    case Rol::NietToegestaan:
    case Rol::LeningAchterstand:
        return QStringLiteral("T");
    case Rol::Gewoon:
        break;
    }
    const int worp = p.rng.bereik(0, 99);
    return worp < 50 ? QStringLiteral("T") : worp < 80 ? QStringLiteral("B") : QStringLiteral("I");
}

void kiesTeam(Plan &p)
{
    const int teams = static_cast<int>(p.org.teams.size());
    p.h.team = p.h.index % teams;
    QList<int> medewerkers;
    for (int i = 0; i < p.org.gebruikers.size(); ++i) {
        if (p.org.gebruikers[i].role == Role::Medewerker && p.org.gebruikers[i].team == p.h.team)
            medewerkers.append(i);
    }
    p.h.medewerker = medewerkers.at((p.h.index / teams) % static_cast<int>(medewerkers.size()));
}

void kiesPersoon(Plan &p)
{
    const quint64 seed = p.org.params.seed;
    const int i = p.h.index;
    const Naam naam = kiesNaam(p.rng);
    services::NieuweInwoner &inw = p.h.inwoner;
    // Allegro relatiecodes are numbers; the demo range starts at 100001 (allegro-sim keeps
    // 200000 and up for its kredietbank relaties).
    p.h.relatiecode = QString::number(100'000 + i + 1);
    inw.bsn = testBsn(seed, i);
    inw.voornaam = naam.voornaam;
    inw.achternaam = naam.achternaam;
    if (p.rng.kans(70))
        inw.email = alsAscii(naam.voornaam) + QLatin1Char('.') + alsAscii(naam.achternaam)
                    + QString::number(i + 1) + QStringLiteral("@mail.example");
    inw.wilMail = !inw.email.isEmpty() && p.rng.kans(70);
    inw.telefoon = mobielNummer(p.rng);
    inw.vormCode = kiesVorm(p);
    inw.beheerIban = maakIban(kBeheerBank, testRekeningnummer(seed, 9, i));
    inw.eigenRekeningen.append({maakIban(bankVoorIndex(p.rng.bereik(0, 8)), testRekeningnummer(seed, 1, i)),
                                tr("Mijn betaalrekening"), true});
    if (p.rng.kans(15))
        inw.eigenRekeningen.append({maakIban(bankVoorIndex(p.rng.bereik(0, 8)), testRekeningnummer(seed, 2, i)),
                                    tr("Mijn spaarrekening"), true});
    inw.allegroRelatiecode = p.h.relatiecode;
    inw.username = QStringLiteral("inwoner%1").arg(i + 1);
    const int worp = p.rng.bereik(0, 99);
    p.kinderen = worp < 60 ? 0 : worp < 80 ? 1 : worp < 93 ? 2 : 3;
    kiesTeam(p);
}

// ---- Money in ---------------------------------------------------------------------------

void inkomenRegel(Plan &p, const QString &omschrijving, const QString &tegenpartij, const QString &categorie,
                  qint64 centen, int dag, bool hoofd)
{
    Terugkerend t;
    t.post = post(p, omschrijving, tegenpartij, categorie, Post::Periode::Maand);
    t.centen = centen;
    t.dag = dag;
    t.werkdagEerder = true;
    t.indexeren = hoofd;
    t.hoofdinkomen = hoofd;
    p.terugkerend.append(t);
    p.inkomenPerMaand += centen;
}

void kiesInkomen(Plan &p)
{
    static const QStringList werkgevers = {QStringLiteral("Schoonmaakbedrijf Domstad BV"),
                                           QStringLiteral("Zorggroep Vechtoever"),
                                           QStringLiteral("Bakkerij Van Rijn"),
                                           QStringLiteral("Distributiecentrum Lage Weide"),
                                           QStringLiteral("Uitzendbureau Werkt Direct")};
    const int worp = p.rng.bereik(0, 99);
    qint64 centen = 0;
    if (worp < 40) {
        p.inkomenDag = p.rng.bereik(20, 24);
        centen = centenTussen(p.rng, 1200, 1400);
        inkomenRegel(p, QStringLiteral("Uitkering Participatiewet"), QStringLiteral("Gemeente Utrecht"), kInkomen,
                     centen, p.inkomenDag, true);
    } else if (worp < 65) {
        p.inkomenDag = p.rng.bereik(24, 26);
        centen = centenTussen(p.rng, 850, 1900);
        inkomenRegel(p, QStringLiteral("Salaris"), p.rng.kies(werkgevers), kInkomen, centen, p.inkomenDag, true);
    } else if (worp < 77) {
        p.inkomenDag = 23;
        centen = centenTussen(p.rng, 1350, 1550);
        inkomenRegel(p, QStringLiteral("AOW-uitkering"), QStringLiteral("Sociale Verzekeringsbank"), kInkomen,
                     centen, p.inkomenDag, true);
    } else {
        const bool ww = worp < 87;
        p.inkomenDag = 22;
        centen = ww ? centenTussen(p.rng, 1100, 1700) : centenTussen(p.rng, 1050, 1250);
        inkomenRegel(p, ww ? QStringLiteral("WW-uitkering") : QStringLiteral("Wajong-uitkering"), QStringLiteral("UWV"),
                     kInkomen, centen, p.inkomenDag, true);
    }
    // Holiday allowance in May: extra money, so it is not counted as monthly income.
    Terugkerend vakantie = p.terugkerend.last();
    vakantie.post = post(p, QStringLiteral("Vakantiegeld"), p.h.posten[vakantie.post].tegenpartij, kInkomen);
    vakantie.centen = centen * p.rng.bereik(50, 70) / 100;
    vakantie.maanden = 1U << 4;
    vakantie.hoofdinkomen = false;
    vakantie.indexeren = false;
    vakantie.periode = Periode::Jaar;
    p.terugkerend.append(vakantie);
}

void kiesToeslagen(Plan &p)
{
    const QString dienst = QStringLiteral("Belastingdienst/Toeslagen");
    const bool laagInkomen = p.inkomenPerMaand < euro(1450);
    if (laagInkomen || p.rng.kans(50))
        inkomenRegel(p, QStringLiteral("Zorgtoeslag"), dienst, kToeslag, centenTussen(p.rng, 95, 131), 20, false);
    if (laagInkomen || p.rng.kans(60))
        inkomenRegel(p, QStringLiteral("Huurtoeslag"), dienst, kToeslag, centenTussen(p.rng, 150, 390), 20, false);
    if (p.kinderen > 0) {
        inkomenRegel(p, QStringLiteral("Kindgebonden budget"), dienst, kToeslag,
                     p.kinderen * centenTussen(p.rng, 90, 130), 20, false);
        Terugkerend kb;
        kb.post = post(p, QStringLiteral("Kinderbijslag"), QStringLiteral("Sociale Verzekeringsbank"), kToeslag,
                       Post::Periode::Maand);
        kb.centen = p.kinderen * centenTussen(p.rng, 280, 310);
        kb.dag = 2;
        kb.werkdagEerder = true;
        kb.maanden = (1U << 0) | (1U << 3) | (1U << 6) | (1U << 9);
        kb.periode = Periode::Kwartaal;
        p.terugkerend.append(kb);
    }
}

// ---- Money out --------------------------------------------------------------------------

void lastRegel(Plan &p, const QString &omschrijving, const QString &tegenpartij, qint64 centen, int dag,
               quint16 maanden = 0x0FFF, const QString &categorie = kVasteLasten)
{
    Terugkerend t;
    t.post = post(p, omschrijving, tegenpartij, categorie, Post::Periode::Maand);
    t.centen = -centen;
    t.dag = dag;
    t.maanden = maanden;
    p.terugkerend.append(t);
    p.lastenPerMaand += centen;
}

qint64 marge(const Plan &p) { return std::max(euro(15), p.inkomenPerMaand * 2 / 100); }

void kiesVasteLasten(Plan &p)
{
    static const QStringList verhuurders = {QStringLiteral("Woonstichting Domstad"),
                                            QStringLiteral("Woningcorporatie Vechtzoom"),
                                            QStringLiteral("Stichting Wonen Utrecht-West")};
    static const QStringList verzekeraars = {QStringLiteral("Zorgverzekeraar Gezond Samen"),
                                             QStringLiteral("Zorgverzekeraar Midden"), QStringLiteral("De Zorgkring")};
    static const QStringList energie = {QStringLiteral("Energiebedrijf Stroomwerk"),
                                        QStringLiteral("Groene Stroom Utrecht"), QStringLiteral("Energie Helder")};
    static const QStringList telecom = {QStringLiteral("Telecom Noord"), QStringLiteral("Belbundel"),
                                        QStringLiteral("NetPlus")};
    p.zorgverzekeraar = p.rng.kies(verzekeraars);
    lastRegel(p, QStringLiteral("Premie zorgverzekering"), p.zorgverzekeraar, centenTussen(p.rng, 138, 162), 1);
    lastRegel(p, QStringLiteral("Termijnbedrag energie"), p.rng.kies(energie), centenTussen(p.rng, 85, 195), 5);
    lastRegel(p, QStringLiteral("Drinkwater"), QStringLiteral("Waterbedrijf Midden-Nederland"),
              centenTussen(p.rng, 17, 34), 10);
    lastRegel(p, QStringLiteral("Telefoon en internet"), p.rng.kies(telecom), centenTussen(p.rng, 22, 68), 12);
    // Ten instalments, February to November, as the municipal tax office collects them.
    lastRegel(p, QStringLiteral("Gemeentelijke belastingen"), QStringLiteral("Gemeentelijke belastingen Utrecht"),
              centenTussen(p.rng, 30, 48), 28, 0x07FE);
    if (p.rng.kans(60))
        lastRegel(p, QStringLiteral("Inboedel- en aansprakelijkheidsverzekering"),
                  QStringLiteral("Verzekeraar Veilig Thuis"), centenTussen(p.rng, 9, 18), 3);
    // The rent is chosen last and kept low enough that leefgeld and a few reserveringen fit.
    // The household that shows a loan in arrears needs room for the instalment.
    const qint64 lening = p.rol == Rol::LeningAchterstand ? euro(150) : 0;
    const qint64 ruimte = p.inkomenPerMaand - p.lastenPerMaand - marge(p) - 5 * euro(45) - euro(60) - lening;
    const qint64 huur = std::clamp(centenTussen(p.rng, 520, 920) + p.kinderen * euro(60), euro(300),
                                   std::max(euro(300), ruimte));
    lastRegel(p, QStringLiteral("Huur"), p.rng.kies(verhuurders), huur, 1);
}

void kiesLeefgeld(Plan &p)
{
    const qint64 vrij = p.inkomenPerMaand - p.lastenPerMaand - marge(p);
    qint64 perWeek = euro(p.rng.bereik(10, 18) * 5) + p.kinderen * euro(15);
    perWeek = std::min(perWeek, (vrij * 6 / 10) / 5 / euro(5) * euro(5)); // five paydays fit in one month
    p.leefgeldPerWeek = std::max(euro(40), perWeek);
    p.leefgeldDag = p.rng.bereik(1, 5);
    p.h.budgetplan.leefgeld = Money::fromCents(p.leefgeldPerWeek);
    p.h.budgetplan.leefgeldPeriode = Periode::Week;
    p.lastenPerMaand += 5 * p.leefgeldPerWeek;
}

QDate eersteInkomensdatum(const Plan &p, QDate historieVan)
{
    const Terugkerend *hoofd = nullptr;
    for (const Terugkerend &t : p.terugkerend) {
        if (t.hoofdinkomen)
            hoofd = &t;
    }
    REGIE_ASSERT(hoofd);
    const QDate dezeMaand = datumIn(historieVan, *hoofd);
    return dezeMaand <= historieVan ? dezeMaand : datumIn(historieVan.addMonths(-1), *hoofd);
}

// Toeslagen paid a few days before the first income belong to that first month's budget.
QDate eersteHistoriedag(const Plan &p)
{
    QDate eerste = p.eersteInkomen;
    for (const Terugkerend &t : p.terugkerend) {
        const QDate datum = datumIn(p.eersteInkomen, t);
        if (t.centen > 0 && t.maanden == 0x0FFF && datum < eerste && datum.month() == p.eersteInkomen.month())
            eerste = datum;
    }
    return eerste;
}

} // namespace

namespace {

// ---- Loan -------------------------------------------------------------------------------

// Consistent by construction: L = E + R instalments of termijn (the last one r cents
// smaller); E fell due up to tot, k of them were missed before the history window.
void kiesLening(Plan &p)
{
    const QDate historieMaand(p.eersteInkomen.year(), p.eersteInkomen.month(), 1);
    const bool heeftLening = p.rol == Rol::LeningAchterstand || (p.rol == Rol::Gewoon && p.rng.kans(60));
    const qint64 ruimte = (p.inkomenPerMaand - p.lastenPerMaand - marge(p) - euro(40)) / 2;
    const qint64 termijn = std::min(centenTussen(p.rng, 45, 220), ruimte);
    if (!heeftLening || termijn < euro(25)) {
        p.h.inwoner.budgetbeheerStart = historieMaand.addDays(-p.rng.bereik(20, 500));
        return;
    }
    const int gemist = p.rol == Rol::LeningAchterstand ? 2 : (p.rng.kans(20) ? p.rng.bereik(1, 3) : 0);
    const QDate start = historieMaand.addMonths(-(gemist + 2 + p.rng.bereik(0, 14)));
    p.h.inwoner.budgetbeheerStart = start.addDays(-p.rng.bereik(0, 45));

    services::Lening l;
    l.omschrijving = p.rng.kans(75) ? QStringLiteral("Saneringskrediet") : QStringLiteral("Lening Kredietbank");
    l.startdatum = start;
    l.maandtermijn = Money::fromCents(termijn);
    l.achterstand = Money::fromCents(gemist * termijn);
    p.h.lening = l;
    p.lastenPerMaand += termijn;

    Terugkerend t;
    t.post = post(p, QStringLiteral("Aflossing ") + l.omschrijving.toLower(), QStringLiteral("Kredietbank Utrecht"),
                  kAflossing, Post::Periode::Maand);
    t.centen = -termijn;
    t.dag = 16;
    p.terugkerend.append(t);
}

// The amounts follow from how many instalments fell due by tot.
void rondLeningAf(Plan &p, QDate tot)
{
    if (!p.h.lening)
        return;
    services::Lening &l = *p.h.lening;
    const qint64 termijn = l.maandtermijn.cents();
    const int gemist = static_cast<int>(l.achterstand.cents() / termijn);
    const QDate totMaand(tot.year(), tot.month(), 1);
    const int vervallen = (totMaand.year() - l.startdatum.year()) * 12 + totMaand.month() - l.startdatum.month()
                    + (tot.day() >= 16 ? 1 : 0);
    const int rest = p.rng.bereik(6, 36);
    const qint64 laatsteKleiner = p.rng.bereik(qint64{0}, termijn - 1);
    l.geleend = Money::fromCents((vervallen + rest) * termijn - laatsteKleiner);
    l.openstaand = Money::fromCents((rest + gemist) * termijn - laatsteKleiner);
    l.resterendeLooptijdMaanden = rest + gemist;
    l.einddatum = l.startdatum.addMonths(vervallen - 1 + rest + gemist).addDays(15);
}

// ---- Reserveringen ----------------------------------------------------------------------

bool gedwongen(const Plan &p, int sjabloon)
{
    switch (p.rol) {
    case Rol::Vrij:
    case Rol::NaAkkoord:
        return sjabloon == kKleding;
    case Rol::OnvoldoendeSaldo:
        return sjabloon == kVerjaardagen;
    case Rol::NietToegestaan:
        return sjabloon == kBuffer || sjabloon == kEnergie;
    case Rol::Gewoon:
    case Rol::LeningAchterstand:
        break;
    }
    return false;
}

services::NieuweReservering reserveringVan(Plan &p, int sjabloon)
{
    const ReserveringSjabloon &s = kSjablonen[static_cast<std::size_t>(sjabloon)];
    services::NieuweReservering r;
    r.naam = s.naam.toString();
    r.soort = s.soort;
    qint64 centen = centenTussen(p.rng, s.minEuro, s.maxEuro);
    if (p.rng.kans(50))
        centen = centen / 100 * 100; // half of them in whole euros, as people often choose
    if (sjabloon == kKleding && (p.rol == Rol::Vrij || p.rol == Rol::NaAkkoord))
        centen = centenTussen(p.rng, 45, 60); // enough for the demo withdrawals
    r.bedragPerPeriode = Money::fromCents(centen);
    if (s.doelEuro > 0)
        r.doel = Money::fromCents(euro(s.doelEuro));
    if (s.maximumEuro > 0)
        r.maximum = Money::fromCents(euro(s.maximumEuro));
    else if (sjabloon == kBuffer && p.rol == Rol::Gewoon && p.rng.kans(50))
        r.maximum = Money::fromCents(euro(500));
    return r;
}

void kiesReserveringen(Plan &p)
{
    for (int s = 0; s < kAantalSjablonen; ++s) {
        const int kans = s == kSchool ? (p.kinderen > 0 ? 100 : 0) : kSjablonen[static_cast<std::size_t>(s)].kiesKans;
        if (!gedwongen(p, s) && !p.rng.kans(kans))
            continue;
        if (gedwongen(p, s) && (s == kKleding || s == kVerjaardagen || s == kBuffer))
            p.doelReservering = static_cast<int>(p.h.reserveringen.size());
        p.h.reserveringen.append(reserveringVan(p, s));
        // Allegro's NummerReservering: 1..n per household, as allegro-sim numbers them too.
        p.h.reserveringen.last().allegroNummer = QString::number(p.h.reserveringen.size());
        p.sjabloonVan.append(s);
    }
    // Scale the others down until everything fits the month; the scenario's one is kept.
    const qint64 budget = p.inkomenPerMaand - p.lastenPerMaand - marge(p);
    qint64 vast = 0, schaalbaar = 0;
    for (int r = 0; r < p.h.reserveringen.size(); ++r)
        (r == p.doelReservering ? vast : schaalbaar) += p.h.reserveringen[r].bedragPerPeriode.cents();
    if (vast + schaalbaar <= budget)
        return;
    for (int r = static_cast<int>(p.h.reserveringen.size()) - 1; r >= 0; --r) {
        if (r == p.doelReservering)
            continue;
        const qint64 oud = p.h.reserveringen[r].bedragPerPeriode.cents();
        const qint64 nieuw = std::max(qint64{0}, budget - vast) * oud / std::max(qint64{1}, schaalbaar);
        if (nieuw < euro(5)) {
            p.h.reserveringen.removeAt(r);
            p.sjabloonVan.removeAt(r);
            if (p.doelReservering > r)
                --p.doelReservering;
        } else {
            p.h.reserveringen[r].bedragPerPeriode = Money::fromCents(nieuw);
        }
    }
}

int reserveringMet(const Plan &p, int sjabloon)
{
    return static_cast<int>(p.sjabloonVan.indexOf(sjabloon));
}

// ---- Maatwerkafspraken ------------------------------------------------------------------

rules::Afspraak afspraak(const Plan &p, rules::Scope scope, rules::Modus modus)
{
    rules::Afspraak a;
    a.scope = scope;
    a.modus = modus;
    a.ingangsdatum = p.h.inwoner.budgetbeheerStart;
    return a;
}

void vrijTotVijftig(Plan &p, const QString &reden)
{
    rules::Afspraak a = afspraak(p, rules::Scope::Inwoner, rules::Modus::Vrij);
    a.maxPerOpname = Money::fromCents(euro(50));
    a.maxPerWeekBedrag = Money::fromCents(euro(50));
    p.h.afspraken.append({a, -1, reden});
}

void kiesGewoneAfspraken(Plan &p)
{
    const int worp = p.rng.bereik(0, 99);
    if (worp < 35) {
        rules::Afspraak a = afspraak(p, rules::Scope::Inwoner, rules::Modus::Vrij);
        a.maxPerOpname = Money::fromCents(euro(p.rng.kies(QList<int>{25, 30, 40, 50})));
        a.maxPerWeekBedrag = Money::fromCents(euro(50));
        if (p.rng.kans(50))
            a.maxPerMaandBedrag = Money::fromCents(euro(150));
        if (p.rng.kans(30))
            a.minimumSaldo = Money::fromCents(euro(p.rng.kies(QList<int>{10, 25})));
        p.h.afspraken.append({a, -1, tr("Houdt zich goed aan het budgetplan; kleine opnames mogen vrij.")});
    } else if (worp < 50) {
        p.h.afspraken.append({afspraak(p, rules::Scope::Inwoner, rules::Modus::NaAkkoord), -1,
                              tr("We bekijken elke opname eerst samen.")});
    }
    const int buffer = reserveringMet(p, kBuffer);
    if (buffer >= 0 && p.rng.kans(40)) {
        rules::Afspraak a = afspraak(p, rules::Scope::Reservering, rules::Modus::NietToegestaan);
        p.h.afspraken.append({a, buffer, tr("De buffer is voor onverwachte rekeningen.")});
    }
    const int kleding = reserveringMet(p, kKleding);
    if (kleding >= 0 && p.rng.kans(20)) {
        rules::Afspraak a = afspraak(p, rules::Scope::Reservering, rules::Modus::Vrij);
        a.maxPerOpname = Money::fromCents(euro(75));
        a.maxPerMaandBedrag = Money::fromCents(euro(150));
        a.minimumSaldo = Money::fromCents(euro(10));
        p.h.afspraken.append({a, kleding, tr("Kleding koopt de inwoner zelf, tot 75 euro per keer.")});
    }
}

void kiesAfspraken(Plan &p)
{
    switch (p.rol) {
    case Rol::Vrij:
    case Rol::NaAkkoord:
    case Rol::OnvoldoendeSaldo:
        vrijTotVijftig(p, tr("Vaste afspraak: tot 50 euro per week vrij opnemen."));
        return;
    case Rol::NietToegestaan: {
        rules::Afspraak a = afspraak(p, rules::Scope::Reservering, rules::Modus::NietToegestaan);
        p.h.afspraken.append({a, p.doelReservering, tr("De buffer is voor onverwachte rekeningen.")});
        return;
    }
    case Rol::LeningAchterstand:
        return; // the vorm default (na akkoord) applies
    case Rol::Gewoon:
        break;
    }
    kiesGewoneAfspraken(p);
}

} // namespace

namespace {

// ---- The calendar of one household ------------------------------------------------------

// Bounds the month loops: the window plus the month before it.
constexpr int kMaxMaandenInPlan = kMaxMaanden + 2;

void planTerugkerend(Plan &p, QDate tot, QList<QDate> &toewijsdagen)
{
    for (const Terugkerend &t : std::as_const(p.terugkerend)) {
        QDate maand(p.eersteDag.year(), p.eersteDag.month(), 1);
        for (int n = 0; n < kMaxMaandenInPlan && maand <= tot; ++n, maand = maand.addMonths(1)) {
            const QDate datum = datumIn(maand, t);
            if (!inMaand(t, maand) || datum < p.eersteDag || datum > tot)
                continue;
            Gebeurtenis g;
            g.datum = datum;
            g.centen = std::abs(geindexeerd(p, t, datum));
            g.post = static_cast<qint16>(t.post);
            g.actie = t.centen > 0 ? Actie::Bij : Actie::Af;
            g.prioriteit = t.centen > 0 ? Prioriteit::Inkomen : Prioriteit::Betaling;
            voegToe(p, g);
            if (t.hoofdinkomen)
                toewijsdagen.append(datum);
        }
    }
}

void planLeefgeld(Plan &p, QDate tot)
{
    const services::NieuweInwoner &inw = p.h.inwoner;
    const QString naar = inw.voornaam.left(1) + QStringLiteral(". ") + inw.achternaam;
    const int leefgeld = post(p, QStringLiteral("Leefgeld"), naar, kLeefgeld, Post::Periode::Week);
    QDate dag = p.eersteInkomen;
    while (dag.dayOfWeek() != p.leefgeldDag)
        dag = dag.addDays(1);
    for (int n = 0; n < kMaxMaandenInPlan * 5 && dag <= tot; ++n, dag = dag.addDays(7)) {
        Gebeurtenis g;
        g.datum = dag;
        g.centen = p.leefgeldPerWeek;
        g.post = static_cast<qint16>(leefgeld);
        voegToe(p, g);
    }
    p.h.budgetplan.leefgeldVolgendeDatum = dag;
}

void planStortingen(Plan &p, const QList<QDate> &toewijsdagen)
{
    for (const QDate &dag : toewijsdagen) {
        for (int r = 0; r < p.h.reserveringen.size(); ++r) {
            Gebeurtenis g;
            g.datum = dag;
            g.centen = p.h.reserveringen[r].bedragPerPeriode.cents();
            g.reservering = static_cast<qint16>(r);
            g.actie = Actie::Storting;
            g.prioriteit = Prioriteit::Storting;
            if (g.centen > 0)
                voegToe(p, g);
        }
    }
}

void planUitgave(Plan &p, QDate datum, int r, const QString &omschrijving, const QString &tegenpartij,
                 int minPromille, qint64 maxCenten)
{
    Gebeurtenis g;
    g.datum = datum;
    g.reservering = static_cast<qint16>(r);
    g.post = static_cast<qint16>(post(p, omschrijving, tegenpartij, kReservering));
    g.actie = Actie::UitReservering;
    g.prioriteit = Prioriteit::Uitgave;
    g.promille = static_cast<qint16>(p.rng.bereik(minPromille, 1000));
    g.centenEraf = static_cast<qint16>(p.rng.bereik(0, 99));
    g.centen = maxCenten;
    voegToe(p, g);
}

// Energy: once a year the final bill is paid from the reservering, or money comes back.
void planEnergie(Plan &p, QDate maand, int r)
{
    QString leverancier;
    for (const Post &po : std::as_const(p.h.posten)) {
        if (po.omschrijving == QLatin1String("Termijnbedrag energie"))
            leverancier = po.tegenpartij;
    }
    const QDate datum(maand.year(), maand.month(), 18);
    const bool bijbetalen = p.rng.kans(70);
    if (datum <= p.eersteInkomen || datum > p.org.params.tot)
        return;
    if (bijbetalen) {
        planUitgave(p, datum, r, QStringLiteral("Eindafrekening energie"), leverancier, 300,
                    centenTussen(p.rng, 40, 320));
        return;
    }
    Gebeurtenis g;
    g.datum = datum;
    g.centen = centenTussen(p.rng, 25, 180);
    g.post = static_cast<qint16>(post(p, QStringLiteral("Teruggave eindafrekening energie"), leverancier, kVasteLasten));
    g.actie = Actie::Bij;
    g.prioriteit = Prioriteit::Inkomen;
    voegToe(p, g);
}

void planUitgaven(Plan &p, QDate tot)
{
    const int energieMaand = p.rng.bereik(1, 12);
    QDate maand(p.eersteInkomen.year(), p.eersteInkomen.month(), 1);
    for (int n = 0; n < kMaxMaandenInPlan && maand <= tot; ++n, maand = maand.addMonths(1)) {
        for (int r = 0; r < p.h.reserveringen.size(); ++r) {
            const int s = p.sjabloonVan[r];
            const ReserveringSjabloon &sj = kSjablonen[static_cast<std::size_t>(s)];
            const QDate datum(maand.year(), maand.month(), p.rng.bereik(1, maand.daysInMonth()));
            if (datum <= p.eersteInkomen || datum > tot || r == p.doelReservering)
                continue;
            if (s == kEnergie) {
                if (maand.month() == energieMaand)
                    planEnergie(p, maand, r);
                continue;
            }
            const bool schooltijd = maand.month() == 8 || maand.month() == 9;
            const int kans = s == kSchool ? (schooltijd ? 60 : 0) : sj.uitgaveKans;
            if (!p.rng.kans(kans))
                continue;
            const QString bij = s == kZorgkosten ? p.zorgverzekeraar : p.rng.kies(sj.winkels).toString();
            planUitgave(p, datum, r, sj.omschrijving.toString(), bij, 350, euro(sj.uitgaveMaxEuro));
        }
    }
}

// The onvoldoende-saldo scenario: a birthday present on the last day leaves a few euros.
void planLeegmaken(Plan &p, QDate tot)
{
    if (p.rol != Rol::OnvoldoendeSaldo || p.doelReservering < 0)
        return;
    Gebeurtenis g;
    g.datum = tot;
    g.reservering = static_cast<qint16>(p.doelReservering);
    g.post = static_cast<qint16>(post(p, QStringLiteral("Cadeaus"), QStringLiteral("Intertoys"), kReservering));
    g.actie = Actie::LeegTot;
    g.prioriteit = Prioriteit::Leegmaken;
    g.centen = p.rng.bereik(euro(5), euro(12));
    voegToe(p, g);
}

// ---- Simulation: the balances decide what can really be paid ----------------------------

struct Saldi {
    qint64 algemeen = 0;
    QList<qint64> reserveringen;
};

void boek(Plan &p, const Gebeurtenis &g, qint64 centen, Boeking::Soort soort)
{
    Boeking b;
    b.datum = g.datum;
    b.bedrag = Money::fromCents(centen);
    b.volgnummer = static_cast<qint32>(p.h.boekingen.size()) + 1;
    b.post = soort == Boeking::Soort::Bank ? g.post : qint16{-1};
    b.reservering = g.reservering;
    b.soort = soort;
    p.h.boekingen.append(b);
}

qint64 stortingsbedrag(const Plan &p, const Gebeurtenis &g, const Saldi &s)
{
    const qint64 huidig = s.reserveringen[g.reservering];
    qint64 centen = std::min(g.centen, s.algemeen);
    if (const auto &maximum = p.h.reserveringen[g.reservering].maximum)
        centen = std::min(centen, maximum->cents() - huidig);
    return centen;
}

void verwerk(Plan &p, const Gebeurtenis &g, Saldi &s)
{
    switch (g.actie) {
    case Actie::Bij:
        s.algemeen += g.centen;
        boek(p, g, g.centen, Boeking::Soort::Bank);
        return;
    case Actie::Af:
        if (s.algemeen < g.centen) {
            ++p.h.overgeslagen;
            return;
        }
        s.algemeen -= g.centen;
        boek(p, g, -g.centen, Boeking::Soort::Bank);
        return;
    case Actie::Storting: {
        const qint64 centen = stortingsbedrag(p, g, s);
        if (centen > 0) {
            s.algemeen -= centen;
            s.reserveringen[g.reservering] += centen;
            boek(p, g, centen, Boeking::Soort::Storting);
        }
        return;
    }
    case Actie::UitReservering: {
        const qint64 saldo = s.reserveringen[g.reservering];
        const qint64 centen = std::min(g.centen, saldo * g.promille / 1000 - g.centenEraf);
        if (saldo >= euro(15) && centen > 0) {
            s.reserveringen[g.reservering] -= centen;
            boek(p, g, -centen, Boeking::Soort::Bank);
        }
        return;
    }
    case Actie::LeegTot: {
        const qint64 centen = s.reserveringen[g.reservering] - g.centen;
        if (centen > 0) {
            s.reserveringen[g.reservering] -= centen;
            boek(p, g, -centen, Boeking::Soort::Bank);
        }
        return;
    }
    }
}

void simuleer(Plan &p)
{
    std::sort(p.gebeurtenissen.begin(), p.gebeurtenissen.end(), [](const Gebeurtenis &a, const Gebeurtenis &b) {
        if (a.datum != b.datum)
            return a.datum < b.datum;
        if (a.prioriteit != b.prioriteit)
            return a.prioriteit < b.prioriteit;
        return a.volgorde < b.volgorde;
    });
    Saldi s;
    s.reserveringen.fill(0, p.h.reserveringen.size());
    p.h.boekingen.reserve(p.gebeurtenissen.size());
    for (const Gebeurtenis &g : std::as_const(p.gebeurtenissen))
        verwerk(p, g, s);
    p.gebeurtenissen.clear();
    p.gebeurtenissen.squeeze();
    p.h.eindsaldoAlgemeen = Money::fromCents(s.algemeen);
    for (qint64 c : std::as_const(s.reserveringen))
        p.h.eindsaldoReserveringen.append(Money::fromCents(c));
}

// ---- Budgetplan -------------------------------------------------------------------------

QDate volgendeNa(const Terugkerend &t, QDate tot)
{
    QDate maand(tot.year(), tot.month(), 1);
    for (int n = 0; n < 14; ++n, maand = maand.addMonths(1)) {
        const QDate datum = datumIn(maand, t);
        if (inMaand(t, maand) && datum > tot)
            return datum;
    }
    return {};
}

void maakBudgetplan(Plan &p, QDate tot)
{
    QDate volgendeToewijzing;
    for (const Terugkerend &t : std::as_const(p.terugkerend)) {
        const Post &po = p.h.posten[t.post];
        PlanRegel regel;
        regel.regel.soort = t.centen > 0 ? BudgetplanSoort::Inkomst : BudgetplanSoort::Uitgave;
        regel.regel.omschrijving = po.omschrijving;
        regel.regel.bedrag = Money::fromCents(std::abs(geindexeerd(p, t, tot)));
        regel.regel.periode = t.periode;
        regel.regel.volgendeDatum = volgendeNa(t, tot);
        p.h.planRegels.append(regel);
        if (t.hoofdinkomen)
            volgendeToewijzing = *regel.regel.volgendeDatum;
    }
    for (int r = 0; r < p.h.reserveringen.size(); ++r) {
        PlanRegel regel;
        regel.regel.omschrijving = tr("Reservering %1").arg(p.h.reserveringen[r].naam);
        regel.regel.bedrag = p.h.reserveringen[r].bedragPerPeriode;
        regel.regel.volgendeDatum = volgendeToewijzing;
        regel.reservering = r;
        if (regel.regel.bedrag.isPositive())
            p.h.planRegels.append(regel);
    }
}

} // namespace

// ---- Public -----------------------------------------------------------------------------

Rol rolVoorIndex(int index)
{
    switch (index) {
    case 0: return Rol::Vrij;
    case 1: return Rol::NaAkkoord;
    case 2: return Rol::NietToegestaan;
    case 3: return Rol::OnvoldoendeSaldo;
    case 4: return Rol::LeningAchterstand;
    default: return Rol::Gewoon;
    }
}

QString code(Rol rol)
{
    switch (rol) {
    case Rol::Vrij: return QStringLiteral("vrij");
    case Rol::NaAkkoord: return QStringLiteral("na_akkoord");
    case Rol::NietToegestaan: return QStringLiteral("niet_toegestaan");
    case Rol::OnvoldoendeSaldo: return QStringLiteral("onvoldoende_saldo");
    case Rol::LeningAchterstand: return QStringLiteral("lening_achterstand");
    case Rol::Gewoon: break;
    }
    return {};
}

Huishouden maakHuishouden(const Dataset &organisatie, int index)
{
    Plan p(organisatie, index);
    const QDate tot = organisatie.params.tot;
    p.h.scenario = code(p.rol);
    kiesPersoon(p);
    kiesInkomen(p);
    kiesToeslagen(p);
    kiesVasteLasten(p);
    kiesLeefgeld(p);
    p.eersteInkomen = eersteInkomensdatum(p, organisatie.historieVan);
    p.eersteDag = eersteHistoriedag(p);
    kiesLening(p);
    rondLeningAf(p, tot);
    kiesReserveringen(p);
    kiesAfspraken(p);
    QList<QDate> toewijsdagen;
    planTerugkerend(p, tot, toewijsdagen);
    planLeefgeld(p, tot);
    planStortingen(p, toewijsdagen);
    planUitgaven(p, tot);
    planLeegmaken(p, tot);
    simuleer(p);
    maakBudgetplan(p, tot);
    return std::move(p.h);
}

} // namespace regie::demo
