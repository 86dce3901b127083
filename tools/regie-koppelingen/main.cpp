// regie-koppelingen: runs the integration pieces from the command line, for the demo, the
// tests (the crash test kills this process) and operators.
//
//   regie-koppelingen --data regie.sqlite [--key-file F] [--allegro URL] [--zgw ORIGIN --zaaktype URL ...]
//                     [--smtp-host H --smtp-from ADDRESS ...] COMMAND
//     dispatch [--until-empty] [--max-seconds N]   send the outbox (default: run until stopped)
//     sync [--once]                                 Allegro sync (default: every --interval-ms)
//     import-camt FILE --inwoner ID                  book a camt.053 statement
//     export-pain001 YYYY-MM-DD --out FILE           executed withdrawals of that day
//
// Keys: REGIE_MASTER_KEY, else --key-file (see crypto/KeyStore.h); REGIE_SMTP_PASSWORD. Prints one JSON line
// with the result; exit code 0 on success, 1 on a refused action, 2 on bad usage.
#include "crypto/KeyStore.h"
#include "integrations/runtime/AllegroSync.h"
#include "integrations/runtime/Bankbestanden.h"
#include "integrations/runtime/MailOptions.h"
#include "integrations/runtime/OutboxDispatcher.h"
#include "services/KoppelingGegevens.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDeadlineTimer>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QThread>

#include <csignal>
#include <cstdio>

using namespace regie;

namespace {

volatile std::sig_atomic_t gStop = 0;
extern "C" void onStop(int) { gStop = 1; }

int usage(const QString &message)
{
    std::fprintf(stderr, "regie-koppelingen: %s\n", qPrintable(message));
    return 2;
}

void print(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

int intOption(const QCommandLineParser &p, const QString &name, int fallback)
{
    bool ok = false;
    const int value = p.value(name).toInt(&ok);
    return p.isSet(name) && ok ? value : fallback;
}

// The same words and checks as regie-server's --smtp-* flags (MailOptions).
bool mailFrom(const QCommandLineParser &p, integrations::MailConfig *mail, QString *error)
{
    integrations::SmtpOptions o;
    o.host = p.value(QStringLiteral("smtp-host"));
    o.port = p.value(QStringLiteral("smtp-port"));
    o.security = p.value(QStringLiteral("smtp-security"));
    o.username = p.value(QStringLiteral("smtp-user"));
    o.password = qEnvironmentVariable(integrations::kSmtpPasswordEnv);
    o.from = p.value(QStringLiteral("smtp-from"));
    o.fromName = p.value(QStringLiteral("smtp-from-name"));
    return integrations::applySmtpOptions(o, mail, error);
}

integrations::KoppelingConfig configFrom(const QCommandLineParser &p)
{
    integrations::KoppelingConfig c;
    c.database.sqlitePath = p.value(QStringLiteral("data"));
    if (p.isSet(QStringLiteral("allegro"))) {
        c.allegro.baseUrl = QUrl(p.value(QStringLiteral("allegro")));
        c.allegro.username = p.value(QStringLiteral("allegro-user"));
        c.allegro.password = qEnvironmentVariable("REGIE_ALLEGRO_PASSWORD");
        c.allegro.timeoutMs = intOption(p, QStringLiteral("allegro-timeout-ms"), c.allegro.timeoutMs);
    }
    if (p.isSet(QStringLiteral("zgw"))) {
        const QString origin = p.value(QStringLiteral("zgw"));
        c.zgwEnabled = true;
        c.zgw.zakenBase = QUrl(origin + QStringLiteral("/zaken/api/v1"));
        c.zgw.catalogiBase = QUrl(origin + QStringLiteral("/catalogi/api/v1"));
        c.zgw.besluitenBase = QUrl(origin + QStringLiteral("/besluiten/api/v1"));
        c.zgw.notificatiesBase = QUrl(origin + QStringLiteral("/notificaties/api/v1"));
        c.zgw.clientId = p.value(QStringLiteral("zgw-client-id"));
        c.zgw.secret = qEnvironmentVariable("REGIE_ZGW_SECRET").toUtf8();
        c.zgw.timeoutMs = intOption(p, QStringLiteral("zgw-timeout-ms"), c.zgw.timeoutMs);
        c.zaakFlow.bronorganisatie = p.value(QStringLiteral("rsin"));
        c.zaakFlow.verantwoordelijkeOrganisatie = c.zaakFlow.bronorganisatie;
        c.zaakFlow.zaaktype = QUrl(p.value(QStringLiteral("zaaktype")));
    }
    c.dispatcher.batchSize = intOption(p, QStringLiteral("batch"), c.dispatcher.batchSize);
    c.dispatcher.maxAttempts = intOption(p, QStringLiteral("max-attempts"), c.dispatcher.maxAttempts);
    c.dispatcher.claimMs = qBound(1000, intOption(p, QStringLiteral("claim-ms"), c.dispatcher.claimMs), 3'600'000);
    c.sync.intervalMs = intOption(p, QStringLiteral("interval-ms"), c.sync.intervalMs);
    c.gemeente.name = p.value(QStringLiteral("gemeente-naam"));
    c.gemeente.iban = p.value(QStringLiteral("gemeente-iban"));
    return c;
}

qint64 openMessages(services::ServiceContext &ctx)
{
    return services::KoppelingGegevens(ctx).wachtendeBerichten(Actor::systeem()).value.value_or(-1);
}

int dispatch(services::ServiceContext &ctx, const integrations::KoppelingConfig &config, const QCommandLineParser &p)
{
    integrations::OutboxDispatcher dispatcher(ctx, config.dispatcher);
    integrations::SenderSet senders(ctx, config);
    senders.attach(dispatcher);
    const bool untilEmpty = p.isSet(QStringLiteral("until-empty"));
    QDeadlineTimer deadline(qint64(intOption(p, QStringLiteral("max-seconds"), 3600)) * 1000);
    integrations::DispatchRound total;
    while (!gStop && !deadline.hasExpired()) {
        const integrations::DispatchRound round = dispatcher.dispatchOnce();
        total.sent += round.sent;
        total.retried += round.retried;
        total.gaveUp += round.gaveUp;
        if (round.picked() > 0)
            continue;
        if (untilEmpty && openMessages(ctx) == 0)
            break;
        QThread::msleep(static_cast<unsigned long>(config.dispatcher.pollIntervalMs));
    }
    print(QJsonObject{{QStringLiteral("sent"), total.sent},
                      {QStringLiteral("retried"), total.retried},
                      {QStringLiteral("gaveUp"), total.gaveUp},
                      {QStringLiteral("open"), openMessages(ctx)}});
    return 0;
}

int sync(services::ServiceContext &ctx, const integrations::KoppelingConfig &config, const QCommandLineParser &p)
{
    if (config.allegro.baseUrl.isEmpty())
        return usage(QStringLiteral("sync needs --allegro URL"));
    allegro::AllegroClient client(config.allegro);
    integrations::AllegroSync syncer(ctx, client, config.sync);
    const bool once = p.isSet(QStringLiteral("once"));
    while (!gStop) {
        const integrations::SyncCycle c = syncer.syncOnce();
        print(QJsonObject{{QStringLiteral("inwoners"), c.inwoners}, {QStringLiteral("bijgewerkt"), c.bijgewerkt},
                          {QStringLiteral("geboekt"), c.geboekt}, {QStringLiteral("correcties"), c.correcties},
                          {QStringLiteral("leningen"), c.leningen}, {QStringLiteral("fouten"), c.fouten},
                          {QStringLiteral("allegroOnbereikbaar"), c.allegroOnbereikbaar},
                          {QStringLiteral("ms"), c.durationMs}});
        if (once)
            return c.allegroOnbereikbaar ? 1 : 0;
        QDeadlineTimer wait(syncer.nextDelayMs());
        while (!gStop && !wait.hasExpired())
            QThread::msleep(50);
    }
    return 0;
}

int importCamt(services::ServiceContext &ctx, const QCommandLineParser &p, const QString &file)
{
    bool ok = false;
    const qint64 inwoner = p.value(QStringLiteral("inwoner")).toLongLong(&ok);
    if (!ok)
        return usage(QStringLiteral("import-camt needs --inwoner ID"));
    integrations::Bankbestanden bank(ctx);
    const auto r = bank.importeerCamtBestand(Actor::systeem(), inwoner, file);
    if (!r.ok()) {
        print(QJsonObject{{QStringLiteral("error"), r.error.message}});
        return 1;
    }
    print(QJsonObject{{QStringLiteral("geboekt"), r.value->geboekt}, {QStringLiteral("alBekend"), r.value->alBekend},
                      {QStringLiteral("eigenBetalingen"), r.value->eigenBetalingen}});
    return 0;
}

int exportPain(services::ServiceContext &ctx, const integrations::KoppelingConfig &config, const QCommandLineParser &p,
               const QString &day)
{
    const QDate date = QDate::fromString(day, Qt::ISODate);
    if (!date.isValid() || !p.isSet(QStringLiteral("out")))
        return usage(QStringLiteral("export-pain001 needs YYYY-MM-DD and --out FILE"));
    integrations::Bankbestanden bank(ctx);
    const auto r = bank.exporteerPain001(Actor::systeem(), date, config.gemeente);
    if (!r.ok()) {
        print(QJsonObject{{QStringLiteral("error"), r.error.message}});
        return 1;
    }
    QFile out(p.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(r.value->xml) != r.value->xml.size())
        return usage(QStringLiteral("cannot write --out"));
    print(QJsonObject{{QStringLiteral("betalingen"), r.value->betalingen},
                      {QStringLiteral("totaalCents"), r.value->totaal.cents()},
                      {QStringLiteral("messageId"), r.value->messageId}});
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("regie-koppelingen"));
    std::signal(SIGINT, onStop);
    std::signal(SIGTERM, onStop);
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Regie integrations: outbox, Allegro sync, bank files"));
    p.addHelpOption();
    const auto opt = [](const char *name, const char *help, const char *value = nullptr) {
        return value ? QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value))
                     : QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help));
    };
    p.addOptions({opt("data", "Regie SQLite database.", "file"), opt("key-file", "Master key file.", "file"),
                  opt("allegro", "Allegro SOAP endpoint.", "url"), opt("allegro-user", "Allegro user (password: REGIE_ALLEGRO_PASSWORD).", "name"),
                  opt("allegro-timeout-ms", "Allegro per-call timeout.", "ms"),
                  opt("zgw", "Zaaksysteem origin (APIs under /zaken/api/v1 ...).", "url"),
                  opt("zgw-client-id", "JWT client_id (secret: REGIE_ZGW_SECRET).", "id"),
                  opt("zgw-timeout-ms", "Zaaksysteem per-call timeout.", "ms"),
                  opt("rsin", "RSIN of the gemeente.", "rsin"), opt("zaaktype", "Zaaktype URL.", "url"),
                  opt("smtp-host", "Mail server for the outbox's mails (none: mails stay queued).", "host"),
                  opt("smtp-port", "Mail server port (default 587, 465 with tls, 25 with none).", "port"),
                  opt("smtp-security", "starttls (default), tls, or none (loopback host only).", "mode"),
                  opt("smtp-user", "SMTP login (password: REGIE_SMTP_PASSWORD).", "name"),
                  opt("smtp-from", "Sender address of the mails.", "address"),
                  opt("smtp-from-name", "Sender name of the mails.", "text"),
                  opt("batch", "Outbox messages per round.", "n"), opt("max-attempts", "Attempts before mislukt.", "n"),
                  opt("claim-ms", "dispatch: how long a message stays claimed while it is sent (default 60000).", "ms"),
                  opt("until-empty", "dispatch: stop when no message is open."),
                  opt("max-seconds", "dispatch: stop after this long.", "s"),
                  opt("once", "sync: one cycle."), opt("interval-ms", "sync: interval.", "ms"),
                  opt("inwoner", "import-camt: the inwoner id.", "id"), opt("out", "export-pain001: output file.", "file"),
                  opt("gemeente-naam", "export-pain001: debtor name.", "naam"),
                  opt("gemeente-iban", "export-pain001: debtor IBAN.", "iban")});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("dispatch | sync | import-camt FILE | export-pain001 DATE"));
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty() || !p.isSet(QStringLiteral("data")))
        return usage(QStringLiteral("give --data FILE and a command"));

    const auto keys = crypto::KeyStore::load(QString(), p.value(QStringLiteral("key-file")));
    if (!keys.ok())
        return usage(QStringLiteral("keys: ") + keys.error);
    const crypto::FieldCipher cipher(*keys.keyring);
    integrations::KoppelingConfig config = configFrom(p);
    QString error;
    if (!mailFrom(p, &config.mail, &error))
        return usage(error);
    auto db = storage::Database::open(config.database, &error);
    if (!db || !db->migrate(&error))
        return usage(QStringLiteral("database: ") + error);
    services::ServiceContext ctx(*db, cipher);

    const QString command = args.first();
    if (command == u"dispatch")
        return dispatch(ctx, config, p);
    if (command == u"sync")
        return sync(ctx, config, p);
    if (command == u"import-camt" && args.size() == 2)
        return importCamt(ctx, p, args.at(1));
    if (command == u"export-pain001" && args.size() == 2)
        return exportPain(ctx, config, p, args.at(1));
    return usage(QStringLiteral("unknown command"));
}
