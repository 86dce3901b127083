#pragma once
// What is made from the settings table (Settings.h): --help, the configuration reference
// (docs/CONFIGURATION.md) and the packaged example INI (installer/regie.ini.example).
// tests/config/tst_settings compares the two files with these texts, so a setting added
// to the table and not to the docs fails the build's tests (scripts/gen-config-docs.sh
// rewrites them).

#include "config/Values.h"

#include <QtCore/QString>

namespace regie::config {

// --help: the program's own flags, then every setting that is a flag, then where secrets go.
QString usageText(const QString &usageLine, std::span<const Values::ProgramFlag> program);
QString referenceMarkdown();
QString exampleIni();

// The values the packaged example INI sets (the rest is shown commented out, at its default).
struct PackagedValue {
    const char *key;
    const char *value;
};
std::span<const PackagedValue> packagedValues();

} // namespace regie::config
