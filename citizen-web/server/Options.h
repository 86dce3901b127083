#pragma once
// regie-server's start options: the settings table (core/config/Settings.h) read from an
// INI file (--config FILE), the environment (secrets) and the command-line flags, turned into
// the server's Config. docs/CONFIGURATION.md lists every key and flag.

#include "server/Config.h"

#include "config/Values.h"

#include "integrations/runtime/MailOptions.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::web {

// The back-office connections (integrations::Koppelingen). Empty URLs: not started.
struct KoppelingOptions {
    QString allegroUrl;      // --allegro: the SOAP endpoint, e.g. http://127.0.0.1:9000/soap
    QString allegroUser;     // --allegro-user
    QString allegroPassword; // allegro/password; REGIE_ALLEGRO_PASSWORD wins
    int allegroTimeoutMs = 15'000;
    QString zgwOrigin;       // --zgw: origin of the ZGW APIs, e.g. http://127.0.0.1:9100
    QString zgwClientId = QStringLiteral("regie");
    QString zgwSecret;       // zgw/secret; REGIE_ZGW_SECRET wins
    int zgwTimeoutMs = 10'000;
    QString zgwRsin = QStringLiteral("002220647"); // zgw-sim's catalogue (gemeente Utrecht)
    QString zgwZaaktype;     // empty: zgw-sim's seeded zaaktype under --zgw
    int syncIntervalSeconds = 60;
    int syncMaxBackoffSeconds = 15 * 60;
    // Where the zaaksysteem sends notifications: --zgw-callback, else the public origin +
    // /api/v1/notificaties. Empty: no abonnement is registered.
    QString zgwCallbackUrl;
    integrations::SmtpOptions smtp;  // --smtp-* flags over [smtp] INI keys
    integrations::MailConfig mail;   // validated from smtp; no host: mails wait in the outbox
};

inline const QString kZgwSimZaaktypePath =
    QStringLiteral("/catalogi/api/v1/zaaktypen/6b2f3c1e-0d4a-4f59-9d0e-5a1c2b3d4e02");

struct StartOptions {
    Config config;
    QString configFile;
    QString masterKey;       // [keys] master_key; the environment variable wins (KeyStore)
    int demoInwoners = 5;    // --demo-inwoners
    int demoMaanden = 12;    // --demo-maanden (history per household)
    std::chrono::seconds jobsInterval{60}; // [jobs] interval: the system jobs (citizen-web/jobs/)
    // [cluster] lease / --lease: the background-work lease (jobs/LeaseKeeper, docs/DEPLOY.md)
    std::chrono::seconds leaseTime{30};
    // [retention] interval and months: how often retention runs and after how many months
    // past the end of budgetbeheer a dossier is anonymised (docs/PRIVACY.md).
    std::chrono::seconds retentionInterval{24 * 3600};
    int retentionMonths = 84;
    KoppelingOptions koppelingen;
    config::Values values;    // what was read, and from where (tests prove every setting is used)
    bool help = false;
    bool version = false;
};

// arguments include the program name (as QCoreApplication::arguments()). False with a
// message for the operator on a bad flag, value or file.
bool parseOptions(const QStringList &arguments, StartOptions *out, QString *error);
QString usageText();

// "host=db port=5432 dbname=regie user=regie password='a b'" -> DatabaseConfig (QPSQL).
bool parsePostgres(const QString &text, storage::DatabaseConfig *out, QString *error);
// "127.0.0.1:8080", "[::1]:8080", ":8080" (loopback), "8080".
bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
// "900", "900s", "15m", "8h" (config::parseSeconds).
bool parseDuration(const QString &text, std::chrono::seconds *out);
// https://host[:port], or http:// with a loopback host; empty is allowed (derived per request).
bool checkPublicOrigin(const QString &origin, QString *error);

} // namespace regie::web
