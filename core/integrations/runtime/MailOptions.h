#pragma once
// The SMTP settings as an operator writes them (flags or INI keys), shared by regie-server
// and regie-koppelingen so both accept the same words and refuse the same mistakes.
// The password is never a flag (it would show in ps): INI file or environment only.

#include "integrations/runtime/KoppelingConfig.h"

#include <QtCore/QString>

namespace regie::integrations {

struct SmtpOptions {
    QString host;       // empty: no mail sender
    QString port;       // empty: 587 (starttls), 465 (tls) or 25 (none)
    QString security;   // "starttls" (default) | "tls" | "none" (loopback hosts only)
    QString username;   // empty: no AUTH
    QString password;
    QString from;       // sender address, required with a host
    QString fromName;
};

inline constexpr char kSmtpPasswordEnv[] = "REGIE_SMTP_PASSWORD";

// "localhost", 127.0.0.0/8 or ::1: the only hosts a plain (unencrypted) session may go to.
bool isLoopbackHost(const QString &host);

// Fills *out (left alone without a host). False with a message for the operator that
// names the setting but never echoes the password.
bool applySmtpOptions(const SmtpOptions &options, MailConfig *out, QString *error);

// "host:port" for the start-up log: no user name, no password.
QString mailServerText(const MailConfig &config);

} // namespace regie::integrations
