#pragma once
// An RFC 5322 message as Regie sends it: plain text always (quoted-printable UTF-8), an
// HTML alternative when given, a UTF-8 subject as RFC 2047 encoded-words, and a
// Message-ID derived from the outbox idempotency key so that a retried send carries the
// same id and the receiving side (or a person) can recognise the duplicate.

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QString>
#include <QtCore/QStringList>

namespace regie::mail {

inline constexpr qsizetype kMaxMessageBytes = 10 * 1024 * 1024;
inline constexpr qsizetype kMaxRecipients = 50;

struct MailMessage {
    QString fromAddress;     // ASCII addr-spec: "noreply@utrecht.nl"
    QString fromName;        // may be UTF-8
    QStringList to;          // ASCII addr-specs, 1..kMaxRecipients
    QString subject;
    QString textBody;
    QString htmlBody;        // optional alternative
    QString idempotencyKey;  // required: same key, same Message-ID
    QDateTime date;          // left invalid: now
};

enum class MessageError {
    None,
    InvalidSender,
    NoRecipients,
    TooManyRecipients,
    InvalidRecipient,
    HeaderInjection,   // CR or LF in a header value
    MissingIdempotencyKey,
    TooLarge,
};

struct BuiltMessage {
    QByteArray bytes;      // CRLF line endings, not yet dot-stuffed
    QByteArray messageId;  // "<...@domain>"
    MessageError error = MessageError::None;
    qsizetype recipientIndex = -1;
    bool ok() const { return error == MessageError::None; }
};

// addr-spec check good enough to refuse typos and header tricks, not a full RFC 5321 parser.
bool isValidAddress(QStringView address);

QByteArray messageIdFor(const QString &idempotencyKey, const QString &domain);

// RFC 2047 B-encoded words, each at most 75 characters, split on whole UTF-8 characters;
// plain ASCII without specials comes back unchanged.
QByteArray encodeHeaderWord(const QString &text);

// Quoted-printable (RFC 2045) of UTF-8 text; line breaks become CRLF, lines at most 76.
QByteArray quotedPrintable(const QString &text);

// RFC 5322 date-time with the numeric offset: "Fri, 14 Mar 2025 10:30:00 +0100".
QByteArray rfc5322Date(const QDateTime &when);

BuiltMessage buildMessage(const MailMessage &message);

} // namespace regie::mail
