// Each rule on its own, the precedence between them, the input errors, the JSON form and
// the texts. Every row starts from the same Vrij situation and changes only what it names.

#include "RulesTestHelpers.h"

#include <QtCore/QJsonArray>
#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

#include <functional>

using namespace regie;
using namespace regie::rules;
using namespace regie::rules::test;

namespace {

using Aanpassing = std::function<void(Afspraak &, Verzoek &, Context &)>;

struct Geval {
    const char *naam;
    Aanpassing pas;
    Uitkomst verwacht;
    QStringList codes;
};

// Earlier opnames at Amsterdam wall-clock times in March 2024 (CET, UTC+1).
EerdereOpname opname(int dag, int uur, qint64 euros)
{
    return {amsterdam(2024, 3, dag, uur, 0, 0, 1), euro(euros)};
}

const QList<Geval> &regelGevallen()
{
    static const QList<Geval> gevallen = {
        {"basis", [](Afspraak &, Verzoek &, Context &) {}, Uitkomst::Vrij, {}},
        {"modus na_akkoord", [](Afspraak &a, Verzoek &, Context &) { a.modus = Modus::NaAkkoord; },
         Uitkomst::NaAkkoord, {"MODUS_NA_AKKOORD"}},
        {"modus niet_toegestaan", [](Afspraak &a, Verzoek &, Context &) { a.modus = Modus::NietToegestaan; },
         Uitkomst::NietToegestaan, {"MODUS_NIET_TOEGESTAAN"}},
        {"gebonden", [](Afspraak &, Verzoek &, Context &c) { c.soort = ReserveringSoort::Gebonden; },
         Uitkomst::NietToegestaan, {"RESERVERING_GEBONDEN"}},
        {"inactief", [](Afspraak &, Verzoek &, Context &c) { c.reserveringActief = false; },
         Uitkomst::NietToegestaan, {"RESERVERING_INACTIEF"}},
        {"voor ingangsdatum", [](Afspraak &a, Verzoek &, Context &) { a.ingangsdatum = QDate(2024, 3, 14); },
         Uitkomst::NietToegestaan, {"AFSPRAAK_NIET_GELDIG"}},
        {"ingangsdatum vandaag", [](Afspraak &a, Verzoek &, Context &) { a.ingangsdatum = QDate(2024, 3, 13); },
         Uitkomst::Vrij, {}},
        {"na geldigTot", [](Afspraak &a, Verzoek &, Context &) { a.geldigTot = QDate(2024, 3, 12); },
         Uitkomst::NietToegestaan, {"AFSPRAAK_NIET_GELDIG"}},
        {"geldigTot vandaag", [](Afspraak &a, Verzoek &, Context &) { a.geldigTot = QDate(2024, 3, 13); },
         Uitkomst::Vrij, {}},
        {"iban vreemd", [](Afspraak &, Verzoek &v, Context &) { v.doelIban = kIbanVreemd; },
         Uitkomst::NietToegestaan, {"IBAN_NIET_EIGEN"}},
        {"iban vreemd toegestaan", [](Afspraak &a, Verzoek &v, Context &) {
             a.alleenEigenIban = false; v.doelIban = kIbanVreemd; }, Uitkomst::Vrij, {}},
        {"iban tweede eigen, getypt", [](Afspraak &, Verzoek &v, Context &) {
             v.doelIban = QStringLiteral("nl44 rabo 0123 4567 89"); }, Uitkomst::Vrij, {}},
        {"geen eigen ibans", [](Afspraak &, Verzoek &, Context &c) { c.eigenIbans.clear(); },
         Uitkomst::NietToegestaan, {"IBAN_NIET_EIGEN"}},
        {"saldo te laag", [](Afspraak &, Verzoek &v, Context &) { v.bedrag = cent(20001); },
         Uitkomst::OnvoldoendeSaldo, {"SALDO_TE_LAAG"}},
        {"saldo precies", [](Afspraak &, Verzoek &v, Context &) { v.bedrag = euro(200); },
         Uitkomst::Vrij, {}},
        {"saldo nul", [](Afspraak &, Verzoek &v, Context &c) { c.beschikbaar = Money::zero(); v.bedrag = cent(1); },
         Uitkomst::OnvoldoendeSaldo, {"SALDO_TE_LAAG"}},
        {"minimumsaldo geraakt", [](Afspraak &a, Verzoek &, Context &) { a.minimumSaldo = euro(160); },
         Uitkomst::OnvoldoendeSaldo, {"MINIMUM_SALDO"}},
        {"minimumsaldo precies", [](Afspraak &a, Verzoek &, Context &) { a.minimumSaldo = euro(155); },
         Uitkomst::Vrij, {}},
        {"saldo te laag met minimum", [](Afspraak &a, Verzoek &v, Context &) {
             a.minimumSaldo = euro(10); v.bedrag = euro(250); },
         Uitkomst::OnvoldoendeSaldo, {"SALDO_TE_LAAG"}},
        {"max per opname", [](Afspraak &a, Verzoek &, Context &) { a.maxPerOpname = cent(4499); },
         Uitkomst::NaAkkoord, {"MAX_PER_OPNAME"}},
        {"max per opname precies", [](Afspraak &a, Verzoek &, Context &) { a.maxPerOpname = euro(45); },
         Uitkomst::Vrij, {}},
        {"week bedrag", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekBedrag = euro(100); c.eerdereOpnames = {opname(11, 9, 30), opname(12, 9, 30)}; },
         Uitkomst::NaAkkoord, {"MAX_PER_WEEK_BEDRAG"}},
        {"week bedrag precies", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekBedrag = euro(105); c.eerdereOpnames = {opname(11, 9, 30), opname(12, 9, 30)}; },
         Uitkomst::Vrij, {}},
        {"week bedrag vorige week telt niet", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekBedrag = euro(100); c.eerdereOpnames = {opname(10, 20, 90)}; },
         Uitkomst::Vrij, {}},
        {"week aantal", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekAantal = 2; c.eerdereOpnames = {opname(11, 9, 1), opname(13, 8, 1)}; },
         Uitkomst::NaAkkoord, {"MAX_PER_WEEK_AANTAL"}},
        {"week aantal precies", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekAantal = 3; c.eerdereOpnames = {opname(11, 9, 1), opname(13, 8, 1)}; },
         Uitkomst::Vrij, {}},
        {"week aantal nul", [](Afspraak &a, Verzoek &, Context &) { a.maxPerWeekAantal = 0; },
         Uitkomst::NaAkkoord, {"MAX_PER_WEEK_AANTAL"}},
        {"maand bedrag", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerMaandBedrag = euro(100); c.eerdereOpnames = {opname(1, 9, 60)}; },
         Uitkomst::NaAkkoord, {"MAX_PER_MAAND_BEDRAG"}},
        {"maand bedrag vorige maand telt niet", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerMaandBedrag = euro(100);
             c.eerdereOpnames = {{amsterdam(2024, 2, 29, 23, 59, 59, 1), euro(60)}}; },
         Uitkomst::Vrij, {}},
        {"maand aantal", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerMaandAantal = 1; c.eerdereOpnames = {opname(4, 9, 1)}; },
         Uitkomst::NaAkkoord, {"MAX_PER_MAAND_AANTAL"}},
        {"vorige week telt wel voor maand", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerWeekAantal = 1; a.maxPerMaandAantal = 1; c.eerdereOpnames = {opname(4, 9, 1)}; },
         Uitkomst::NaAkkoord, {"MAX_PER_MAAND_AANTAL"}},
    };
    return gevallen;
}

const QList<Geval> &voorrangGevallen()
{
    static const QList<Geval> gevallen = {
        {"na_akkoord en max per opname", [](Afspraak &a, Verzoek &, Context &) {
             a.modus = Modus::NaAkkoord; a.maxPerOpname = euro(10); },
         Uitkomst::NaAkkoord, {"MODUS_NA_AKKOORD", "MAX_PER_OPNAME"}},
        {"saldo boven akkoord", [](Afspraak &a, Verzoek &v, Context &) {
             a.maxPerOpname = euro(10); v.bedrag = euro(300); },
         Uitkomst::OnvoldoendeSaldo, {"SALDO_TE_LAAG", "MAX_PER_OPNAME"}},
        {"minimum boven akkoord", [](Afspraak &a, Verzoek &, Context &) {
             a.modus = Modus::NaAkkoord; a.minimumSaldo = euro(190); },
         Uitkomst::OnvoldoendeSaldo, {"MINIMUM_SALDO", "MODUS_NA_AKKOORD"}},
        {"niet toegestaan boven saldo", [](Afspraak &, Verzoek &v, Context &c) {
             c.soort = ReserveringSoort::Gebonden; v.bedrag = euro(300); },
         Uitkomst::NietToegestaan, {"RESERVERING_GEBONDEN", "SALDO_TE_LAAG"}},
        {"iban boven akkoord", [](Afspraak &a, Verzoek &v, Context &) {
             a.modus = Modus::NaAkkoord; v.doelIban = kIbanVreemd; },
         Uitkomst::NietToegestaan, {"IBAN_NIET_EIGEN", "MODUS_NA_AKKOORD"}},
        {"modus niet_toegestaan met grenzen", [](Afspraak &a, Verzoek &, Context &c) {
             a.modus = Modus::NietToegestaan; a.maxPerWeekAantal = 0; c.reserveringActief = false; },
         Uitkomst::NietToegestaan, {"MODUS_NIET_TOEGESTAAN", "RESERVERING_INACTIEF", "MAX_PER_WEEK_AANTAL"}},
        {"alle grenzen samen", [](Afspraak &a, Verzoek &, Context &c) {
             a.maxPerOpname = euro(40); a.maxPerWeekBedrag = euro(50); a.maxPerWeekAantal = 1;
             a.maxPerMaandBedrag = euro(60); a.maxPerMaandAantal = 1;
             c.eerdereOpnames = {opname(12, 10, 20)}; },
         Uitkomst::NaAkkoord,
         {"MAX_PER_OPNAME", "MAX_PER_WEEK_BEDRAG", "MAX_PER_WEEK_AANTAL", "MAX_PER_MAAND_BEDRAG",
          "MAX_PER_MAAND_AANTAL"}},
        {"alles tegelijk", [](Afspraak &a, Verzoek &v, Context &c) {
             a.modus = Modus::NietToegestaan; a.geldigTot = QDate(2024, 2, 1);
             a.maxPerOpname = euro(1); a.maxPerWeekBedrag = euro(1); a.maxPerWeekAantal = 0;
             a.maxPerMaandBedrag = euro(1); a.maxPerMaandAantal = 0;
             c.soort = ReserveringSoort::Gebonden; c.reserveringActief = false;
             v.doelIban = kIbanVreemd; v.bedrag = euro(500); },
         Uitkomst::NietToegestaan,
         {"MODUS_NIET_TOEGESTAAN", "RESERVERING_GEBONDEN", "RESERVERING_INACTIEF", "AFSPRAAK_NIET_GELDIG",
          "IBAN_NIET_EIGEN", "SALDO_TE_LAAG", "MAX_PER_OPNAME", "MAX_PER_WEEK_BEDRAG",
          "MAX_PER_WEEK_AANTAL", "MAX_PER_MAAND_BEDRAG", "MAX_PER_MAAND_AANTAL"}},
    };
    return gevallen;
}

Beoordeling beoordeelGeval(const Geval &g)
{
    Afspraak a = basisAfspraak();
    Verzoek v = basisVerzoek();
    Context c = basisContext();
    g.pas(a, v, c);
    const Resultaat r = evaluate(a, v, c);
    if (r.fout != InvoerFout::Geen || !r.beoordeling)
        qFatal("fixture gave an input error: %s", qPrintable(toString(r.fout)));
    return *r.beoordeling;
}

int woordenInLangsteZin(const QString &tekst)
{
    int langste = 0;
    static const QRegularExpression einde(QStringLiteral("[.?!](\\s|$)"));
    for (const QString &zin : tekst.split(einde, Qt::SkipEmptyParts))
        langste = qMax(langste, static_cast<int>(zin.split(u' ', Qt::SkipEmptyParts).size()));
    return langste;
}

// Flesch-Douma with syllables counted by vowel groups (B1.md); diphthongs are one group
// because consecutive vowels are one group.
double fleschDouma(const QString &tekst)
{
    static const QRegularExpression einde(QStringLiteral("[.?!](\\s|$)"));
    static const QRegularExpression klinkers(QStringLiteral("[aeiouyéëï]+"));
    const QStringList zinnen = tekst.split(einde, Qt::SkipEmptyParts);
    qsizetype woorden = 0, lettergrepen = 0;
    for (const QString &zin : zinnen) {
        for (const QString &woord : zin.split(u' ', Qt::SkipEmptyParts)) {
            ++woorden;
            lettergrepen += qMax<qsizetype>(1, woord.toLower().count(klinkers));
        }
    }
    if (woorden == 0)
        return 0;
    const double perHonderd = 100.0 * static_cast<double>(lettergrepen) / static_cast<double>(woorden);
    const double perZin = static_cast<double>(woorden) / static_cast<double>(zinnen.size());
    return 206.84 - 0.77 * perHonderd - 0.93 * perZin;
}

} // namespace

class TestRulesEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void regels_data() { tabel(regelGevallen()); }
    void regels() { controleer(regelGevallen()); }
    void voorrang_data() { tabel(voorrangGevallen()); }
    void voorrang() { controleer(voorrangGevallen()); }
    void waardenInRedenen();
    void invoerFouten_data();
    void invoerFouten();
    void json();
    void jsonGolden();
    void jsonWeigert_data();
    void jsonWeigert();
    void teksten();
    void samenvatting();
    void maxVrij_data();
    void maxVrij();
    void uitleg_data();
    void uitleg();
    void strings();

private:
    static void tabel(const QList<Geval> &gevallen);
    static void controleer(const QList<Geval> &gevallen);
};

void TestRulesEngine::tabel(const QList<Geval> &gevallen)
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < gevallen.size(); ++i)
        QTest::newRow(gevallen.at(i).naam) << i;
}

void TestRulesEngine::controleer(const QList<Geval> &gevallen)
{
    QFETCH(int, index);
    const Geval &g = gevallen.at(index);
    const Beoordeling b = beoordeelGeval(g);
    QCOMPARE(codes(b), g.codes);
    QCOMPARE(toString(b.uitkomst), toString(g.verwacht));
    for (const Reden &r : b.redenen) {
        QVERIFY(!r.tekst().isEmpty());
        QVERIFY(!r.tekstMedewerker().isEmpty());
        QVERIFY(!r.regel.isEmpty());
    }
    QCOMPARE(b.beslissendeRedenen().isEmpty(), g.verwacht == Uitkomst::Vrij);
}

void TestRulesEngine::waardenInRedenen()
{
    Afspraak a = basisAfspraak();
    a.maxPerOpname = euro(40);
    a.maxPerWeekBedrag = euro(100);
    a.maxPerWeekAantal = 2;
    a.maxPerMaandBedrag = euro(150);
    a.maxPerMaandAantal = 3;
    a.minimumSaldo = euro(170);
    Context c = basisContext();
    c.eerdereOpnames = {opname(1, 9, 50), opname(5, 9, 10), opname(11, 9, 30), opname(12, 9, 30)};
    const Resultaat r = evaluate(a, basisVerzoek(), c);
    QVERIFY(r.beoordeling);
    const auto &red = r.beoordeling->redenen;
    QCOMPARE(codes(*r.beoordeling), QStringList({"MINIMUM_SALDO", "MAX_PER_OPNAME", "MAX_PER_WEEK_BEDRAG",
                                                 "MAX_PER_WEEK_AANTAL", "MAX_PER_MAAND_BEDRAG",
                                                 "MAX_PER_MAAND_AANTAL"}));
    QCOMPARE(red[0].gevraagdBedrag, std::optional<Money>(euro(155)));
    QCOMPARE(red[0].grensBedrag, std::optional<Money>(euro(170)));
    QCOMPARE(red[1].gevraagdBedrag, std::optional<Money>(euro(45)));
    QCOMPARE(red[1].grensBedrag, std::optional<Money>(euro(40)));
    QCOMPARE(red[2].gevraagdBedrag, std::optional<Money>(euro(105)));
    QCOMPARE(red[3].gevraagdAantal, std::optional<int>(3));
    QCOMPARE(red[3].grensAantal, std::optional<int>(2));
    QCOMPARE(red[4].gevraagdBedrag, std::optional<Money>(euro(165)));
    QCOMPARE(red[4].grensBedrag, std::optional<Money>(euro(150)));
    QCOMPARE(red[5].gevraagdAantal, std::optional<int>(5));
    QCOMPARE(red[1].regel, QStringLiteral("maxPerOpname"));
    QCOMPARE(toString(red[0].effect), toString(Uitkomst::OnvoldoendeSaldo));
    QCOMPARE(toString(red[1].effect), toString(Uitkomst::NaAkkoord));
    QCOMPARE(r.beoordeling->afspraakId, qint64(7));
    QCOMPARE(r.beoordeling->afspraakVersie, 2);
    QCOMPARE(r.beoordeling->bedrag, euro(45));
    QCOMPARE(r.beoordeling->moment, c.nu);
}

void TestRulesEngine::invoerFouten_data()
{
    QTest::addColumn<int>("geval");
    QTest::addColumn<QString>("fout");
    const QStringList namen = {"bedrag nul", "bedrag negatief", "bedrag te groot", "verzoek andere reservering",
                               "context andere reservering", "reservering nul", "afspraak andere reservering",
                               "afspraak ongeldig", "iban leeg", "iban checksum", "nu ongeldig",
                               "te veel opnames", "opname nul", "opname zonder moment", "eigen iban ongeldig",
                               "te veel eigen ibans", "beschikbaar buiten bereik", "som buiten bereik"};
    const QStringList fouten = {"bedrag_niet_positief", "bedrag_niet_positief", "bedrag_te_groot",
                                "reservering_klopt_niet", "reservering_klopt_niet", "reservering_klopt_niet",
                                "reservering_klopt_niet", "afspraak_ongeldig", "iban_ongeldig", "iban_ongeldig",
                                "context_ongeldig", "context_ongeldig", "context_ongeldig", "context_ongeldig",
                                "context_ongeldig", "context_ongeldig", "context_ongeldig", "context_ongeldig"};
    for (int i = 0; i < namen.size(); ++i)
        QTest::newRow(qPrintable(namen.at(i))) << i << fouten.at(i);
}

void TestRulesEngine::invoerFouten()
{
    QFETCH(int, geval);
    QFETCH(QString, fout);
    Afspraak a = basisAfspraak();
    Verzoek v = basisVerzoek();
    Context c = basisContext();
    switch (geval) {
    case 0: v.bedrag = Money::zero(); break;
    case 1: v.bedrag = euro(-5); break;
    case 2: v.bedrag = Money::fromCents(Money::kMaxAbsCents + 1); break;
    case 3: v.reserveringId = 43; break;
    case 4: c.reserveringId = 43; break;
    case 5: v.reserveringId = 0; c.reserveringId = 0; break;
    case 6: a.scope = Scope::Reservering; a.reserveringId = 43; break;
    case 7: a.maxPerOpname = euro(-1); break;
    case 8: v.doelIban.clear(); break;
    case 9: v.doelIban = QStringLiteral("NL92ABNA0417164300"); break;
    case 10: c.nu = QDateTime(); break;
    case 11: c.eerdereOpnames.fill(opname(12, 9, 1), kMaxEerdereOpnames + 1); break;
    case 12: c.eerdereOpnames = {opname(12, 9, 0)}; break;
    case 13: c.eerdereOpnames = {{QDateTime(), euro(1)}}; break;
    case 14: c.eigenIbans << QStringLiteral("NL00XXXX"); break;
    case 15: c.eigenIbans.fill(kIbanEigen, kMaxEigenIbans + 1); break;
    case 16: c.beschikbaar = Money::fromCents(Money::kMaxAbsCents + 1); break;
    case 17:
        c.eerdereOpnames.fill({c.nu, Money::fromCents(Money::kMaxAbsCents)}, 2);
        break;
    default: QFAIL("unknown case");
    }
    const Resultaat r = evaluate(a, v, c);
    QCOMPARE(toString(r.fout), fout);
    QVERIFY(!r.beoordeling);
    // maxVrijBedrag() has no verzoek, so only context and afspraak errors stop it.
    const bool alleenVerzoekFout = geval <= 4 || geval == 8 || geval == 9;
    QCOMPARE(maxVrijBedrag(a, c).has_value(), alleenVerzoekFout);
}

void TestRulesEngine::json()
{
    for (const Geval &g : voorrangGevallen() + regelGevallen()) {
        const Beoordeling b = beoordeelGeval(g);
        const QByteArray tekst = compact(b);
        for (const QString &getal : getallen(tekst))
            QVERIFY2(QRegularExpression(QStringLiteral("^-?[0-9]+$")).match(getal).hasMatch(), tekst.constData());
        const auto terug = Beoordeling::fromJson(QJsonDocument::fromJson(tekst).object());
        QVERIFY2(terug.has_value(), tekst.constData());
        QVERIFY(*terug == b);
        QCOMPARE(compact(*terug), tekst);
    }
}

void TestRulesEngine::jsonGolden()
{
    Afspraak a = basisAfspraak();
    a.maxPerOpname = euro(40);
    const Resultaat r = evaluate(a, basisVerzoek(), basisContext());
    QVERIFY(r.beoordeling);
    QCOMPARE(compact(*r.beoordeling),
             QByteArray(R"({"afspraak_id":7,"afspraak_versie":2,"bedrag_cents":4500,)"
                        R"("moment":"2024-03-13T11:00:00.000Z","redenen":[{"code":"MAX_PER_OPNAME",)"
                        R"("effect":"na_akkoord","gevraagd_cents":4500,"grens_cents":4000,)"
                        R"("regel":"maxPerOpname"}],"reservering_id":42,"schema":1,"uitkomst":"na_akkoord"})"));
}

void TestRulesEngine::jsonWeigert_data()
{
    QTest::addColumn<QByteArray>("vervang");
    QTest::addColumn<QByteArray>("door");
    QTest::newRow("cents als breuk") << QByteArray("\"grens_cents\":4000") << QByteArray("\"grens_cents\":4000.5");
    QTest::newRow("cents als tekst") << QByteArray("\"grens_cents\":4000") << QByteArray("\"grens_cents\":\"4000\"");
    QTest::newRow("bedrag als breuk") << QByteArray("\"bedrag_cents\":4500") << QByteArray("\"bedrag_cents\":45.5");
    QTest::newRow("onbekende code") << QByteArray("MAX_PER_OPNAME") << QByteArray("MAX_PER_DAG");
    QTest::newRow("uitkomst past niet") << QByteArray("\"uitkomst\":\"na_akkoord\"") << QByteArray("\"uitkomst\":\"vrij\"");
    QTest::newRow("effect past niet") << QByteArray("\"effect\":\"na_akkoord\"") << QByteArray("\"effect\":\"niet_toegestaan\"");
    QTest::newRow("schema") << QByteArray("\"schema\":1") << QByteArray("\"schema\":2");
    QTest::newRow("moment niet utc") << QByteArray("11:00:00.000Z") << QByteArray("12:00:00.000+01:00");
    QTest::newRow("moment kapot") << QByteArray("2024-03-13T") << QByteArray("2024-13-13T");
    QTest::newRow("bedrag buiten bereik") << QByteArray("\"bedrag_cents\":4500") << QByteArray("\"bedrag_cents\":100000000000000");
    QTest::newRow("redenen geen lijst") << QByteArray("\"redenen\":[") << QByteArray("\"redenen\":\"x\",\"oud\":[");
    QTest::newRow("dubbele reden") << QByteArray("\"regel\":\"maxPerOpname\"}]")
                                   << QByteArray("\"regel\":\"maxPerOpname\"},{\"code\":\"MAX_PER_OPNAME\",\"effect\":\"na_akkoord\",\"regel\":\"x\"}]");
    QTest::newRow("verkeerde volgorde") << QByteArray("\"regel\":\"maxPerOpname\"}]")
                                        << QByteArray("\"regel\":\"maxPerOpname\"},{\"code\":\"MODUS_NA_AKKOORD\",\"effect\":\"na_akkoord\",\"regel\":\"modus\"}]");
}

void TestRulesEngine::jsonWeigert()
{
    QFETCH(QByteArray, vervang);
    QFETCH(QByteArray, door);
    Afspraak a = basisAfspraak();
    a.maxPerOpname = euro(40);
    const QByteArray goed = compact(*evaluate(a, basisVerzoek(), basisContext()).beoordeling);
    QVERIFY(Beoordeling::fromJson(QJsonDocument::fromJson(goed).object()).has_value());
    QVERIFY(goed.contains(vervang));
    QByteArray fout = goed;
    fout.replace(vervang, door);
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(fout, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    QVERIFY(!Beoordeling::fromJson(doc.object()).has_value());
}

void TestRulesEngine::teksten()
{
    QList<QString> inwonerTeksten;
    for (const Geval &g : voorrangGevallen() + regelGevallen()) {
        const Beoordeling b = beoordeelGeval(g);
        inwonerTeksten << b.samenvatting();
        for (const Reden &r : b.redenen) {
            const QString t = r.tekst();
            const QString m = r.tekstMedewerker();
            inwonerTeksten << t;
            QVERIFY2(!t.contains(u'%') && !m.contains(u'%'), qPrintable(t + m));
            QVERIFY2(woordenInLangsteZin(t) <= 15, qPrintable(t));
            for (const QString &iban : {kIbanEigen, kIbanVreemd})
                QVERIFY(!t.contains(iban) && !m.contains(iban));
            if (r.grensBedrag)
                QVERIFY2(m.contains(r.grensBedrag->formatDutch()), qPrintable(m));
            if (r.gevraagdBedrag)
                QVERIFY2(m.contains(r.gevraagdBedrag->formatDutch()), qPrintable(m));
            if (r.grensAantal > 0)
                QVERIFY2(t.contains(QString::number(*r.grensAantal)), qPrintable(t));
            if (r.grensAantal == 0) // a zero count reads as plain "approval first"
                QCOMPARE(t, QStringLiteral("Voor geld uit dit potje moet je medewerker eerst ja zeggen."));
        }
    }
    const QString alles = inwonerTeksten.join(u' ');
    const double score = fleschDouma(alles);
    QVERIFY2(score >= 70.0, qPrintable(QStringLiteral("Flesch-Douma %1").arg(score)));
    static const QRegularExpression ambtelijk(QStringLiteral("\\b(betreffende|verstrekken|onttrekking|"
                                                             "maatwerkafspraak|i\\.v\\.m|bijv|conform|middels)\\b"));
    QVERIFY2(!alles.toLower().contains(ambtelijk), qPrintable(alles));
}

void TestRulesEngine::samenvatting()
{
    const Beoordeling vrij = beoordeelGeval(regelGevallen().at(0));
    QCOMPARE(vrij.samenvatting(), QStringLiteral("Je kunt nu %1 opnemen uit dit potje.").arg(euro(45).formatDutch()));
    Afspraak a = basisAfspraak();
    a.maxPerOpname = euro(40);
    const Reden r = evaluate(a, basisVerzoek(), basisContext()).beoordeling->redenen.at(0);
    QCOMPARE(r.tekst(), QStringLiteral("Dit bedrag is hoger dan je afspraak. Je mag tot € 40,00 per keer opnemen. "
                                       "Je medewerker moet eerst ja zeggen."));
    QCOMPARE(r.tekstMedewerker(),
             QStringLiteral("Gevraagd bedrag € 45,00 is hoger dan het maximum per opname van € 40,00."));
    Verzoek v = basisVerzoek();
    v.bedrag = euro(300);
    const Beoordeling weinig = *evaluate(basisAfspraak(), v, basisContext()).beoordeling;
    QCOMPARE(weinig.samenvatting(),
             QStringLiteral("Er staat niet genoeg geld in dit potje. Kies een lager bedrag, of bel je medewerker."));
    QVERIFY(weinig.redenen.at(0).tekst().contains(QStringLiteral("€ 200,00")));
}

void TestRulesEngine::maxVrij_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<qint64>("maxCents"); // -1: none
    const QList<qint64> verwacht = {20000, -1, -1, -1, -1, -1, 20000, -1, 20000, 20000, 20000, 20000, -1};
    for (int i = 0; i < verwacht.size(); ++i)
        QTest::newRow(regelGevallen().at(i).naam) << i << verwacht.at(i);
    QTest::newRow("minimumsaldo") << 16 << qint64(4000);
    QTest::newRow("max per opname") << 19 << qint64(4499);
    QTest::newRow("week bedrag") << 21 << qint64(4000);
    QTest::newRow("week aantal") << 24 << qint64(-1);
    QTest::newRow("week aantal ruimte") << 25 << qint64(20000);
    QTest::newRow("maand bedrag") << 27 << qint64(4000);
    QTest::newRow("saldo nul") << 15 << qint64(-1);
}

void TestRulesEngine::maxVrij()
{
    QFETCH(int, index);
    QFETCH(qint64, maxCents);
    Afspraak a = basisAfspraak();
    Verzoek v = basisVerzoek();
    Context c = basisContext();
    regelGevallen().at(index).pas(a, v, c);
    const auto max = maxVrijBedrag(a, c);
    QCOMPARE(max ? max->cents() : qint64(-1), maxCents);
    if (!max)
        return;
    v.bedrag = *max;
    if (a.alleenEigenIban)
        v.doelIban = c.eigenIbans.first();
    QCOMPARE(toString(evaluate(a, v, c).beoordeling->uitkomst), toString(Uitkomst::Vrij));
    v.bedrag = Money::fromCents(max->cents() + 1);
    QVERIFY(evaluate(a, v, c).beoordeling->uitkomst != Uitkomst::Vrij);
}

void TestRulesEngine::uitleg_data()
{
    QTest::addColumn<int>("geval");
    QTest::addColumn<QString>("tekst");
    QTest::newRow("vrij zonder grenzen") << 0 << QStringLiteral(
        "Je kunt hier zelf geld uit halen. Het geld gaat naar je eigen bankrekening.");
    QTest::newRow("week") << 1 << QStringLiteral(
        "Je kunt hier zelf tot € 50,00 per week uit halen. Het geld gaat naar je eigen bankrekening. "
        "Wil je meer? Dan moet je medewerker eerst ja zeggen.");
    QTest::newRow("na akkoord") << 2 << QStringLiteral("Voor geld uit dit potje moet je medewerker eerst ja zeggen.");
    QTest::newRow("niet toegestaan") << 3 << QStringLiteral(
        "Uit dit potje kun je zelf geen geld opnemen. Bel of mail je medewerker als je geld nodig hebt.");
    QTest::newRow("aantal en minimum") << 4 << QStringLiteral(
        "Je kunt hier zelf geld uit halen. Dat kan 2 keer per week. Er moet altijd € 20,00 in blijven. "
        "Wil je meer? Dan moet je medewerker eerst ja zeggen.");
    QTest::newRow("grens nul") << 5 << QStringLiteral("Voor geld uit dit potje moet je medewerker eerst ja zeggen.");
    // A per-keer limit equal to the week limit adds nothing: said once.
    QTest::newRow("keer gelijk aan week") << 6 << QStringLiteral(
        "Je kunt hier zelf tot € 50,00 per week uit halen. Het geld gaat naar je eigen bankrekening. "
        "Wil je meer? Dan moet je medewerker eerst ja zeggen.");
    QTest::newRow("keer, week en maand") << 7 << QStringLiteral(
        "Je kunt hier zelf tot € 25,00 per keer uit halen. Per week mag het samen € 50,00 zijn. "
        "Per maand mag het samen € 150,00 zijn. Het geld gaat naar je eigen bankrekening. "
        "Wil je meer? Dan moet je medewerker eerst ja zeggen.");
}

void TestRulesEngine::uitleg()
{
    QFETCH(int, geval);
    QFETCH(QString, tekst);
    Afspraak a = basisAfspraak();
    switch (geval) {
    case 1: a.maxPerWeekBedrag = euro(50); break;
    case 2: a.modus = Modus::NaAkkoord; break;
    case 3: a.modus = Modus::NietToegestaan; break;
    case 4: a.maxPerWeekAantal = 2; a.minimumSaldo = euro(20); a.alleenEigenIban = false; break;
    case 5: a.maxPerOpname = Money::zero(); break;
    case 6: a.maxPerOpname = euro(50); a.maxPerWeekBedrag = euro(50); break;
    case 7: a.maxPerOpname = euro(25); a.maxPerWeekBedrag = euro(50); a.maxPerMaandBedrag = euro(150); break;
    default: break;
    }
    QCOMPARE(uitlegVoorInwoner(a), tekst);
    QVERIFY(woordenInLangsteZin(tekst) <= 15);
}

void TestRulesEngine::strings()
{
    for (Modus m : {Modus::Vrij, Modus::NaAkkoord, Modus::NietToegestaan})
        QCOMPARE(modusFromString(toString(m)), std::optional<Modus>(m));
    for (Uitkomst u : {Uitkomst::Vrij, Uitkomst::NaAkkoord, Uitkomst::NietToegestaan, Uitkomst::OnvoldoendeSaldo})
        QCOMPARE(uitkomstFromString(toString(u)), std::optional<Uitkomst>(u));
    for (Scope s : {Scope::Reservering, Scope::Inwoner, Scope::Vorm})
        QCOMPARE(scopeFromString(toString(s)), std::optional<Scope>(s));
    QCOMPARE(toString(Modus::NaAkkoord), QStringLiteral("na_akkoord"));
    QCOMPARE(toString(Uitkomst::OnvoldoendeSaldo), QStringLiteral("onvoldoende_saldo"));
    QVERIFY(!modusFromString(u"onvoldoende_saldo"));
    QVERIFY(!modusFromString(u"Vrij"));
    QVERIFY(!uitkomstFromString(u""));
}

QTEST_GUILESS_MAIN(TestRulesEngine)
#include "tst_rules_engine.moc"
