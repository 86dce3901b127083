#include "crypto/Base32.h"
#include "crypto/Hash.h"
#include "crypto/Random.h"

#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace regie::crypto;

class TestCryptoPrimitives : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomBytesSizesAndUniqueness();
    void randomTokenIsBase64UrlWithoutPadding();
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void hmacSha256Rfc4231_data();
    void hmacSha256Rfc4231();
    void hmacSha1Rfc2202();
    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void base32Rfc4648_data();
    void base32Rfc4648();
    void base32DecodeLenient();
    void base32DecodeRejects_data();
    void base32DecodeRejects();
    void base32RoundTripRandom();
};

void TestCryptoPrimitives::randomBytesSizesAndUniqueness()
{
    QCOMPARE(randomBytes(0).size(), 0);
    QCOMPARE(randomBytes(1).size(), 1);
    QCOMPARE(randomBytes(32).size(), 32);
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i)
        seen.insert(randomBytes(16));
    QCOMPARE(seen.size(), 200);
    // Not all zero: a broken generator often returns a zeroed buffer.
    QVERIFY(randomBytes(64) != QByteArray(64, '\0'));
}

void TestCryptoPrimitives::randomTokenIsBase64UrlWithoutPadding()
{
    const QString token = randomToken(32);
    QCOMPARE(token.size(), 43);
    for (QChar c : token) {
        const bool ok = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
            || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        QVERIFY2(ok, qPrintable(token));
    }
    QVERIFY(randomToken(32) != token);
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(decoded.decoded.size(), 32);
}

void TestCryptoPrimitives::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digestHex");
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray(
        "abc") << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCryptoPrimitives::sha256KnownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digestHex);
    QCOMPARE(sha256(input).toHex(), digestHex);
}

void TestCryptoPrimitives::hmacSha256Rfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("macHex");
    QTest::newRow("test case 1")
        << QByteArray(20, '\x0b') << QByteArray("Hi There")
        << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("test case 2")
        << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("test case 3")
        << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
        << QByteArray("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe");
    // Not from RFC 4231: an empty key and message must work, not fail inside OpenSSL.
    QTest::newRow("empty key and data")
        << QByteArray() << QByteArray()
        << QByteArray("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad");
    // Test case 6: a key longer than the block size is hashed first.
    QTest::newRow("test case 6")
        << QByteArray(131, '\xaa')
        << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
        << QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
}

void TestCryptoPrimitives::hmacSha256Rfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, macHex);
    QCOMPARE(hmacSha256(key, data).toHex(), macHex);
}

void TestCryptoPrimitives::hmacSha1Rfc2202()
{
    QCOMPARE(hmacSha1(QByteArray(20, '\x0b'), "Hi There").toHex(),
        QByteArray("b617318655057264e28bc0b6fb378c8ef146be00"));
    QCOMPARE(hmacSha1("Jefe", "what do ya want for nothing?").toHex(),
        QByteArray("effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"));
}

void TestCryptoPrimitives::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("okmHex");
    QTest::newRow("test case 1")
        << QByteArray(22, '\x0b') << QByteArray::fromHex("000102030405060708090a0b0c")
        << QByteArray::fromHex("f0f1f2f3f4f5f6f7f8f9") << 42
        << QByteArray("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                      "34007208d5b887185865");
    QTest::newRow("test case 3: no salt, no info")
        << QByteArray(22, '\x0b') << QByteArray() << QByteArray() << 42
        << QByteArray("8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                      "9d201395faa4b61a96c8");
}

void TestCryptoPrimitives::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(int, length);
    QFETCH(QByteArray, okmHex);
    QCOMPARE(hkdfSha256(ikm, salt, info, length).toHex(), okmHex);
}

void TestCryptoPrimitives::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::newRow("same") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("last byte") << QByteArray("secret") << QByteArray("secreu") << false;
    QTest::newRow("first byte") << QByteArray("secret") << QByteArray("Secret") << false;
    QTest::newRow("prefix") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("empty vs not") << QByteArray() << QByteArray("x") << false;
}

void TestCryptoPrimitives::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(regie::crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(regie::crypto::constantTimeEquals(b, a), equal);
}

void TestCryptoPrimitives::base32Rfc4648_data()
{
    QTest::addColumn<QByteArray>("plain");
    QTest::addColumn<QString>("encoded");
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("f") << QByteArray("f") << "MY======";
    QTest::newRow("fo") << QByteArray("fo") << "MZXQ====";
    QTest::newRow("foo") << QByteArray("foo") << "MZXW6===";
    QTest::newRow("foob") << QByteArray("foob") << "MZXW6YQ=";
    QTest::newRow("fooba") << QByteArray("fooba") << "MZXW6YTB";
    QTest::newRow("foobar") << QByteArray("foobar") << "MZXW6YTBOI======";
}

void TestCryptoPrimitives::base32Rfc4648()
{
    QFETCH(QByteArray, plain);
    QFETCH(QString, encoded);
    QCOMPARE(base32Encode(plain), encoded);
    const auto decoded = base32Decode(encoded);
    QVERIFY(decoded);
    QCOMPARE(*decoded, plain);
    QString unpadded = encoded;
    unpadded.remove(u'=');
    QCOMPARE(base32Encode(plain, Base32Padding::WithoutPadding), unpadded);
    QCOMPARE(base32Decode(unpadded).value_or("wrong"), plain);
}

void TestCryptoPrimitives::base32DecodeLenient()
{
    QCOMPARE(base32Decode(u"mzxw6ytboi").value_or("wrong"), QByteArray("foobar"));
    QCOMPARE(base32Decode(u"MZXW 6YTB OI").value_or("wrong"), QByteArray("foobar"));
}

void TestCryptoPrimitives::base32DecodeRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("digit 1") << "MZXW1YTB";
    QTest::newRow("digit 8") << "MZXW8YTB";
    QTest::newRow("symbol") << "MZXW-YTB";
    QTest::newRow("impossible length 1") << "M";
    QTest::newRow("impossible length 3") << "MZX";
    QTest::newRow("impossible length 6") << "MZXW6Y";
    QTest::newRow("padding in the middle") << "MY==MY==";
    QTest::newRow("non-zero leftover bits") << "MZ======";
    QTest::newRow("too long") << QString(kMaxBase32Chars + 8, u'A');
}

void TestCryptoPrimitives::base32DecodeRejects()
{
    QFETCH(QString, text);
    QVERIFY(!base32Decode(text).has_value());
}

void TestCryptoPrimitives::base32RoundTripRandom()
{
    for (int n = 0; n < 64; ++n) {
        const QByteArray data = randomBytes(n);
        QCOMPARE(base32Decode(base32Encode(data)).value_or("wrong"), data);
        QCOMPARE(base32Decode(base32Encode(data, Base32Padding::WithoutPadding)).value_or("wrong"),
            data);
    }
}

QTEST_GUILESS_MAIN(TestCryptoPrimitives)
#include "tst_cryptoprimitives.moc"
