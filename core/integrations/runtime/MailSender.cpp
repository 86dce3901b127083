#include "integrations/runtime/MailSender.h"

#include "services/Mailmeldingen.h"

#include <QtCore/QEventLoop>
#include <QtCore/QTimer>

namespace regie::integrations {

using storage::Sql;
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

MailSender::Adres MailSender::lookup(const QJsonObject &payload)
{
    const bool toUser = payload.contains(keys::kToUser);
    const qint64 id = payload.value(toUser ? keys::kToUser : keys::kToInwoner).toInteger();
    Sql q(ctx_.db, toUser ? QStringLiteral("SELECT email, active FROM users WHERE id = :id")
                          : QStringLiteral("SELECT email, wil_mail FROM inwoners WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (!q.exec())
        return {true, {}};
    // A medewerker who left, or an inwoner who no longer wants mail, counts as no address.
    if (id <= 0 || !q.next() || q.int64(1) != 1)
        return {};
    return {false, q.text(0).trimmed()};
}

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
    const Adres adres = lookup(p);
    if (adres.queryFailed)
        return SendOutcome::transient(reason(QStringLiteral("adres opzoeken mislukt")));
    if (adres.address.isEmpty())
        return SendOutcome::permanent(reason(QStringLiteral("geen adres")));
    if (!mail::isValidAddress(adres.address))
        return SendOutcome::permanent(reason(QStringLiteral("ongeldig adres")));

    mail::MailMessage message;
    message.fromAddress = config_.fromAddress;
    message.fromName = config_.fromName;
    message.to = {adres.address};
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
