#include "integrations/mail/MailMessage.h"
#include "integrations/mail/SmtpClient.h"

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtNetwork/QSslKey>
#include <QtNetwork/QSslSocket>
#include <QtNetwork/QTcpServer>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>

using namespace regie::mail;

namespace {

// Speaks just enough SMTP (RFC 5321 + STARTTLS + AUTH PLAIN/LOGIN) for one session, on
// 127.0.0.1 only, and records what it received.
class TestSmtpServer : public QTcpServer {
    Q_OBJECT
public:
    struct Options {
        bool silent = false;          // accept the connection, never say a word
        bool offerStartTls = false;
        bool implicitTls = false;     // TLS from the first byte, greeting after the handshake
        QByteArray authMechanisms;    // "PLAIN LOGIN", "LOGIN", empty: no AUTH
        QByteArray rejectRecipient;   // RCPT TO of this address gets 550 5.1.1
        QSslCertificate certificate = QSslCertificate();
        QSslKey key;
    };

    explicit TestSmtpServer(Options options) : options_(std::move(options))
    {
        listen(QHostAddress::LocalHost, 0);
    }

    QByteArray mailFrom;
    QList<QByteArray> recipients;
    QByteArray rawData;               // as on the wire, still dot-stuffed
    QByteArray authUser, authPassword;
    bool encryptedAtMailFrom = false;
    bool sawQuit = false;
    int connections = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++connections;
        socket_ = new QSslSocket(this);
        socket_->setSocketDescriptor(descriptor);
        connect(socket_, &QSslSocket::readyRead, this, &TestSmtpServer::onReadyRead);
        if (options_.implicitTls) {
            connect(socket_, &QSslSocket::encrypted, this, [this] { greet(); });
            socket_->setLocalCertificate(options_.certificate);
            socket_->setPrivateKey(options_.key);
            socket_->startServerEncryption();
            return;
        }
        greet();
    }

private:
    void reply(const QByteArray &line) { socket_->write(line + "\r\n"); }
    void greet()
    {
        if (!options_.silent)
            reply("220 test.local ESMTP ready");
    }

    void onReadyRead()
    {
        buffer_ += socket_->readAll();
        qsizetype eol;
        while (!options_.silent && (eol = buffer_.indexOf("\r\n")) >= 0) {
            const QByteArray line = buffer_.left(eol);
            buffer_.remove(0, eol + 2);
            if (inData_)
                dataLine(line);
            else
                commandLine(line);
        }
    }

    void dataLine(const QByteArray &line)
    {
        if (line == ".") {
            inData_ = false;
            reply("250 2.0.0 Ok: queued as 4711");
            return;
        }
        rawData += line + "\r\n";
    }

    void ehlo()
    {
        QList<QByteArray> lines{"test.local"};
        if (options_.offerStartTls && !socket_->isEncrypted())
            lines << "STARTTLS";
        if (!options_.authMechanisms.isEmpty())
            lines << "AUTH " + options_.authMechanisms;
        lines << "SIZE 20480000" << "8BITMIME";
        for (qsizetype i = 0; i < lines.size(); ++i)
            reply((i + 1 < lines.size() ? "250-" : "250 ") + lines.at(i));
    }

    void startTls()
    {
        reply("220 2.0.0 Ready to start TLS");
        socket_->flush();
        socket_->setLocalCertificate(options_.certificate);
        socket_->setPrivateKey(options_.key);
        socket_->startServerEncryption();
    }

    void authLogin(const QByteArray &line)
    {
        if (loginStage_ == 1) {
            authUser = QByteArray::fromBase64(line);
            loginStage_ = 2;
            return reply("334 UGFzc3dvcmQ6");
        }
        authPassword = QByteArray::fromBase64(line);
        loginStage_ = 0;
        reply(authPassword == "geheim" ? "235 2.7.0 Authentication successful"
                                       : "535 5.7.8 Authentication credentials invalid");
    }

    void authPlain(const QByteArray &token)
    {
        const QList<QByteArray> parts = QByteArray::fromBase64(token).split('\0');
        authUser = parts.value(1);
        authPassword = parts.value(2);
        reply(authPassword == "geheim" ? "235 2.7.0 Authentication successful"
                                       : "535 5.7.8 Authentication credentials invalid");
    }

    void commandLine(const QByteArray &line)
    {
        const QByteArray upper = line.toUpper();
        if (loginStage_ > 0) return authLogin(line);
        if (upper.startsWith("EHLO ")) return ehlo();
        if (upper == "STARTTLS" && options_.offerStartTls) return startTls();
        if (upper.startsWith("AUTH PLAIN ")) return authPlain(line.mid(11));
        if (upper == "AUTH LOGIN") {
            loginStage_ = 1;
            return reply("334 VXNlcm5hbWU6");
        }
        if (upper.startsWith("MAIL FROM:")) {
            mailFrom = line.mid(10);
            encryptedAtMailFrom = socket_->isEncrypted();
            return reply("250 2.1.0 Ok");
        }
        if (upper.startsWith("RCPT TO:")) {
            const QByteArray address = line.mid(8);
            if (address == '<' + options_.rejectRecipient + '>')
                return reply("550 5.1.1 " + address + ": Recipient address rejected: User unknown");
            recipients.append(address);
            return reply("250 2.1.5 Ok");
        }
        if (upper == "DATA") {
            inData_ = true;
            return reply("354 End data with <CR><LF>.<CR><LF>");
        }
        if (upper == "QUIT") {
            sawQuit = true;
            reply("221 2.0.0 Bye");
            socket_->disconnectFromHost();
            return;
        }
        reply("500 5.5.2 Error: command not recognized");
    }

    Options options_;
    QSslSocket *socket_ = nullptr;
    QByteArray buffer_;
    bool inData_ = false;
    int loginStage_ = 0;
};

MailMessage sampleMessage()
{
    MailMessage m;
    m.fromAddress = QStringLiteral("noreply@regie.utrecht.nl");
    m.fromName = QStringLiteral("Gemeente Utrecht");
    m.to = {QStringLiteral("noor@example.nl"), QStringLiteral("medewerker@utrecht.nl")};
    m.subject = QString::fromUtf8("Je opname van € 50,00 is goedgekeurd ✓");
    m.textBody = QString::fromUtf8("Hallo Noor,\n.\n.punt aan het begin\nJe geld staat klaar.\nGroet, team Budgetbeheer");
    m.idempotencyKey = QStringLiteral("withdrawal-42-approved");
    m.date = QDateTime(QDate(2025, 3, 14), QTime(10, 30), Qt::OffsetFromUTC, 3600);
    return m;
}

SmtpConfig loopbackConfig(quint16 port)
{
    SmtpConfig c;
    c.host = QStringLiteral("127.0.0.1");
    c.port = port;
    c.security = SmtpConfig::Security::StartTlsOrPlainOnLoopback;
    c.connectTimeoutMs = 5000;
    c.replyTimeoutMs = 5000;
    c.dataTimeoutMs = 5000;
    return c;
}

// Runs one send to completion; QSignalSpy::wait keeps the server's event loop turning.
SmtpResult sendAndWait(const SmtpConfig &config, const MailMessage &message)
{
    SmtpClient client(config);
    QSignalSpy spy(&client, &SmtpClient::finished);
    if (!client.send(message))
        qFatal("client busy");
    if (spy.isEmpty())
        spy.wait(20000);
    if (spy.size() != 1)
        qFatal("finished() not emitted exactly once");
    return client.result();
}

QByteArray unstuff(const QByteArray &data)
{
    QByteArray out;
    qsizetype start = 0;
    while (start < data.size()) {
        const qsizetype eol = data.indexOf("\r\n", start);
        const qsizetype end = eol < 0 ? data.size() : eol + 2;
        const qsizetype skip = data.at(start) == '.' ? 1 : 0;
        out += data.mid(start + skip, end - start - skip);
        start = end;
    }
    return out;
}

} // namespace

class TestSmtpClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void plainOnLoopbackDelivers();
    void startTlsRequiredButNotOffered();
    void startTlsWithAuthPlain();
    void untrustedCertificateFails();
    void implicitTls();
    void authLoginAndRejection();
    void recipientRejected();
    void silentServerTimesOut();
    void connectRefused();
    void invalidMessageNeverConnects();

private:
    QTemporaryDir dir_;
    QSslCertificate certificate_;
    QSslKey key_;
};

void TestSmtpClient::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(dir_.isValid());
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!openssl.isEmpty(), "openssl command missing");
    QProcess p;
    p.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                      QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                      QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                      QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                      QStringLiteral("-keyout"), dir_.filePath(QStringLiteral("key.pem")),
                      QStringLiteral("-out"), dir_.filePath(QStringLiteral("cert.pem"))});
    QVERIFY(p.waitForFinished(30000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile certFile(dir_.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(dir_.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    certificate_ = QSslCertificate(certFile.readAll(), QSsl::Pem);
    key_ = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    QVERIFY(!certificate_.isNull());
    QVERIFY(!key_.isNull());
}

void TestSmtpClient::plainOnLoopbackDelivers()
{
    TestSmtpServer server(TestSmtpServer::Options{});
    QVERIFY(server.isListening());
    const MailMessage message = sampleMessage();
    const SmtpResult r = sendAndWait(loopbackConfig(server.serverPort()), message);
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QCOMPARE(server.mailFrom, QByteArray("<noreply@regie.utrecht.nl> SIZE=")
                                  + QByteArray::number(buildMessage(message).bytes.size()));
    QCOMPARE(server.recipients,
             QList<QByteArray>({"<noor@example.nl>", "<medewerker@utrecht.nl>"}));
    QVERIFY(server.sawQuit);
    // On the wire the body's lone "." and ".punt" lines are doubled ...
    QVERIFY(server.rawData.contains("\r\n..\r\n..punt aan het begin\r\n"));
    // ... and undoing that yields exactly the message that was built.
    const BuiltMessage built = buildMessage(message);
    QCOMPARE(unstuff(server.rawData), built.bytes);
    QVERIFY(server.rawData.contains(QByteArray("Message-ID: " + r.messageId + "\r\n")));
    QCOMPARE(r.messageId, messageIdFor(message.idempotencyKey, QStringLiteral("regie.utrecht.nl")));
    QVERIFY(server.rawData.contains("Subject: =?UTF-8?B?"));
    QVERIFY(!server.rawData.contains("\xe2\x82\xac")); // no raw UTF-8 euro sign anywhere
    QVERIFY(server.rawData.contains("Content-Transfer-Encoding: quoted-printable\r\n"));
    QVERIFY(server.rawData.contains("Je geld staat klaar."));
    QVERIFY(server.rawData.startsWith("Date: "));
}

void TestSmtpClient::startTlsRequiredButNotOffered()
{
    TestSmtpServer server(TestSmtpServer::Options{});
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.security = SmtpConfig::Security::RequireStartTls;
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QCOMPARE(r.error, SmtpError::TlsUnavailable);
    QCOMPARE(r.step, SmtpStep::Ehlo);
    QVERIFY(server.mailFrom.isEmpty()); // nothing of the message left in plain text
    QVERIFY(!r.isTransient());
}

void TestSmtpClient::startTlsWithAuthPlain()
{
    TestSmtpServer::Options options;
    options.offerStartTls = true;
    options.authMechanisms = "PLAIN LOGIN";
    options.certificate = certificate_;
    options.key = key_;
    TestSmtpServer server(options);
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.security = SmtpConfig::Security::RequireStartTls;
    config.extraCaCertificates = {certificate_};
    config.username = QStringLiteral("regie");
    config.password = QStringLiteral("geheim");
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(server.encryptedAtMailFrom);
    QCOMPARE(server.authUser, QByteArray("regie"));
    QCOMPARE(server.authPassword, QByteArray("geheim"));
    QVERIFY(server.rawData.contains("..punt aan het begin"));
}

void TestSmtpClient::untrustedCertificateFails()
{
    TestSmtpServer::Options options;
    options.offerStartTls = true;
    options.certificate = certificate_;
    options.key = key_;
    TestSmtpServer server(options);
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.security = SmtpConfig::Security::RequireStartTls; // self-signed, not trusted
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QCOMPARE(r.error, SmtpError::TlsFailed);
    QCOMPARE(r.step, SmtpStep::TlsHandshake);
    QVERIFY(server.mailFrom.isEmpty());
}

void TestSmtpClient::implicitTls()
{
    TestSmtpServer::Options options;
    options.implicitTls = true;
    options.authMechanisms = "PLAIN";
    options.certificate = certificate_;
    options.key = key_;
    TestSmtpServer server(options);
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.security = SmtpConfig::Security::ImplicitTls;
    config.extraCaCertificates = {certificate_};
    config.tlsPeerName = QStringLiteral("localhost");
    config.username = QStringLiteral("regie");
    config.password = QStringLiteral("geheim");
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QVERIFY2(r.ok(), qPrintable(r.text()));
    QVERIFY(server.encryptedAtMailFrom);
    QCOMPARE(server.recipients.size(), 2);
}

void TestSmtpClient::authLoginAndRejection()
{
    TestSmtpServer::Options options;
    options.authMechanisms = "LOGIN";
    {
        TestSmtpServer server(options);
        SmtpConfig config = loopbackConfig(server.serverPort());
        config.username = QStringLiteral("regie");
        config.password = QStringLiteral("geheim");
        const SmtpResult r = sendAndWait(config, sampleMessage());
        QVERIFY2(r.ok(), qPrintable(r.text()));
        QCOMPARE(server.authUser, QByteArray("regie"));
    }
    TestSmtpServer server(options);
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.username = QStringLiteral("regie");
    config.password = QStringLiteral("fout");
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QCOMPARE(r.error, SmtpError::AuthRejected);
    QCOMPARE(r.replyCode, 535);
    QCOMPARE(r.enhancedStatus, QStringLiteral("5.7.8"));
    QVERIFY(server.mailFrom.isEmpty());
    QVERIFY(!r.text().contains(QStringLiteral("fout")));
}

void TestSmtpClient::recipientRejected()
{
    TestSmtpServer::Options options;
    options.rejectRecipient = "medewerker@utrecht.nl";
    TestSmtpServer server(options);
    const SmtpResult r = sendAndWait(loopbackConfig(server.serverPort()), sampleMessage());
    QCOMPARE(r.error, SmtpError::RecipientRejected);
    QCOMPARE(r.step, SmtpStep::RcptTo);
    QCOMPARE(r.recipientIndex, 1);
    QCOMPARE(r.replyCode, 550);
    QCOMPARE(r.enhancedStatus, QStringLiteral("5.1.1"));
    QVERIFY(!r.isTransient());
    QVERIFY(server.rawData.isEmpty());
    const QString text = r.text();
    QVERIFY(text.contains(QStringLiteral("recipient 1")));
    QVERIFY(!text.contains(u'@')); // the server echoed the address; the log text must not
}

void TestSmtpClient::silentServerTimesOut()
{
    TestSmtpServer::Options options;
    options.silent = true;
    TestSmtpServer server(options);
    SmtpConfig config = loopbackConfig(server.serverPort());
    config.replyTimeoutMs = 300;
    QElapsedTimer elapsed;
    elapsed.start();
    const SmtpResult r = sendAndWait(config, sampleMessage());
    QCOMPARE(r.error, SmtpError::Timeout);
    QCOMPARE(r.step, SmtpStep::Greeting);
    QVERIFY(r.isTransient());
    QCOMPARE(server.connections, 1);
    QVERIFY(elapsed.elapsed() < 10000); // bounded by the timeout, not by the 20 s test wait
}

void TestSmtpClient::connectRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens on this port now
    const SmtpResult r = sendAndWait(loopbackConfig(port), sampleMessage());
    QCOMPARE(r.error, SmtpError::ConnectFailed);
    QCOMPARE(r.step, SmtpStep::Connect);
    QVERIFY(r.isTransient());
}

void TestSmtpClient::invalidMessageNeverConnects()
{
    TestSmtpServer server(TestSmtpServer::Options{});
    MailMessage m = sampleMessage();
    m.to.append(QStringLiteral("not an address"));
    const SmtpResult r = sendAndWait(loopbackConfig(server.serverPort()), m);
    QCOMPARE(r.error, SmtpError::InvalidMessage);
    QCOMPARE(r.recipientIndex, 2);
    QCOMPARE(server.connections, 0);
}

QTEST_GUILESS_MAIN(TestSmtpClient)
#include "tst_smtpclient.moc"
