#include "storage/Conninfo.h"

#include <QtCore/QRegularExpression>

namespace regie::storage {

bool parseConninfo(const QString &text, DatabaseConfig *out, QString *error)
{
    DatabaseConfig c;
    c.driver = Driver::Postgres;
    // key=value pairs separated by spaces; a value may be 'single quoted' (libpq style).
    static const QRegularExpression re(QStringLiteral("(\\w+)\\s*=\\s*('((?:[^'\\\\]|\\\\.)*)'|\\S+)"));
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    int pairs = 0;
    while (it.hasNext() && pairs < 20) {
        const QRegularExpressionMatch m = it.next();
        ++pairs;
        const QString key = m.captured(1);
        QString value = m.captured(3).isNull() ? m.captured(2) : m.captured(3);
        value.replace(QStringLiteral("\\'"), QStringLiteral("'"));
        if (key == QLatin1String("host"))
            c.host = value;
        else if (key == QLatin1String("port"))
            c.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            c.name = value;
        else if (key == QLatin1String("user"))
            c.user = value;
        else if (key == QLatin1String("password"))
            c.password = value;
        else {
            *error = QStringLiteral("unknown --postgres key: ") + key;
            return false;
        }
    }
    if (pairs == 0 || c.port <= 0 || c.port > 65535) {
        *error = QStringLiteral("--postgres needs host=... port=... dbname=... user=... (password in [database] password"
                                " or REGIE_POSTGRES_PASSWORD)");
        return false;
    }
    *out = c;
    return true;
}

} // namespace regie::storage
