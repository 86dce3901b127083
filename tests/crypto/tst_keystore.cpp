#include "crypto/FieldCipher.h"
#include "crypto/KeyStore.h"
#include "crypto/Random.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using namespace regie::crypto;

namespace
{

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
    | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
    | QFileDevice::ExeOther;

// Saves and restores REGIE_MASTER_KEY so tests do not leak into each other.
class EnvGuard
{
public:
    EnvGuard()
        : had_(qEnvironmentVariableIsSet(KeyStore::kEnvironmentVariable))
        , value_(qgetenv(KeyStore::kEnvironmentVariable))
    {
    }
    ~EnvGuard()
    {
        if (had_)
            qputenv(KeyStore::kEnvironmentVariable, value_);
        else
            qunsetenv(KeyStore::kEnvironmentVariable);
    }
    EnvGuard(const EnvGuard &) = delete;
    EnvGuard &operator=(const EnvGuard &) = delete;

private:
    bool had_;
    QByteArray value_;
};

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void createsKeyFileOwnerOnly();
    void createsMissingFolder();
    void reloadGivesSameKey();
    void refusesOpenPermissions_data();
    void refusesOpenPermissions();
    void missingFileWithoutCreate();
    void refusesOversizedFile();
    void rotationKeepsOldKeys();
    void fromTextAccepts();
    void fromTextRejects_data();
    void fromTextRejects();
    void errorsNeverContainKeyMaterial();
    void environmentTakesPrecedence();
    void configBeforeFile();
    void newKeyEntryParses();

private:
    QTemporaryDir dir_;
};

void TestKeyStore::init()
{
    QVERIFY(dir_.isValid());
    qunsetenv(KeyStore::kEnvironmentVariable);
}

void TestKeyStore::createsKeyFileOwnerOnly()
{
    const QString path = dir_.filePath(QStringLiteral("owner-only.key"));
    const KeyStore::Result result = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(result.createdKeyFile);
    QCOMPARE(result.keyring->size(), 1);
    QCOMPARE(result.keyring->currentKeyId(), quint8(1));
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions perms = QFileInfo(path).permissions();
    QCOMPARE(perms & kGroupOrOther, QFileDevice::Permissions());
    QVERIFY(perms.testFlag(QFileDevice::ReadOwner));
    QVERIFY(perms.testFlag(QFileDevice::WriteOwner));
    QVERIFY(!perms.testFlag(QFileDevice::ExeOwner));
#endif
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
}

void TestKeyStore::createsMissingFolder()
{
    const QString path = dir_.filePath(QStringLiteral("a/b/c/regie.key"));
    const KeyStore::Result result = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QVERIFY(QFileInfo::exists(path));
}

void TestKeyStore::reloadGivesSameKey()
{
    const QString path = dir_.filePath(QStringLiteral("reload.key"));
    const KeyStore::Result first = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY(first.ok());
    const KeyStore::Result second = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QVERIFY(!second.createdKeyFile);
    QCOMPARE(second.keyring->key(1), first.keyring->key(1));
    // And the data written with the first process is readable by the second.
    const QByteArray sealed = FieldCipher(*first.keyring).encrypt("123456782", "inwoners.bsn");
    QVERIFY(FieldCipher(*second.keyring).decrypt(sealed, "inwoners.bsn"));
    // A different file is a different key.
    const KeyStore::Result other = KeyStore::loadOrCreateKeyFile(dir_.filePath("other.key"));
    QVERIFY(other.ok());
    QVERIFY(other.keyring->key(1) != first.keyring->key(1));
}

void TestKeyStore::refusesOpenPermissions_data()
{
    QTest::addColumn<int>("extra");
    QTest::newRow("group read") << int(QFileDevice::ReadGroup);
    QTest::newRow("other read") << int(QFileDevice::ReadOther);
    QTest::newRow("group write") << int(QFileDevice::WriteGroup);
    QTest::newRow("other write") << int(QFileDevice::WriteOther);
}

void TestKeyStore::refusesOpenPermissions()
{
#ifndef Q_OS_UNIX
    QSKIP("File permission bits are not meaningful on this platform");
#else
    QFETCH(int, extra);
    const QString path = dir_.filePath(QStringLiteral("open-%1.key").arg(extra));
    QVERIFY(KeyStore::loadOrCreateKeyFile(path).ok());
    QVERIFY(QFile::setPermissions(
        path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::Permissions(extra)));
    const KeyStore::Result result = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(QStringLiteral("other users")), qPrintable(result.error));
    QVERIFY(result.error.contains(path));
    QVERIFY(!KeyStore::loadKeyFile(path).ok());
    QVERIFY(!KeyStore::rotateKeyFile(path).ok());
#endif
}

void TestKeyStore::missingFileWithoutCreate()
{
    const KeyStore::Result result = KeyStore::loadKeyFile(dir_.filePath("missing.key"));
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFileInfo::exists(dir_.filePath("missing.key")));
}

void TestKeyStore::refusesOversizedFile()
{
    const QString path = dir_.filePath(QStringLiteral("big.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(KeyStore::kMaxKeyFileBytes + 1, '#'));
    file.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const KeyStore::Result result = KeyStore::loadKeyFile(path);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("too large")));
}

void TestKeyStore::rotationKeepsOldKeys()
{
    const QString path = dir_.filePath(QStringLiteral("rotate.key"));
    const KeyStore::Result first = KeyStore::loadOrCreateKeyFile(path);
    QVERIFY(first.ok());
    const QByteArray oldSealed = FieldCipher(*first.keyring).encrypt("123456782", "bsn");

    const KeyStore::Result rotated = KeyStore::rotateKeyFile(path);
    QVERIFY2(rotated.ok(), qPrintable(rotated.error));
    QCOMPARE(rotated.keyring->keyIds(), (QList<quint8> { 1, 2 }));
    QCOMPARE(rotated.keyring->currentKeyId(), quint8(2));
    QCOMPARE(rotated.keyring->key(1), first.keyring->key(1));
#ifdef Q_OS_UNIX
    QCOMPARE(QFileInfo(path).permissions() & kGroupOrOther, QFileDevice::Permissions());
#endif
    const KeyStore::Result reloaded = KeyStore::loadKeyFile(path);
    QVERIFY(reloaded.ok());
    const FieldCipher cipher(*reloaded.keyring);
    QCOMPARE(cipher.decrypt(oldSealed, "bsn").value_or("wrong"), QByteArray("123456782"));
    QCOMPARE(FieldCipher::keyIdOf(cipher.encrypt("x", "y")).value_or(0), quint8(2));
}

void TestKeyStore::fromTextAccepts()
{
    const QByteArray k1 = randomBytes(32);
    const QByteArray k2 = randomBytes(32);
    {
        const KeyStore::Result r = KeyStore::fromText(b64(k1));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.keyring->keyIds(), (QList<quint8> { 1 }));
        QCOMPARE(r.keyring->key(1).value_or(QByteArray()), k1);
    }
    {
        const KeyStore::Result r
            = KeyStore::fromText(QStringLiteral(" 3:%1 , 9:%2 ").arg(b64(k1), b64(k2)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.keyring->keyIds(), (QList<quint8> { 3, 9 }));
        QCOMPARE(r.keyring->currentKeyId(), quint8(9));
    }
    {
        const KeyStore::Result r = KeyStore::fromText(
            QStringLiteral("# comment\n\n0:%1\r\n# another\n255:%2\n").arg(b64(k1), b64(k2)));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.keyring->keyIds(), (QList<quint8> { 0, 255 }));
    }
}

void TestKeyStore::fromTextRejects_data()
{
    const QString k = b64(QByteArray(32, 'k'));
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("only comment") << "# nothing\n";
    QTest::newRow("short key") << b64(QByteArray(31, 'k'));
    QTest::newRow("long key") << b64(QByteArray(33, 'k'));
    QTest::newRow("not base64") << QStringLiteral("!!") + k.mid(2);
    QTest::newRow("bad id") << QStringLiteral("x:") + k;
    QTest::newRow("id too large") << QStringLiteral("256:") + k;
    QTest::newRow("negative id") << QStringLiteral("-1:") + k;
    QTest::newRow("two bare keys") << k + QLatin1Char(',') + k;
    QTest::newRow("duplicate id") << QStringLiteral("1:%1,1:%1").arg(k);
    QString many;
    for (int i = 0; i <= regie::crypto::Keyring::kMaxKeys; ++i)
        many += QStringLiteral("%1:%2\n").arg(i).arg(k);
    QTest::newRow("too many") << many;
}

void TestKeyStore::fromTextRejects()
{
    QFETCH(QString, text);
    const KeyStore::Result r = KeyStore::fromText(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.isEmpty());
}

void TestKeyStore::errorsNeverContainKeyMaterial()
{
    const QString nearlyKey = b64(randomBytes(31));
    const QString realKey = b64(randomBytes(32));
    const QStringList inputs = { nearlyKey, QStringLiteral("1:%1,2:%2").arg(realKey, nearlyKey),
        QStringLiteral("1:%1,1:%1").arg(realKey), QStringLiteral("1:%1,%1").arg(realKey) };
    for (const QString &input : inputs) {
        const KeyStore::Result r = KeyStore::fromText(input);
        QVERIFY(!r.ok());
        QVERIFY(!r.error.contains(nearlyKey.left(12)));
        QVERIFY(!r.error.contains(realKey.left(12)));
    }
    // Also through the file path, which adds its own wrapper text.
    const QString path = dir_.filePath(QStringLiteral("bad.key"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("1:%1\n2:%2\n").arg(realKey, nearlyKey).toLatin1());
    file.close();
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const KeyStore::Result r = KeyStore::loadKeyFile(path);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.contains(QStringLiteral("entry 2")), qPrintable(r.error));
    QVERIFY(!r.error.contains(realKey.left(12)));
    QVERIFY(!r.error.contains(nearlyKey.left(12)));
}

void TestKeyStore::environmentTakesPrecedence()
{
    EnvGuard guard;
    const QByteArray envKey = randomBytes(32);
    const QByteArray configKey = randomBytes(32);
    const QString path = dir_.filePath(QStringLiteral("env.key"));
    qputenv(KeyStore::kEnvironmentVariable, envKey.toBase64());
    const KeyStore::Result r = KeyStore::load(b64(configKey), path);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.keyring->key(1).value_or(QByteArray()), envKey);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(KeyStore::fromEnvironment().ok());

    qputenv(KeyStore::kEnvironmentVariable, "not a key");
    const KeyStore::Result bad = KeyStore::load(b64(configKey), path);
    QVERIFY(!bad.ok());
    QVERIFY(bad.error.contains(QLatin1String(KeyStore::kEnvironmentVariable)));

    qunsetenv(KeyStore::kEnvironmentVariable);
    QVERIFY(!KeyStore::fromEnvironment().ok());
}

void TestKeyStore::configBeforeFile()
{
    EnvGuard guard;
    qunsetenv(KeyStore::kEnvironmentVariable);
    const QByteArray configKey = randomBytes(32);
    const QString path = dir_.filePath(QStringLiteral("config.key"));
    const KeyStore::Result fromConfig = KeyStore::load(b64(configKey), path);
    QVERIFY(fromConfig.ok());
    QCOMPARE(fromConfig.keyring->key(1).value_or(QByteArray()), configKey);
    QVERIFY(!QFileInfo::exists(path));

    const KeyStore::Result badConfig = KeyStore::load(u"1:abc", path);
    QVERIFY(!badConfig.ok());
    QVERIFY(!QFileInfo::exists(path));

    const KeyStore::Result fromFile = KeyStore::load(u"  ", path);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error));
    QVERIFY(fromFile.createdKeyFile);
    QVERIFY(QFileInfo::exists(path));
}

void TestKeyStore::newKeyEntryParses()
{
    const QString entry = KeyStore::newKeyEntry(4);
    QVERIFY(entry.startsWith(QStringLiteral("4:")));
    const KeyStore::Result r = KeyStore::fromText(entry);
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.keyring->currentKeyId(), quint8(4));
    QVERIFY(KeyStore::newKeyEntry(4) != entry);
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
