// regie-server: the inwoner pages and the staff API. Reads its options, opens the data
// folder (database + key file), optionally fills it with demo data, and serves until
// SIGTERM/SIGINT, then finishes the responses in flight and exits.

#include "version/Version.h"
#include "jobs/LeaseKeeper.h"
#include "jobs/Scheduler.h"
#include "jobs/SystemJobs.h"
#include "server/Health.h"
#include "server/JsonLog.h"
#include "server/Options.h"
#include "server/RealtimeRelay.h"
#include "server/Server.h"
#include "server/modules/MountModules.h"

#include "cluster/Lease.h"
#include "crypto/FieldCipher.h"
#include "crypto/KeyStore.h"
#include "demo/Generator.h"
#include "demo/Loader.h"
#include "integrations/runtime/Koppelingen.h"
#include "integrations/runtime/MailOptions.h"
#include "services/Beheer.h"
#include "services/Installatie.h"
#include "services/Koppelingen.h"
#include "storage/Database.h"

#include <QtCore/QCoreApplication>

#include "I18n.h"
#include "pages/Pages.h"
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QTextStream>
#include <QtCore/QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

Q_LOGGING_CATEGORY(lcMain, "regie.server")

std::atomic<bool> gStop{false};

extern "C" void onSignal(int)
{
    gStop.store(true); // async-signal-safe; a timer on the event loop acts on it
}

void out(const QString &text)
{
    QTextStream(stdout) << text << Qt::endl;
}

// The data folder and the files in it are the owner's only: they hold personal data and keys.
bool prepareDataDir(const QString &dir, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the data folder");
        return false;
    }
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return true;
}

void restrictFile(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

const QString kDemoPassword = QStringLiteral("regie-demo");

bool loadDemo(regie::services::ServiceContext &ctx, int inwoners, int maanden, QString *error)
{
    using namespace regie;
    const services::Result<bool> heeftGegevens = services::Installatie(ctx).heeftGegevens(Actor::systeem());
    if (!heeftGegevens.ok()) {
        *error = QStringLiteral("reading the data folder failed: ") + heeftGegevens.error.message;
        return false;
    }
    if (*heeftGegevens.value) {
        out(QStringLiteral("Demo: the data folder already holds data; nothing was added."));
        return true;
    }
    demo::GeneratorParams params;
    params.inwoners = inwoners;
    params.maanden = maanden;
    const demo::Dataset dataset = demo::genereer(params);
    demo::LaadOpties opties;
    opties.wachtwoord = kDemoPassword;
    if (inwoners >= 500) { // a large set takes minutes: say how far it is
        opties.voortgang = [](int klaar, int totaal) {
            if (klaar % 250 == 0 || klaar == totaal)
                out(QStringLiteral("Demo: %1 of %2 households loaded.").arg(klaar).arg(totaal));
        };
    }
    const services::Result<demo::LoadSummary> r = demo::Loader(opties).laad(ctx, dataset);
    if (!r.ok()) {
        *error = QStringLiteral("loading demo data failed: ") + r.error.message;
        return false;
    }
    out(QStringLiteral("Demo data loaded: %1 households.").arg(r.value->inwonersNieuw));
    // Staff log in with a TOTP code; the demo secret is derived from the username
    // (auth::demoTotpSecret), so regie-desk's demo banner and tests can compute the code.
    const services::Result<int> totp = services::Beheer(ctx).zetDemoTweedeFactoren(Actor::systeem());
    if (!totp.ok()) {
        *error = QStringLiteral("setting the demo TOTP secrets failed: ") + totp.error.message;
        return false;
    }
    out(QStringLiteral("Staff logins for regie-desk (password \"%1\", TOTP code shown by regie-desk's demo banner):")
            .arg(kDemoPassword));
    for (const demo::Gebruiker &g : dataset.gebruikers)
        out(QStringLiteral("  %1  (%2)").arg(g.username, toCode(g.role)));
    out(QStringLiteral("Inwoners log in through the test login page: /inloggen/test"));
    return true;
}

// Demo is a property of the store, fixed at its first start: --demo on a new store makes it
// a demo for good, a store first started without it is real for good. --demo on a real
// store is refused (it would open the test login onto real people); a demo store is a demo
// also when started without --demo (banner, test login).
bool fixStoreKind(regie::services::ServiceContext &ctx, regie::web::Config &config, QString *error)
{
    using namespace regie;
    services::Installatie installatie(ctx);
    const auto soort = installatie.soort(Actor::systeem());
    if (!soort.ok()) {
        *error = QStringLiteral("reading the store's kind failed: ") + soort.error.message;
        return false;
    }
    services::Opslagsoort nu = *soort.value;
    if (nu == services::Opslagsoort::Onbepaald) {
        const auto vast = installatie.legSoortVast(Actor::systeem(), config.demo);
        if (!vast.ok() && vast.error.code != services::ErrorCode::Conflict) {
            *error = QStringLiteral("fixing the store's kind failed: ") + vast.error.message;
            return false;
        }
        nu = vast.ok() ? *vast.value : services::Opslagsoort::Echt;
    }
    if (config.demo && nu != services::Opslagsoort::Demo) {
        *error = QStringLiteral("--demo refused: this data folder holds a real store (it was not created as a demo)."
                                " Use an empty data folder for a demo.");
        return false;
    }
    config.demo = nu == services::Opslagsoort::Demo;
    if (config.demo)
        qCWarning(lcMain) << "this store is a demo: test login on, demo banner on every page";
    return true;
}

// A fresh demo load already holds the whole history that Allegro would report. Marking every
// inwoner as synced now makes the first sync ask only for newer statement lines, so the
// history is not booked twice; balances that match need no correction.
void markDemoSynced(regie::services::ServiceContext &ctx)
{
    using namespace regie;
    services::Koppelingen koppelingen(ctx);
    const auto inwoners = koppelingen.teSynchroniseren(Actor::systeem());
    if (!inwoners.ok()) {
        qCWarning(lcMain).noquote() << "demo: cannot read the inwoners to sync:" << inwoners.error.message.left(200);
        return;
    }
    const QDateTime now = ctx.now();
    int marked = 0;
    for (const services::SyncInwoner &inwoner : *inwoners.value) {
        if (!inwoner.vanaf.isValid() && koppelingen.markeerGesynchroniseerd(Actor::systeem(), inwoner.inwonerId, now, now).ok())
            ++marked;
    }
    qCInfo(lcMain) << "demo: marked" << marked << "inwoners as synced with Allegro";
}

regie::integrations::KoppelingConfig koppelingConfig(const regie::web::KoppelingOptions &k, const regie::web::Config &config)
{
    regie::integrations::KoppelingConfig c;
    if (!k.allegroUrl.isEmpty()) {
        c.allegro.baseUrl = QUrl(k.allegroUrl);
        c.allegro.username = k.allegroUser;
        c.allegro.password = k.allegroPassword;
        c.allegro.timeoutMs = k.allegroTimeoutMs;
    }
    if (!k.zgwOrigin.isEmpty()) {
        c.zgwEnabled = true;
        c.zgw.zakenBase = QUrl(k.zgwOrigin + QStringLiteral("/zaken/api/v1"));
        c.zgw.catalogiBase = QUrl(k.zgwOrigin + QStringLiteral("/catalogi/api/v1"));
        c.zgw.besluitenBase = QUrl(k.zgwOrigin + QStringLiteral("/besluiten/api/v1"));
        c.zgw.notificatiesBase = QUrl(k.zgwOrigin + QStringLiteral("/notificaties/api/v1"));
        c.zgw.clientId = k.zgwClientId;
        c.zgw.secret = k.zgwSecret.toUtf8();
        c.zgw.timeoutMs = k.zgwTimeoutMs;
        c.zaakFlow.bronorganisatie = k.zgwRsin;
        c.zaakFlow.verantwoordelijkeOrganisatie = k.zgwRsin;
        c.zaakFlow.zaaktype = QUrl(k.zgwZaaktype);
        // The webhook compares Authorization with the secret as a whole, so that is the auth.
        if (!k.zgwCallbackUrl.isEmpty() && !config.zgwWebhookSecret.isEmpty()) {
            c.abonnement.callbackUrl = QUrl(k.zgwCallbackUrl);
            c.abonnement.auth = config.zgwWebhookSecret;
        }
    }
    c.mail = k.mail;
    c.sync.intervalMs = k.syncIntervalSeconds * 1000;
    c.sync.maxBackoffMs = std::max(k.syncMaxBackoffSeconds * 1000, c.sync.intervalMs);
    return c;
}

// Allegro, ZGW or SMTP given: the koppelingen have work to do.
bool koppelingenGeconfigureerd(const regie::web::StartOptions &options)
{
    const regie::web::KoppelingOptions &k = options.koppelingen;
    return !k.allegroUrl.isEmpty() || !k.zgwOrigin.isEmpty() || k.mail.enabled();
}

// Starts the outbox dispatcher (Allegro, ZGW or SMTP given), the Allegro sync (Allegro
// given) and the abonnement registration (ZGW, webhook secret and callback given) on the
// server's database.
bool startKoppelingen(regie::integrations::Koppelingen &koppelingen, const regie::web::StartOptions &options,
                      const regie::crypto::FieldCipher &cipher)
{
    using namespace regie;
    const web::KoppelingOptions &k = options.koppelingen;
    const bool allegro = !k.allegroUrl.isEmpty();
    if (!koppelingenGeconfigureerd(options))
        return true;
    // The workers open their own connections to the server's database (SQLite file or
    // PostgreSQL), so their events reach open pages on either engine.
    integrations::KoppelingConfig config = koppelingConfig(k, options.config);
    config.database = options.config.database;
    // A message's claim outlives a takeover of the lease and a slow receiver's timeouts
    // (docs/DEPLOY.md, "The lease").
    config.dispatcher.claimMs = static_cast<int>(qMax<qint64>(2 * std::chrono::milliseconds(options.leaseTime).count(), 60'000));
    if (!koppelingen.start(config, cipher, QString(), true, allegro))
        return false;
    qCInfo(lcMain).noquote() << QStringLiteral("koppelingen started: allegro %1, zgw %2, sync every %3 s, mail %4")
                                    .arg(allegro ? QStringLiteral("on") : QStringLiteral("off"),
                                         k.zgwOrigin.isEmpty() ? QStringLiteral("off") : QStringLiteral("on"))
                                    .arg(allegro ? k.syncIntervalSeconds : 0)
                                    .arg(config.mail.enabled() ? QStringLiteral("via ") + integrations::mailServerText(config.mail)
                                                               : QStringLiteral("off (mails wait in the outbox)"));
    if (config.zgwEnabled && !config.abonnement.enabled())
        qCInfo(lcMain) << "zgw abonnement: not registered (needs zgw/webhook_secret and public_origin or zgw/callback_url)";
    return true;
}

void contactDefaults(regie::services::ServiceContext &ctx, regie::web::Config &c)
{
    if (!c.contactPhone.isEmpty() && !c.contactEmail.isEmpty() && !c.teamName.isEmpty())
        return;
    const auto team = regie::services::Installatie(ctx).eersteTeam(regie::Actor::systeem());
    if (!team.ok())
        return;
    if (c.teamName.isEmpty())
        c.teamName = team.value->teamNaam;
    if (c.contactPhone.isEmpty())
        c.contactPhone = team.value->telefoon;
    if (c.contactEmail.isEmpty())
        c.contactEmail = team.value->email;
}

void installStopHandling(regie::web::Server &server, regie::web::jobs::LeaseKeeper &background,
                         regie::web::RealtimeRelay &relay, QCoreApplication &app)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [poll, &server, &background, &relay, &app] {
        if (!gStop.load())
            return;
        poll->stop();
        // Ends the jobs and koppelingen and gives the lease back: another instance takes
        // the background work over at its next try instead of after the lease time.
        background.stop();
        relay.stop();
        qCInfo(lcMain) << "stopping: finishing responses in flight";
        server.shutdown(5000, [&app] { app.quit(); });
    });
    poll->start(100);
}

// The running server and what runs beside it on its thread: the background jobs and the
// koppelingen. Returns the exit code.
int serve(const regie::web::StartOptions &options, regie::services::ServiceContext &ctx,
          const regie::crypto::FieldCipher &cipher, QCoreApplication &app)
{
    using namespace regie;
    const web::Config &config = options.config;
    QString error;
    web::Server server(config, ctx);
    web::mountModules(server);
    if (!server.listen(&error)) {
        qCCritical(lcMain).noquote() << error;
        return 1;
    }
    qCInfo(lcMain).noquote() << QStringLiteral("listening on %1://%2:%3")
                                    .arg(config.tls() ? QStringLiteral("https") : QStringLiteral("http"),
                                         config.listenAddress.toString())
                                    .arg(server.port());
    if (config.metricsListener())
        qCInfo(lcMain).noquote() << QStringLiteral("metrics and health on http://%1:%2")
                                        .arg(config.metricsAddress.toString())
                                        .arg(server.monitoring().port());
    // Events of this instance (its services and its koppelingen) reach its own pages and,
    // on PostgreSQL, those of the other instances; theirs reach the pages here.
    const QString instance = cluster::instanceName();
    web::RealtimeRelay relay(server.realtime(), ctx, instance);
    if (!relay.start(&error))
        qCWarning(lcMain).noquote() << "realtime: cannot listen for other instances' events yet:" << error.left(200);
    integrations::Koppelingen koppelingen;
    QObject::connect(&koppelingen, &integrations::Koppelingen::domainEvent, &server.realtime(),
                     [hub = &server.realtime()](const services::DomainEvent &event) { hub->publish(event); },
                     Qt::QueuedConnection);
    // Expiring waiting requests, purging sessions and tokens, the outbox and the Allegro
    // sync: on the one instance that holds the lease (all of it on SQLite).
    web::jobs::Scheduler jobs(options.jobsInterval);
    web::jobs::addSystemJobs(jobs, ctx, server.sessionStore(), server.tokens(),
                             {options.retentionMonths, options.retentionInterval});
    web::jobs::LeaseKeeper background(ctx.db, ctx.clock, options.leaseTime, instance);
    bool koppelingenFout = false;
    background.onGained = [&] {
        jobs.start();
        if (!startKoppelingen(koppelingen, options, cipher)) {
            qCCritical(lcMain) << "koppelingen: cannot start";
            koppelingenFout = true;
            QCoreApplication::exit(1); // when this happens later, while serving
        }
    };
    background.onLost = [&] {
        jobs.stop();
        if (koppelingen.isRunning()) {
            qCInfo(lcMain) << "stopping the koppelingen";
            koppelingen.stop();
        }
    };
    background.start();
    if (koppelingenFout)
        return 1;
    // Ready: the koppelingen run wherever this instance holds the lease (a stopped worker sends nothing).
    if (koppelingenGeconfigureerd(options))
        server.monitoring().addCheck(QStringLiteral("koppelingen"), [&background, &koppelingen] {
            return !background.holds() || koppelingen.isRunning() ? QString() : QStringLiteral("gestopt");
        });
    installStopHandling(server, background, relay, app);
    const int rc = QCoreApplication::exec();
    background.stop();
    relay.stop();
    qCInfo(lcMain) << "stopped";
    return rc;
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace regie;
#if defined(__GLIBC__)
    // Every page builds and frees a few hundred KB; by default glibc gave that back to the
    // kernel after each request and faulted it in again on the next (brk up and down).
    // Keeping headroom costs a few MB of RSS: /overzicht went from ~2,200 to ~2,900 req/s
    // (bench/server/overzicht.py).
    mallopt(M_TOP_PAD, 4 << 20);
    mallopt(M_TRIM_THRESHOLD, 16 << 20);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regie-server"));
    QCoreApplication::setApplicationVersion(regie::version::text());
    // English pages: the embedded translations, installed per request by the pages' TaalScope.
    web::pages::setEnglishTranslator(i18n::translator(i18n::Language::Engels));

    web::StartOptions options;
    QString error;
    if (!web::parseOptions(QCoreApplication::arguments(), &options, &error)) {
        std::fprintf(stderr, "regie-server: %s\n\n%s", qPrintable(error), qPrintable(web::usageText()));
        return 2;
    }
    if (options.help) {
        out(web::usageText());
        return 0;
    }
    if (options.version) {
        out(QStringLiteral("regie-server ") + regie::version::text());
        return 0;
    }
    web::installJsonLogHandler();
    web::Config &config = options.config;
    config.version = regie::version::text();
    config.allegroUrl = options.koppelingen.allegroUrl;
    config.allegroUser = options.koppelingen.allegroUser;
    config.allegroPassword = options.koppelingen.allegroPassword;

    if (!prepareDataDir(config.dataDir, &error)) {
        qCCritical(lcMain).noquote() << error;
        return 1;
    }
    const crypto::KeyStore::Result keys =
        crypto::KeyStore::load(options.masterKey, QDir(config.dataDir).filePath(QStringLiteral("regie.key")));
    if (!keys.ok()) {
        qCCritical(lcMain).noquote() << "keys:" << keys.error;
        return 1;
    }
    if (config.database.driver == storage::Driver::Sqlite)
        config.database.sqlitePath = QDir(config.dataDir).filePath(QStringLiteral("regie.sqlite"));
    std::unique_ptr<storage::Database> db = storage::Database::open(config.database, &error);
    if (!db || !db->migrate(&error)) {
        qCCritical(lcMain).noquote() << "database:" << error;
        return 1;
    }
    for (const char *suffix : {"", "-wal", "-shm"})
        restrictFile(config.database.sqlitePath + QLatin1String(suffix));

    const crypto::FieldCipher cipher(*keys.keyring);
    services::ServiceContext ctx(*db, cipher);
    if (!fixStoreKind(ctx, config, &error)) {
        qCCritical(lcMain).noquote() << error;
        return 1;
    }
    if (config.demo && !loadDemo(ctx, options.demoInwoners, options.demoMaanden, &error)) {
        qCCritical(lcMain).noquote() << error;
        return 1;
    }
    if (config.demo && !options.koppelingen.allegroUrl.isEmpty())
        markDemoSynced(ctx);
    contactDefaults(ctx, config);

    return serve(options, ctx, cipher, app);
}
