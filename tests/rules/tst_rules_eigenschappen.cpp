// Randomised property test: thousands of generated afspraak/verzoek/context triples,
// checked against invariants and against a second, independent reading of the rules
// (dates via QTimeZone instead of the engine's own EU rule). The seed is fixed so a
// failure is reproducible; REGIE_RULES_SEED picks another.

#include "RulesTestHelpers.h"

#include <QtCore/QRandomGenerator>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::rules;
using namespace regie::rules::test;

namespace {

constexpr int kAantalGevallen = 6000;

struct Generator {
    QRandomGenerator rng;
    explicit Generator(quint32 seed) : rng(seed) {}

    bool kans(int procent) { return rng.bounded(100) < procent; }
    qint64 tussen(qint64 lo, qint64 hi) { return lo + static_cast<qint64>(rng.bounded(quint64(hi - lo + 1))); }

    // Instants near the places where counting goes wrong: DST changes, week and month starts.
    QDateTime moment()
    {
        const int jaar = static_cast<int>(tussen(2019, 2031));
        switch (rng.bounded(4)) {
        case 0: {
            const int maand = kans(50) ? 3 : 10;
            const QDate laatste = QDate(jaar, maand, 1).addMonths(1).addDays(-1);
            const QDate zondag = laatste.addDays(-(laatste.dayOfWeek() % 7));
            return QDateTime(zondag, QTime(1, 0), Qt::UTC).addSecs(tussen(-2 * 86400, 2 * 86400));
        }
        case 1: {
            const QDate eerste(jaar, static_cast<int>(tussen(1, 12)), 1);
            return QDateTime(eerste, QTime(0, 0), Qt::UTC).addSecs(tussen(-4 * 3600, 4 * 3600));
        }
        case 2: {
            const QDate d(jaar, static_cast<int>(tussen(1, 12)), static_cast<int>(tussen(1, 28)));
            const QDate maandag = d.addDays(1 - d.dayOfWeek());
            return QDateTime(maandag, QTime(0, 0), Qt::UTC).addSecs(tussen(-4 * 3600, 4 * 3600));
        }
        default:
            return QDateTime(QDate(jaar, 1, 1), QTime(0, 0), Qt::UTC).addSecs(tussen(0, 365LL * 86400));
        }
    }

    std::optional<Money> misschienBedrag(int procent, qint64 maxCents)
    {
        if (!kans(procent))
            return std::nullopt;
        return cent(tussen(0, maxCents));
    }

    std::optional<int> misschienAantal(int procent, int max)
    {
        if (!kans(procent))
            return std::nullopt;
        return static_cast<int>(tussen(0, max));
    }

    Afspraak afspraak(const QDate &vandaag)
    {
        Afspraak a;
        a.id = tussen(1, 1000);
        a.versie = static_cast<int>(tussen(kans(2) ? 0 : 1, 5));
        a.scope = kans(50) ? Scope::Vorm : (kans(50) ? Scope::Inwoner : Scope::Reservering);
        if (a.scope == Scope::Reservering)
            a.reserveringId = kans(95) ? kReservering : 43;
        const int m = static_cast<int>(rng.bounded(10));
        a.modus = m < 6 ? Modus::Vrij : (m < 8 ? Modus::NaAkkoord : Modus::NietToegestaan);
        a.maxPerOpname = misschienBedrag(40, 20000);
        a.maxPerWeekBedrag = misschienBedrag(40, 40000);
        a.maxPerMaandBedrag = misschienBedrag(40, 120000);
        if (a.maxPerWeekBedrag && a.maxPerMaandBedrag && kans(90))
            a.maxPerMaandBedrag = cent(a.maxPerWeekBedrag->cents() + tussen(0, 80000));
        if (a.maxPerOpname && a.maxPerWeekBedrag && kans(90))
            a.maxPerOpname = cent(tussen(0, a.maxPerWeekBedrag->cents()));
        if (a.maxPerOpname && a.maxPerMaandBedrag && kans(90))
            a.maxPerOpname = cent(qMin(a.maxPerOpname->cents(), a.maxPerMaandBedrag->cents()));
        a.maxPerWeekAantal = misschienAantal(40, 6);
        a.maxPerMaandAantal = misschienAantal(40, 20);
        if (a.maxPerWeekAantal && a.maxPerMaandAantal && kans(90))
            a.maxPerMaandAantal = *a.maxPerWeekAantal + static_cast<int>(tussen(0, 14));
        a.minimumSaldo = kans(50) ? Money::zero() : cent(tussen(kans(3) ? -100 : 0, 20000));
        a.alleenEigenIban = kans(80);
        a.ingangsdatum = vandaag.addDays(tussen(-400, 3));
        if (kans(30))
            a.geldigTot = vandaag.addDays(tussen(-3, 400));
        return a;
    }

    Context context(const QDateTime &nu)
    {
        Context c;
        c.nu = nu;
        c.reserveringId = kReservering;
        c.soort = kans(90) ? ReserveringSoort::VrijBesteedbaar : ReserveringSoort::Gebonden;
        c.reserveringActief = kans(95);
        c.beschikbaar = cent(tussen(kans(3) ? -500 : 0, 60000));
        const int aantal = static_cast<int>(tussen(0, 25));
        for (int i = 0; i < aantal; ++i)
            c.eerdereOpnames.append({nu.addSecs(tussen(-45LL * 86400, 86400)), cent(tussen(1, 15000))});
        if (kans(90))
            c.eigenIbans << kIbanEigen;
        if (kans(30))
            c.eigenIbans << kIbanEigen2;
        return c;
    }

    Verzoek verzoek(const Afspraak &a, const Context &c)
    {
        Verzoek v;
        v.reserveringId = kReservering;
        // Aim at the edges: exactly a limit or the balance, one cent either side.
        QList<qint64> doelen = {c.beschikbaar.cents(), c.beschikbaar.cents() - a.minimumSaldo.cents()};
        for (const auto &m : {a.maxPerOpname, a.maxPerWeekBedrag, a.maxPerMaandBedrag})
            if (m)
                doelen << m->cents();
        const qint64 basis = kans(50) ? doelen.at(static_cast<qsizetype>(rng.bounded(quint32(doelen.size()))))
                                      : tussen(1, 30000);
        v.bedrag = cent(kans(1) ? 0 : qMax<qint64>(1, basis + tussen(-1, 1)));
        const int i = static_cast<int>(rng.bounded(10));
        v.doelIban = i < 6 ? kIbanEigen : (i < 8 ? kIbanEigen2 : kIbanVreemd);
        return v;
    }
};

// The rules as the specification states them, written independently of the engine.
QStringList verwachteCodes(const Afspraak &a, const Verzoek &v, const Context &c, const QTimeZone &tz)
{
    const auto datum = [&](const QDateTime &t) { return tz.isValid() ? t.toTimeZone(tz).date() : calendar::amsterdamDatum(t); };
    const QDate vandaag = datum(c.nu);
    int jaarNu = 0;
    const int weekNu = vandaag.weekNumber(&jaarNu);
    qint64 week = v.bedrag.cents(), maand = v.bedrag.cents();
    int weekN = 1, maandN = 1;
    for (const EerdereOpname &o : c.eerdereOpnames) {
        const QDate d = datum(o.moment);
        int jaar = 0;
        if (d.weekNumber(&jaar) == weekNu && jaar == jaarNu) {
            week += o.bedrag.cents();
            ++weekN;
        }
        if (d.year() == vandaag.year() && d.month() == vandaag.month()) {
            maand += o.bedrag.cents();
            ++maandN;
        }
    }
    const bool eigen = c.eigenIbans.contains(v.doelIban);
    QStringList codes;
    const auto als = [&codes](bool voorwaarde, const char *code) { if (voorwaarde) codes << QLatin1String(code); };
    als(a.modus == Modus::NietToegestaan, "MODUS_NIET_TOEGESTAAN");
    als(c.soort == ReserveringSoort::Gebonden, "RESERVERING_GEBONDEN");
    als(!c.reserveringActief, "RESERVERING_INACTIEF");
    als(vandaag < a.ingangsdatum || (a.geldigTot && vandaag > *a.geldigTot), "AFSPRAAK_NIET_GELDIG");
    als(a.alleenEigenIban && !eigen, "IBAN_NIET_EIGEN");
    als(v.bedrag > c.beschikbaar, "SALDO_TE_LAAG");
    als(v.bedrag <= c.beschikbaar && c.beschikbaar.cents() - v.bedrag.cents() < a.minimumSaldo.cents(), "MINIMUM_SALDO");
    als(a.modus == Modus::NaAkkoord, "MODUS_NA_AKKOORD");
    als(a.maxPerOpname && v.bedrag > *a.maxPerOpname, "MAX_PER_OPNAME");
    als(a.maxPerWeekBedrag && week > a.maxPerWeekBedrag->cents(), "MAX_PER_WEEK_BEDRAG");
    als(a.maxPerWeekAantal && weekN > *a.maxPerWeekAantal, "MAX_PER_WEEK_AANTAL");
    als(a.maxPerMaandBedrag && maand > a.maxPerMaandBedrag->cents(), "MAX_PER_MAAND_BEDRAG");
    als(a.maxPerMaandAantal && maandN > *a.maxPerMaandAantal, "MAX_PER_MAAND_AANTAL");
    return codes;
}

Uitkomst sterkste(const QStringList &codes)
{
    Uitkomst u = Uitkomst::Vrij;
    for (const QString &code : codes) {
        const Uitkomst e = code.startsWith(u"MAX_") || code == u"MODUS_NA_AKKOORD" ? Uitkomst::NaAkkoord
                           : code == u"SALDO_TE_LAAG" || code == u"MINIMUM_SALDO" ? Uitkomst::OnvoldoendeSaldo
                                                                                 : Uitkomst::NietToegestaan;
        if (gewicht(e) > gewicht(u))
            u = e;
    }
    return u;
}

} // namespace

class TestRulesEigenschappen : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void willekeurig();
};

void TestRulesEigenschappen::willekeurig()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariableIntValue("REGIE_RULES_SEED", &ok) > 0 && ok
                             ? static_cast<quint32>(qEnvironmentVariableIntValue("REGIE_RULES_SEED"))
                             : 20240313u;
    Generator gen(seed);
    const QTimeZone tz("Europe/Amsterdam");
    const QRegularExpression heelGetal(QStringLiteral("^-?[0-9]+$"));
    QHash<QString, int> perUitkomst;
    int fouten = 0, maxGetest = 0;
    for (int i = 0; i < kAantalGevallen; ++i) {
        const QString waar = QStringLiteral("seed %1 case %2").arg(seed).arg(i);
        const QDateTime nu = gen.moment();
        const Afspraak a = gen.afspraak(calendar::amsterdamDatum(nu));
        const Context c = gen.context(nu);
        const Verzoek v = gen.verzoek(a, c);
        const Resultaat r = evaluate(a, v, c);
        const Resultaat r2 = evaluate(a, v, c);
        QCOMPARE(toString(r.fout), toString(r2.fout));
        if (r.fout != InvoerFout::Geen) {
            QVERIFY2(!r.beoordeling, qPrintable(waar));
            const InvoerFout verwacht = !regie::rules::valideer(a).isEmpty() ? InvoerFout::AfspraakOngeldig
                                        : a.reserveringId == 43          ? InvoerFout::ReserveringKloptNiet
                                                                         : InvoerFout::BedragNietPositief;
            QVERIFY2(r.fout == verwacht, qPrintable(waar + u' ' + toString(r.fout)));
            ++fouten;
            continue;
        }
        QVERIFY2(r.beoordeling && r2.beoordeling, qPrintable(waar));
        const Beoordeling &b = *r.beoordeling;
        // Same input, same output, byte for byte; JSON round trip; integers only.
        const QByteArray json = compact(b);
        QVERIFY2(json == compact(*r2.beoordeling), qPrintable(waar));
        const auto terug = Beoordeling::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(terug && *terug == b && compact(*terug) == json, qPrintable(waar + u' ' + QString::fromUtf8(json)));
        for (const QString &getal : getallen(json))
            QVERIFY2(heelGetal.match(getal).hasMatch(), qPrintable(waar));
        // The independent reading agrees on every reason and on the outcome.
        const QStringList verwacht = verwachteCodes(a, v, c, tz);
        QVERIFY2(codes(b) == verwacht, qPrintable(waar + u' ' + codes(b).join(u',') + u" vs " + verwacht.join(u',')));
        QCOMPARE(toString(b.uitkomst), toString(sterkste(verwacht)));
        perUitkomst[toString(b.uitkomst)]++;
        // Hard invariants, stated on the inputs alone.
        if (a.modus == Modus::NietToegestaan)
            QVERIFY2(b.uitkomst == Uitkomst::NietToegestaan, qPrintable(waar));
        if (b.uitkomst == Uitkomst::Vrij) {
            QVERIFY2(b.redenen.isEmpty(), qPrintable(waar));
            QVERIFY2(v.bedrag <= c.beschikbaar, qPrintable(waar));
            QVERIFY2(c.beschikbaar.cents() - v.bedrag.cents() >= a.minimumSaldo.cents(), qPrintable(waar));
            QVERIFY2(!a.maxPerOpname || v.bedrag <= *a.maxPerOpname, qPrintable(waar));
            QVERIFY2(a.modus == Modus::Vrij, qPrintable(waar));
            QVERIFY2(!a.alleenEigenIban || c.eigenIbans.contains(v.doelIban), qPrintable(waar));
        }
        for (const Reden &red : b.redenen)
            QVERIFY2(gewicht(red.effect) <= gewicht(b.uitkomst) && !red.tekst().isEmpty(), qPrintable(waar));
        // Opnames before vensterBegin() never matter.
        Context kort = c;
        kort.eerdereOpnames.removeIf([&](const EerdereOpname &o) { return o.moment < vensterBegin(c.nu); });
        QVERIFY2(compact(*evaluate(a, v, kort).beoordeling) == json, qPrintable(waar));
        // maxVrijBedrag agrees with evaluate at its edge.
        Verzoek proef = v;
        proef.doelIban = c.eigenIbans.isEmpty() ? kIbanVreemd : c.eigenIbans.first();
        const auto max = maxVrijBedrag(a, c);
        if (max) {
            proef.bedrag = *max;
            QVERIFY2(evaluate(a, proef, c).beoordeling->uitkomst == Uitkomst::Vrij, qPrintable(waar));
            proef.bedrag = cent(max->cents() + 1);
            QVERIFY2(evaluate(a, proef, c).beoordeling->uitkomst != Uitkomst::Vrij, qPrintable(waar));
            ++maxGetest;
        } else {
            proef.bedrag = cent(1);
            QVERIFY2(evaluate(a, proef, c).beoordeling->uitkomst != Uitkomst::Vrij, qPrintable(waar));
        }
        if (b.uitkomst == Uitkomst::Vrij && (!a.alleenEigenIban || !c.eigenIbans.isEmpty()))
            QVERIFY2(max && v.bedrag <= *max, qPrintable(waar));
    }
    qInfo("rules property test: %d cases, %d input errors, vrij %d, na_akkoord %d, onvoldoende_saldo %d, "
          "niet_toegestaan %d, maxVrij edge checked %d",
          kAantalGevallen, fouten, perUitkomst.value(QStringLiteral("vrij")),
          perUitkomst.value(QStringLiteral("na_akkoord")), perUitkomst.value(QStringLiteral("onvoldoende_saldo")),
          perUitkomst.value(QStringLiteral("niet_toegestaan")), maxGetest);
    // The generator must actually reach every outcome, or the invariants prove little.
    for (const char *u : {"vrij", "na_akkoord", "onvoldoende_saldo", "niet_toegestaan"})
        QVERIFY2(perUitkomst.value(QLatin1String(u)) >= kAantalGevallen / 50, u);
    QVERIFY(fouten < kAantalGevallen / 5);
}

QTEST_GUILESS_MAIN(TestRulesEigenschappen)
#include "tst_rules_eigenschappen.moc"
