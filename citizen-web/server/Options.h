#pragma once
// regie-server's start options: an INI file (QSettings, --config FILE) overridden by
// command-line flags. docs/SERVER.md lists every key and flag.

#include "server/Config.h"

#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::web {

struct StartOptions {
    Config config;
    QString configFile;
    QString masterKey;       // [keys] master_key; the environment variable wins (KeyStore)
    int demoInwoners = 5;    // --demo-inwoners
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
// "900", "900s", "15m", "8h".
bool parseDuration(const QString &text, std::chrono::seconds *out);

} // namespace regie::web
