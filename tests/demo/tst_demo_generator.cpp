// The demo generator: deterministic, valid identities, money that always balances, the
// use-case scenarios present and evaluated by the real rule engine, and fast at scale.
// REGIE_DEMO_BENCH=1 adds a 5,000 x 24 run that prints time and peak memory.

#include "demo/Generator.h"
#include "demo/Identiteit.h"
#include "demo/Loader.h"
#include "money/Bsn.h"
#include "money/Iban.h"
#include "rules/RuleEngine.h"
#include "rules/Validatie.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtCore/QTimeZone>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::demo;

namespace {

GeneratorParams params(int inwoners, int maanden, quint64 seed = 20261128)
{
    GeneratorParams p;
    p.inwoners = inwoners;
    p.maanden = maanden;
    p.seed = seed;
    p.tot = QDate(2026, 11, 27);
    return p;
}

void voeg(QCryptographicHash &h, const QString &s)
{
    h.addData(s.toUtf8());
    h.addData(QByteArrayView("\x1f", 1));
}
void voeg(QCryptographicHash &h, qint64 n) { voeg(h, QString::number(n)); }

// Every field that ends up in the database, so "same dataset" means byte for byte.
QByteArray vingerafdruk(const Dataset &d)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const Gebruiker &g : d.gebruikers)
        voeg(h, g.username + g.displayName + g.email);
    for (const Huishouden &hh : d.huishoudens) {
        const auto &i = hh.inwoner;
        voeg(h, i.bsn + i.voornaam + i.achternaam + i.email + i.telefoon + i.vormCode + i.beheerIban);
        for (const auto &e : i.eigenRekeningen)
            voeg(h, e.iban);
        voeg(h, i.budgetbeheerStart.toString(Qt::ISODate));
        for (const auto &r : hh.reserveringen)
            voeg(h, r.naam + r.bedragPerPeriode.toDecimalString());
        for (const PlanRegel &r : hh.planRegels)
            voeg(h, r.regel.omschrijving + r.regel.bedrag.toDecimalString());
        if (hh.lening)
            voeg(h, hh.lening->geleend.cents() + hh.lening->openstaand.cents() * 7);
        for (const HuishoudAfspraak &a : hh.afspraken)
            voeg(h, rules::toString(a.afspraak.modus) + QString::number(a.reservering));
        for (const Boeking &b : hh.boekingen) {
            const auto t = bankTransactie(hh, b);
            voeg(h, b.datum.toString(Qt::ISODate) + b.bedrag.toDecimalString() + t.omschrijving + t.tegenpartij
                        + t.externId + QString::number(b.reservering));
        }
    }
    return h.result();
}

bool bankElfproef(QStringView tien)
{
    int som = 0;
    for (int i = 0; i < 10; ++i)
        som += (10 - i) * (tien.at(i).unicode() - u'0');
    return som % 11 == 0;
}

// Fake database ids: reservering r of a household gets id r + 1.
QList<rules::Afspraak> kandidaten(const Dataset &d, const Huishouden &h)
{
    QList<rules::Afspraak> lijst;
    qint64 id = 1;
    for (const Vorm &v : d.vormen) {
        if (v.code == h.inwoner.vormCode) {
            rules::Afspraak a = v.standaard;
            a.id = id++;
            lijst.append(a);
        }
    }
    for (const HuishoudAfspraak &ha : h.afspraken) {
        rules::Afspraak a = ha.afspraak;
        a.id = id++;
        if (ha.reservering >= 0)
            a.reserveringId = ha.reservering + 1;
        lijst.append(a);
    }
    return lijst;
}

std::optional<rules::Uitkomst> beoordeel(const Dataset &d, const Scenario &s)
{
    const Huishouden &h = d.huishoudens.at(s.huishouden);
    const qint64 reserveringId = s.reservering + 1;
    const auto afspraak = rules::kiesGeldende(kandidaten(d, h), reserveringId, d.params.tot);
    if (!afspraak)
        return std::nullopt;
    rules::Context c;
    c.nu = QDateTime(d.params.tot, QTime(11, 0), QTimeZone::utc());
    c.reserveringId = reserveringId;
    c.soort = h.reserveringen.at(s.reservering).soort;
    c.beschikbaar = h.eindsaldoReserveringen.at(s.reservering);
    for (const auto &e : h.inwoner.eigenRekeningen)
        c.eigenIbans.append(e.iban);
    const rules::Verzoek v{reserveringId, s.bedrag, h.inwoner.eigenRekeningen.first().iban};
    const rules::Resultaat r = rules::evaluate(*afspraak, v, c);
    if (!r.beoordeling)
        return std::nullopt;
    return r.beoordeling->uitkomst;
}

qint64 piekGeheugenKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &regel : status.readAll().split('\n')) {
        if (regel.startsWith("VmHWM:"))
            return regel.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

} // namespace

class TestDemoGenerator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void deterministisch();
    void begrenst();
    void bsnGeldigEnUniek();
    void ibanBerekening_data();
    void ibanBerekening();
    void ibansGeldigEnUniek();
    void saldiNooitNegatief_data();
    void saldiNooitNegatief();
    void laadvolgordeBlijftBovenNul();
    void externIdsUniek();
    void bedragenRealistisch();
    void leningConsistent();
    void afsprakenGeldig();
    void budgetplan();
    void organisatie();
    void scenarios_data();
    void scenarios();
    void schaal();
};

void TestDemoGenerator::deterministisch()
{
    const QByteArray a = vingerafdruk(genereer(params(40, 12)));
    QCOMPARE(vingerafdruk(genereer(params(40, 12))), a);
    QVERIFY(vingerafdruk(genereer(params(40, 12, 7))) != a);
    QVERIFY(vingerafdruk(genereer(params(40, 13))) != a);
    // A household does not depend on how many others are generated.
    const Dataset klein = genereer(params(3, 12));
    const Dataset groot = genereer(params(30, 12));
    QCOMPARE(klein.huishoudens[2].inwoner.bsn, groot.huishoudens[2].inwoner.bsn);
    QCOMPARE(klein.huishoudens[2].boekingen.size(), groot.huishoudens[2].boekingen.size());
}

void TestDemoGenerator::begrenst()
{
    GeneratorParams p;
    p.inwoners = -3;
    p.maanden = 100000;
    p.medewerkers = 0;
    const GeneratorParams b = begrens(p);
    QCOMPARE(b.inwoners, 1);
    QCOMPARE(b.maanden, kMaxMaanden);
    QCOMPARE(b.medewerkers, 1);
    QCOMPARE(b.tot, standaardTot());
    QVERIFY(kMaxInwoners < aantalTestBsns());
    const Dataset d = genereer(p);
    QCOMPARE(d.huishoudens.size(), 1);
    QCOMPARE(d.params.tot, standaardTot());
}

void TestDemoGenerator::bsnGeldigEnUniek()
{
    for (quint64 seed : {quint64{1}, quint64{20261128}}) {
        QSet<QString> gezien;
        for (int i = 0; i < kMaxInwoners; ++i) {
            const QString bsn = testBsn(seed, i);
            QCOMPARE(bsn.size(), 9);
            QVERIFY2(Bsn::elevenProof(bsn), qPrintable(QString::number(i)));
            QVERIFY(bsn.startsWith(QLatin1String("999")));
            gezien.insert(bsn);
        }
        QCOMPARE(gezien.size(), kMaxInwoners);
    }
    QVERIFY(testBsn(1, 0) != testBsn(2, 0));
    const Dataset d = genereer(params(200, 2));
    QSet<QString> inDataset;
    for (const Huishouden &h : d.huishoudens) {
        QVERIFY(Bsn::isValid(h.inwoner.bsn));
        inDataset.insert(h.inwoner.bsn);
    }
    QCOMPARE(inDataset.size(), 200);
}

void TestDemoGenerator::ibanBerekening_data()
{
    QTest::addColumn<QString>("bank");
    QTest::addColumn<QString>("rekening");
    QTest::addColumn<QString>("iban");
    QTest::newRow("abn voorbeeld") << "ABNA" << "0417164300" << "NL91ABNA0417164300";
    QTest::newRow("ing voorbeeld") << "INGB" << "0001234567" << "NL20INGB0001234567";
    QTest::newRow("abn reeks") << "ABNA" << "0123456789" << "NL02ABNA0123456789";
}

void TestDemoGenerator::ibanBerekening()
{
    QFETCH(QString, bank);
    QFETCH(QString, rekening);
    QFETCH(QString, iban);
    QCOMPARE(maakIban(bank, rekening), iban);
    QVERIFY(Iban::isValid(iban));
}

void TestDemoGenerator::ibansGeldigEnUniek()
{
    const Dataset d = genereer(params(500, 1));
    QSet<QString> gezien;
    int aantal = 0;
    for (const Huishouden &h : d.huishoudens) {
        QStringList ibans{h.inwoner.beheerIban};
        for (const auto &e : h.inwoner.eigenRekeningen)
            ibans.append(e.iban);
        for (const QString &iban : ibans) {
            const auto geparsed = Iban::parse(iban);
            QVERIFY2(geparsed.has_value(), "generated IBAN rejected by regie::Iban");
            QCOMPARE(geparsed->electronic(), iban);
            QVERIFY(bankElfproef(QStringView(iban).mid(8)));
            gezien.insert(iban);
            ++aantal;
        }
        QVERIFY(h.inwoner.beheerIban.startsWith(QLatin1String("NL")));
        QCOMPARE(QStringView(h.inwoner.beheerIban).mid(4, 4), kBeheerBank);
    }
    QCOMPARE(gezien.size(), aantal);
}

void TestDemoGenerator::saldiNooitNegatief_data()
{
    QTest::addColumn<int>("inwoners");
    QTest::addColumn<int>("maanden");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("demo") << 5 << 12 << quint64{20261128};
    QTest::newRow("kort") << 60 << 1 << quint64{3};
    QTest::newRow("breed") << 300 << 24 << quint64{99};
    QTest::newRow("lang") << 20 << 120 << quint64{5};
}

// Replays each history in date order, as the bank and the ledger would see it.
void TestDemoGenerator::saldiNooitNegatief()
{
    QFETCH(int, inwoners);
    QFETCH(int, maanden);
    QFETCH(quint64, seed);
    const Dataset d = genereer(params(inwoners, maanden, seed));
    for (const Huishouden &h : d.huishoudens) {
        qint64 algemeen = 0;
        QList<qint64> res(h.reserveringen.size(), 0);
        QDate vorige;
        for (const Boeking &b : h.boekingen) {
            QVERIFY(!vorige.isValid() || b.datum >= vorige);
            vorige = b.datum;
            QVERIFY(b.datum <= d.params.tot);
            QVERIFY(!b.bedrag.isZero());
            if (b.soort == Boeking::Soort::Storting) {
                QVERIFY(b.bedrag.isPositive());
                algemeen -= b.bedrag.cents();
                res[b.reservering] += b.bedrag.cents();
                if (const auto &max = h.reserveringen[b.reservering].maximum)
                    QVERIFY(res[b.reservering] <= max->cents());
            } else if (b.reservering >= 0) {
                res[b.reservering] += b.bedrag.cents();
            } else {
                algemeen += b.bedrag.cents();
            }
            QVERIFY2(algemeen >= 0, qPrintable(h.relatiecode));
            for (qint64 r : res)
                QVERIFY2(r >= 0, qPrintable(h.relatiecode));
        }
        QCOMPARE(Money::fromCents(algemeen), h.eindsaldoAlgemeen);
        for (int r = 0; r < res.size(); ++r)
            QCOMPARE(Money::fromCents(res[r]), h.eindsaldoReserveringen[r]);
        QCOMPARE(h.overgeslagen, 0);
        QVERIFY(!h.boekingen.isEmpty());
    }
}

// The loader's three waves: no account below zero at any step.
void TestDemoGenerator::laadvolgordeBlijftBovenNul()
{
    const Dataset d = genereer(params(200, 24, 11));
    for (const Huishouden &h : d.huishoudens) {
        const Laadvolgorde v = laadvolgorde(h);
        QCOMPARE(v.bankAlgemeen.size() + v.stortingen.size() + v.bankUitReservering.size(), h.boekingen.size());
        qint64 algemeen = 0;
        QList<qint64> res(h.reserveringen.size(), 0);
        for (const QList<int> *golf : {&v.bankAlgemeen, &v.stortingen, &v.bankUitReservering}) {
            for (int i : *golf) {
                const Boeking &b = h.boekingen[i];
                if (b.soort == Boeking::Soort::Storting) {
                    algemeen -= b.bedrag.cents();
                    res[b.reservering] += b.bedrag.cents();
                } else if (b.reservering >= 0) {
                    res[b.reservering] += b.bedrag.cents();
                } else {
                    algemeen += b.bedrag.cents();
                }
                QVERIFY(algemeen >= 0);
                QVERIFY(b.reservering < 0 || res[b.reservering] >= 0);
            }
        }
        QCOMPARE(Money::fromCents(algemeen), h.eindsaldoAlgemeen);
    }
}

void TestDemoGenerator::externIdsUniek()
{
    const Dataset d = genereer(params(100, 24));
    QSet<QString> ids, relaties, usernames;
    for (const Huishouden &h : d.huishoudens) {
        relaties.insert(h.relatiecode);
        usernames.insert(h.inwoner.username);
        for (const Boeking &b : h.boekingen)
            ids.insert(b.soort == Boeking::Soort::Bank ? externId(h, b) : stortingSleutel(h, b));
    }
    QCOMPARE(ids.size(), d.aantalBoekingen());
    QCOMPARE(relaties.size(), d.huishoudens.size());
    QCOMPARE(usernames.size(), d.huishoudens.size());
}

void TestDemoGenerator::bedragenRealistisch()
{
    const Dataset d = genereer(params(200, 12));
    qint64 bank = 0, metCenten = 0;
    QSet<QString> voornamen, achternamen, categorieen;
    int metLening = 0, metAchterstand = 0, vrij = 0, gebonden = 0, uitReservering = 0, maxima = 0;
    for (const Huishouden &h : d.huishoudens) {
        voornamen.insert(h.inwoner.voornaam);
        achternamen.insert(h.inwoner.achternaam);
        metLening += h.lening ? 1 : 0;
        metAchterstand += h.lening && h.lening->achterstand.isPositive() ? 1 : 0;
        for (const auto &r : h.reserveringen) {
            (r.soort == ReserveringSoort::Gebonden ? gebonden : vrij) += 1;
            maxima += r.maximum ? 1 : 0;
        }
        for (const Boeking &b : h.boekingen) {
            if (b.soort != Boeking::Soort::Bank)
                continue;
            ++bank;
            metCenten += b.bedrag.cents() % 100 != 0 ? 1 : 0;
            uitReservering += b.reservering >= 0 ? 1 : 0;
            categorieen.insert(h.posten[b.post].categorie);
            QVERIFY(b.bedrag.abs() < Money::fromCents(500'000)); // no household line above € 5.000
        }
    }
    QVERIFY2(metCenten * 2 > bank, "most amounts should not be round");
    QVERIFY(voornamen.size() > 50);
    QVERIFY(achternamen.size() > 50);
    QVERIFY(metLening > 60 && metLening < 160);
    QVERIFY(metAchterstand > 5);
    QVERIFY(vrij > 200 && gebonden > 50 && maxima > 50);
    QVERIFY(uitReservering > 100);
    for (const char *c : {"inkomen", "toeslag", "vaste_lasten", "leefgeld", "aflossing", "reservering"})
        QVERIFY2(categorieen.contains(QLatin1String(c)), c);
}

void TestDemoGenerator::leningConsistent()
{
    const Dataset d = genereer(params(300, 24));
    for (const Huishouden &h : d.huishoudens) {
        if (!h.lening)
            continue;
        const services::Lening &l = *h.lening;
        const qint64 t = l.maandtermijn.cents();
        QVERIFY(t > 0);
        QVERIFY(l.openstaand.isPositive() && l.openstaand <= l.geleend);
        QCOMPARE(l.achterstand.cents() % t, qint64{0});
        QCOMPARE(qint64{l.resterendeLooptijdMaanden}, (l.openstaand.cents() + t - 1) / t);
        const qint64 termijnen = (l.geleend.cents() + t - 1) / t;
        const int gemist = static_cast<int>(l.achterstand.cents() / t);
        QCOMPARE(l.einddatum, l.startdatum.addMonths(static_cast<int>(termijnen) - 1 + gemist).addDays(15));
        QVERIFY(l.startdatum < d.historieVan);
        QVERIFY(l.einddatum > d.params.tot);
        QVERIFY(h.inwoner.budgetbeheerStart <= l.startdatum);
        int afgelost = 0;
        for (const Boeking &b : h.boekingen)
            afgelost += b.post >= 0 && h.posten[b.post].categorie == QLatin1String("aflossing") ? 1 : 0;
        QVERIFY(afgelost >= 23 && afgelost <= 25);
        QVERIFY(qint64{afgelost} <= termijnen - l.resterendeLooptijdMaanden);
    }
}

void TestDemoGenerator::afsprakenGeldig()
{
    const Dataset d = genereer(params(300, 6));
    for (const Vorm &v : d.vormen)
        QVERIFY(rules::valideer(v.standaard).isEmpty());
    int inwonerScope = 0, perReservering = 0, nietToegestaan = 0, minimum = 0;
    for (const Huishouden &h : d.huishoudens) {
        for (const rules::Afspraak &a : kandidaten(d, h))
            QVERIFY2(rules::valideer(a).isEmpty(), qPrintable(h.relatiecode));
        for (const HuishoudAfspraak &a : h.afspraken) {
            QVERIFY(!a.reden.isEmpty());
            QVERIFY(a.afspraak.ingangsdatum <= d.params.tot);
            QCOMPARE(a.reservering >= 0, a.afspraak.scope == rules::Scope::Reservering);
            inwonerScope += a.afspraak.scope == rules::Scope::Inwoner ? 1 : 0;
            perReservering += a.reservering >= 0 ? 1 : 0;
            nietToegestaan += a.afspraak.modus == rules::Modus::NietToegestaan ? 1 : 0;
            minimum += a.afspraak.minimumSaldo.isPositive() ? 1 : 0;
        }
    }
    QVERIFY(inwonerScope > 50 && perReservering > 20 && nietToegestaan > 20 && minimum > 5);
}

void TestDemoGenerator::budgetplan()
{
    const Dataset d = genereer(params(100, 12));
    for (const Huishouden &h : d.huishoudens) {
        const services::Budgetplan &p = h.budgetplan;
        QVERIFY(p.leefgeld >= Money::fromCents(4'000) && p.leefgeld <= Money::fromCents(15'000));
        QCOMPARE(toCode(p.leefgeldPeriode), toCode(Periode::Week));
        QVERIFY(p.leefgeldVolgendeDatum > d.params.tot);
        QVERIFY(p.leefgeldVolgendeDatum <= d.params.tot.addDays(7));
        QVERIFY(p.leefgeldVolgendeDatum.dayOfWeek() <= 5);
        bool inkomen = false;
        for (const PlanRegel &r : h.planRegels) {
            QVERIFY(r.regel.bedrag.isPositive());
            QVERIFY(r.regel.volgendeDatum && *r.regel.volgendeDatum > d.params.tot);
            QVERIFY(r.reservering < h.reserveringen.size());
            inkomen = inkomen || r.regel.soort == BudgetplanSoort::Inkomst;
        }
        QVERIFY(inkomen);
    }
}

void TestDemoGenerator::organisatie()
{
    GeneratorParams p = params(30, 1);
    p.medewerkers = 7;
    const Dataset d = genereer(p);
    QCOMPARE(d.teams.size(), 4);
    QStringList codes;
    for (const Vorm &v : d.vormen) {
        codes.append(v.code);
        QVERIFY(!v.uitleg.isEmpty() && !v.naam.isEmpty());
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("T"), QStringLiteral("B"), QStringLiteral("I")}));
    QSet<QString> usernames;
    QHash<Role, int> perRol;
    for (const Gebruiker &g : d.gebruikers) {
        usernames.insert(g.username);
        ++perRol[g.role];
        QCOMPARE(g.team >= 0, g.role == Role::Medewerker || g.role == Role::Teamleider);
    }
    QCOMPARE(usernames.size(), d.gebruikers.size());
    QCOMPARE(perRol.value(Role::Medewerker), 7);
    QCOMPARE(perRol.value(Role::Teamleider), 4);
    QCOMPARE(perRol.value(Role::Beheerder), 1);
    QCOMPARE(perRol.value(Role::Ketenpartner), 1);
    QSet<QString> redenen;
    for (const services::Reden &r : d.redenen) {
        redenen.insert(r.code);
        QVERIFY(r.soort == QLatin1String("weigering") || r.soort == QLatin1String("akkoord"));
        QVERIFY(!r.tekstB1.isEmpty() && !r.tekstMedewerker.isEmpty());
    }
    for (const char *c : {"BUDGET_NIET_TOEREIKEND", "GEEN_ONDERBOUWING", "BUFFER_NODIG", "VASTE_LASTEN_EERST",
                          "AKKOORD_STANDAARD"})
        QVERIFY2(redenen.contains(QLatin1String(c)), c);
    // Caseload: each household's medewerker works in the household's team.
    for (const Huishouden &h : d.huishoudens) {
        const Gebruiker &m = d.gebruikers.at(h.medewerker);
        QCOMPARE(toCode(m.role), toCode(Role::Medewerker));
        QCOMPARE(m.team, h.team);
    }
}

void TestDemoGenerator::scenarios_data()
{
    QTest::addColumn<int>("maanden");
    QTest::addColumn<quint64>("seed");
    QTest::newRow("demo") << 12 << quint64{20261128};
    QTest::newRow("ander zaad") << 12 << quint64{42};
    QTest::newRow("drie maanden") << 3 << quint64{8};
    QTest::newRow("twee jaar") << 24 << quint64{1234};
}

// Each outcome of the use case is present and the real rule engine agrees with it.
void TestDemoGenerator::scenarios()
{
    QFETCH(int, maanden);
    QFETCH(quint64, seed);
    const Dataset d = genereer(params(5, maanden, seed));
    const QList<std::pair<rules::Uitkomst, QString>> verwacht = {
        {rules::Uitkomst::Vrij, QStringLiteral("vrij")},
        {rules::Uitkomst::NaAkkoord, QStringLiteral("na_akkoord")},
        {rules::Uitkomst::NietToegestaan, QStringLiteral("niet_toegestaan")},
        {rules::Uitkomst::OnvoldoendeSaldo, QStringLiteral("onvoldoende_saldo")}};
    for (const auto &[uitkomst, code] : verwacht) {
        const Scenario *s = d.scenario(uitkomst);
        QVERIFY2(s, qPrintable(code));
        QCOMPARE(s->code, code);
        QCOMPARE(d.scenario(code), s);
        QCOMPARE(d.huishoudens.at(s->huishouden).scenario, code);
        QVERIFY(s->reservering >= 0);
        QVERIFY(!s->uitleg.isEmpty());
        const auto uitkomstNu = beoordeel(d, *s);
        QVERIFY2(uitkomstNu, qPrintable(code));
        QCOMPARE(rules::toString(*uitkomstNu), rules::toString(uitkomst));
    }
    const Scenario *achterstand = d.scenario(u"lening_achterstand");
    QVERIFY(achterstand);
    QVERIFY(d.huishoudens.at(achterstand->huishouden).lening->achterstand.isPositive());
}

void TestDemoGenerator::schaal()
{
    const bool groot = qEnvironmentVariableIntValue("REGIE_DEMO_BENCH") == 1;
    const int inwoners = groot ? 5'000 : 500;
    QElapsedTimer klok;
    klok.start();
    const Dataset d = genereer(params(inwoners, 24));
    const qint64 ms = klok.elapsed();
    QCOMPARE(d.huishoudens.size(), inwoners);
    const qsizetype boekingen = d.aantalBoekingen();
    QVERIFY(boekingen > qsizetype{inwoners} * 24 * 12);
    qInfo("generated %d households x 24 months: %lld events in %lld ms (%.0f households/s), peak RSS %lld MB",
          inwoners, static_cast<long long>(boekingen), static_cast<long long>(ms),
          ms > 0 ? 1000.0 * inwoners / static_cast<double>(ms) : 0.0,
          static_cast<long long>(piekGeheugenKb() / 1024));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
