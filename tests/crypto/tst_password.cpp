#include "crypto/Password.h"

#include <QtCore/QElapsedTimer>
#include <QtTest/QTest>

using namespace regie::crypto;

namespace
{
const ScryptParams kFast = ScryptParams::fastForTests();
}

class TestPassword : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scryptRfc7914();
    void format();
    void verifyAcceptsAndRejects();
    void saltIsRandom();
    void unicodeNormalisation();
    void parametersAreReadFromTheString();
    void malformedStoredStrings_data();
    void malformedStoredStrings();
    void craftedParametersAreBounded_data();
    void craftedParametersAreBounded();
    void tooLongPassword();
    void needsRehash();
    void defaultsAreInjectable();
    void interactiveParametersWork();
};

void TestPassword::scryptRfc7914()
{
    // RFC 7914 section 12, second and third vectors (the first uses N=16, below our bounds).
    const auto second = scryptDerive("password", "NaCl", ScryptParams { 10, 8, 16 }, 64);
    QVERIFY(second);
    QCOMPARE(second->toHex(),
        QByteArray("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                   "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640"));
    const auto third
        = scryptDerive("pleaseletmein", "SodiumChloride", ScryptParams { 14, 8, 1 }, 64);
    QVERIFY(third);
    QCOMPARE(third->toHex(),
        QByteArray("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                   "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887"));
    QVERIFY(!scryptDerive("p", "s", ScryptParams { 4, 8, 1 }, 0));
    QVERIFY(!scryptDerive("p", "s", ScryptParams { 21, 8, 1 }, 32));
}

void TestPassword::format()
{
    const QString stored = hashPassword(u"correct horse", kFast);
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 5);
    QCOMPARE(parts[0], QString());
    QCOMPARE(parts[1], QStringLiteral("scrypt"));
    QCOMPARE(parts[2], QStringLiteral("ln=10,r=8,p=1"));
    QCOMPARE(QByteArray::fromBase64(parts[3].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 32);
    QVERIFY(!parts[3].contains(u'='));
    QVERIFY(!parts[4].contains(u'='));
    QVERIFY(!stored.contains(QStringLiteral("correct")));
}

void TestPassword::verifyAcceptsAndRejects()
{
    const QString stored = hashPassword(u"Winter2025!", kFast);
    QVERIFY(verifyPassword(u"Winter2025!", stored));
    QVERIFY(!verifyPassword(u"winter2025!", stored));
    QVERIFY(!verifyPassword(u"Winter2025", stored));
    QVERIFY(!verifyPassword(u"Winter2025!!", stored));
    QVERIFY(!verifyPassword(u"", stored));
    const QString empty = hashPassword(u"", kFast);
    QVERIFY(verifyPassword(u"", empty));
    QVERIFY(!verifyPassword(u" ", empty));
}

void TestPassword::saltIsRandom()
{
    const QString a = hashPassword(u"same", kFast);
    const QString b = hashPassword(u"same", kFast);
    QVERIFY(a != b);
    QVERIFY(verifyPassword(u"same", a));
    QVERIFY(verifyPassword(u"same", b));
}

void TestPassword::unicodeNormalisation()
{
    const QString composed = QString::fromUtf8("caf\xc3\xa9"); // é as one code point
    const QString decomposed = QString::fromUtf8("cafe\xcc\x81"); // e + combining acute
    QVERIFY(composed != decomposed);
    const QString stored = hashPassword(composed, kFast);
    QVERIFY(verifyPassword(decomposed, stored));
    QVERIFY(!verifyPassword(u"cafe", stored));
}

void TestPassword::parametersAreReadFromTheString()
{
    const QString stored = hashPassword(u"pw", ScryptParams { 11, 4, 2 });
    QVERIFY(stored.startsWith(QStringLiteral("$scrypt$ln=11,r=4,p=2$")));
    QVERIFY(verifyPassword(u"pw", stored));
    // Editing the parameters changes the derived hash, so verification must fail.
    QString edited = stored;
    edited.replace(QStringLiteral("ln=11,r=4,p=2"), QStringLiteral("ln=11,r=4,p=1"));
    QVERIFY(!verifyPassword(u"pw", edited));
}

void TestPassword::malformedStoredStrings_data()
{
    const QString good = hashPassword(u"pw", kFast);
    const QStringList parts = good.split(u'$');
    const QString salt = parts[3];
    const QString hash = parts[4];
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << "";
    QTest::newRow("other scheme")
        << QStringLiteral("$argon2id$ln=10,r=8,p=1$%1$%2").arg(salt, hash);
    QTest::newRow("missing hash") << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1").arg(salt);
    QTest::newRow("extra part") << good + QStringLiteral("$x");
    QTest::newRow("no leading dollar") << good.mid(1);
    QTest::newRow("params order") << QStringLiteral("$scrypt$r=8,ln=10,p=1$%1$%2").arg(salt, hash);
    QTest::newRow("params missing") << QStringLiteral("$scrypt$ln=10,r=8$%1$%2").arg(salt, hash);
    QTest::newRow("params spaces")
        << QStringLiteral("$scrypt$ln=10, r=8,p=1$%1$%2").arg(salt, hash);
    QTest::newRow("leading zero") << QStringLiteral("$scrypt$ln=010,r=8,p=1$%1$%2").arg(salt, hash);
    QTest::newRow("sign") << QStringLiteral("$scrypt$ln=+10,r=8,p=1$%1$%2").arg(salt, hash);
    QTest::newRow("salt not base64")
        << QStringLiteral("$scrypt$ln=10,r=8,p=1$!!%1$%2").arg(salt, hash);
    QTest::newRow("salt padded") << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1==$%2").arg(salt, hash);
    QTest::newRow("short salt") << QStringLiteral("$scrypt$ln=10,r=8,p=1$c2FsdA$%1").arg(hash);
    QTest::newRow("short hash") << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1$aGFzaA").arg(salt);
    QTest::newRow("truncated text") << good.left(good.size() - 4);
    // scrypt output is a PBKDF2 stream: a shorter hash is a prefix of the real one, so a
    // cleanly re-encoded truncation must be refused by length, not by luck.
    const QByteArray rawHash = QByteArray::fromBase64(hash.toLatin1());
    const auto encode = [](const QByteArray &b) {
        return QString::fromLatin1(b.toBase64(QByteArray::OmitTrailingEquals));
    };
    QTest::newRow("hash prefix")
        << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1$%2").arg(salt, encode(rawHash.left(29)));
    QTest::newRow("hash too long")
        << QStringLiteral("$scrypt$ln=10,r=8,p=1$%1$%2").arg(salt, encode(rawHash + '\0'));
    QTest::newRow("huge") << good + QString(600, u'A');
}

void TestPassword::malformedStoredStrings()
{
    QFETCH(QString, stored);
    QVERIFY(!verifyPassword(u"pw", stored));
}

void TestPassword::craftedParametersAreBounded_data()
{
    QTest::addColumn<QString>("params");
    QTest::newRow("ln 21") << "ln=21,r=1,p=1";
    QTest::newRow("ln 30") << "ln=30,r=8,p=1";
    QTest::newRow("ln 999") << "ln=999,r=8,p=1";
    QTest::newRow("memory 512 MiB") << "ln=20,r=4,p=1";
    QTest::newRow("r 33") << "ln=10,r=33,p=1";
    QTest::newRow("p 17") << "ln=10,r=8,p=17";
    QTest::newRow("work") << "ln=18,r=8,p=16";
    QTest::newRow("zero r") << "ln=10,r=0,p=1";
    QTest::newRow("zero p") << "ln=10,r=8,p=0";
    QTest::newRow("ln 3") << "ln=3,r=8,p=1";
}

void TestPassword::craftedParametersAreBounded()
{
    QFETCH(QString, params);
    const QStringList parts = hashPassword(u"pw", kFast).split(u'$');
    const QString crafted = QStringLiteral("$scrypt$%1$%2$%3").arg(params, parts[3], parts[4]);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!verifyPassword(u"pw", crafted));
    // Refused before doing any scrypt work (generous bound, not a benchmark).
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
}

void TestPassword::tooLongPassword()
{
    const QString longest(kMaxPasswordUtf8Bytes, u'a');
    const QString stored = hashPassword(longest, kFast);
    QVERIFY(!stored.isEmpty());
    QVERIFY(verifyPassword(longest, stored));
    const QString tooLong = longest + u'a';
    QVERIFY(hashPassword(tooLong, kFast).isEmpty());
    QVERIFY(!verifyPassword(tooLong, stored));
    QVERIFY(hashPassword(u"pw", ScryptParams { 30, 8, 1 }).isEmpty());
}

void TestPassword::needsRehash()
{
    const QString fast = hashPassword(u"pw", kFast);
    QVERIFY(!passwordNeedsRehash(fast, kFast));
    QVERIFY(passwordNeedsRehash(fast, ScryptParams::interactive()));
    QVERIFY(passwordNeedsRehash(u"garbage", kFast));
}

void TestPassword::defaultsAreInjectable()
{
    const ScryptParams before = defaultScryptParams();
    QCOMPARE(before, ScryptParams::interactive());
    QVERIFY(!setDefaultScryptParams(ScryptParams { 25, 8, 1 }));
    QCOMPARE(defaultScryptParams(), before);
    QVERIFY(setDefaultScryptParams(kFast));
    const QString stored = hashPassword(u"pw");
    QVERIFY(stored.startsWith(QStringLiteral("$scrypt$ln=10,r=8,p=1$")));
    QVERIFY(verifyPassword(u"pw", stored));
    QVERIFY(setDefaultScryptParams(before));
}

void TestPassword::interactiveParametersWork()
{
    // One real-cost hash, so the production parameters are known to run within the
    // memory limit OpenSSL is given (its default 32 MiB limit would refuse them).
    const QString stored = hashPassword(u"Utrecht-2025", ScryptParams::interactive());
    QVERIFY(stored.startsWith(QStringLiteral("$scrypt$ln=15,r=8,p=1$")));
    QVERIFY(verifyPassword(u"Utrecht-2025", stored));
    QVERIFY(!passwordNeedsRehash(stored, ScryptParams::interactive()));
}

QTEST_GUILESS_MAIN(TestPassword)
#include "tst_password.moc"
