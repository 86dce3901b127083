#include "Omgeving.h"

#include "crypto/KeyStore.h"
#include "storage/Conninfo.h"

#include <QtCore/QDir>
#include <QtCore/QFileInfo>

namespace regie::admin {
namespace {

const config::Values::ProgramFlag kProgramFlags[] = {
    {"config", "bestand", "INI-bestand van regie-server (/etc/regie/regie.ini)"},
    {"naam", "tekst", "create-beheerder: de naam die regie-desk toont"},
    {"herversleutel", nullptr, "rotate-key: geen nieuwe sleutel, alleen opnieuw versleutelen onder de huidige"},
    {"help", nullptr, "Deze hulp"},
};

} // namespace

std::span<const config::Values::ProgramFlag> programFlags()
{
    return kProgramFlags;
}

QTextStream &uit()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &fout()
{
    static QTextStream s(stderr);
    return s;
}

bool Omgeving::leesInstellingen(const QStringList &arguments, QString *error)
{
    // regie-admin COMMAND [words] [--flags]: the words up to the first flag belong to the command.
    QStringList flags{arguments.value(0)};
    for (qsizetype i = 2; i < arguments.size(); ++i) {
        if (arguments.at(i).startsWith(QLatin1String("--")) || flags.size() > 1)
            flags.append(arguments.at(i));
        else
            argumenten.append(arguments.at(i));
    }
    config::Values flagsOnly;
    if (!flagsOnly.readFlags(flags, kProgramFlags, error))
        return false;
    if (flagsOnly.hasProgramFlag("config") && !values.readIni(flagsOnly.programFlag("config"), error))
        return false;
    values.readEnvironment();
    return values.readFlags(flags, kProgramFlags, error);
}

bool Omgeving::databaseInstellingen(QString *error)
{
    dataDir = values.text("server/data");
    if (dataDir.isEmpty()) {
        *error = QStringLiteral("geen datamap: geef --config /etc/regie/regie.ini (met [server] data=...) of --data MAP");
        return false;
    }
    keyFile = QDir(dataDir).filePath(QStringLiteral("regie.key"));
    database = storage::DatabaseConfig{};
    database.sqlitePath = QDir(dataDir).filePath(QStringLiteral("regie.sqlite"));
    if (values.isSet("database/postgres") && !storage::parseConninfo(values.text("database/postgres"), &database, error))
        return false;
    if (const QString password = values.text("database/password"); !password.isEmpty())
        database.password = password;
    return true;
}

bool Omgeving::sleutelUitBestand() const
{
    return values.text("keys/master_key").isEmpty();
}

bool Omgeving::openOpslag(QString *error)
{
    if (!databaseInstellingen(error))
        return false;
    if (database.driver == storage::Driver::Sqlite && !QFileInfo::exists(database.sqlitePath)) {
        *error = QStringLiteral("%1 bestaat niet: klopt de datamap ([server] data)? Een nieuwe installatie: start"
                                " regie-server eenmaal, dan maakt die de database en de sleutel.")
                     .arg(database.sqlitePath);
        return false;
    }
    // Never a new key here: a store opened with a key it was not written with is unreadable.
    const crypto::KeyStore::Result keys = sleutelUitBestand()
                                              ? crypto::KeyStore::loadKeyFile(keyFile)
                                              : crypto::KeyStore::load(values.text("keys/master_key"), keyFile);
    if (!keys.ok()) {
        *error = QStringLiteral("hoofdsleutel: %1 (de sleutel staat in %2, of in REGIE_MASTER_KEY)").arg(keys.error, keyFile);
        return false;
    }
    keyring = keys.keyring;
    cipher = std::make_unique<crypto::FieldCipher>(*keyring);
    db = storage::Database::open(database, error);
    if (!db) {
        *error = QStringLiteral("database: ") + *error;
        return false;
    }
    ctx = std::make_unique<services::ServiceContext>(*db, *cipher);
    return true;
}

} // namespace regie::admin
