// How regie-desk's queue copes with 10,000 waiting requests: load them into the model, sort,
// filter and render the table offscreen. Printed as ratios against a baseline measured in the
// same run (the same view rendering an empty model), plus memory per row.
//   QT_QPA_PLATFORM=offscreen ./bench_werkvoorraad [rows]

#include "client/ApiClient.h"
#include "models/WerkvoorraadModel.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QFile>
#include <QtWidgets/QApplication>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QTableView>

#include <algorithm>
#include <cstdio>

using namespace regie;
using namespace regie::desk;

namespace {

constexpr int kHerhalingen = 5;

// Resident set size in KiB; 0 where the platform offers no cheap way to read it.
qint64 rssKiB()
{
#ifdef Q_OS_LINUX
    QFile f(QStringLiteral("/proc/self/statm"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> parts = f.readAll().split(' ');
    return parts.size() > 1 ? parts[1].toLongLong() * 4 : 0; // pages of 4 KiB
#else
    return 0;
#endif
}

QList<VerzoekRegel> regels(int n)
{
    static const QStringList potjes{QStringLiteral("Kleding"), QStringLiteral("Verjaardagen"), QStringLiteral("Buffer"),
                                    QStringLiteral("Fiets"), QStringLiteral("Schoolspullen")};
    QList<VerzoekRegel> out;
    out.reserve(n);
    for (int i = 0; i < n; ++i) {
        VerzoekRegel r;
        r.id = QStringLiteral("v%1").arg(i, 6, 10, QLatin1Char('0'));
        r.inwoner = QStringLiteral("p%1").arg(i % 2000, 5, 10, QLatin1Char('0'));
        r.inwonerNaam = QStringLiteral("Inwoner %1").arg(i % 2000);
        r.reserveringId = i % 5;
        r.reserveringNaam = potjes[i % potjes.size()];
        r.bedrag = Money::fromCents(1000 + (i * 7919) % 90000);
        r.status = i % 10 == 0 ? desk::VerzoekStatus::WachtOpTweedeAkkoord : desk::VerzoekStatus::WachtOpAkkoord;
        r.wachtMinuten = (i * 37) % (96 * 60);
        r.doelUren = 48;
        r.vierOgen = i % 10 == 0;
        out.append(r);
    }
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

struct Meting {
    double laadMs = 0, sorteerMs = 0, renderMs = 0, filterMs = 0, scrollMs = 0;
    qint64 geheugenKiB = 0;
};

Meting meet(const QList<VerzoekRegel> &data)
{
    QList<double> laad, sorteer, render, filter, scroll;
    qint64 geheugen = 0;
    for (int h = 0; h < kHerhalingen; ++h) {
        const qint64 voor = rssKiB();
        WerkvoorraadModel model;
        WerkvoorraadFilter proxy;
        proxy.setSourceModel(&model);
        QTableView view;
        view.setModel(&proxy);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.resize(1280, 800);
        view.show();
        QElapsedTimer t;
        t.start();
        model.zetRegels(data);
        laad.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        proxy.sort(WerkvoorraadModel::Wachttijd, Qt::DescendingOrder);
        sorteer.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        (void)view.grab();
        render.append(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        proxy.setReservering(QStringLiteral("kled"));
        (void)view.grab();
        filter.append(double(t.nsecsElapsed()) / 1e6);
        proxy.setReservering(QString());
        t.restart();
        view.scrollToBottom();
        (void)view.grab();
        scroll.append(double(t.nsecsElapsed()) / 1e6);
        geheugen = std::max(geheugen, rssKiB() - voor);
    }
    return Meting{median(laad), median(sorteer), median(render), median(filter), median(scroll), geheugen};
}

double ratio(double a, double b) { return b > 0.0 ? a / b : 0.0; }

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rijen = argc > 1 ? std::clamp(QByteArray(argv[1]).toInt(), 1, ApiClient::kMaxWerkvoorraadRows) : 10000;
    const QList<VerzoekRegel> data = regels(rijen);
    meet({}); // warm up fonts, styles and the paint engine
    const Meting basis = meet({});
    const Meting vol = meet(data);
    const double renderBasis = basis.renderMs;
    std::printf("werkvoorraad: %d rows, median of %d runs (baseline: same view, empty model)\n", rijen, kHerhalingen);
    std::printf("  baseline render           %8.2f ms\n", renderBasis);
    std::printf("  load into model           %8.2f ms   (%.1fx baseline render)\n", vol.laadMs, ratio(vol.laadMs, renderBasis));
    std::printf("  sort on waiting time      %8.2f ms   (%.1fx)\n", vol.sorteerMs, ratio(vol.sorteerMs, renderBasis));
    std::printf("  first render              %8.2f ms   (%.2fx)\n", vol.renderMs, ratio(vol.renderMs, renderBasis));
    std::printf("  filter + render           %8.2f ms   (%.2fx)\n", vol.filterMs, ratio(vol.filterMs, renderBasis));
    std::printf("  scroll to end + render    %8.2f ms   (%.2fx)\n", vol.scrollMs, ratio(vol.scrollMs, renderBasis));
    if (vol.geheugenKiB > 0)
        std::printf("  memory                    %8.1f MiB (baseline %.1f MiB; %.0f bytes per row)\n", double(vol.geheugenKiB) / 1024.0,
                    double(basis.geheugenKiB) / 1024.0, double(vol.geheugenKiB - basis.geheugenKiB) * 1024.0 / rijen);
    return 0;
}
