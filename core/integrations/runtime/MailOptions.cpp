#include "integrations/runtime/MailOptions.h"

#include <QtNetwork/QHostAddress>

namespace regie::integrations {

bool isLoopbackHost(const QString &host)
{
    QString h = host.trimmed();
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(h);
    return !address.isNull() && address.isLoopback();
}

namespace {

bool validSender(const QString &address)
{
    // Header injection and obvious typos; the server checks the rest.
    return address.size() <= 254 && address.count(QLatin1Char('@')) == 1 && !address.startsWith(QLatin1Char('@'))
        && !address.endsWith(QLatin1Char('@')) && !address.contains(QLatin1Char('\r'))
        && !address.contains(QLatin1Char('\n')) && !address.contains(QLatin1Char(' '))
        && !address.contains(QLatin1Char('<')) && !address.contains(QLatin1Char('>'));
}

bool parseSecurity(const QString &text, const QString &host, mail::SmtpConfig::Security *security, quint16 *defaultPort,
                   QString *error)
{
    const QString word = text.trimmed().toLower();
    if (word.isEmpty() || word == QLatin1String("starttls")) {
        *security = mail::SmtpConfig::Security::RequireStartTls;
        *defaultPort = 587;
    } else if (word == QLatin1String("tls")) {
        *security = mail::SmtpConfig::Security::ImplicitTls;
        *defaultPort = 465;
    } else if (word == QLatin1String("none")) {
        if (!isLoopbackHost(host)) {
            *error = QStringLiteral("smtp security \"none\" is only allowed for a loopback host (127.0.0.1, ::1,"
                                    " localhost); use starttls or tls for a remote mail server");
            return false;
        }
        // STARTTLS is still used when a local relay offers it.
        *security = mail::SmtpConfig::Security::StartTlsOrPlainOnLoopback;
        *defaultPort = 25;
    } else {
        *error = QStringLiteral("smtp security must be starttls, tls or none");
        return false;
    }
    return true;
}

} // namespace

bool applySmtpOptions(const SmtpOptions &options, MailConfig *out, QString *error)
{
    const QString host = options.host.trimmed();
    if (host.isEmpty()) {
        if (!options.from.isEmpty() || !options.username.isEmpty() || !options.port.isEmpty()) {
            *error = QStringLiteral("the smtp settings need a host (--smtp-host or smtp/host)");
            return false;
        }
        return true;
    }
    if (host.size() > 253 || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' '))) {
        *error = QStringLiteral("smtp host must be a host name or an IP address");
        return false;
    }
    mail::SmtpConfig smtp = out->smtp;
    quint16 defaultPort = 587;
    if (!parseSecurity(options.security, host, &smtp.security, &defaultPort, error))
        return false;
    smtp.port = defaultPort;
    if (!options.port.isEmpty()) {
        bool ok = false;
        const uint port = options.port.trimmed().toUInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            *error = QStringLiteral("smtp port must be 1..65535");
            return false;
        }
        smtp.port = static_cast<quint16>(port);
    }
    if (options.from.isEmpty() || !validSender(options.from.trimmed())) {
        *error = QStringLiteral("smtp needs a sender address (--smtp-from or smtp/from), e.g. noreply@utrecht.nl");
        return false;
    }
    if (options.fromName.contains(QLatin1Char('\r')) || options.fromName.contains(QLatin1Char('\n'))
        || options.fromName.size() > 200) {
        *error = QStringLiteral("smtp sender name must be one line of at most 200 characters");
        return false;
    }
    if (options.username.isEmpty() != options.password.isEmpty()) {
        *error = QStringLiteral("smtp user and password go together (password: smtp/password in the INI file or ")
            + QLatin1String(kSmtpPasswordEnv) + QStringLiteral(")");
        return false;
    }
    smtp.host = host;
    smtp.username = options.username;
    smtp.password = options.password;
    out->smtp = smtp;
    out->fromAddress = options.from.trimmed();
    out->fromName = options.fromName;
    return true;
}

QString mailServerText(const MailConfig &config)
{
    QString host = config.smtp.host;
    if (host.contains(QLatin1Char(':')))
        host = QStringLiteral("[%1]").arg(host); // IPv6 literal
    return host + QLatin1Char(':') + QString::number(config.smtp.port);
}

} // namespace regie::integrations
