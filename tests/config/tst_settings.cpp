// The settings table against what is made from it: every setting is accepted as a flag
// (secrets excepted) and as an INI key, reaches regie-server's options, and appears in
// --help, docs/CONFIGURATION.md and installer/regie.ini.example; unknown keys and flags and
// secrets given as flags or in an open file are refused with a message naming them.

#include "config/Reference.h"
#include "config/Settings.h"
#include "server/Options.h"

#include <QtCore/QFile>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace regie;

namespace {

const QString kSource = QStringLiteral(REGIE_SOURCE_DIR);

// Settings whose example needs another one beside it to be valid.
QStringList companions(const QString &key)
{
    if (key == QLatin1String("server/tls_cert"))
        return {QStringLiteral("server/tls_key")};
    if (key == QLatin1String("server/tls_key"))
        return {QStringLiteral("server/tls_cert")};
    if (key.startsWith(QLatin1String("smtp/"))) { // every smtp setting needs a mail server and a sender
        QStringList more{QStringLiteral("smtp/host"), QStringLiteral("smtp/from")};
        if (key == QLatin1String("smtp/user"))
            more.append(QStringLiteral("smtp/password")); // user and password go together
        if (key == QLatin1String("smtp/password"))
            more.append(QStringLiteral("smtp/user"));
        more.removeAll(key);
        return more;
    }
    return {};
}

QString group(const QString &key) { return key.section(QLatin1Char('/'), 0, 0); }
QString name(const QString &key) { return key.section(QLatin1Char('/'), 1); }

// The one required setting as a flag, unless the test is about that setting itself.
QStringList serverArgs(const QString &except = {})
{
    if (except == QLatin1String("server/data"))
        return {QStringLiteral("regie-server")};
    return {QStringLiteral("regie-server"), QStringLiteral("--data"), QStringLiteral("/tmp/regie-settings-test")};
}

// A companion that is a secret cannot be a flag: it comes from its environment variable.
struct SecretsInEnvironment {
    QList<const char *> set;
    explicit SecretsInEnvironment(const QStringList &keys)
    {
        for (const QString &k : keys) {
            const config::Setting *s = config::byKey(k);
            if (s && s->secret()) {
                qputenv(s->env, s->example);
                set.append(s->env);
            }
        }
    }
    ~SecretsInEnvironment()
    {
        for (const char *env : set)
            qunsetenv(env);
    }
};

bool writeFile(const QString &path, const QString &text, QFileDevice::Permissions permissions)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    f.write(text.toUtf8());
    f.close();
    return f.setPermissions(permissions);
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

class TstSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        for (const config::Setting &s : config::settings())
            qunsetenv(s.env ? s.env : "REGIE_UNUSED");
    }

    void everySettingIsAFlag_data()
    {
        QTest::addColumn<QString>("key");
        for (const config::Setting &s : config::settings()) {
            if (!s.secret())
                QTest::newRow(s.key) << QString::fromLatin1(s.key);
        }
    }
    void everySettingIsAFlag()
    {
        QFETCH(QString, key);
        QStringList args = serverArgs(key);
        const SecretsInEnvironment secrets(companions(key));
        for (const QString &k : QStringList{key} + companions(key)) {
            const config::Setting *s = config::byKey(k);
            QVERIFY(s);
            if (s->secret())
                continue;
            args << QStringLiteral("--") + QLatin1String(s->flag);
            if (s->kind != config::Kind::Switch)
                args << QString::fromUtf8(s->example);
        }
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions(args, &o, &error), qPrintable(error));
        const config::Setting *s = config::byKey(key);
        QCOMPARE(o.values.origin(s->key), QStringLiteral("--") + QLatin1String(s->flag));
        QCOMPARE(o.values.text(s->key), QString::fromUtf8(s->example));
        QVERIFY2(QString::fromUtf8(s->example) != QString::fromUtf8(s->defaultValue), "an example must differ from the default");
    }

    void everySettingIsAnIniKey_data()
    {
        QTest::addColumn<QString>("key");
        for (const config::Setting &s : config::settings())
            QTest::newRow(s.key) << QString::fromLatin1(s.key);
    }
    void everySettingIsAnIniKey()
    {
        QFETCH(QString, key);
        QString ini;
        for (const QString &k : QStringList{key} + companions(key))
            ini += QStringLiteral("[%1]\n%2=%3\n").arg(group(k), name(k), QString::fromUtf8(config::byKey(k)->example));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QVERIFY(writeFile(path, ini, kOwnerOnly));
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions(serverArgs(key) + QStringList{QStringLiteral("--config"), path}, &o, &error), qPrintable(error));
        const config::Setting *s = config::byKey(key);
        QVERIFY2(o.values.origin(s->key).startsWith(path + QStringLiteral(" line ")), qPrintable(o.values.origin(s->key)));
        QCOMPARE(o.values.text(s->key), QString::fromUtf8(s->example));
    }

    // Every setting is read by regie-server's options: none sits in the table unused.
    void everySettingReachesTheServer()
    {
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions(serverArgs(), &o, &error), qPrintable(error));
        QCOMPARE(o.values.unread(), QStringList());
    }

    void valuesReachTheConfig()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QVERIFY(writeFile(path,
                          QStringLiteral("[server]\ntrusted_proxies=10.0.0.5,10.1.0.0/16 ; the proxies\n"
                                         "[allegro]\nurl=http://127.0.0.1:9000/soap\npassword=\"a ; b\"\n"
                                         "[zgw]\norigin=http://127.0.0.1:9100/\n[digid]\nissuer=https://b.example\n"
                                         "[metrics]\nlisten=127.0.0.1:9464\n[sync]\ninterval=5m\n"),
                          kOwnerOnly));
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path, QStringLiteral("--sync-interval"),
                                                        QStringLiteral("2m")},
                                   &o, &error),
                 qPrintable(error));
        QCOMPARE(o.config.trustedProxies.size(), 2);
        QCOMPARE(o.koppelingen.allegroPassword, QStringLiteral("a ; b"));
        QCOMPARE(o.koppelingen.zgwOrigin, QStringLiteral("http://127.0.0.1:9100"));
        QCOMPARE(o.koppelingen.syncIntervalSeconds, 120); // the flag wins over the file
        QCOMPARE(o.config.digid.value(QStringLiteral("issuer")), QStringLiteral("https://b.example"));
        QCOMPARE(o.config.metricsPort, quint16(9464));
        QVERIFY(o.config.metricsListener());
        qputenv("REGIE_ALLEGRO_PASSWORD", "from-env");
        web::StartOptions env;
        QVERIFY2(web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &env, &error), qPrintable(error));
        qunsetenv("REGIE_ALLEGRO_PASSWORD");
        QCOMPARE(env.koppelingen.allegroPassword, QStringLiteral("from-env")); // the environment wins
    }

    void unknownKeysAndFlagsAreRefused_data()
    {
        QTest::addColumn<QString>("ini");
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("named");
        QTest::newRow("misspelt key") << QStringLiteral("[allegro]\npasword=x\n") << QStringList() << QStringLiteral("[allegro] pasword");
        QTest::newRow("unknown group") << QStringLiteral("[koppelingen]\nallegro=http://a\n") << QStringList()
                                       << QStringLiteral("[koppelingen] allegro");
        QTest::newRow("key outside a group") << QStringLiteral("listen=1\n") << QStringList() << QStringLiteral("[] listen");
        QTest::newRow("old dash key") << QStringLiteral("[server]\ntls-cert=/x\n") << QStringList() << QStringLiteral("[server] tls-cert");
        QTest::newRow("twice") << QStringLiteral("[server]\nlisten=1\nlisten=2\n") << QStringList()
                               << QStringLiteral("'server/listen' is set twice");
        QTest::newRow("bad value") << QStringLiteral("[limits]\nmax_connections=0\n") << QStringList()
                                   << QStringLiteral("line 2: limits/max_connections must be a whole number from 1");
        QTest::newRow("unknown flag") << QString() << QStringList{QStringLiteral("--lisen"), QStringLiteral("1")}
                                      << QStringLiteral("unknown option --lisen");
        QTest::newRow("bad flag value") << QString() << QStringList{QStringLiteral("--sync-interval"), QStringLiteral("2d")}
                                        << QStringLiteral("--sync-interval: sync/interval must be a duration");
        QTest::newRow("positional") << QString() << QStringList{QStringLiteral("serve")} << QStringLiteral("unexpected argument: serve");
    }
    void unknownKeysAndFlagsAreRefused()
    {
        QFETCH(QString, ini);
        QFETCH(QStringList, flags);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QVERIFY(writeFile(path, ini, kOwnerOnly));
        web::StartOptions o;
        QString error;
        QVERIFY(!web::parseOptions(serverArgs() + flags + QStringList{QStringLiteral("--config"), path}, &o, &error));
        QVERIFY2(error.contains(named), qPrintable(error));
    }

    void secretsAreNeverFlags_data()
    {
        QTest::addColumn<QString>("key");
        for (const config::Setting &s : config::settings()) {
            if (s.secret())
                QTest::newRow(s.key) << QString::fromLatin1(s.key);
        }
    }
    void secretsAreNeverFlags()
    {
        QFETCH(QString, key);
        const config::Setting *s = config::byKey(key);
        QVERIFY(s->env && QByteArray(s->env).startsWith("REGIE_"));
        const QByteArray secret = "s3cr3t-" + QByteArray(s->key);
        for (const QStringList &flag : {QStringList{QStringLiteral("--") + config::wouldBeFlag(*s), QString::fromLatin1(secret)},
                                        QStringList{QStringLiteral("--%1=%2").arg(config::wouldBeFlag(*s), QString::fromLatin1(secret))}}) {
            web::StartOptions o;
            QString error;
            QVERIFY(!web::parseOptions(serverArgs() + flag, &o, &error));
            QVERIFY2(error.contains(QLatin1String(s->env)) && error.contains(QLatin1String(s->key)), qPrintable(error));
            QVERIFY(!error.contains(QString::fromLatin1(secret)));
        }
        // In the INI file: refused while others (or another group) can read it, accepted
        // owner-only and when only the service's own group reads it (the package's root:regie 0640).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QString ini;
        for (const QString &k : QStringList{key} + companions(key))
            ini += QStringLiteral("[%1]\n%2=%3\n").arg(group(k), name(k), QString::fromUtf8(config::byKey(k)->example));
        QVERIFY(writeFile(path, ini, kOwnerOnly | QFileDevice::ReadOther));
        web::StartOptions open;
        QString error;
        QVERIFY(!web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &open, &error));
        QVERIFY2(error.contains(QStringLiteral("chmod 600")) && error.contains(key), qPrintable(error));
        QVERIFY(!error.contains(QString::fromUtf8(s->example)));
        QVERIFY(writeFile(path, ini, kOwnerOnly | QFileDevice::ReadGroup)); // our own group
        web::StartOptions ownGroup;
        QVERIFY2(web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &ownGroup, &error), qPrintable(error));
        QVERIFY(writeFile(path, ini, kOwnerOnly));
        web::StartOptions closed;
        QVERIFY2(web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &closed, &error), qPrintable(error));
        QCOMPARE(closed.values.text(s->key), QString::fromUtf8(s->example));
        // Its environment variable wins over the file.
        qputenv(s->env, "from-the-environment");
        web::StartOptions env;
        const bool ok = web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &env, &error);
        qunsetenv(s->env);
        QVERIFY2(ok, qPrintable(error));
        QCOMPARE(env.values.text(s->key), QStringLiteral("from-the-environment"));
    }

    void anOpenFileWithoutSecretsIsFine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("regie.ini"));
        QVERIFY(writeFile(path, QStringLiteral("[allegro]\nuser=regie\npassword=\n"), kOwnerOnly | QFileDevice::ReadOther));
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions(serverArgs() + QStringList{QStringLiteral("--config"), path}, &o, &error), qPrintable(error));
    }

    void helpListsEveryFlag()
    {
        const QString help = web::usageText();
        for (const config::Setting &s : config::settings()) {
            if (s.secret()) {
                QVERIFY2(!help.contains(QStringLiteral("--%1 ").arg(config::wouldBeFlag(s))), s.key);
                QVERIFY2(help.contains(QLatin1String(s.env)), s.key);
            } else {
                QVERIFY2(help.contains(QStringLiteral("--%1 ").arg(QLatin1String(s.flag))), s.flag);
                QVERIFY2(help.contains(QStringLiteral("[%1]").arg(QLatin1String(s.key))), s.key);
            }
        }
    }

    // docs/CONFIGURATION.md and installer/regie.ini.example are what the table makes.
    // REGIE_WRITE_CONFIG_DOCS=1 (scripts/gen-config-docs.sh) rewrites them.
    void referenceAndExampleAreCurrent_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reference") << kSource + QStringLiteral("/docs/CONFIGURATION.md") << config::referenceMarkdown();
        QTest::newRow("example") << kSource + QStringLiteral("/installer/regie.ini.example") << config::exampleIni();
    }
    void referenceAndExampleAreCurrent()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        if (qEnvironmentVariableIntValue("REGIE_WRITE_CONFIG_DOCS") == 1)
            QVERIFY(writeFile(path, expected, kOwnerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QString actual = readFile(path);
        QVERIFY2(actual == expected, qPrintable(path + QStringLiteral(" differs from the settings table:"
                                                                     " run scripts/gen-config-docs.sh")));
        for (const config::Setting &s : config::settings()) {
            QVERIFY2(actual.contains(name(QString::fromLatin1(s.key))), s.key);
            if (path.endsWith(QLatin1String(".md")))
                QVERIFY2(actual.contains(s.secret() ? QLatin1String(s.env) : QLatin1String(s.flag)), s.key);
        }
    }

    void packagedExampleParses()
    {
        web::StartOptions o;
        QString error;
        QVERIFY2(web::parseOptions({QStringLiteral("regie-server"), QStringLiteral("--config"),
                                    kSource + QStringLiteral("/installer/regie.ini.example")},
                                   &o, &error),
                 qPrintable(error));
        QCOMPARE(o.config.dataDir, QStringLiteral("/var/lib/regie"));
        QCOMPARE(o.config.port, quint16(8080));
        QVERIFY(o.config.metricsListener());
    }
};

QTEST_GUILESS_MAIN(TstSettings)
#include "tst_settings.moc"
