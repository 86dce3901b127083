// The SMTP settings shared by regie-server and regie-koppelingen (MailOptions): defaults,
// the loopback rule for plain sessions, and refusals that never echo the password.
#include "integrations/runtime/MailOptions.h"

#include <QtTest/QTest>

using namespace regie;
using integrations::SmtpOptions;
using Security = mail::SmtpConfig::Security;

class TestSmtpOptions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void noHostLeavesMailOff();
    void loopbackHosts_data();
    void loopbackHosts();
};

namespace {
SmtpOptions basisOpties(const QString &host, const QString &security, const QString &port = {})
{
    SmtpOptions o;
    o.host = host;
    o.security = security;
    o.port = port;
    o.from = QStringLiteral("noreply@utrecht.example");
    return o;
}
} // namespace

void TestSmtpOptions::accepted_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("port");
    QTest::addColumn<int>("expectedSecurity");
    QTest::addColumn<int>("expectedPort");
    QTest::newRow("default starttls") << "smtp.utrecht.nl" << "" << "" << int(Security::RequireStartTls) << 587;
    QTest::newRow("starttls upper") << "smtp.utrecht.nl" << "STARTTLS" << "" << int(Security::RequireStartTls) << 587;
    QTest::newRow("tls") << "smtp.utrecht.nl" << "tls" << "" << int(Security::ImplicitTls) << 465;
    QTest::newRow("tls own port") << "smtp.utrecht.nl" << "tls" << "2465" << int(Security::ImplicitTls) << 2465;
    QTest::newRow("none loopback") << "127.0.0.1" << "none" << "" << int(Security::StartTlsOrPlainOnLoopback) << 25;
    QTest::newRow("none localhost") << "localhost" << "none" << "2525" << int(Security::StartTlsOrPlainOnLoopback) << 2525;
    QTest::newRow("none ipv6") << "::1" << "none" << "" << int(Security::StartTlsOrPlainOnLoopback) << 25;
}

void TestSmtpOptions::accepted()
{
    QFETCH(QString, host);
    QFETCH(QString, security);
    QFETCH(QString, port);
    QFETCH(int, expectedSecurity);
    QFETCH(int, expectedPort);
    integrations::MailConfig mail;
    QString error;
    SmtpOptions o = basisOpties(host, security, port);
    o.username = QStringLiteral("regie");
    o.password = QStringLiteral("geheim");
    o.fromName = QStringLiteral("Gemeente Utrecht");
    QVERIFY2(integrations::applySmtpOptions(o, &mail, &error), qPrintable(error));
    QVERIFY(mail.enabled());
    QCOMPARE(int(mail.smtp.security), expectedSecurity);
    QCOMPARE(int(mail.smtp.port), expectedPort);
    QCOMPARE(mail.smtp.host, host);
    QCOMPARE(mail.smtp.username, QStringLiteral("regie"));
    QCOMPARE(mail.smtp.password, QStringLiteral("geheim"));
    QCOMPARE(mail.fromAddress, QStringLiteral("noreply@utrecht.example"));
    QCOMPARE(mail.fromName, QStringLiteral("Gemeente Utrecht"));
    const QString text = integrations::mailServerText(mail);
    QVERIFY(text.endsWith(QLatin1Char(':') + QString::number(expectedPort)));
    QVERIFY(!text.contains(QLatin1String("regie")) || host.contains(QLatin1String("regie")));
}

void TestSmtpOptions::refused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("none remote") << "smtp.utrecht.nl" << "none" << "" << "a@b.nl" << "" << "" << "loopback";
    QTest::newRow("none private net") << "10.0.0.5" << "none" << "" << "a@b.nl" << "" << "" << "loopback";
    QTest::newRow("unknown security") << "smtp.utrecht.nl" << "ssl" << "" << "a@b.nl" << "" << "" << "starttls, tls or none";
    QTest::newRow("port zero") << "smtp.utrecht.nl" << "" << "0" << "a@b.nl" << "" << "" << "port";
    QTest::newRow("port text") << "smtp.utrecht.nl" << "" << "smtp" << "a@b.nl" << "" << "" << "port";
    QTest::newRow("no sender") << "smtp.utrecht.nl" << "" << "" << "" << "" << "" << "sender";
    QTest::newRow("header injection") << "smtp.utrecht.nl" << "" << "" << "a@b.nl\r\nBcc: x@y.nl" << "" << "" << "sender";
    QTest::newRow("user without password") << "smtp.utrecht.nl" << "" << "" << "a@b.nl" << "regie" << "" << "REGIE_SMTP_PASSWORD";
    QTest::newRow("password without user") << "smtp.utrecht.nl" << "" << "" << "a@b.nl" << "" << "pw-xyz" << "together";
    QTest::newRow("url as host") << "smtp://smtp.utrecht.nl" << "" << "" << "a@b.nl" << "" << "" << "host";
    QTest::newRow("settings without host") << "" << "" << "" << "a@b.nl" << "" << "" << "host";
}

void TestSmtpOptions::refused()
{
    QFETCH(QString, host);
    QFETCH(QString, security);
    QFETCH(QString, port);
    QFETCH(QString, from);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, message);
    SmtpOptions o = basisOpties(host, security, port);
    o.from = from;
    o.username = user;
    o.password = password;
    integrations::MailConfig mail;
    QString error;
    QVERIFY(!integrations::applySmtpOptions(o, &mail, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("pw-xyz")));
    QVERIFY(!mail.enabled());
}

void TestSmtpOptions::noHostLeavesMailOff()
{
    integrations::MailConfig mail;
    QString error;
    SmtpOptions o;
    o.password = QStringLiteral("from the environment, unused");
    QVERIFY(integrations::applySmtpOptions(o, &mail, &error));
    QVERIFY(!mail.enabled());
}

void TestSmtpOptions::loopbackHosts_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::newRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::newRow("::1") << "::1" << true;
    QTest::newRow("[::1]") << "[::1]" << true;
    QTest::newRow("LOCALHOST") << "LOCALHOST" << true;
    QTest::newRow("localhost.evil.nl") << "localhost.evil.nl" << false;
    QTest::newRow("127.0.0.1.nip.io") << "127.0.0.1.nip.io" << false;
    QTest::newRow("192.168.1.1") << "192.168.1.1" << false;
    QTest::newRow("empty") << "" << false;
}

void TestSmtpOptions::loopbackHosts()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(integrations::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestSmtpOptions)
#include "tst_smtp_options.moc"
