#include "money/Bsn.h"
#include "money/Iban.h"
#include "money/Money.h"

#include "../base/AssertTestSupport.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QTest>

using regie::Bsn;
using regie::Iban;
using regie::Money;
using regie::testsupport::assertionFiredBy;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parseDutch_data();
    void parseDutch();
    void parseRejects_data();
    void parseRejects();
    void format_data();
    void format();
    void roundTripRandom();
    void decimalStrings_data();
    void decimalStrings();
    void checkedArithmetic();
    void invariantsOnForgedValues();
    void iban_data();
    void iban();
    void ibanFormatting();
    void ibanCheckDigits_data();
    void ibanCheckDigits();
    void ibanCheckDigitsRandom();
    void bsn_data();
    void bsn();
};

void TestMoney::parseDutch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("whole") << "12" << qint64(1200);
    QTest::newRow("one decimal") << "12,5" << qint64(1250);
    QTest::newRow("two decimals") << "12,50" << qint64(1250);
    QTest::newRow("thousands") << "1.234,56" << qint64(123456);
    QTest::newRow("no thousands dot") << "1234,56" << qint64(123456);
    QTest::newRow("euro sign") << QString::fromUtf8("€ 1.234,56") << qint64(123456);
    QTest::newRow("euro no space") << QString::fromUtf8("€12,50") << qint64(1250);
    QTest::newRow("dash cents") << "12,-" << qint64(1200);
    QTest::newRow("spaces") << "  45,00 " << qint64(4500);
    QTest::newRow("leading comma") << ",50" << qint64(50);
    QTest::newRow("millions") << "1.000.000" << qint64(100000000);
    QTest::newRow("cent") << "0,01" << qint64(1);
}

void TestMoney::parseDutch()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    const auto r = Money::parseDutch(text);
    QVERIFY2(r.ok(), qPrintable(text));
    QCOMPARE(r.value->cents(), cents);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("sign");
    QTest::addColumn<int>("error");
    const int pos = int(Money::Sign::PositiveOnly);
    QTest::newRow("empty") << "" << pos << int(Money::ParseError::Empty);
    QTest::newRow("blank") << "   " << pos << int(Money::ParseError::Empty);
    QTest::newRow("letters") << "abc" << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("exponent") << "1e3" << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("three decimals") << "12,505" << pos << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("12,345") << "12,345" << pos << int(Money::ParseError::TooManyDecimals);
    QTest::newRow("negative") << "-5" << pos << int(Money::ParseError::Negative);
    QTest::newRow("zero") << "0" << pos << int(Money::ParseError::Zero);
    QTest::newRow("zero cents") << "0,00" << pos << int(Money::ParseError::Zero);
    QTest::newRow("dot decimal") << "12.50" << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("bad grouping") << "1.23,00" << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("two commas") << "1,2,3" << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("trailing comma") << "12," << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("huge") << "99999999999999999999" << pos << int(Money::ParseError::TooLarge);
    QTest::newRow("over max") << "10000000001" << pos << int(Money::ParseError::TooLarge);
    QTest::newRow("only euro") << QString::fromUtf8("€") << pos << int(Money::ParseError::NotANumber);
    QTest::newRow("arabic digits") << QString::fromUtf8("١٢") << pos << int(Money::ParseError::NotANumber);
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(int, sign);
    QFETCH(int, error);
    const auto r = Money::parseDutch(text, Money::Sign(sign));
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error), error);
    QVERIFY(!Money::parseErrorText(r.error).isEmpty());
}

void TestMoney::format_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QString::fromUtf8("€ 0,00");
    QTest::newRow("cent") << qint64(1) << QString::fromUtf8("€ 0,01");
    QTest::newRow("thousands") << qint64(123456) << QString::fromUtf8("€ 1.234,56");
    QTest::newRow("negative") << qint64(-1250) << QString::fromUtf8("€ -12,50");
    QTest::newRow("million") << qint64(100000000) << QString::fromUtf8("€ 1.000.000,00");
}

void TestMoney::format()
{
    QFETCH(qint64, cents);
    QFETCH(QString, text);
    QCOMPARE(Money::fromCents(cents).formatDutch(), text);
}

// Property: every representable amount survives format -> parse and toDecimal -> fromDecimal.
void TestMoney::roundTripRandom()
{
    QRandomGenerator rng(20261128);
    for (int i = 0; i < 20000; ++i) {
        const qint64 magnitude = qint64(rng.bounded(quint64(Money::kMaxAbsCents) + 1));
        const qint64 cents = (i % 3 == 0) ? -magnitude : magnitude;
        const Money m = Money::fromCents(cents);
        const auto parsed = Money::parseDutch(m.formatDutch(), Money::Sign::AllowNegative);
        QVERIFY2(parsed.ok() && *parsed.value == m, qPrintable(m.formatDutch()));
        const auto plain = Money::parseDutch(m.formatDutch(Money::Style::Plain), Money::Sign::AllowNegative);
        QVERIFY(plain.ok() && *plain.value == m);
        const auto dec = Money::fromDecimalString(m.toDecimalString());
        QVERIFY2(dec && *dec == m, qPrintable(m.toDecimalString()));
    }
}

void TestMoney::decimalStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("extraZeros");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("cents");
    QTest::newRow("plain") << "1234.56" << false << true << qint64(123456);
    QTest::newRow("one dec") << "12.5" << false << true << qint64(1250);
    QTest::newRow("int") << "45" << false << true << qint64(4500);
    QTest::newRow("neg") << "-0.05" << false << true << qint64(-5);
    QTest::newRow("three dec") << "12.505" << false << false << qint64(0);
    QTest::newRow("three dec zeros no") << "12.500" << false << false << qint64(0);
    QTest::newRow("three dec zeros yes") << "12.500" << true << true << qint64(1250);
    QTest::newRow("would round") << "12.505" << true << false << qint64(0);
    QTest::newRow("exponent") << "1.2E3" << true << false << qint64(0);
    QTest::newRow("comma") << "12,50" << false << false << qint64(0);
    QTest::newRow("empty") << "" << false << false << qint64(0);
    QTest::newRow("dot only") << "." << false << false << qint64(0);
}

void TestMoney::decimalStrings()
{
    QFETCH(QString, text);
    QFETCH(bool, extraZeros);
    QFETCH(bool, ok);
    QFETCH(qint64, cents);
    const auto m = Money::fromDecimalString(text, extraZeros);
    QCOMPARE(m.has_value(), ok);
    if (ok)
        QCOMPARE(m->cents(), cents);
}

void TestMoney::checkedArithmetic()
{
    const Money max = Money::fromCents(Money::kMaxAbsCents);
    QVERIFY(!max.plus(Money::fromCents(1)).has_value());
    QVERIFY(!max.negated().minus(Money::fromCents(1)).has_value());
    QVERIFY(!max.times(2).has_value());
    QVERIFY(!Money::fromCents(1).times(std::numeric_limits<qint64>::max()).has_value());
    QCOMPARE(Money::fromCents(1250).plus(Money::fromCents(50))->cents(), qint64(1300));
    QCOMPARE(Money::fromCents(1250).minus(Money::fromCents(1300))->cents(), qint64(-50));
    QCOMPARE(Money::fromCents(1250).times(3)->cents(), qint64(3750));
}

// Values no computation in Regie produces (an amount beyond any qint64 negation, a BBAN with
// a symbol) are programmer errors: the assertions fire, in this optimised build too.
void TestMoney::invariantsOnForgedValues()
{
    const Money corrupt = Money::fromCents(std::numeric_limits<qint64>::min());
    QCOMPARE(assertionFiredBy([&] { corrupt.abs(); }), QStringLiteral("cents_ != kMinCents"));
    QCOMPARE(assertionFiredBy([&] { corrupt.negated(); }), QStringLiteral("cents_ != kMinCents"));
    QCOMPARE(assertionFiredBy([&] { corrupt.formatDutch(); }), QStringLiteral("cents_ != kMinCents"));
    QCOMPARE(assertionFiredBy([] { Iban::withCheckDigits(u"NL", u"ABNA-417164300"); }),
             QStringLiteral("upper >= u'A' && upper <= u'Z'"));
    // Operating range: checked arithmetic answers nullopt and asserts nothing, also for an
    // operand outside the range whose sum leaves qint64.
    QVERIFY(assertionFiredBy([] {
        const Money max = Money::fromCents(Money::kMaxAbsCents);
        QVERIFY(!max.plus(max).has_value());
        QVERIFY(!Money::fromCents(std::numeric_limits<qint64>::max()).plus(Money::fromCents(1)).has_value());
        QCOMPARE(Money::fromCents(-Money::kMaxAbsCents).abs().cents(), Money::kMaxAbsCents);
    }).isEmpty());
}

void TestMoney::iban_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("abn") << "NL91ABNA0417164300" << true;
    QTest::newRow("spaced lower") << "nl91 abna 0417 1643 00" << true;
    QTest::newRow("de") << "DE89370400440532013000" << true;
    QTest::newRow("be") << "BE68539007547034" << true;
    QTest::newRow("bad check") << "NL92ABNA0417164300" << false;
    QTest::newRow("swapped digits") << "NL91ABNA0417163400" << false;
    QTest::newRow("short") << "NL91ABNA041716430" << false;
    QTest::newRow("unknown country") << "XX91ABNA0417164300" << false;
    QTest::newRow("symbols") << "NL91-ABNA-0417" << false;
    QTest::newRow("empty") << "" << false;
}

void TestMoney::iban()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    Iban::Error error = Iban::Error::None;
    QCOMPARE(Iban::parse(text, &error).has_value(), valid);
    QCOMPARE(error == Iban::Error::None, valid);
}

void TestMoney::ibanFormatting()
{
    const auto iban = Iban::parse(u"NL91ABNA0417164300");
    QVERIFY(iban);
    QCOMPARE(iban->formatted(), QStringLiteral("NL91 ABNA 0417 1643 00"));
    QVERIFY(!iban->masked().contains(QStringLiteral("0417")));
    QVERIFY(iban->masked().endsWith(QStringLiteral("00")));
    QCOMPARE(Iban::parse(iban->formatted())->electronic(), iban->electronic());
}

void TestMoney::ibanCheckDigits_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("bban");
    QTest::addColumn<QString>("iban");
    QTest::newRow("nl") << "NL" << "ABNA0417164300" << "NL91ABNA0417164300";
    QTest::newRow("nl lower case") << "nl" << "abna0417164300" << "NL91ABNA0417164300";
    QTest::newRow("de") << "DE" << "370400440532013000" << "DE89370400440532013000";
    QTest::newRow("be") << "BE" << "539007547034" << "BE68539007547034";
    QTest::newRow("check 02") << "NL" << "ABNA0123456789" << "NL02ABNA0123456789";
}

void TestMoney::ibanCheckDigits()
{
    QFETCH(QString, country);
    QFETCH(QString, bban);
    QFETCH(QString, iban);
    QCOMPARE(Iban::withCheckDigits(country, bban), iban);
}

// Generated check digits always pass parse(), and mod-97 notices any single changed digit.
void TestMoney::ibanCheckDigitsRandom()
{
    QRandomGenerator rng(1361305);
    for (int i = 0; i < 2000; ++i) {
        QString bban;
        for (int j = 0; j < 4; ++j)
            bban.append(QChar(u'A' + int(rng.bounded(26))));
        for (int j = 0; j < 10; ++j)
            bban.append(QChar(u'0' + int(rng.bounded(10))));
        const QString iban = Iban::withCheckDigits(u"NL", bban);
        QVERIFY2(Iban::isValid(iban), qPrintable(bban));
        QString typo = iban;
        const qsizetype at = 8 + qsizetype(rng.bounded(10));
        const int digit = typo.at(at).unicode() - u'0';
        typo[at] = QChar(u'0' + (digit + 1 + int(rng.bounded(9))) % 10);
        QVERIFY2(!Iban::isValid(typo), qPrintable(bban));
    }
}

void TestMoney::bsn_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << "111222333" << true;
    QTest::newRow("valid 2") << "123456782" << true;
    QTest::newRow("eight digits") << "11222333" << false;
    QTest::newRow("dots") << "1112.22.333" << true;
    QTest::newRow("fails proof") << "123456789" << false;
    QTest::newRow("zeros") << "000000000" << false;
    QTest::newRow("letters") << "12345678a" << false;
    QTest::newRow("ten") << "1112223334" << false;
}

void TestMoney::bsn()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(Bsn::isValid(text), valid);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
