#pragma once
// The settings' values as one start-up gathered them: the INI file, then the environment
// (secrets), then the command-line flags, each checked against the table (Settings.h) as it
// comes in. An unknown key or flag, a secret given as a flag, or a secret in a file others
// can read is refused with a message that names the key and says what to do.

#include "config/Settings.h"

#include <QtCore/QHash>
#include <QtCore/QSet>
#include <QtCore/QStringList>

namespace regie::config {

class Values {
public:
    // Flags the program has beside the settings (--config, --help, --version).
    struct ProgramFlag {
        const char *name;
        const char *valueName; // nullptr: a switch
        const char *help;
    };

    // Reads `path`: [group] headers, key=value lines, ';' or '#' comments. At most
    // kMaxIniBytes; a key twice, outside a group or not in the table is refused.
    bool readIni(const QString &path, QString *error);
    bool readIniText(const QString &text, const QString &origin, QString *error);
    // The environment variables of the table's secrets win over the INI file.
    void readEnvironment();
    // arguments include the program name. `program` flags are kept in programFlags().
    bool readFlags(const QStringList &arguments, std::span<const ProgramFlag> program, QString *error);

    // The value in force (flag, environment, INI, else the table's default). Reading a key
    // marks it used, so a test can prove every setting reaches the program.
    QString text(const char *key) const;
    bool isSet(const char *key) const;   // given in the INI, the environment or a flag
    bool toggled(const char *key) const; // a Switch that is "true"
    qint64 number(const char *key) const; // Number or Duration (seconds); checked on the way in
    QString programFlag(const char *name) const { return program_.value(QString::fromLatin1(name)); }
    bool hasProgramFlag(const char *name) const { return program_.contains(QString::fromLatin1(name)); }
    // Settings of the table no code has read yet.
    QStringList unread() const;
    // Where a key's value came from, for messages: "--listen", "regie.ini", "REGIE_...".
    QString origin(const char *key) const { return origins_.value(QString::fromLatin1(key)); }

    static constexpr qint64 kMaxIniBytes = 256 * 1024;

private:
    bool set(const Setting &setting, const QString &value, const QString &origin, QString *error);
    QHash<QString, QString> values_;
    QHash<QString, QString> origins_;
    QHash<QString, QString> program_;
    mutable QSet<QString> read_;
};

} // namespace regie::config
