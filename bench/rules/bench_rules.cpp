// Rule evaluations per second for a realistic context (20 earlier opnames, every limit
// set), printed beside baselines measured in the same process: copying the inputs, and a
// bare loop that sums the same earlier opnames. Times are this thread's CPU time, not wall
// time: "per second on one core" then survives a machine shared with other work, where a
// wall clock mostly measures the waiting. The FIGURE line is read by bench/run.sh.

#include "rules/Rules.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace regie;
using namespace regie::rules;

namespace {

constexpr int kRondes = 5;                 // best-of, to shed noise from other processes
constexpr qint64 kDoelNsPerRonde = 200'000'000; // each round runs about 0.2 s

struct Invoer {
    Afspraak afspraak;
    Verzoek verzoek;
    Context context;
};

Invoer realistisch()
{
    Invoer in;
    Afspraak &a = in.afspraak;
    a.id = 7;
    a.versie = 3;
    a.scope = Scope::Inwoner;
    a.modus = Modus::Vrij;
    a.maxPerOpname = Money::fromCents(7500);
    a.maxPerWeekBedrag = Money::fromCents(15000);
    a.maxPerWeekAantal = 4;
    a.maxPerMaandBedrag = Money::fromCents(50000);
    a.maxPerMaandAantal = 12;
    a.minimumSaldo = Money::fromCents(2500);
    a.ingangsdatum = QDate(2024, 1, 1);
    Context &c = in.context;
    c.nu = QDateTime(QDate(2024, 3, 27), QTime(11, 15), Qt::UTC);
    c.reserveringId = 42;
    c.beschikbaar = Money::fromCents(64000);
    c.eigenIbans = {QStringLiteral("NL91ABNA0417164300"), QStringLiteral("NL44RABO0123456789")};
    for (int i = 0; i < 20; ++i)
        c.eerdereOpnames.append({c.nu.addSecs(-qint64(i) * 37 * 3600), Money::fromCents(1000 + 137 * i)});
    in.verzoek = {42, Money::fromCents(4500), QStringLiteral("NL91ABNA0417164300")};
    return in;
}

// CPU time of this thread in nanoseconds.
qint64 cpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// Runs `werk` n times per round and returns the best rate in operations per CPU-second.
double meet(const std::function<qint64(int)> &werk, int n, qint64 &controle)
{
    double beste = 0;
    for (int r = 0; r < kRondes; ++r) {
        const qint64 begin = cpuNs();
        for (int i = 0; i < n; ++i)
            controle += werk(i);
        const qint64 ns = qMax<qint64>(1, cpuNs() - begin);
        beste = std::max(beste, double(n) * 1e9 / double(ns));
    }
    return beste;
}

// Picks n so one round of `werk` takes about kDoelNsPerRonde.
int kalibreer(const std::function<qint64(int)> &werk)
{
    qint64 controle = 0;
    int n = 64;
    for (int poging = 0; poging < 24; ++poging) {
        const qint64 begin = cpuNs();
        for (int i = 0; i < n; ++i)
            controle += werk(i);
        const qint64 ns = cpuNs() - begin;
        if (ns > kDoelNsPerRonde / 10 || n >= (1 << 28))
            return int(std::min<qint64>(qint64(1) << 28, qint64(n) * kDoelNsPerRonde / qMax<qint64>(1, ns)));
        n *= 2;
    }
    return n + int(controle & 1);
}

void regel(const char *naam, double perSeconde, const char *eenheid)
{
    std::printf("%-34s %14.0f %s/s\n", naam, perSeconde, eenheid);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Invoer in = realistisch();
    const auto eerste = evaluate(in.afspraak, in.verzoek, in.context);
    if (!eerste.beoordeling) {
        std::fprintf(stderr, "bench input rejected: %s\n", qPrintable(toString(eerste.fout)));
        return 1;
    }
    const auto kopie = [&](int i) -> qint64 {
        Invoer k = in; // the inputs a caller builds anyway; the context list is shared, not deep-copied
        k.verzoek.bedrag = Money::fromCents(100 + i % 9000);
        return k.verzoek.bedrag.cents() + k.context.eerdereOpnames.size();
    };
    const auto somLus = [&](int i) -> qint64 {
        qint64 som = i % 9000;
        for (const EerdereOpname &o : in.context.eerdereOpnames)
            som += o.bedrag.cents() + (o.moment.isValid() ? 1 : 0);
        return som;
    };
    const auto evalueer = [&](int i) -> qint64 {
        Verzoek v = in.verzoek;
        v.bedrag = Money::fromCents(100 + i % 9000); // spans Vrij, NaAkkoord and saldo outcomes
        const Resultaat r = evaluate(in.afspraak, v, in.context);
        return r.beoordeling ? qint64(r.beoordeling->uitkomst) + r.beoordeling->redenen.size() : -1;
    };
    const auto metJson = [&](int i) -> qint64 {
        Verzoek v = in.verzoek;
        v.bedrag = Money::fromCents(100 + i % 9000);
        const Resultaat r = evaluate(in.afspraak, v, in.context);
        return QJsonDocument(r.beoordeling->toJson()).toJson(QJsonDocument::Compact).size();
    };
    const auto maxVrij = [&](int) -> qint64 {
        const auto m = maxVrijBedrag(in.afspraak, in.context);
        return m ? m->cents() : -1;
    };

    qint64 controle = 0;
    const double kopieRate = meet(kopie, kalibreer(kopie), controle);
    const double somRate = meet(somLus, kalibreer(somLus), controle);
    const double evalRate = meet(evalueer, kalibreer(evalueer), controle);
    const double jsonRate = meet(metJson, kalibreer(metJson), controle);
    const double maxRate = meet(maxVrij, kalibreer(maxVrij), controle);

    std::printf("regie rules benchmark: 1 afspraak (all limits set), 20 earlier opnames, 2 own IBANs\n");
    regel("baseline copy inputs", kopieRate, "copies");
    regel("baseline loop over 20 opnames", somRate, "loops");
    regel("evaluate()", evalRate, "evaluations");
    regel("evaluate() + compact JSON", jsonRate, "evaluations");
    regel("maxVrijBedrag()", maxRate, "calls");
    // Cost ratios: how many times the cost of the baseline one operation takes.
    std::printf("cost ratio evaluate / copy inputs:         %8.1f\n", kopieRate / evalRate);
    std::printf("cost ratio evaluate / loop over opnames:   %8.1f\n", somRate / evalRate);
    std::printf("cost ratio evaluate+JSON / evaluate:       %8.2f\n", evalRate / jsonRate);
    std::printf("cost ratio maxVrijBedrag / evaluate:       %8.2f\n", evalRate / maxRate);
    std::printf("microseconds per evaluate():               %8.2f\n", 1e6 / evalRate);
    std::printf("(checksum %lld)\n", static_cast<long long>(controle));
    std::printf("FIGURE {\"name\":\"rule evaluations per CPU-second\",\"value\":%.0f,\"baseline_name\":"
                "\"copy inputs/s\",\"baseline\":%.0f,\"ratio\":%.4f,\"goal\":1000000,\"goal_on\":\"value\"}\n",
                evalRate, kopieRate, evalRate / kopieRate);
    return 0;
}
