#include "config/Reference.h"

namespace regie::config {
namespace {

// The packaged server listens on loopback behind the gemeente's TLS proxy; metrics and
// health have their own loopback address for the monitoring agent.
const PackagedValue kPackaged[] = {
    {"server/listen", "127.0.0.1:8080"},
    {"server/data", "/var/lib/regie"},
    {"server/assets", "/usr/share/regie/assets"},
    {"metrics/listen", "127.0.0.1:9464"},
};

QString group(const Setting &s)
{
    const QString key = QString::fromLatin1(s.key);
    return key.left(key.indexOf(QLatin1Char('/')));
}

QString name(const Setting &s)
{
    const QString key = QString::fromLatin1(s.key);
    return key.mid(key.indexOf(QLatin1Char('/')) + 1);
}

QString packaged(const Setting &s)
{
    for (const PackagedValue &p : kPackaged) {
        if (qstrcmp(p.key, s.key) == 0)
            return QString::fromLatin1(p.value);
    }
    return {};
}

QString secretsParagraph()
{
    QStringList envs;
    for (const Setting &s : settings()) {
        if (s.secret())
            envs.append(QStringLiteral("%1 (%2)").arg(QLatin1String(s.key), QLatin1String(s.env)));
    }
    return QStringLiteral("Secrets are never flags: put them in the INI file (readable by its owner only) or set"
                          " the environment variable, which wins: ")
           + envs.join(QStringLiteral(", ")) + QLatin1Char('.');
}

} // namespace

std::span<const PackagedValue> packagedValues()
{
    return kPackaged;
}

QString usageText(const QString &usageLine, std::span<const Values::ProgramFlag> program)
{
    QString out = usageLine + QStringLiteral("\n\nOptions (each setting is also an INI key, shown in brackets):\n");
    auto line = [&out](const QString &left, const QString &help) {
        out += QString(QStringLiteral("  ") + left).leftJustified(34) + QLatin1Char(' ') + help + QLatin1Char('\n');
    };
    for (const Values::ProgramFlag &f : program)
        line(QStringLiteral("--%1%2").arg(QLatin1String(f.name), f.valueName ? QLatin1Char(' ') + QLatin1String(f.valueName) : QString()),
             QLatin1String(f.help));
    for (const Setting &s : settings()) {
        if (s.secret())
            continue;
        const QString value = s.kind == Kind::Switch ? QString() : QLatin1Char(' ') + QLatin1String(s.valueName);
        QString help = QStringLiteral("%1 [%2]").arg(QLatin1String(s.help), QLatin1String(s.key));
        if (*s.defaultValue && s.kind != Kind::Switch)
            help += QStringLiteral(" (default %1)").arg(QLatin1String(s.defaultValue));
        line(QStringLiteral("--%1%2").arg(QLatin1String(s.flag), value), help);
    }
    return out + QLatin1Char('\n') + secretsParagraph() + QLatin1Char('\n');
}

QString referenceMarkdown()
{
    QString out = QStringLiteral(
        "# Configuration reference\n\n"
        "<!-- Generated from core/config/Settings.cpp by scripts/gen-config-docs.sh; tests/config/tst_settings"
        " fails when this file and the table differ. Edit the table, not this file. -->\n\n"
        "regie-server reads an INI file (`--config /etc/regie/regie.ini`), then the environment variables of"
        " the secrets, then its command-line flags; a later source wins. Every setting below is an INI key"
        " (`[group]` then `name=value`) and, unless it is a secret, a flag. An unknown key or flag stops the"
        " server at start with a message that names it. Durations are seconds or a number with `s`, `m` or"
        " `h` (`90`, `15m`, `8h`). An empty value means the default.\n\n"
        "Secrets are never flags (a flag shows in `ps` and in shell history). Put them in the INI file, which"
        " must then be readable by its owner only (`chmod 600`; the server refuses a file group or others"
        " can read), or set the environment variable named in the table, which wins (for example through"
        " a systemd `EnvironmentFile=` of mode 600).\n\n"
        "`installer/regie.ini.example` is the packaged starting point, made from the same table.\n");
    QString current;
    for (const Setting &s : settings()) {
        if (group(s) != current) {
            current = group(s);
            out += QStringLiteral("\n## [%1]\n\n| Key | Flag | Default | Description |\n|---|---|---|---|\n").arg(current);
        }
        const QString flag = s.secret() ? QStringLiteral("secret: `%1`").arg(QLatin1String(s.env))
                                        : QStringLiteral("`--%1`").arg(QLatin1String(s.flag));
        const QString def = *s.defaultValue ? QStringLiteral("`%1`").arg(QLatin1String(s.defaultValue)) : QString();
        QString help = QString::fromLatin1(s.help);
        if (s.kind == Kind::Number || s.kind == Kind::Duration)
            help += QStringLiteral(" (%1 to %2%3)").arg(s.min).arg(s.max).arg(s.kind == Kind::Duration ? QStringLiteral(" s") : QString());
        help.replace(QLatin1Char('|'), QStringLiteral("\\|"));
        out += QStringLiteral("| `%1` | %2 | %3 | %4 |\n").arg(name(s), flag, def, help);
    }
    return out;
}

QString exampleIni()
{
    QString out = QStringLiteral(
        "; regie-server configuration (/etc/regie/regie.ini). Made from core/config/Settings.cpp;\n"
        "; docs/CONFIGURATION.md explains every key. A line starting with ';' shows a default.\n"
        "; Secrets (passwords, client secrets, the master key) may be set here only when this file is\n"
        "; readable by the service user alone (chmod 600), else use their environment variables.\n");
    QString current;
    for (const Setting &s : settings()) {
        if (group(s) != current) {
            current = group(s);
            out += QStringLiteral("\n[%1]\n").arg(current);
        }
        out += QStringLiteral("; %1%2\n").arg(QLatin1String(s.help),
                                              s.secret() ? QStringLiteral(" (or %1)").arg(QLatin1String(s.env)) : QString());
        const QString value = packaged(s);
        if (!value.isEmpty())
            out += QStringLiteral("%1=%2\n").arg(name(s), value);
        else
            out += QStringLiteral(";%1=%2\n").arg(name(s), QLatin1String(s.defaultValue));
    }
    return out;
}

} // namespace regie::config
