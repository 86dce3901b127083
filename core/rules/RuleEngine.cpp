#include "rules/RuleEngine.h"

#include "base/Assert.h"
#include "money/Iban.h"
#include "rules/Venster.h"
#include "rules/Validatie.h"

#include <QtCore/QCoreApplication>

namespace regie::rules {
namespace {

// This week's and this month's earlier opnames (the current request not included).
struct Tellingen {
    Money weekBedrag, maandBedrag;
    int weekAantal = 0, maandAantal = 0;
};

// Everything evaluate() needs after the input checks, computed once.
struct Feiten {
    QDate datum;       // today in Amsterdam
    Tellingen tellingen;
    bool doelIsEigen = false;
};

bool geldigeSoort(ReserveringSoort soort)
{
    switch (soort) {
    case ReserveringSoort::VrijBesteedbaar:
    case ReserveringSoort::Gebonden:
        return true;
    }
    return false;
}

bool contextVormKlopt(const Context &c)
{
    if (!c.nu.isValid() || !geldigeSoort(c.soort) || !c.beschikbaar.inRange()
        || c.eerdereOpnames.size() > kMaxEerdereOpnames || c.eigenIbans.size() > kMaxEigenIbans)
        return false;
    for (const EerdereOpname &o : c.eerdereOpnames) {
        if (!o.moment.isValid() || !o.bedrag.isPositive() || !o.bedrag.inRange())
            return false;
    }
    for (const QString &iban : c.eigenIbans) {
        if (!Iban::isValid(iban))
            return false;
    }
    return true;
}

bool reserveringKlopt(const Afspraak &a, qint64 reserveringId, const Context &c)
{
    if (reserveringId <= 0 || reserveringId != c.reserveringId)
        return false;
    return a.scope != Scope::Reservering || a.reserveringId == reserveringId;
}

// Sums stay below kMaxEerdereOpnames * kMaxAbsCents, far inside qint64, so they are added
// unchecked and range-checked once at the end.
// The Amsterdam bounds of this week and month as UTC instants, so opnames are compared as
// numbers instead of each being converted to a calendar date.
struct Grenzen {
    QDate vandaag;
    qint64 weekVan = 0, weekTot = 0, maandVan = 0, maandTot = 0;
};

const Grenzen &grenzen(QDate vandaag)
{
    // Evaluations come in runs for the same day: the calendar arithmetic (about half the
    // cost of an evaluation) is done once per day and thread. A function of `vandaag` only.
    thread_local Grenzen laatste;
    if (laatste.vandaag != vandaag) {
        const QDate maandag = maandagVanWeek(vandaag);
        const QDate eersteVanMaand(vandaag.year(), vandaag.month(), 1);
        laatste.weekVan = calendar::amsterdamMiddernachtUtcMsecs(maandag);
        laatste.weekTot = calendar::amsterdamMiddernachtUtcMsecs(maandag.addDays(7));
        laatste.maandVan = calendar::amsterdamMiddernachtUtcMsecs(eersteVanMaand);
        laatste.maandTot = calendar::amsterdamMiddernachtUtcMsecs(eersteVanMaand.addMonths(1));
        laatste.vandaag = vandaag;
    }
    return laatste;
}

std::optional<Tellingen> tel(const Context &c, QDate vandaag, Money bedrag)
{
    const Grenzen &g = grenzen(vandaag);
    qint64 week = 0, maand = 0;
    Tellingen t;
    for (const EerdereOpname &o : c.eerdereOpnames) {
        const qint64 ms = o.moment.toMSecsSinceEpoch();
        if (ms >= g.weekVan && ms < g.weekTot) {
            week += o.bedrag.cents();
            ++t.weekAantal;
        }
        if (ms >= g.maandVan && ms < g.maandTot) {
            maand += o.bedrag.cents();
            ++t.maandAantal;
        }
    }
    // The totals including this request must still be valid Money (they go into reasons).
    if (week + bedrag.cents() > Money::kMaxAbsCents || maand + bedrag.cents() > Money::kMaxAbsCents)
        return std::nullopt;
    t.weekBedrag = Money::fromCents(week);
    t.maandBedrag = Money::fromCents(maand);
    return t;
}

bool isEigenIban(const QString &doel, const QStringList &eigen)
{
    for (const QString &iban : eigen) {
        if (Iban::sameAccount(doel, iban))
            return true;
    }
    return false;
}

// A reason code as a QString made once: a Reden then shares it (a reference count) instead
// of allocating a copy per reason and evaluation.
template <const char *Code>
const QString &codeTekst()
{
    static const QString tekst = QLatin1String(Code);
    return tekst;
}

// `regel` is a QStringLiteral at every call site: static data, no allocation either.
Reden reden(const QString &code, Uitkomst effect, const QString &regel)
{
    Reden r;
    r.code = code;
    r.effect = effect;
    r.regel = regel;
    return r;
}

Reden bedragReden(const QString &code, const QString &regel, Money gevraagd, Money grens)
{
    Reden r = reden(code, Uitkomst::NaAkkoord, regel);
    r.gevraagdBedrag = gevraagd;
    r.grensBedrag = grens;
    return r;
}

Reden aantalReden(const QString &code, const QString &regel, int gevraagd, int grens)
{
    Reden r = reden(code, Uitkomst::NaAkkoord, regel);
    r.gevraagdAantal = gevraagd;
    r.grensAantal = grens;
    return r;
}

void nietToegestaanRedenen(QList<Reden> &uit, const Afspraak &a, const Context &c, const Feiten &f)
{
    constexpr Uitkomst nee = Uitkomst::NietToegestaan;
    if (a.modus == Modus::NietToegestaan)
        uit.append(reden(codeTekst<code::kModusNietToegestaan>(), nee, QStringLiteral("modus")));
    if (c.soort == ReserveringSoort::Gebonden)
        uit.append(reden(codeTekst<code::kReserveringGebonden>(), nee, QStringLiteral("soort")));
    if (!c.reserveringActief)
        uit.append(reden(codeTekst<code::kReserveringInactief>(), nee, QStringLiteral("reserveringActief")));
    if (f.datum < a.ingangsdatum)
        uit.append(reden(codeTekst<code::kAfspraakNietGeldig>(), nee, QStringLiteral("ingangsdatum")));
    else if (a.geldigTot && f.datum > *a.geldigTot)
        uit.append(reden(codeTekst<code::kAfspraakNietGeldig>(), nee, QStringLiteral("geldigTot")));
    if (a.alleenEigenIban && !f.doelIsEigen)
        uit.append(reden(codeTekst<code::kIbanNietEigen>(), nee, QStringLiteral("alleenEigenIban")));
}

void saldoRedenen(QList<Reden> &uit, const Afspraak &a, const Context &c, Money bedrag)
{
    // Both values are within kMaxAbsCents, so the difference fits a qint64.
    const Money rest = Money::fromCents(c.beschikbaar.cents() - bedrag.cents());
    if (bedrag > c.beschikbaar) {
        Reden r = reden(codeTekst<code::kSaldoTeLaag>(), Uitkomst::OnvoldoendeSaldo, QStringLiteral("beschikbaar"));
        r.gevraagdBedrag = bedrag;
        r.grensBedrag = c.beschikbaar;
        uit.append(r);
    } else if (rest < a.minimumSaldo) {
        Reden r = reden(codeTekst<code::kMinimumSaldo>(), Uitkomst::OnvoldoendeSaldo, QStringLiteral("minimumSaldo"));
        r.gevraagdBedrag = rest;
        r.grensBedrag = a.minimumSaldo;
        uit.append(r);
    }
}

void naAkkoordRedenen(QList<Reden> &uit, const Afspraak &a, const Tellingen &t, Money bedrag)
{
    const Money week = Money::fromCents(t.weekBedrag.cents() + bedrag.cents());
    const Money maand = Money::fromCents(t.maandBedrag.cents() + bedrag.cents());
    if (a.modus == Modus::NaAkkoord)
        uit.append(reden(codeTekst<code::kModusNaAkkoord>(), Uitkomst::NaAkkoord, QStringLiteral("modus")));
    if (a.maxPerOpname && bedrag > *a.maxPerOpname)
        uit.append(bedragReden(codeTekst<code::kMaxPerOpname>(), QStringLiteral("maxPerOpname"), bedrag, *a.maxPerOpname));
    if (a.maxPerWeekBedrag && week > *a.maxPerWeekBedrag)
        uit.append(bedragReden(codeTekst<code::kMaxPerWeekBedrag>(), QStringLiteral("maxPerWeekBedrag"), week, *a.maxPerWeekBedrag));
    if (a.maxPerWeekAantal && t.weekAantal + 1 > *a.maxPerWeekAantal)
        uit.append(aantalReden(codeTekst<code::kMaxPerWeekAantal>(), QStringLiteral("maxPerWeekAantal"), t.weekAantal + 1,
                               *a.maxPerWeekAantal));
    if (a.maxPerMaandBedrag && maand > *a.maxPerMaandBedrag)
        uit.append(bedragReden(codeTekst<code::kMaxPerMaandBedrag>(), QStringLiteral("maxPerMaandBedrag"), maand,
                               *a.maxPerMaandBedrag));
    if (a.maxPerMaandAantal && t.maandAantal + 1 > *a.maxPerMaandAantal)
        uit.append(aantalReden(codeTekst<code::kMaxPerMaandAantal>(), QStringLiteral("maxPerMaandAantal"), t.maandAantal + 1,
                               *a.maxPerMaandAantal));
}

// The decision itself, on inputs that passed every check.
Beoordeling beoordeel(const Afspraak &a, qint64 reserveringId, Money bedrag, const Context &c,
                      const Feiten &f)
{
    Beoordeling b;
    nietToegestaanRedenen(b.redenen, a, c, f);
    saldoRedenen(b.redenen, a, c, bedrag);
    naAkkoordRedenen(b.redenen, a, f.tellingen, bedrag);
    b.uitkomst = Uitkomst::Vrij;
    for (const Reden &r : std::as_const(b.redenen)) {
        if (gewicht(r.effect) > gewicht(b.uitkomst))
            b.uitkomst = r.effect;
    }
    b.afspraakId = a.id;
    b.afspraakVersie = a.versie;
    b.reserveringId = reserveringId;
    b.bedrag = bedrag;
    b.moment = c.nu.toUTC();
    // Every rule that fires says why, and money paid without a medewerker is money that is
    // there and leaves the minimum in place: the engine's promise to the inwoner's euro.
    REGIE_ASSERT((b.uitkomst == Uitkomst::Vrij) == b.redenen.isEmpty());
    REGIE_ASSERT(b.uitkomst != Uitkomst::Vrij
                 || (bedrag <= c.beschikbaar && c.beschikbaar.cents() - bedrag.cents() >= a.minimumSaldo.cents()));
    return b;
}

InvoerFout controleerInvoer(const Afspraak &a, const Verzoek &v, const Context &c)
{
    if (!valideer(a).isEmpty())
        return InvoerFout::AfspraakOngeldig;
    if (!reserveringKlopt(a, v.reserveringId, c))
        return InvoerFout::ReserveringKloptNiet;
    if (!v.bedrag.isPositive())
        return InvoerFout::BedragNietPositief;
    if (!v.bedrag.inRange())
        return InvoerFout::BedragTeGroot;
    if (!Iban::isValid(v.doelIban))
        return InvoerFout::IbanOngeldig;
    if (!contextVormKlopt(c))
        return InvoerFout::ContextOngeldig;
    return InvoerFout::Geen;
}

} // namespace

QString toString(InvoerFout fout)
{
    switch (fout) {
    case InvoerFout::Geen: return QStringLiteral("geen");
    case InvoerFout::BedragNietPositief: return QStringLiteral("bedrag_niet_positief");
    case InvoerFout::BedragTeGroot: return QStringLiteral("bedrag_te_groot");
    case InvoerFout::ReserveringKloptNiet: return QStringLiteral("reservering_klopt_niet");
    case InvoerFout::AfspraakOngeldig: return QStringLiteral("afspraak_ongeldig");
    case InvoerFout::IbanOngeldig: return QStringLiteral("iban_ongeldig");
    case InvoerFout::ContextOngeldig: return QStringLiteral("context_ongeldig");
    }
    return QString();
}

Resultaat evaluate(const Afspraak &afspraak, const Verzoek &verzoek, const Context &context)
{
    const InvoerFout fout = controleerInvoer(afspraak, verzoek, context);
    if (fout != InvoerFout::Geen)
        return {std::nullopt, fout};
    Feiten f;
    f.datum = calendar::amsterdamDatum(context.nu);
    const auto tellingen = tel(context, f.datum, verzoek.bedrag);
    if (!tellingen)
        return {std::nullopt, InvoerFout::ContextOngeldig};
    f.tellingen = *tellingen;
    f.doelIsEigen = isEigenIban(verzoek.doelIban, context.eigenIbans);
    return {beoordeel(afspraak, verzoek.reserveringId, verzoek.bedrag, context, f), InvoerFout::Geen};
}

namespace {

// The highest amount no amount rule objects to; the caller checks the rest by evaluating.
qint64 bovengrensCents(const Afspraak &a, const Context &c, const Tellingen &t)
{
    qint64 grens = qMin(c.beschikbaar.cents() - a.minimumSaldo.cents(), Money::kMaxAbsCents);
    if (a.maxPerOpname)
        grens = qMin(grens, a.maxPerOpname->cents());
    if (a.maxPerWeekBedrag)
        grens = qMin(grens, a.maxPerWeekBedrag->cents() - t.weekBedrag.cents());
    if (a.maxPerMaandBedrag)
        grens = qMin(grens, a.maxPerMaandBedrag->cents() - t.maandBedrag.cents());
    return grens;
}

} // namespace

std::optional<Money> maxVrijBedrag(const Afspraak &afspraak, const Context &context)
{
    if (!valideer(afspraak).isEmpty() || !reserveringKlopt(afspraak, context.reserveringId, context)
        || !contextVormKlopt(context))
        return std::nullopt;
    Feiten f;
    f.datum = calendar::amsterdamDatum(context.nu);
    const auto tellingen = tel(context, f.datum, Money::zero());
    if (!tellingen)
        return std::nullopt;
    f.tellingen = *tellingen;
    f.doelIsEigen = !context.eigenIbans.isEmpty();
    const qint64 grens = bovengrensCents(afspraak, context, f.tellingen);
    if (grens < 1)
        return std::nullopt;
    const Money bedrag = Money::fromCents(grens);
    // Sums with the candidate must stay valid, exactly as evaluate() demands.
    if (!tel(context, f.datum, bedrag))
        return std::nullopt;
    // The amount-independent rules (modus, soort, dates, counts, IBAN) are left to the
    // engine itself, so this can never disagree with evaluate().
    if (beoordeel(afspraak, context.reserveringId, bedrag, context, f).uitkomst != Uitkomst::Vrij)
        return std::nullopt;
    REGIE_ASSERT(bedrag.isPositive() && bedrag <= context.beschikbaar);
    return bedrag;
}

namespace {

bool dekt(const Afspraak &a, QDate datum)
{
    return a.ingangsdatum.isValid() && a.ingangsdatum <= datum
           && (!a.geldigTot || datum <= *a.geldigTot);
}

int scopeRang(Scope scope)
{
    switch (scope) {
    case Scope::Reservering: return 0;
    case Scope::Inwoner: return 1;
    case Scope::Vorm: return 2;
    }
    return 3;
}

bool beter(const Afspraak &a, const Afspraak &b)
{
    if (scopeRang(a.scope) != scopeRang(b.scope))
        return scopeRang(a.scope) < scopeRang(b.scope);
    if (a.versie != b.versie)
        return a.versie > b.versie;
    if (a.ingangsdatum != b.ingangsdatum)
        return a.ingangsdatum > b.ingangsdatum;
    return a.id > b.id;
}

} // namespace

std::optional<Afspraak> kiesGeldende(const QList<Afspraak> &kandidaten, qint64 reserveringId,
                                     QDate datum)
{
    if (!datum.isValid() || kandidaten.size() > kMaxKandidaten)
        return std::nullopt;
    const Afspraak *beste = nullptr;
    for (const Afspraak &a : kandidaten) {
        if (!dekt(a, datum) || scopeRang(a.scope) > 2)
            continue;
        if (a.scope == Scope::Reservering && a.reserveringId != reserveringId)
            continue;
        if (!beste || beter(a, *beste))
            beste = &a;
    }
    if (!beste)
        return std::nullopt;
    return *beste;
}

namespace {

bool kanNooitVrij(const Afspraak &a)
{
    const auto nul = [](const std::optional<Money> &m) { return m && !m->isPositive(); };
    const auto geen = [](const std::optional<int> &n) { return n && *n < 1; };
    return nul(a.maxPerOpname) || nul(a.maxPerWeekBedrag) || nul(a.maxPerMaandBedrag)
           || geen(a.maxPerWeekAantal) || geen(a.maxPerMaandAantal);
}

// The amounts an inwoner may take, said once: a limit that can never bind (per keer at or
// above the week limit, week at or above the month limit) is left out, and the others
// follow as short sentences instead of one long list.
QStringList grenzenUitleg(const Afspraak &a)
{
    const auto bindt = [](const std::optional<Money> &limiet, const std::optional<Money> &ruimer) {
        return limiet && !(ruimer && *limiet >= *ruimer);
    };
    const std::optional<Money> maand = a.maxPerMaandBedrag;
    const std::optional<Money> week = bindt(a.maxPerWeekBedrag, maand) ? a.maxPerWeekBedrag : std::nullopt;
    const std::optional<Money> keer = bindt(a.maxPerOpname, week ? week : maand) ? a.maxPerOpname : std::nullopt;
    QStringList zinnen;
    if (keer) {
        zinnen << QCoreApplication::translate("regie::rules", "Je kunt hier zelf tot %1 per keer uit halen.")
                      .arg(keer->formatDutch());
        if (week)
            zinnen << QCoreApplication::translate("regie::rules", "Per week mag het samen %1 zijn.").arg(week->formatDutch());
    } else if (week) {
        zinnen << QCoreApplication::translate("regie::rules", "Je kunt hier zelf tot %1 per week uit halen.")
                      .arg(week->formatDutch());
    }
    if (maand) {
        if (zinnen.isEmpty())
            zinnen << QCoreApplication::translate("regie::rules", "Je kunt hier zelf tot %1 per maand uit halen.")
                          .arg(maand->formatDutch());
        else
            zinnen << QCoreApplication::translate("regie::rules", "Per maand mag het samen %1 zijn.")
                          .arg(maand->formatDutch());
    }
    if (zinnen.isEmpty())
        zinnen << QCoreApplication::translate("regie::rules", "Je kunt hier zelf geld uit halen.");
    if (a.maxPerWeekAantal)
        zinnen << QCoreApplication::translate("regie::rules",
                      "Dat kan %1 keer per week.").arg(*a.maxPerWeekAantal);
    if (a.maxPerMaandAantal)
        zinnen << QCoreApplication::translate("regie::rules",
                      "Dat kan %1 keer per maand.").arg(*a.maxPerMaandAantal);
    return zinnen;
}

bool heeftGrenzen(const Afspraak &a)
{
    return a.maxPerOpname || a.maxPerWeekBedrag || a.maxPerMaandBedrag || a.maxPerWeekAantal
           || a.maxPerMaandAantal;
}

} // namespace

QString uitlegVoorInwoner(const Afspraak &afspraak)
{
    if (afspraak.modus == Modus::NietToegestaan)
        return QCoreApplication::translate("regie::rules",
            "Uit dit potje kun je zelf geen geld opnemen. Bel of mail je medewerker als je geld nodig hebt.");
    if (afspraak.modus == Modus::NaAkkoord || kanNooitVrij(afspraak))
        return QCoreApplication::translate("regie::rules",
            "Voor geld uit dit potje moet je medewerker eerst ja zeggen.");
    QStringList zinnen = grenzenUitleg(afspraak);
    if (afspraak.minimumSaldo.isPositive())
        zinnen << QCoreApplication::translate("regie::rules", "Er moet altijd %1 in blijven.")
                      .arg(afspraak.minimumSaldo.formatDutch());
    if (afspraak.alleenEigenIban)
        zinnen << QCoreApplication::translate("regie::rules", "Het geld gaat naar je eigen bankrekening.");
    if (heeftGrenzen(afspraak))
        zinnen << QCoreApplication::translate("regie::rules",
                      "Wil je meer? Dan moet je medewerker eerst ja zeggen.");
    return zinnen.join(u' ');
}

} // namespace regie::rules
