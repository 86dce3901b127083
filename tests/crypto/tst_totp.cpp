#include "crypto/Base32.h"
#include "crypto/Totp.h"

#include <QtCore/QTimeZone>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>
#include <QtTest/QTest>

using namespace regie::crypto;

namespace
{
const QByteArray kRfcSecret("12345678901234567890");

QDateTime at(qint64 unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, QTimeZone::utc());
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hotpRfc4226_data();
    void hotpRfc4226();
    void totpRfc6238_data();
    void totpRfc6238();
    void timeZoneDoesNotMatter();
    void stepBoundaries();
    void verifyWithinDrift();
    void verifyRefusesReplay();
    void verifyRejects_data();
    void verifyRejects();
    void secretGeneration();
    void provisioningUri();
};

void TestTotp::hotpRfc4226_data()
{
    QTest::addColumn<quint64>("counter");
    QTest::addColumn<QString>("code");
    const char *codes[] = { "755224", "287082", "359152", "969429", "338314", "254676", "287922",
        "162583", "399871", "520489" };
    for (quint64 i = 0; i < 10; ++i)
        QTest::newRow(qPrintable(QString::number(i))) << i << QString::fromLatin1(codes[i]);
}

void TestTotp::hotpRfc4226()
{
    QFETCH(quint64, counter);
    QFETCH(QString, code);
    QCOMPARE(hotpCode(kRfcSecret, counter), code);
}

void TestTotp::totpRfc6238_data()
{
    QTest::addColumn<qint64>("unixSeconds");
    QTest::addColumn<QString>("eightDigits");
    QTest::newRow("59") << qint64(59) << "94287082";
    QTest::newRow("1111111109") << qint64(1111111109) << "07081804";
    QTest::newRow("1111111111") << qint64(1111111111) << "14050471";
    QTest::newRow("1234567890") << qint64(1234567890) << "89005924";
    QTest::newRow("2000000000") << qint64(2000000000) << "69279037";
    QTest::newRow("20000000000") << qint64(20000000000) << "65353130";
}

void TestTotp::totpRfc6238()
{
    QFETCH(qint64, unixSeconds);
    QFETCH(QString, eightDigits);
    QCOMPARE(totpCode(kRfcSecret, at(unixSeconds), 8), eightDigits);
    // The 6-digit code is the same number modulo 10^6.
    QCOMPARE(totpCode(kRfcSecret, at(unixSeconds)), eightDigits.right(6));
    QCOMPARE(totpCode(kRfcSecret, at(unixSeconds), 7), eightDigits.right(7));
    QCOMPARE(verifyTotp(kRfcSecret, eightDigits.right(6), at(unixSeconds)).value_or(-1),
        unixSeconds / 30);
    QCOMPARE(verifyTotp(kRfcSecret, eightDigits, at(unixSeconds), 0, 0, 8).value_or(-1),
        unixSeconds / 30);
}

void TestTotp::timeZoneDoesNotMatter()
{
    const QDateTime utc = at(1111111111);
    const QDateTime amsterdam = utc.toTimeZone(QTimeZone("Europe/Amsterdam"));
    QCOMPARE(totpCode(kRfcSecret, amsterdam), totpCode(kRfcSecret, utc));
}

void TestTotp::stepBoundaries()
{
    QCOMPARE(totpTimeStep(at(0)), qint64(0));
    QCOMPARE(totpTimeStep(at(29)), qint64(0));
    QCOMPARE(totpTimeStep(at(30)), qint64(1));
    QCOMPARE(totpTimeStep(at(-1)), qint64(-1));
    QVERIFY(totpCode(kRfcSecret, at(-1)).isEmpty());
    QVERIFY(totpCode(kRfcSecret, QDateTime()).isEmpty());
    QCOMPARE(totpCode(kRfcSecret, at(60)), totpCode(kRfcSecret, at(89)));
    QVERIFY(totpCode(kRfcSecret, at(89)) != totpCode(kRfcSecret, at(90)));
}

void TestTotp::verifyWithinDrift()
{
    const qint64 now = 1'700'000'000;
    const qint64 step = now / 30;
    const QString previous = totpCode(kRfcSecret, at(now - 30));
    const QString next = totpCode(kRfcSecret, at(now + 30));
    const QString twoAgo = totpCode(kRfcSecret, at(now - 60));
    QCOMPARE(verifyTotp(kRfcSecret, previous, at(now)).value_or(-1), step - 1);
    QCOMPARE(verifyTotp(kRfcSecret, next, at(now)).value_or(-1), step + 1);
    QVERIFY(!verifyTotp(kRfcSecret, twoAgo, at(now)).has_value());
    QCOMPARE(verifyTotp(kRfcSecret, twoAgo, at(now), 2).value_or(-1), step - 2);
    QVERIFY(!verifyTotp(kRfcSecret, previous, at(now), 0).has_value());
    // Spaces, as apps show "123 456".
    QString spaced = totpCode(kRfcSecret, at(now));
    spaced.insert(3, u' ');
    QCOMPARE(verifyTotp(kRfcSecret, spaced, at(now)).value_or(-1), step);
}

void TestTotp::verifyRefusesReplay()
{
    const qint64 now = 1'700'000'000;
    const QString code = totpCode(kRfcSecret, at(now));
    const auto first = verifyTotp(kRfcSecret, code, at(now));
    QVERIFY(first);
    // The caller stores *first and passes *first + 1 next time.
    QVERIFY(!verifyTotp(kRfcSecret, code, at(now + 5), 1, *first + 1).has_value());
    const QString later = totpCode(kRfcSecret, at(now + 30));
    QCOMPARE(verifyTotp(kRfcSecret, later, at(now + 30), 1, *first + 1).value_or(-1), *first + 1);
}

void TestTotp::verifyRejects_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("drift");
    const QString good = totpCode(kRfcSecret, at(1'700'000'000));
    QTest::newRow("empty") << "" << 1;
    QTest::newRow("five digits") << good.left(5) << 1;
    QTest::newRow("seven digits") << good + u'0' << 1;
    QTest::newRow("letters") << "abcdef" << 1;
    QTest::newRow("arabic-indic digits")
        << QString::fromUtf8("\xd9\xa1\xd9\xa2\xd9\xa3\xd9\xa4\xd9\xa5\xd9\xa6") << 1;
    QTest::newRow("drift too large") << good << kTotpMaxDriftSteps + 1;
    QTest::newRow("negative drift") << good << -1;
}

void TestTotp::verifyRejects()
{
    QFETCH(QString, code);
    QFETCH(int, drift);
    QVERIFY(!verifyTotp(kRfcSecret, code, at(1'700'000'000), drift).has_value());
    QVERIFY(!verifyTotp(QByteArray(), totpCode(kRfcSecret, at(1'700'000'000)), at(1'700'000'000))
                 .has_value());
}

void TestTotp::secretGeneration()
{
    const QByteArray a = generateTotpSecret();
    QCOMPARE(a.size(), kTotpSecretBytes);
    QVERIFY(generateTotpSecret() != a);
    QCOMPARE(base32Encode(a, Base32Padding::WithoutPadding).size(), 32);
}

void TestTotp::provisioningUri()
{
    const QString uri = totpProvisioningUri(u"Gemeente Utrecht", u"jan@example.nl", kRfcSecret);
    QVERIFY2(uri.startsWith(QStringLiteral("otpauth://totp/Gemeente%20Utrecht:jan%40example.nl?")),
        qPrintable(uri));
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("secret")),
        QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
        QStringLiteral("Gemeente Utrecht"));
    QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    // A colon or ampersand in the issuer must not break the label or the query.
    const QString tricky = totpProvisioningUri(u"A:B&C", u"x", kRfcSecret);
    QCOMPARE(QUrlQuery(QUrl(tricky)).queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded),
        QStringLiteral("A:B&C"));
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
