#pragma once
// Versioned schema migrations. A released migration is never edited: changes are new
// migrations. Statements use {{pk}}, {{blob}}, {{bigint}} which Database::ddl() maps per engine.
// Conventions: money columns end in _cents (BIGINT), times are ISO-8601 UTC text (_at),
// dates are ISO text, booleans are INTEGER 0/1, enums are their stable string codes.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::storage {

struct Migration {
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace regie::storage
