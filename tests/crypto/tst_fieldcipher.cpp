#include "crypto/FieldCipher.h"
#include "crypto/Hash.h"
#include "crypto/Keyring.h"
#include "crypto/Random.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace regie::crypto;

namespace
{

QByteArray fixedKey(char fill)
{
    return QByteArray(Keyring::kKeyBytes, fill);
}

Keyring ringWith(std::initializer_list<std::pair<quint8, QByteArray>> keys)
{
    Keyring ring;
    for (const auto &[id, key] : keys) {
        QString error;
        if (!ring.add(id, key, &error))
            qFatal("test keyring: %s", qPrintable(error));
    }
    return ring;
}

const QByteArray kBsnColumn("inwoners.bsn");

} // namespace

class TestFieldCipher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void layout();
    void freshNonceEveryTime();
    void everyFlippedByteFails();
    void everyFlippedBitOfTagFails();
    void wrongAssociatedDataFails();
    void wrongKeyFails();
    void truncationFails();
    void appendedBytesFail();
    void unknownVersionOrKeyIdFails();
    void limits();
    void keyRotation();
    void keyringRejects();
    void lookupHashDeterministicAndSeparated();
    void lookupHashIndependentOfEncryptKey();
    void lookupHashCandidatesDuringRotation();
};

void TestFieldCipher::roundTrip_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QByteArray>("associated");
    QTest::newRow("bsn") << QByteArray("123456782") << kBsnColumn;
    QTest::newRow("iban") << QByteArray("NL91ABNA0417164300") << QByteArray("inwoners.iban");
    QTest::newRow("empty value") << QByteArray() << kBsnColumn;
    QTest::newRow("no associated data") << QByteArray("x") << QByteArray();
    QTest::newRow("utf8 name") << QString::fromUtf8("Zoë de Vries-Çelik").toUtf8()
                               << QByteArray("n");
    QTest::newRow("binary") << QByteArray("\0\1\2\3\xff", 5) << QByteArray("\0", 1);
    QTest::newRow("max size") << QByteArray(FieldCipher::kMaxPlaintextBytes, 'a') << kBsnColumn;
}

void TestFieldCipher::roundTrip()
{
    QFETCH(QByteArray, plain);
    QFETCH(QByteArray, associated);
    const FieldCipher cipher(ringWith({ { 1, randomBytes(32) } }));
    const QByteArray sealed = cipher.encrypt(plain, associated);
    QCOMPARE(sealed.size(), plain.size() + FieldCipher::kOverheadBytes);
    if (plain.size() >= 8)
        QVERIFY(!sealed.contains(plain));
    const auto opened = cipher.decrypt(sealed, associated);
    QVERIFY(opened);
    QCOMPARE(*opened, plain);
}

void TestFieldCipher::layout()
{
    const FieldCipher cipher(ringWith({ { 7, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("123456782", kBsnColumn);
    QCOMPARE(quint8(sealed[0]), FieldCipher::kFormatVersion);
    QCOMPARE(quint8(sealed[1]), quint8(7));
    QCOMPARE(FieldCipher::keyIdOf(sealed).value_or(0), quint8(7));
    QCOMPARE(cipher.currentKeyId(), quint8(7));
    QVERIFY(!FieldCipher::keyIdOf("short").has_value());
}

void TestFieldCipher::freshNonceEveryTime()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    QSet<QByteArray> nonces;
    QSet<QByteArray> ciphertexts;
    for (int i = 0; i < 100; ++i) {
        const QByteArray sealed = cipher.encrypt("123456782", kBsnColumn);
        nonces.insert(sealed.mid(FieldCipher::kHeaderBytes, FieldCipher::kNonceBytes));
        ciphertexts.insert(sealed);
    }
    QCOMPARE(nonces.size(), 100);
    QCOMPARE(ciphertexts.size(), 100);
}

void TestFieldCipher::everyFlippedByteFails()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("NL91ABNA0417164300", "inwoners.iban");
    QVERIFY(cipher.decrypt(sealed, "inwoners.iban"));
    for (qsizetype i = 0; i < sealed.size(); ++i) {
        for (quint8 mask : { quint8(0x01), quint8(0x80), quint8(0xff) }) {
            QByteArray tampered = sealed;
            tampered[i] = char(quint8(tampered[i]) ^ mask);
            QVERIFY2(!cipher.decrypt(tampered, "inwoners.iban").has_value(),
                qPrintable(QStringLiteral("byte %1 mask %2").arg(i).arg(mask)));
        }
    }
}

void TestFieldCipher::everyFlippedBitOfTagFails()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("", kBsnColumn);
    for (qsizetype i = sealed.size() - FieldCipher::kTagBytes; i < sealed.size(); ++i) {
        for (int bit = 0; bit < 8; ++bit) {
            QByteArray tampered = sealed;
            tampered[i] = char(quint8(tampered[i]) ^ (1u << bit));
            QVERIFY(!cipher.decrypt(tampered, kBsnColumn).has_value());
        }
    }
}

void TestFieldCipher::wrongAssociatedDataFails()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("123456782", "inwoners.bsn:42");
    QVERIFY(cipher.decrypt(sealed, "inwoners.bsn:42"));
    QVERIFY(!cipher.decrypt(sealed, "inwoners.bsn:43"));
    QVERIFY(!cipher.decrypt(sealed, "inwoners.iban:42"));
    QVERIFY(!cipher.decrypt(sealed, ""));
    QVERIFY(!cipher.decrypt(sealed, QByteArray("inwoners.bsn:42\0", 16)));
}

void TestFieldCipher::wrongKeyFails()
{
    const FieldCipher writer(ringWith({ { 1, fixedKey('a') } }));
    const FieldCipher sameIdOtherKey(ringWith({ { 1, fixedKey('b') } }));
    const FieldCipher otherId(ringWith({ { 2, fixedKey('a') } }));
    const QByteArray sealed = writer.encrypt("123456782", kBsnColumn);
    QVERIFY(!sameIdOtherKey.decrypt(sealed, kBsnColumn));
    QVERIFY(!otherId.decrypt(sealed, kBsnColumn));
    // The same master key with the same id must still work (stable derivation).
    const FieldCipher again(ringWith({ { 1, fixedKey('a') } }));
    QCOMPARE(again.decrypt(sealed, kBsnColumn).value_or("wrong"), QByteArray("123456782"));
}

void TestFieldCipher::truncationFails()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("123456782", kBsnColumn);
    for (qsizetype n = 0; n < sealed.size(); ++n) {
        QVERIFY2(!cipher.decrypt(sealed.left(n), kBsnColumn).has_value(),
            qPrintable(QString::number(n)));
        QVERIFY(!cipher.decrypt(sealed.right(n), kBsnColumn).has_value());
    }
}

void TestFieldCipher::appendedBytesFail()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QByteArray sealed = cipher.encrypt("123456782", kBsnColumn);
    QVERIFY(!cipher.decrypt(QByteArray(sealed + '\0'), kBsnColumn));
    QVERIFY(!cipher.decrypt(QByteArray(sealed + sealed), kBsnColumn));
}

void TestFieldCipher::unknownVersionOrKeyIdFails()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    QByteArray sealed = cipher.encrypt("123456782", kBsnColumn);
    sealed[0] = char(2);
    QVERIFY(!cipher.decrypt(sealed, kBsnColumn));
    QVERIFY(!cipher.decrypt(QByteArray(FieldCipher::kOverheadBytes, '\0'), kBsnColumn));
    QVERIFY(!cipher.decrypt(QByteArray(), kBsnColumn));
}

void TestFieldCipher::limits()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    QVERIFY(cipher.encrypt(QByteArray(FieldCipher::kMaxPlaintextBytes + 1, 'a'), "x").isEmpty());
    QVERIFY(
        cipher.encrypt("a", QByteArray(FieldCipher::kMaxAssociatedDataBytes + 1, 'x')).isEmpty());
    const QByteArray sealed = cipher.encrypt("a", "x");
    QVERIFY(!cipher.decrypt(sealed, QByteArray(FieldCipher::kMaxAssociatedDataBytes + 1, 'x')));
    QVERIFY(!cipher.decrypt(
        QByteArray(FieldCipher::kOverheadBytes + FieldCipher::kMaxPlaintextBytes + 1, '\1'), "x"));
}

void TestFieldCipher::keyRotation()
{
    const QByteArray oldKey = fixedKey('o');
    const QByteArray newKey = fixedKey('n');
    const FieldCipher before(ringWith({ { 1, oldKey } }));
    const QByteArray oldSealed = before.encrypt("123456782", kBsnColumn);

    const FieldCipher after(ringWith({ { 1, oldKey }, { 2, newKey } }));
    QCOMPARE(after.currentKeyId(), quint8(2));
    const QByteArray newSealed = after.encrypt("111222333", kBsnColumn);
    QCOMPARE(FieldCipher::keyIdOf(newSealed).value_or(0), quint8(2));
    QCOMPARE(after.decrypt(oldSealed, kBsnColumn).value_or("wrong"), QByteArray("123456782"));
    QCOMPARE(after.decrypt(newSealed, kBsnColumn).value_or("wrong"), QByteArray("111222333"));
    // Before the rotation reached this process, new values cannot be read...
    QVERIFY(!before.decrypt(newSealed, kBsnColumn));
    // ...and once the old key is retired, old values can no longer be read.
    const FieldCipher retired(ringWith({ { 2, newKey } }));
    QVERIFY(!retired.decrypt(oldSealed, kBsnColumn));
    QVERIFY(retired.decrypt(newSealed, kBsnColumn));
    // Order of the keyring decides the current key, not the numeric id.
    const FieldCipher backToOne(ringWith({ { 2, newKey }, { 1, oldKey } }));
    QCOMPARE(FieldCipher::keyIdOf(backToOne.encrypt("x", "y")).value_or(0), quint8(1));
}

void TestFieldCipher::keyringRejects()
{
    Keyring ring;
    QString error;
    QVERIFY(!ring.add(1, QByteArray(31, 'a'), &error));
    QVERIFY(error.contains(QStringLiteral("length")));
    QVERIFY(!ring.add(1, QByteArray(33, 'a'), &error));
    QVERIFY(ring.add(1, fixedKey('a'), &error));
    QVERIFY(!ring.add(1, fixedKey('b'), &error));
    QVERIFY(!error.contains(QStringLiteral("bbbb")));
    for (int id = 2; id <= Keyring::kMaxKeys; ++id)
        QVERIFY(ring.add(quint8(id), fixedKey('c'), &error));
    QVERIFY(!ring.add(quint8(Keyring::kMaxKeys + 1), fixedKey('d'), &error));
    QCOMPARE(ring.size(), Keyring::kMaxKeys);
}

void TestFieldCipher::lookupHashDeterministicAndSeparated()
{
    const FieldCipher cipher(ringWith({ { 1, fixedKey('k') } }));
    const QString h = cipher.lookupHash(u"123456782", u"inwoners.bsn");
    QCOMPARE(h.size(), 64);
    QCOMPARE(h, h.toLower());
    QCOMPARE(cipher.lookupHash(u"123456782", u"inwoners.bsn"), h);
    QVERIFY(cipher.lookupHash(u"123456783", u"inwoners.bsn") != h);
    QVERIFY(cipher.lookupHash(u"123456782", u"partners.bsn") != h);
    // The length prefix keeps purpose and value apart.
    QVERIFY(cipher.lookupHash(u"bc", u"a") != cipher.lookupHash(u"c", u"ab"));
    // A different master key gives unrelated hashes.
    const FieldCipher other(ringWith({ { 1, fixedKey('l') } }));
    QVERIFY(other.lookupHash(u"123456782", u"inwoners.bsn") != h);
    // Without the key, the hash is not just a hash of the value.
    QVERIFY(h.toLatin1() != sha256("123456782").toHex());
}

void TestFieldCipher::lookupHashIndependentOfEncryptKey()
{
    // Recompute both derived keys independently from the master key: the lookup hash
    // must use the "lookup" key, and nothing derived for "encrypt" may reproduce it.
    const QByteArray master = fixedKey('m');
    const FieldCipher cipher(ringWith({ { 1, master } }));
    const QByteArray message = QByteArray::fromHex("0000000c") + "inwoners.bsn" + "123456782";
    const QByteArray lookupKey = hkdfSha256(master, {}, "regie/field-cipher/v1/lookup", 32);
    const QByteArray encryptKey = hkdfSha256(master, {}, "regie/field-cipher/v1/encrypt", 32);
    QVERIFY(lookupKey != encryptKey);
    const QString h = cipher.lookupHash(u"123456782", u"inwoners.bsn");
    QCOMPARE(h.toLatin1(), hmacSha256(lookupKey, message).toHex());
    QVERIFY(h.toLatin1() != hmacSha256(encryptKey, message).toHex());
    QVERIFY(h.toLatin1() != hmacSha256(master, message).toHex());
    // The encryption uses the encrypt key: AES-GCM under the lookup key must not open it.
    const FieldCipher lookupKeyAsMaster(ringWith({ { 1, lookupKey } }));
    QVERIFY(!lookupKeyAsMaster.decrypt(cipher.encrypt("x", "y"), "y"));
}

void TestFieldCipher::lookupHashCandidatesDuringRotation()
{
    const FieldCipher before(ringWith({ { 1, fixedKey('o') } }));
    const FieldCipher after(ringWith({ { 1, fixedKey('o') }, { 2, fixedKey('n') } }));
    const QString oldHash = before.lookupHash(u"123456782", u"inwoners.bsn");
    const QStringList candidates = after.lookupHashCandidates(u"123456782", u"inwoners.bsn");
    QCOMPARE(candidates.size(), 2);
    QCOMPARE(candidates[0], after.lookupHash(u"123456782", u"inwoners.bsn"));
    QCOMPARE(candidates[1], oldHash);
    QVERIFY(candidates[0] != candidates[1]);
}

QTEST_GUILESS_MAIN(TestFieldCipher)
#include "tst_fieldcipher.moc"
