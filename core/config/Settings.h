#pragma once
// The one table of regie-server's settings. The command-line flags, the INI keys, --help,
// docs/CONFIGURATION.md and installer/regie.ini.example are all made from it
// (config/Reference.h), and tests/config holds the files against it, so they cannot drift.
//
// A setting is an INI key "group/name"; every setting that is not a secret is also a flag.
// Secrets (passwords, client secrets, the master key) are never flags: a flag shows in `ps`
// and in shell history. They come from the INI file, which must then be private to its
// owner, or from the environment variable named in the table, which wins.

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <span>

namespace regie::config {

enum class Kind {
    Text,     // free text
    Path,     // a file or folder
    Switch,   // true/false in the INI; a flag without a value
    Number,   // whole number within [min, max]
    Duration, // 900, 900s, 15m, 8h; seconds within [min, max]
    Address,  // host:port to listen on
    Url,      // absolute http(s) URL
    Networks, // addresses or CIDRs, comma separated
    Conninfo, // libpq "key=value ..." (PostgreSQL)
};

struct Setting {
    const char *key;          // INI "group/name"
    const char *flag;         // without "--"; nullptr for a secret
    Kind kind;
    const char *defaultValue; // as an operator writes it; "" = empty (off, or derived: see help)
    const char *env;          // environment variable that wins over the INI; nullptr = none
    const char *valueName;    // shown in --help and the reference, e.g. "host:port"
    const char *help;         // one line, English, for --help and the reference
    const char *example;      // a valid value other than the default (tests, the example INI)
    qint64 min = 0;           // Number: bounds; Duration: bounds in seconds
    qint64 max = 0;
    bool secret() const { return flag == nullptr; }
};

// Every setting, grouped as in the INI file.
std::span<const Setting> settings();
const Setting *byKey(const QString &key);   // "group/name"
const Setting *byFlag(const QString &flag); // without "--"

// The flag a secret would have had ("allegro/password" -> "allegro-password"), so that
// passing it can be refused with a message that says where the secret goes instead.
QString wouldBeFlag(const Setting &setting);

// Checks a value against the setting's kind and bounds. The message names the kind's
// expectation but never echoes the value (it may be a secret).
bool check(const Setting &setting, const QString &value, QString *error);

// "900", "900s", "15m", "8h" -> seconds; false on anything else or beyond 7 days.
bool parseSeconds(const QString &text, qint64 *seconds);

} // namespace regie::config
