#include "demo/Generator.h"

#include "demo/Onderdelen.h"

#include <QtCore/QCoreApplication>

#include <array>

namespace regie::demo {
namespace {

QString tr(const char *tekst) { return QCoreApplication::translate("regie::demo", tekst); }

// Month names written out: QLocale's depend on the ICU data of the machine, and bank
// descriptions must come out identical everywhere.
constexpr std::array<QStringView, 12> kMaanden = {u"januari", u"februari", u"maart", u"april", u"mei", u"juni",
                                                  u"juli", u"augustus", u"september", u"oktober", u"november",
                                                  u"december"};

int indexVan(const Huishouden &h, QStringView naam)
{
    for (int r = 0; r < h.reserveringen.size(); ++r) {
        if (h.reserveringen[r].naam == naam)
            return r;
    }
    return -1;
}

Scenario opnameScenario(const Huishouden &h, QStringView reservering, rules::Uitkomst verwacht, qint64 centen,
                        const QString &uitleg)
{
    Scenario s;
    s.code = h.scenario;
    s.verwacht = verwacht;
    s.huishouden = h.index;
    s.reservering = indexVan(h, reservering);
    s.bedrag = Money::fromCents(centen);
    s.uitleg = uitleg;
    return s;
}

} // namespace

GeneratorParams begrens(const GeneratorParams &params)
{
    GeneratorParams p = params;
    p.inwoners = qBound(1, p.inwoners, kMaxInwoners);
    p.maanden = qBound(1, p.maanden, kMaxMaanden);
    p.medewerkers = qBound(1, p.medewerkers, kMaxMedewerkers);
    if (!p.tot.isValid())
        p.tot = standaardTot();
    return p;
}

std::optional<Scenario> scenarioVoor(const Huishouden &h)
{
    auto saldo = [&h](QStringView naam) {
        const int r = indexVan(h, naam);
        return r < 0 ? qint64{-1} : h.eindsaldoReserveringen[r].cents();
    };
    switch (rolVoorIndex(h.index)) {
    case Rol::Vrij:
        if (saldo(u"Kleding") <= 0)
            return std::nullopt;
        return opnameScenario(h, u"Kleding", rules::Uitkomst::Vrij, std::min<qint64>(3'500, saldo(u"Kleding")),
                              tr("Een kleine opname uit Kleding past in de afspraak en gaat direct."));
    case Rol::NaAkkoord:
        if (saldo(u"Kleding") <= 5'000)
            return std::nullopt;
        return opnameScenario(h, u"Kleding", rules::Uitkomst::NaAkkoord, std::min<qint64>(12'000, saldo(u"Kleding")),
                              tr("Dit bedrag is hoger dan 50 euro, dus de medewerker beslist."));
    case Rol::NietToegestaan:
        if (saldo(u"Buffer") < 0)
            return std::nullopt;
        return opnameScenario(h, u"Buffer", rules::Uitkomst::NietToegestaan, 2'500,
                              tr("Uit de buffer mag niets worden opgenomen."));
    case Rol::OnvoldoendeSaldo:
        if (saldo(u"Verjaardagen") < 0 || saldo(u"Verjaardagen") >= 4'000)
            return std::nullopt;
        return opnameScenario(h, u"Verjaardagen", rules::Uitkomst::OnvoldoendeSaldo, 4'000,
                              tr("Er staat te weinig in Verjaardagen voor deze opname."));
    case Rol::LeningAchterstand: {
        if (!h.lening || !h.lening->achterstand.isPositive())
            return std::nullopt;
        Scenario s;
        s.code = h.scenario;
        s.huishouden = h.index;
        s.bedrag = h.lening->achterstand;
        s.uitleg = tr("De lening heeft een achterstand; dat staat op het overzicht.");
        return s;
    }
    case Rol::Gewoon:
        break;
    }
    return std::nullopt;
}

Dataset genereer(const GeneratorParams &params)
{
    Dataset d;
    d.params = begrens(params);
    d.historieVan = d.params.tot.addMonths(-d.params.maanden).addDays(1);
    vulOrganisatie(d);
    d.huishoudens.reserve(d.params.inwoners);
    for (int i = 0; i < d.params.inwoners; ++i) {
        d.huishoudens.append(maakHuishouden(d, i));
        if (auto scenario = scenarioVoor(d.huishoudens.last()))
            d.scenarios.append(*scenario);
    }
    return d;
}

const Scenario *Dataset::scenario(QStringView code) const
{
    for (const Scenario &s : scenarios) {
        if (s.code == code)
            return &s;
    }
    return nullptr;
}

const Scenario *Dataset::scenario(rules::Uitkomst uitkomst) const
{
    for (const Scenario &s : scenarios) {
        if (s.verwacht == uitkomst)
            return &s;
    }
    return nullptr;
}

qsizetype Dataset::aantalBoekingen() const
{
    qsizetype n = 0;
    for (const Huishouden &h : huishoudens)
        n += h.boekingen.size();
    return n;
}

QString externId(const Huishouden &huishouden, const Boeking &boeking)
{
    return huishouden.relatiecode + QStringLiteral("-%1").arg(boeking.volgnummer, 6, 10, QLatin1Char('0'));
}

QString stortingSleutel(const Huishouden &huishouden, const Boeking &boeking)
{
    return QStringLiteral("demo:") + externId(huishouden, boeking);
}

QString omschrijving(const Huishouden &huishouden, const Boeking &boeking)
{
    if (boeking.post < 0)
        return tr("Naar reservering %1").arg(huishouden.reserveringen.value(boeking.reservering).naam);
    const Post &post = huishouden.posten[boeking.post];
    switch (post.periode) {
    case Post::Periode::Maand:
        return post.omschrijving + QLatin1Char(' ') + kMaanden[static_cast<std::size_t>(boeking.datum.month() - 1)]
               + QLatin1Char(' ') + QString::number(boeking.datum.year());
    case Post::Periode::Week:
        return post.omschrijving + QStringLiteral(" week ") + QString::number(boeking.datum.weekNumber());
    case Post::Periode::Geen:
        break;
    }
    return post.omschrijving;
}

services::BankTransactie bankTransactie(const Huishouden &huishouden, const Boeking &boeking)
{
    services::BankTransactie t;
    t.datum = boeking.datum;
    t.bedrag = boeking.bedrag;
    t.omschrijving = omschrijving(huishouden, boeking);
    if (boeking.post >= 0) {
        const Post &post = huishouden.posten[boeking.post];
        t.tegenpartij = post.tegenpartij;
        t.categorie = post.categorie;
    }
    t.bron = QStringLiteral("demo");
    t.externId = externId(huishouden, boeking);
    return t;
}

} // namespace regie::demo
