#include "integrations/mail/MailMessage.h"
#include "integrations/mail/SmtpClient.h"

#include <QtCore/QRegularExpression>
#include <QtTest/QTest>

using namespace regie::mail;

namespace {

// Independent decoders, so the tests do not trust the encoder to check itself.
QString decodeEncodedWords(const QByteArray &header)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    const QString text = QString::fromLatin1(header);
    if (!text.contains(QStringLiteral("=?")))
        return text;
    QByteArray utf8;
    auto it = word.globalMatch(text);
    while (it.hasNext())
        utf8 += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(utf8);
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray out;
    for (qsizetype i = 0; i < qp.size(); ++i) {
        if (qp.at(i) != '=') {
            out += qp.at(i);
        } else if (qp.mid(i + 1, 2) == "\r\n") {
            i += 2;
        } else {
            out += char(qp.mid(i + 1, 2).toInt(nullptr, 16));
            i += 2;
        }
    }
    return out;
}

MailMessage sample()
{
    MailMessage m;
    m.fromAddress = QStringLiteral("noreply@regie.utrecht.nl");
    m.fromName = QStringLiteral("Gemeente Utrecht");
    m.to = {QStringLiteral("inwoner@example.nl")};
    m.subject = QStringLiteral("Je aanvraag");
    m.textBody = QStringLiteral("Hallo");
    m.idempotencyKey = QStringLiteral("withdrawal-42-approved");
    m.date = QDateTime(QDate(2025, 3, 14), QTime(10, 30, 5), Qt::OffsetFromUTC, 3600);
    return m;
}

} // namespace

class TestMailMessage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodedWords_data();
    void encodedWords();
    void quotedPrintable_data();
    void quotedPrintable();
    void dotStuffing_data();
    void dotStuffing();
    void addresses_data();
    void addresses();
    void messageIdFromIdempotencyKey();
    void fullMessage();
    void htmlAlternative();
    void refuses_data();
    void refuses();
};

void TestMailMessage::encodedWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << QStringLiteral("Je aanvraag is ontvangen");
    QTest::newRow("euro") << QString::fromUtf8("Je krijgt € 50,00");
    QTest::newRow("long mixed") << QString::fromUtf8(
        "Je aanvraag voor de reservering ‘Verjaardag Noor’ is goedgekeurd ✓ – bedrag € 1.234,56 – bekijk het in Regie");
    QTest::newRow("emoji boundaries") << QString(40, u'a') + QString::fromUtf8("😀😀😀😀😀😀😀😀😀😀😀😀😀😀");
    QTest::newRow("question marks") << QStringLiteral("=?UTF-8?B?x?= injection?");
}

void TestMailMessage::encodedWords()
{
    QFETCH(QString, text);
    const QByteArray encoded = encodeHeaderWord(text);
    for (const QByteArray &line : encoded.split('\n')) {
        QVERIFY(line.trimmed().size() <= 75);
        for (char c : line)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }
    QCOMPARE(decodeEncodedWords(encoded), text);
}

void TestMailMessage::quotedPrintable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("plain") << QStringLiteral("Hallo Noor,\nJe aanvraag is goedgekeurd.");
    QTest::newRow("utf8") << QString::fromUtf8("Bedrag: € 12,50 – “reservering” ✓");
    QTest::newRow("long line") << QString(300, u'x') + QString::fromUtf8(" é ") + QString(100, u'=');
    QTest::newRow("trailing space") << QStringLiteral("regel met spatie \nvolgende\t\n");
    QTest::newRow("dots") << QStringLiteral(".\n.begin\n..twee");
    QTest::newRow("crlf and cr") << QStringLiteral("a\r\nb\rc");
}

void TestMailMessage::quotedPrintable()
{
    QFETCH(QString, text);
    const QByteArray qp = regie::mail::quotedPrintable(text);
    for (const QByteArray &line : qp.split('\n')) {
        QVERIFY(line.size() <= 77); // 76 plus the CR
        QVERIFY(!line.endsWith(" \r") && !line.endsWith("\t\r"));
        for (char c : line)
            QVERIFY(static_cast<unsigned char>(c) < 0x80);
    }
    QString expected = text;
    expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n');
    expected.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(qp)), expected);
}

void TestMailMessage::dotStuffing_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("none") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n.\r\n");
    QTest::newRow("leading dot") << QByteArray(".a\r\n") << QByteArray("..a\r\n.\r\n");
    QTest::newRow("lone dot") << QByteArray("a\r\n.\r\nb") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("bare lf") << QByteArray("a\n.b\rc") << QByteArray("a\r\n..b\r\nc\r\n.\r\n");
    QTest::newRow("first line") << QByteArray("..") << QByteArray("...\r\n.\r\n");
    QTest::newRow("dot mid line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
}

void TestMailMessage::dotStuffing()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(dotStuffForData(in), out);
}

void TestMailMessage::addresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "jan@example.nl" << true;
    QTest::newRow("plus") << "jan+regie@mail.example.nl" << true;
    QTest::newRow("no at") << "jan.example.nl" << false;
    QTest::newRow("two at") << "jan@x@example.nl" << false;
    QTest::newRow("no dot domain") << "jan@localhost" << false;
    QTest::newRow("angle") << "jan@example.nl>" << false;
    QTest::newRow("crlf") << "jan@example.nl\r\nRCPT TO:<x@y.nl>" << false;
    QTest::newRow("space") << "jan @example.nl" << false;
    QTest::newRow("utf8") << QString::fromUtf8("jé@example.nl") << false;
    QTest::newRow("double dot") << "jan..p@example.nl" << false;
}

void TestMailMessage::addresses()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(isValidAddress(address), valid);
}

void TestMailMessage::messageIdFromIdempotencyKey()
{
    const QByteArray a = messageIdFor(QStringLiteral("k1"), QStringLiteral("regie.utrecht.nl"));
    QCOMPARE(a, messageIdFor(QStringLiteral("k1"), QStringLiteral("regie.utrecht.nl")));
    QVERIFY(a != messageIdFor(QStringLiteral("k2"), QStringLiteral("regie.utrecht.nl")));
    QVERIFY(a.startsWith('<') && a.endsWith("@regie.utrecht.nl>"));
    MailMessage m = sample();
    const BuiltMessage first = buildMessage(m);
    m.date = m.date.addSecs(600); // a retry ten minutes later
    const BuiltMessage retry = buildMessage(m);
    QCOMPARE(retry.messageId, first.messageId);
    QVERIFY(retry.bytes.contains(QByteArray("Message-ID: " + first.messageId + "\r\n")));
}

void TestMailMessage::fullMessage()
{
    MailMessage m = sample();
    m.fromName = QString::fromUtf8("Gemeente Utrecht – Budgetbeheer");
    m.to.append(QStringLiteral("medewerker@utrecht.nl"));
    m.subject = QString::fromUtf8("Je opname van € 50,00 is goedgekeurd");
    m.textBody = QString::fromUtf8("Hallo,\n.\nJe geld staat klaar.\n");
    const BuiltMessage b = buildMessage(m);
    QVERIFY(b.ok());
    const qsizetype split = b.bytes.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray headers = b.bytes.left(split + 2);
    QVERIFY(headers.startsWith("Date: Fri, 14 Mar 2025 10:30:05 +0100\r\n"));
    QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
    QVERIFY(headers.contains("Content-Type: text/plain; charset=UTF-8\r\n"));
    QVERIFY(headers.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(headers.contains("To: inwoner@example.nl,\r\n medewerker@utrecht.nl\r\n"));
    QVERIFY(headers.contains("<noreply@regie.utrecht.nl>\r\n"));
    const qsizetype subjectAt = headers.indexOf("Subject: ") + 9;
    const qsizetype subjectEnd = headers.indexOf("\r\nMessage-ID:");
    QCOMPARE(decodeEncodedWords(headers.mid(subjectAt, subjectEnd - subjectAt)), m.subject);
    for (char c : b.bytes)
        QVERIFY(static_cast<unsigned char>(c) < 0x80); // 7-bit clean: no 8BITMIME needed
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(b.bytes.mid(split + 4))),
             QString::fromUtf8("Hallo,\r\n.\r\nJe geld staat klaar.\r\n\r\n"));
}

void TestMailMessage::htmlAlternative()
{
    MailMessage m = sample();
    m.htmlBody = QString::fromUtf8("<p>Hallo <b>Noor</b> – € 5</p>");
    const BuiltMessage b = buildMessage(m);
    QVERIFY(b.ok());
    const QRegularExpression boundaryRe(QStringLiteral("boundary=\"([^\"]+)\""));
    const auto match = boundaryRe.match(QString::fromLatin1(b.bytes));
    QVERIFY(match.hasMatch());
    const QByteArray boundary = "--" + match.captured(1).toLatin1();
    QCOMPARE(b.bytes.count(QByteArray(boundary + "\r\n")), 2);
    QVERIFY(b.bytes.contains(QByteArray(boundary + "--\r\n")));
    QVERIFY(b.bytes.contains("Content-Type: text/html; charset=UTF-8"));
    const qsizetype htmlAt = b.bytes.indexOf("Content-Type: text/html");
    const qsizetype bodyAt = b.bytes.indexOf("\r\n\r\n", htmlAt) + 4;
    const qsizetype bodyEnd = b.bytes.indexOf(QByteArray("\r\n" + boundary + "--"));
    QCOMPARE(QString::fromUtf8(decodeQuotedPrintable(b.bytes.mid(bodyAt, bodyEnd - bodyAt))), m.htmlBody);
}

void TestMailMessage::refuses_data()
{
    QTest::addColumn<MailMessage>("message");
    QTest::addColumn<MessageError>("error");
    MailMessage m = sample();
    m.fromAddress = QStringLiteral("noreply");
    QTest::newRow("sender") << m << MessageError::InvalidSender;
    m = sample();
    m.to.clear();
    QTest::newRow("no recipients") << m << MessageError::NoRecipients;
    m = sample();
    m.to.append(QStringLiteral("x@y.nl>\r\nBcc: z@w.nl"));
    QTest::newRow("bad recipient") << m << MessageError::InvalidRecipient;
    m = sample();
    m.subject = QStringLiteral("Hallo\r\nBcc: spam@example.nl");
    QTest::newRow("subject injection") << m << MessageError::HeaderInjection;
    m = sample();
    m.idempotencyKey.clear();
    QTest::newRow("no key") << m << MessageError::MissingIdempotencyKey;
    m = sample();
    m.textBody = QString(11 * 1024 * 1024, u'a');
    QTest::newRow("too large") << m << MessageError::TooLarge;
    m = sample();
    for (int i = 0; i < 51; ++i)
        m.to.append(QStringLiteral("a%1@example.nl").arg(i));
    QTest::newRow("too many") << m << MessageError::TooManyRecipients;
}

void TestMailMessage::refuses()
{
    QFETCH(MailMessage, message);
    QFETCH(MessageError, error);
    const BuiltMessage b = buildMessage(message);
    QCOMPARE(b.error, error);
    QVERIFY(b.bytes.isEmpty());
}

QTEST_GUILESS_MAIN(TestMailMessage)
#include "tst_mailmessage.moc"
