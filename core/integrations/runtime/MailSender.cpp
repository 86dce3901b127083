#include "integrations/runtime/MailSender.h"

#include "services/KoppelingGegevens.h"
#include "services/Mailmeldingen.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

namespace regie::integrations {

namespace keys = services::mailmeldingen;

namespace {

constexpr int kMaxSubjectChars = 200;
constexpr int kMaxReplySteps = 12; // EHLO, STARTTLS, EHLO, AUTH (2-3), MAIL, RCPT, DATA, QUIT

QString reason(const QString &what) { return QStringLiteral("mail: ") + what; }

} // namespace

SendOutcome classifySmtp(const mail::SmtpResult &result)
{
    if (result.ok())
        return SendOutcome::sent();
    const QString text = reason(result.text().left(200));
    if (result.isTransient())
        return SendOutcome::transient(text);
    switch (result.error) {
    case mail::SmtpError::InvalidMessage:
    case mail::SmtpError::RecipientRejected:
    case mail::SmtpError::DataRejected:
        return SendOutcome::permanent(text);
    default:
        return SendOutcome::transient(text);
    }
}

MailSender::MailSender(services::ServiceContext &ctx, MailConfig config) : ctx_(ctx), config_(std::move(config)) {}

mail::SmtpResult MailSender::deliver(const mail::MailMessage &message)
{
    mail::SmtpClient client(config_.smtp);
    QEventLoop loop;
    QObject::connect(&client, &mail::SmtpClient::finished, &loop, &QEventLoop::quit);
    // The client times out every step itself; this bounds the whole session regardless.
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(config_.smtp.connectTimeoutMs + kMaxReplySteps * config_.smtp.replyTimeoutMs
                + config_.smtp.dataTimeoutMs);
    if (!client.send(message)) {
        mail::SmtpResult busy;
        busy.error = mail::SmtpError::ProtocolError;
        return busy;
    }
    loop.exec();
    if (client.isBusy()) {
        mail::SmtpResult timedOut;
        timedOut.error = mail::SmtpError::Timeout;
        return timedOut;
    }
    return client.result();
}

SendOutcome MailSender::send(const outbox::Message &m)
{
    const QJsonObject &p = m.payload;
    if (p.contains(keys::kToUser) == p.contains(keys::kToInwoner))
        return SendOutcome::permanent(reason(QStringLiteral("ontvanger ontbreekt")));
    const bool toUser = p.contains(keys::kToUser);
    const services::MailOntvanger ontvanger{toUser, p.value(toUser ? keys::kToUser : keys::kToInwoner).toInteger()};
    const auto adres = services::KoppelingGegevens(ctx_).mailAdres(Actor::systeem(), ontvanger);
    if (!adres.ok())
        return SendOutcome::transient(reason(QStringLiteral("adres opzoeken mislukt")));
    if (adres.value->isEmpty())
        return SendOutcome::permanent(reason(QStringLiteral("geen adres")));
    if (!mail::isValidAddress(*adres.value))
        return SendOutcome::permanent(reason(QStringLiteral("ongeldig adres")));

    mail::MailMessage message;
    message.fromAddress = config_.fromAddress;
    message.fromName = config_.fromName;
    message.to = {*adres.value};
    message.subject = p.value(keys::kSubject).toString().left(kMaxSubjectChars);
    message.textBody = p.value(keys::kBody).toString().left(qMax(1, config_.maxBodyChars));
    message.idempotencyKey = m.idempotencyKey;
    message.date = ctx_.now();
    const SendOutcome outcome = classifySmtp(deliver(message));
    if (outcome.kind != SendOutcome::Kind::Sent)
        return outcome;
    // The mail is out; a failure to record it only causes a repeat with the same Message-ID.
    if (!outbox::markSent(ctx_.db, m.id, ctx_.now()))
        return SendOutcome::transient(reason(QStringLiteral("vastleggen mislukt")));
    return outcome;
}

} // namespace regie::integrations
