// regie-server: the inwoner pages and the staff API. Reads its options, opens the data
// folder (database + key file), optionally fills it with demo data, and serves until
// SIGTERM/SIGINT, then finishes the responses in flight and exits.

#include "server/JsonLog.h"
#include "server/Options.h"
#include "server/Server.h"
#include "server/modules/MountModules.h"

#include "crypto/FieldCipher.h"
#include "crypto/KeyStore.h"
#include "demo/Generator.h"
#include "demo/Loader.h"
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

qint64 count(regie::storage::Database &db, const QString &table)
{
    regie::storage::Sql q(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return q.exec() && q.next() ? q.int64(0) : -1;
}

const QString kDemoPassword = QStringLiteral("regie-demo");

bool loadDemo(regie::services::ServiceContext &ctx, int inwoners, QString *error)
{
    using namespace regie;
    if (count(ctx.db, QStringLiteral("inwoners")) != 0 || count(ctx.db, QStringLiteral("users")) != 0) {
        out(QStringLiteral("Demo: the data folder already holds data; nothing was added."));
        return true;
    }
    demo::GeneratorParams params;
    params.inwoners = inwoners;
    const demo::Dataset dataset = demo::genereer(params);
    demo::LaadOpties opties;
    opties.wachtwoord = kDemoPassword;
    const services::Result<demo::LoadSummary> r = demo::Loader(opties).laad(ctx, dataset);
    if (!r.ok()) {
        *error = QStringLiteral("loading demo data failed: ") + r.error.message;
        return false;
    }
    out(QStringLiteral("Demo data loaded: %1 households.").arg(r.value->inwonersNieuw));
    out(QStringLiteral("Staff logins for regie-desk (password \"%1\", TOTP code shown by regie-desk's demo banner):")
            .arg(kDemoPassword));
    for (const demo::Gebruiker &g : dataset.gebruikers)
        out(QStringLiteral("  %1  (%2)").arg(g.username, toCode(g.role)));
    out(QStringLiteral("Inwoners log in through the test login page: /inloggen/test"));
    return true;
}

void contactDefaults(regie::storage::Database &db, regie::web::Config &c)
{
    if (!c.contactPhone.isEmpty() && !c.contactEmail.isEmpty() && !c.teamName.isEmpty())
        return;
    regie::storage::Sql q(db, QStringLiteral("SELECT naam, telefoon, email FROM teams ORDER BY id LIMIT 1"));
    if (!q.exec() || !q.next())
        return;
    if (c.teamName.isEmpty())
        c.teamName = q.text(0);
    if (c.contactPhone.isEmpty())
        c.contactPhone = q.text(1);
    if (c.contactEmail.isEmpty())
        c.contactEmail = q.text(2);
}

void installStopHandling(regie::web::Server &server, QCoreApplication &app)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [poll, &server, &app] {
        if (!gStop.load())
            return;
        poll->stop();
        qCInfo(lcMain) << "stopping: finishing responses in flight";
        server.shutdown(5000, [&app] { app.quit(); });
    });
    poll->start(100);
}

} // namespace

int main(int argc, char *argv[])
{
    using namespace regie;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regie-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REGIE_VERSION_STRING));
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
        out(QStringLiteral("regie-server ") + QStringLiteral(REGIE_VERSION_STRING));
        return 0;
    }
    web::installJsonLogHandler();
    web::Config &config = options.config;

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
    if (config.demo && !loadDemo(ctx, options.demoInwoners, &error)) {
        qCCritical(lcMain).noquote() << error;
        return 1;
    }
    contactDefaults(*db, config);

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
    installStopHandling(server, app);
    const int rc = QCoreApplication::exec();
    qCInfo(lcMain) << "stopped";
    return rc;
}
