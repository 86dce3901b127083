// The server's own TLS listener: TLS 1.0 and 1.1 refused, 1.2 and 1.3 accepted, and TLS 1.2
// only with forward-secret AEAD suites. Both ends run with an OpenSSL configuration that
// would allow everything down to TLS 1.0 at security level 0, so what is refused is refused
// by regie-server itself, not by the machine's defaults.

#include "ServerProcess.h"

using namespace security;

namespace {

const QByteArray kPermissiveOpenSsl = "openssl_conf = regie_test\n"
                                      "[regie_test]\nssl_conf = ssl_section\n"
                                      "[ssl_section]\nsystem_default = system_default_section\n"
                                      "[system_default_section]\nMinProtocol = TLSv1\nCipherString = DEFAULT@SECLEVEL=0\n";

} // namespace

class TstTlsSecurity : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    ServerProcess regie_;
    QProcessEnvironment permissive_;

    struct Handshake {
        bool done = false;
        QByteArray output;
    };
    Handshake handshake(const QStringList &args)
    {
        QProcess client;
        client.setProcessEnvironment(permissive_);
        client.setProcessChannelMode(QProcess::MergedChannels);
        client.start(QStringLiteral("openssl"), QStringList{QStringLiteral("s_client"), QStringLiteral("-brief"),
                                                            QStringLiteral("-connect"),
                                                            QStringLiteral("127.0.0.1:%1").arg(regie_.port)}
                                                    + args);
        client.closeWriteChannel(); // nothing to send: the handshake alone
        if (!client.waitForFinished(20'000))
            client.kill();
        const QByteArray out = client.readAll();
        return {client.exitStatus() == QProcess::NormalExit && client.exitCode() == 0 && out.contains("Protocol version"), out};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(dir_.isValid());
        const QString cert = dir_.filePath(QStringLiteral("c.pem")), key = dir_.filePath(QStringLiteral("k.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                  QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                                                  QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                                  QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-days"),
                                                  QStringLiteral("1"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
        QVERIFY2(openssl.waitForFinished(20000) && openssl.exitCode() == 0, "the openssl tool makes the test certificate");
        const QString conf = dir_.filePath(QStringLiteral("openssl.cnf"));
        QFile f(conf);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write(kPermissiveOpenSsl) == kPermissiveOpenSsl.size());
        f.close();
        permissive_ = QProcessEnvironment::systemEnvironment();
        permissive_.insert(QStringLiteral("OPENSSL_CONF"), conf);
        QVERIFY(regie_.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}, {}, permissive_));
        QVERIFY(regie_.origin.startsWith(QStringLiteral("https://")));
        // The client end really can speak TLS 1.2 with anything: otherwise a refusal proves nothing.
        QVERIFY2(handshake({QStringLiteral("-tls1_2")}).done, "no TLS 1.2 handshake at all");
    }

    void protocolVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("TLS 1.0") << "-tls1" << false;
        QTest::newRow("TLS 1.1") << "-tls1_1" << false;
        QTest::newRow("TLS 1.2") << "-tls1_2" << true;
        QTest::newRow("TLS 1.3") << "-tls1_3" << true;
    }
    void protocolVersions()
    {
        QFETCH(QString, version);
        QFETCH(bool, accepted);
        const Handshake h = handshake({version, QStringLiteral("-cipher"), QStringLiteral("DEFAULT@SECLEVEL=0")});
        QVERIFY2(h.done == accepted, h.output.left(600).constData());
    }

    void tls12Suites_data()
    {
        QTest::addColumn<QString>("suite");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("ECDHE, AES-GCM") << "ECDHE-ECDSA-AES128-GCM-SHA256" << true;
        QTest::newRow("ECDHE, ChaCha20-Poly1305") << "ECDHE-ECDSA-CHACHA20-POLY1305" << true;
        QTest::newRow("ECDHE, AES-CBC with SHA-1") << "ECDHE-ECDSA-AES128-SHA" << false;
        QTest::newRow("ECDHE, AES-CBC with SHA-256") << "ECDHE-ECDSA-AES128-SHA256" << false;
    }
    void tls12Suites()
    {
        QFETCH(QString, suite);
        QFETCH(bool, accepted);
        const Handshake h = handshake({QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), suite + QStringLiteral(":@SECLEVEL=0")});
        QVERIFY2(h.done == accepted, h.output.left(600).constData());
    }
};

QTEST_GUILESS_MAIN(TstTlsSecurity)
#include "tst_tls_security.moc"
