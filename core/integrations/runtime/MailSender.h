#pragma once
// Sends the outbox's "mail" messages over SMTP. The payload names the recipient by id
// (to_user_id or to_inwoner_id); the address is read at send time, so a changed address,
// a withdrawn choice for mail or an anonymised inwoner takes effect for queued mails.
// The Message-ID comes from the idempotency key, so a repeat after a crash carries the
// same id. Reasons never contain the address or the server's text.

#include "integrations/runtime/KoppelingConfig.h"
#include "integrations/runtime/Senders.h"

#include <optional>

namespace regie::integrations {

// Permanent when retrying cannot help (the recipient or the content was refused with 5xx);
// everything else, including TLS and login problems of our own setup, is retried.
SendOutcome classifySmtp(const mail::SmtpResult &result);

class MailSender : public Sender {
public:
    MailSender(services::ServiceContext &ctx, MailConfig config);
    SendOutcome send(const outbox::Message &message) override;

private:
    // Runs one SMTP session in a local event loop on the calling (dispatcher) thread.
    mail::SmtpResult deliver(const mail::MailMessage &message);

    services::ServiceContext &ctx_;
    MailConfig config_;
};

} // namespace regie::integrations
