#pragma once
// What every regie-admin command stands on: the settings (the same table and INI file as
// regie-server), the master keys and the store. Messages are Dutch, for the beheerder, and
// say what to do; they never contain a secret.

#include "config/Values.h"
#include "crypto/FieldCipher.h"
#include "services/ServiceContext.h"
#include "storage/Database.h"

#include <QtCore/QTextStream>

#include <memory>
#include <optional>

namespace regie::admin {

// Exit codes: 0 done and in order, 1 something is wrong (the output says what), 2 bad usage.
enum Uitkomst { Goed = 0, Fout = 1, Gebruik = 2 };

struct Omgeving {
    config::Values values;
    QStringList argumenten;           // the command's own words after the command name
    QString dataDir;
    QString keyFile;                  // <data>/regie.key
    storage::DatabaseConfig database;
    std::optional<crypto::Keyring> keyring;
    std::unique_ptr<crypto::FieldCipher> cipher;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<services::ServiceContext> ctx;

    // Settings only: INI file, environment, flags. False with the message in *error.
    bool leesInstellingen(const QStringList &arguments, QString *error);
    // The keys (key file, REGIE_MASTER_KEY or keys/master_key) and the existing database.
    // Never creates either (regie-server does at its first start). False with the message.
    bool openOpslag(QString *error);
    // The database path/connection from the settings, without opening it.
    bool databaseInstellingen(QString *error);
    // Whether the master keys are the key file's (else the environment or the INI file's).
    bool sleutelUitBestand() const;
};

std::span<const config::Values::ProgramFlag> programFlags(); // --config, --naam, ...
QTextStream &uit();  // stdout
QTextStream &fout(); // stderr

} // namespace regie::admin
