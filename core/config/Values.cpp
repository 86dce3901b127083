#include "config/Values.h"

#include "base/Assert.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QRegularExpression>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace regie::config {
namespace {

QString unknownKeyText(const QString &key, const QString &origin)
{
    return QStringLiteral("%1: unknown setting '%2' (docs/CONFIGURATION.md lists every setting)").arg(origin, key);
}

// A value in double quotes is taken as it is; otherwise " ;" starts a comment, as the
// examples in docs/ write it.
QString unquoted(QString value)
{
    value = value.trimmed();
    if (value.size() >= 2 && value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
        return value.mid(1, value.size() - 2);
    static const QRegularExpression comment(QStringLiteral("\\s+;.*$"));
    return value.remove(comment).trimmed();
}

} // namespace

bool Values::set(const Setting &setting, const QString &value, const QString &origin, QString *error)
{
    QString why;
    if (!check(setting, value, &why)) {
        *error = QStringLiteral("%1: %2 %3").arg(origin, QLatin1String(setting.key), why);
        return false;
    }
    values_.insert(QString::fromLatin1(setting.key), value);
    origins_.insert(QString::fromLatin1(setting.key), origin);
    return true;
}

bool Values::readIniText(const QString &text, const QString &origin, QString *error)
{
    QString group;
    QSet<QString> seen;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const QString where = QStringLiteral("%1 line %2").arg(origin).arg(i + 1);
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            group = line.mid(1, line.size() - 2).trimmed();
            continue;
        }
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *error = where + QStringLiteral(": expected key=value or [group]");
            return false;
        }
        const QString key = group + QLatin1Char('/') + line.left(eq).trimmed();
        const Setting *setting = byKey(key);
        if (!setting) {
            *error = unknownKeyText(QStringLiteral("[%1] %2").arg(group, line.left(eq).trimmed()), where);
            return false;
        }
        if (seen.contains(key)) {
            *error = QStringLiteral("%1: '%2' is set twice").arg(where, key);
            return false;
        }
        seen.insert(key);
        if (!set(*setting, unquoted(line.mid(eq + 1)), where, error))
            return false;
    }
    return true;
}

bool Values::readIni(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read config file %1").arg(path);
        return false;
    }
    if (file.size() > kMaxIniBytes) {
        *error = QStringLiteral("config file %1 is larger than %2 bytes").arg(path).arg(kMaxIniBytes);
        return false;
    }
    if (!readIniText(QString::fromUtf8(file.readAll()), path, error))
        return false;
#ifndef Q_OS_WIN
    // The package's layout: root:regie 0640, read through the service's own group. Any other
    // group, or others, reading a file that holds a secret is refused.
    QFileDevice::Permissions open = QFileDevice::ReadOther;
    if (QFileInfo(path).groupId() != ::getegid())
        open |= QFileDevice::ReadGroup;
    for (const Setting &s : settings()) {
        if (s.secret() && !values_.value(QString::fromLatin1(s.key)).isEmpty() && (file.permissions() & open)) {
            *error = QStringLiteral("%1 holds the secret %2 but group or others can read it: make it the service"
                                    " user's only (chmod 600 %1), or put the secret in %3")
                         .arg(path, QLatin1String(s.key), QLatin1String(s.env));
            return false;
        }
    }
#endif
    return true;
}

void Values::readEnvironment()
{
    for (const Setting &s : settings()) {
        if (s.env && qEnvironmentVariableIsSet(s.env)) {
            values_.insert(QString::fromLatin1(s.key), qEnvironmentVariable(s.env));
            origins_.insert(QString::fromLatin1(s.key), QString::fromLatin1(s.env));
        }
    }
}

bool Values::readFlags(const QStringList &arguments, std::span<const ProgramFlag> program, QString *error)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (!arg.startsWith(QLatin1String("--")) || arg.size() == 2) {
            *error = QStringLiteral("unexpected argument: %1").arg(arg);
            return false;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = arg.mid(2, eq < 0 ? -1 : eq - 2);
        std::optional<QString> inlineValue = eq < 0 ? std::nullopt : std::optional(arg.mid(eq + 1));
        const ProgramFlag *own = nullptr;
        for (const ProgramFlag &f : program) {
            if (name == QLatin1String(f.name))
                own = &f;
        }
        const Setting *setting = own ? nullptr : byFlag(name);
        if (!own && !setting) {
            for (const Setting &s : settings()) {
                if (s.secret() && name == wouldBeFlag(s)) {
                    *error = QStringLiteral("--%1: secrets are never command-line flags; put %2 in the INI file"
                                            " (owner-only) or set %3")
                                 .arg(name, QLatin1String(s.key), QLatin1String(s.env));
                    return false;
                }
            }
            *error = QStringLiteral("unknown option --%1 (--help lists every option)").arg(name);
            return false;
        }
        const bool takesValue = own ? own->valueName != nullptr : setting->kind != Kind::Switch;
        QString value = QStringLiteral("true");
        if (takesValue && !inlineValue) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("--%1 needs a value").arg(name);
                return false;
            }
            value = arguments.at(++i);
        } else if (inlineValue) {
            value = *inlineValue;
        }
        if (own)
            program_.insert(name, value);
        else if (!set(*setting, value, QStringLiteral("--") + name, error))
            return false;
    }
    return true;
}

QString Values::text(const char *key) const
{
    const Setting *s = byKey(QString::fromLatin1(key));
    REGIE_ASSERT(s != nullptr); // a key missing from the table is a programmer error
    read_.insert(QString::fromLatin1(key));
    const QString value = values_.value(QString::fromLatin1(key));
    return value.isEmpty() ? QString::fromUtf8(s->defaultValue) : value;
}

bool Values::isSet(const char *key) const
{
    read_.insert(QString::fromLatin1(key));
    return !values_.value(QString::fromLatin1(key)).isEmpty();
}

bool Values::toggled(const char *key) const
{
    return text(key) == QLatin1String("true");
}

qint64 Values::number(const char *key) const
{
    const Setting *s = byKey(QString::fromLatin1(key));
    const QString value = text(key);
    if (s && s->kind == Kind::Duration) {
        qint64 seconds = 0;
        return parseSeconds(value, &seconds) ? seconds : 0;
    }
    return value.toLongLong();
}

QStringList Values::unread() const
{
    QStringList out;
    for (const Setting &s : settings()) {
        if (!read_.contains(QString::fromLatin1(s.key)))
            out.append(QString::fromLatin1(s.key));
    }
    return out;
}

} // namespace regie::config
