#include "integrations/mail/MailMessage.h"

#include <QtCore/QCryptographicHash>

namespace regie::mail {
namespace {

constexpr qsizetype kMaxEncodedWord = 75;
constexpr qsizetype kMaxQpLine = 76;

bool isAtext(char16_t c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~.").contains(QChar(c));
}

bool hasLineBreak(QStringView s)
{
    return s.contains(u'\r') || s.contains(u'\n');
}

QByteArray domainOf(const QString &address)
{
    return address.mid(address.lastIndexOf(u'@') + 1).toLatin1();
}

// Plain words need no encoding; anything else goes in encoded-words so no raw UTF-8 ever
// reaches a header.
bool needsEncoding(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7E || c == u'"' || c == u'=' || c == u'?')
            return true;
    }
    return false;
}

// Encodes one logical line, folding with soft breaks so no line exceeds 76 octets.
void appendQpLine(const QByteArray &line, QByteArray &out)
{
    QByteArray current;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const auto byte = static_cast<unsigned char>(line.at(i));
        const bool last = i == line.size() - 1;
        const bool plain = (byte >= 33 && byte <= 126 && byte != '=')
                           || ((byte == ' ' || byte == '\t') && !last);
        QByteArray piece;
        if (plain)
            piece = QByteArray(1, static_cast<char>(byte));
        else
            piece = '=' + QByteArray::number(byte, 16).rightJustified(2, '0').toUpper();
        if (current.size() + piece.size() > kMaxQpLine - 1) {
            out += current + "=\r\n";
            current.clear();
        }
        current += piece;
    }
    out += current;
}

QByteArray htmlAndTextParts(const MailMessage &m, const QByteArray &boundary)
{
    QByteArray body = "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    body += quotedPrintable(m.textBody) + "\r\n";
    body += "--" + boundary + "\r\n";
    body += "Content-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
    body += quotedPrintable(m.htmlBody) + "\r\n";
    body += "--" + boundary + "--\r\n";
    return body;
}

MessageError checkMessage(const MailMessage &m, qsizetype &recipientIndex)
{
    if (!isValidAddress(m.fromAddress))
        return MessageError::InvalidSender;
    if (m.to.isEmpty())
        return MessageError::NoRecipients;
    if (m.to.size() > kMaxRecipients)
        return MessageError::TooManyRecipients;
    for (qsizetype i = 0; i < m.to.size(); ++i) {
        if (!isValidAddress(m.to.at(i))) {
            recipientIndex = i;
            return MessageError::InvalidRecipient;
        }
    }
    if (hasLineBreak(m.subject) || hasLineBreak(m.fromName))
        return MessageError::HeaderInjection;
    if (m.idempotencyKey.trimmed().isEmpty())
        return MessageError::MissingIdempotencyKey;
    return MessageError::None;
}

} // namespace

bool isValidAddress(QStringView address)
{
    if (address.size() < 3 || address.size() > 254)
        return false;
    const qsizetype at = address.lastIndexOf(u'@');
    if (at <= 0 || at > 64 || at == address.size() - 1 || address.count(u'@') != 1)
        return false;
    for (QChar c : address) {
        if (c != u'@' && !isAtext(c.unicode()))
            return false;
    }
    const QStringView local = address.left(at);
    const QStringView domain = address.mid(at + 1);
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return false;
    return domain.contains(u'.') && !domain.startsWith(u'.') && !domain.endsWith(u'.')
           && !domain.contains(u"..") && !domain.startsWith(u'-');
}

QByteArray messageIdFor(const QString &idempotencyKey, const QString &domain)
{
    const QByteArray input = QByteArrayLiteral("regie-mail:") + idempotencyKey.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return '<' + digest.toHex().left(40) + '@' + domain.toLatin1() + '>';
}

QByteArray encodeHeaderWord(const QString &text)
{
    if (!needsEncoding(text))
        return text.toLatin1();
    // "=?UTF-8?B?" + base64 + "?=" fits 75 with 45 raw bytes (60 base64 characters).
    constexpr qsizetype kRawPerWord = 45;
    static_assert(10 + (kRawPerWord / 3) * 4 + 2 <= kMaxEncodedWord);
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype width = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = QStringView(text).mid(i, width).toUtf8();
        i += width - 1;
        if (chunk.size() + character.size() > kRawPerWord)
            flush();
        chunk += character;
    }
    if (!chunk.isEmpty())
        flush();
    return out;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalised.replace(u'\r', u'\n');
    const QByteArray utf8 = normalised.toUtf8();
    QByteArray out;
    const QList<QByteArray> lines = utf8.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        appendQpLine(lines.at(i), out);
        if (i + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray rfc5322Date(const QDateTime &when)
{
    static const char *const days[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = when.date();
    const QTime t = when.time();
    const int offsetMinutes = when.offsetFromUtc() / 60;
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    QByteArray out = QByteArray(days[d.dayOfWeek() - 1]) + ", " + QByteArray::number(d.day()) + ' '
                     + months[d.month() - 1] + ' ' + QByteArray::number(d.year()) + ' '
                     + t.toString(QStringLiteral("HH:mm:ss")).toLatin1() + ' '
                     + (offsetMinutes < 0 ? '-' : '+')
                     + QByteArray::number(absOffset / 60).rightJustified(2, '0')
                     + QByteArray::number(absOffset % 60).rightJustified(2, '0');
    return out;
}

BuiltMessage buildMessage(const MailMessage &m)
{
    BuiltMessage built;
    built.error = checkMessage(m, built.recipientIndex);
    if (!built.ok())
        return built;
    const QByteArray domain = domainOf(m.fromAddress);
    built.messageId = messageIdFor(m.idempotencyKey, QString::fromLatin1(domain));
    const QDateTime when = m.date.isValid() ? m.date : QDateTime::currentDateTime();
    QByteArray h;
    h += "Date: " + rfc5322Date(when) + "\r\n";
    h += "From: ";
    if (!m.fromName.isEmpty())
        h += (needsEncoding(m.fromName) ? encodeHeaderWord(m.fromName)
                                        : '"' + m.fromName.toLatin1() + '"') + ' ';
    h += '<' + m.fromAddress.toLatin1() + ">\r\n";
    h += "To: " + m.to.join(QStringLiteral(",\r\n ")).toLatin1() + "\r\n";
    h += "Subject: " + encodeHeaderWord(m.subject) + "\r\n";
    h += "Message-ID: " + built.messageId + "\r\n";
    h += "MIME-Version: 1.0\r\n";
    if (m.htmlBody.isEmpty()) {
        h += "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n";
        h += quotedPrintable(m.textBody) + "\r\n";
    } else {
        // "=_" never occurs in quoted-printable output, so the boundary cannot clash.
        h += htmlAndTextParts(m, "=_regie_" + built.messageId.mid(1, 24));
    }
    if (h.size() > kMaxMessageBytes) {
        built.error = MessageError::TooLarge;
        return built;
    }
    built.bytes = h;
    return built;
}

} // namespace regie::mail
