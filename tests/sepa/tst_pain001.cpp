#include "integrations/sepa/Pain001.h"
#include "integrations/sepa/SepaText.h"

#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QTest>

using regie::Money;
using namespace regie::sepa;

namespace {

const QString kSchema = QStringLiteral(REGIE_SHARED_DIR "/specs/sepa/pain.001.001.03.xsd");
const QString kDebtorIban = QStringLiteral("NL20INGB0001234567");
const QStringList kCreditorIbans = {
    QStringLiteral("NL44RABO0123456789"), QStringLiteral("NL91ABNA0417164300"),
    QStringLiteral("NL36INGB0007654321"), QStringLiteral("DE89370400440532013000")};

Pain001Payment payment(int n, qint64 cents, const QString &name = QStringLiteral("Eneco B.V."),
                       const QString &text = QStringLiteral("Voorschot energie"))
{
    return {QStringLiteral("RGE-W-%1").arg(n, 6, 10, QChar(u'0')), Money::fromCents(cents), name,
            kCreditorIbans.at(n % kCreditorIbans.size()), text};
}

Pain001Batch batchOf(QList<Pain001Payment> payments, const QString &bic = {})
{
    Pain001Batch b;
    b.debtor = {QStringLiteral("Gemeente Utrecht Budgetbeheer"), kDebtorIban, bic};
    b.requestedExecutionDate = QDate(2025, 3, 17);
    b.payments = std::move(payments);
    return b;
}

// Exact text of a cents total, computed without Money so the check is independent.
QString decimalText(qint64 cents)
{
    return QString::number(cents / 100) + u'.' + QString::number(cents % 100).rightJustified(2, u'0');
}

} // namespace

class TestPain001 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validatesAgainstXsd_data();
    void validatesAgainstXsd();
    void exactControlSum();
    void roundTrip();
    void transliteration_data();
    void transliteration();
    void refuses_data();
    void refuses();
    void messageIdsAreUnique();
    void parserRejectsTamperedTotals();

private:
    QString xmllint_;
    QTemporaryDir dir_;
};

void TestPain001::initTestCase()
{
    xmllint_ = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    QVERIFY2(!xmllint_.isEmpty(), "xmllint missing: apt-get install libxml2-utils");
    QVERIFY(QFile::exists(kSchema));
    QVERIFY(dir_.isValid());
}

void TestPain001::validatesAgainstXsd_data()
{
    QTest::addColumn<Pain001Batch>("batch");
    QTest::newRow("one payment") << batchOf({payment(1, 4550)});
    QTest::newRow("with BIC") << batchOf({payment(1, 1), payment(2, 99'999'999'999)},
                                         QStringLiteral("INGBNL2A"));
    QTest::newRow("special characters")
        << batchOf({payment(3, 12345, QString::fromUtf8("Hélène Müller & Zoon <\"BV\"> ß Æ ø 😀"),
                            QString::fromUtf8("Huur €  april\n2025 – Kanaalweg #12; ‘bis’ @home"))});
    QTest::newRow("long texts truncated")
        << batchOf({payment(4, 700, QString(300, u'x'), QString(500, QChar(u'\u00E9')))});
    QTest::newRow("no remittance") << batchOf({payment(5, 700, QStringLiteral("A"), QString())});
    QList<Pain001Payment> many;
    for (int i = 0; i < 2000; ++i)
        many.append(payment(i, 1 + i * 37));
    QTest::newRow("2000 payments") << batchOf(many);
}

void TestPain001::validatesAgainstXsd()
{
    QFETCH(Pain001Batch, batch);
    const Pain001Result r = writePain001(batch);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const QString path = dir_.filePath(QStringLiteral("%1.xml").arg(QTest::currentDataTag()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(r.xml);
    f.close();
    QProcess lint;
    lint.start(xmllint_, {QStringLiteral("--noout"), QStringLiteral("--schema"), kSchema, path});
    QVERIFY(lint.waitForFinished(60000));
    QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().left(2000).constData());
    // Whatever went in, only SEPA characters come out in names and texts.
    const auto parsed = parsePain001(r.xml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    for (const auto &p : parsed.document->payments) {
        QVERIFY(isSepaText(p.creditorName) && p.creditorName.size() <= kMaxNameLength);
        QVERIFY(isSepaText(p.remittance) && p.remittance.size() <= kMaxRemittanceLength);
    }
}

void TestPain001::exactControlSum()
{
    QRandomGenerator rng(20250317);
    QList<Pain001Payment> payments;
    qint64 expected = 0;
    for (int i = 0; i < 5000; ++i) {
        // Mostly small, sometimes huge: both ends of the cents range are where a double drifts.
        const qint64 cents = (i % 10 == 0) ? qint64(rng.bounded(1, 1'000'000'000))
                                           : qint64(rng.bounded(1, 100'000));
        expected += cents;
        payments.append(payment(i, cents));
    }
    const Pain001Result r = writePain001(batchOf(payments));
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    QCOMPARE(r.controlSum.cents(), expected);
    QCOMPARE(r.numberOfTransactions, 5000);
    const QByteArray ctrlSum = "<CtrlSum>" + decimalText(expected).toUtf8() + "</CtrlSum>";
    QCOMPARE(r.xml.count(ctrlSum), 2); // group header and payment information
    QVERIFY(r.xml.contains("<NbOfTxs>5000</NbOfTxs>"));
}

void TestPain001::roundTrip()
{
    Pain001Batch batch = batchOf({payment(7, 4550, QString::fromUtf8("Café Zoë & Co"),
                                          QString::fromUtf8("Factuur 2025-001 é")),
                                  payment(8, 123456789)},
                                 QStringLiteral("ingbnl2a"));
    batch.messageId = QStringLiteral("RGE-TEST-0001");
    batch.creationTime = QDateTime(QDate(2025, 3, 14), QTime(10, 30), Qt::UTC);
    const Pain001Result r = writePain001(batch);
    QVERIFY2(r.ok(), qPrintable(r.errorText()));
    const auto parsed = parsePain001(r.xml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    const Pain001Parsed &d = *parsed.document;
    QCOMPARE(d.messageId, QStringLiteral("RGE-TEST-0001"));
    QCOMPARE(d.creationTime.toUTC(), batch.creationTime);
    QCOMPARE(d.numberOfTransactions, 2);
    QCOMPARE(d.controlSum.cents(), 4550 + 123456789);
    QCOMPARE(d.paymentMethod, QStringLiteral("TRF"));
    QCOMPARE(d.serviceLevel, QStringLiteral("SEPA"));
    QCOMPARE(d.chargeBearer, QStringLiteral("SLEV"));
    QCOMPARE(d.requestedExecutionDate, QDate(2025, 3, 17));
    QCOMPARE(d.debtorName, QStringLiteral("Gemeente Utrecht Budgetbeheer"));
    QCOMPARE(d.debtorIban, kDebtorIban);
    QCOMPARE(d.debtorBic, QStringLiteral("INGBNL2A"));
    QCOMPARE(d.payments.size(), 2);
    QCOMPARE(d.payments[0].endToEndId, QStringLiteral("RGE-W-000007"));
    QCOMPARE(d.payments[0].amount.cents(), 4550);
    QCOMPARE(d.payments[0].creditorName, QStringLiteral("Cafe Zoe + Co"));
    QCOMPARE(d.payments[0].remittance, QStringLiteral("Factuur 2025-001 e"));
    QCOMPARE(d.payments[0].creditorIban, kCreditorIbans.at(7 % kCreditorIbans.size()));
    QCOMPARE(d.payments[1].amount.cents(), 123456789);
    // Same input, same id and time: the same bytes, so a resend is recognisable.
    QCOMPARE(writePain001(batch).xml, r.xml);
}

void TestPain001::transliteration_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    QTest::newRow("accent") << QString::fromUtf8("é") << 70 << "e";
    QTest::newRow("ampersand") << "Jansen & Zn" << 70 << "Jansen + Zn";
    QTest::newRow("umlaut") << QString::fromUtf8("Müller-Lüdenscheidt") << 70 << "Muller-Ludenscheidt";
    QTest::newRow("ligatures") << QString::fromUtf8("Ærøskøbing Straße") << 70 << "AEroskobing Strasse";
    QTest::newRow("quotes") << QString::fromUtf8("\"’t Hoekje\"") << 70 << "''t Hoekje'";
    QTest::newRow("white space") << "  a\t\n  b  " << 70 << "a b";
    QTest::newRow("emoji dropped") << QString::fromUtf8("Hallo 😀 daar") << 70 << "Hallo daar";
    QTest::newRow("euro") << QString::fromUtf8("€ 12") << 70 << "EUR 12";
    QTest::newRow("truncate") << QString(80, u'a') << 70 << QString(70, u'a');
    QTest::newRow("truncate trims") << "abc def" << 4 << "abc";
    QTest::newRow("allowed kept") << "a-z/?:().,'+ 09" << 140 << "a-z/?:().,'+ 09";
    QTest::newRow("nothing left") << QString::fromUtf8("😀😀") << 70 << "";
}

void TestPain001::transliteration()
{
    QFETCH(QString, input);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    const QString out = toSepaText(input, maxLength);
    QCOMPARE(out, expected);
    QVERIFY(isSepaText(out));
}

void TestPain001::refuses_data()
{
    QTest::addColumn<Pain001Batch>("batch");
    QTest::addColumn<Pain001Error>("error");
    QTest::addColumn<qsizetype>("index");
    QTest::newRow("empty list") << batchOf({}) << Pain001Error::EmptyBatch << qsizetype(-1);
    QTest::newRow("zero amount") << batchOf({payment(1, 100), payment(2, 0)})
                                 << Pain001Error::InvalidAmount << qsizetype(1);
    QTest::newRow("negative") << batchOf({payment(1, -5)}) << Pain001Error::InvalidAmount << qsizetype(0);
    QTest::newRow("too large") << batchOf({payment(1, 100'000'000'000)})
                               << Pain001Error::InvalidAmount << qsizetype(0);
    QTest::newRow("duplicate e2e") << batchOf({payment(1, 100), payment(2, 100), payment(1, 200)})
                                   << Pain001Error::DuplicateEndToEndId << qsizetype(2);
    Pain001Payment badIban = payment(1, 100);
    badIban.creditorIban = QStringLiteral("NL20INGB0001234568");
    QTest::newRow("bad creditor iban") << batchOf({badIban}) << Pain001Error::InvalidCreditorIban << qsizetype(0);
    Pain001Payment longId = payment(1, 100);
    longId.endToEndId = QString(36, u'A');
    QTest::newRow("e2e too long") << batchOf({longId}) << Pain001Error::InvalidEndToEndId << qsizetype(0);
    Pain001Payment accentId = payment(1, 100);
    accentId.endToEndId = QString::fromUtf8("RGE-é");
    QTest::newRow("e2e not sepa") << batchOf({accentId}) << Pain001Error::InvalidEndToEndId << qsizetype(0);
    Pain001Payment noName = payment(1, 100, QString::fromUtf8("😀"));
    QTest::newRow("name empty") << batchOf({noName}) << Pain001Error::EmptyCreditorName << qsizetype(0);
    Pain001Batch badDebtor = batchOf({payment(1, 100)});
    badDebtor.debtor.iban = QStringLiteral("NL00INGB0001234567");
    QTest::newRow("bad debtor iban") << badDebtor << Pain001Error::InvalidDebtorIban << qsizetype(-1);
    QTest::newRow("bad bic") << batchOf({payment(1, 100)}, QStringLiteral("ING")) << Pain001Error::InvalidDebtorBic
                             << qsizetype(-1);
    Pain001Batch noDate = batchOf({payment(1, 100)});
    noDate.requestedExecutionDate = {};
    QTest::newRow("no date") << noDate << Pain001Error::InvalidExecutionDate << qsizetype(-1);
    QList<Pain001Payment> huge;
    for (int i = 0; i < 12; ++i)
        huge.append(payment(i, 99'999'999'999));
    QTest::newRow("total overflow") << batchOf(huge) << Pain001Error::TotalTooLarge << qsizetype(10);
}

void TestPain001::refuses()
{
    QFETCH(Pain001Batch, batch);
    QFETCH(Pain001Error, error);
    QFETCH(qsizetype, index);
    const Pain001Result r = writePain001(batch);
    QCOMPARE(r.error, error);
    QCOMPARE(r.paymentIndex, index);
    QVERIFY(r.xml.isEmpty());
    const QString text = r.errorText();
    QVERIFY(!text.isEmpty());
    for (const auto &p : batch.payments) {
        QVERIFY(!text.contains(p.creditorIban));
        QVERIFY(p.creditorName.isEmpty() || !text.contains(p.creditorName));
    }
    QVERIFY(!text.contains(batch.debtor.iban));
}

void TestPain001::messageIdsAreUnique()
{
    QSet<QString> ids;
    for (int i = 0; i < 200; ++i) {
        const Pain001Result r = writePain001(batchOf({payment(1, 100)}));
        QVERIFY(r.ok());
        QVERIFY(isValidSepaIdentifier(r.messageId));
        ids.insert(r.messageId);
    }
    QCOMPARE(ids.size(), 200);
}

void TestPain001::parserRejectsTamperedTotals()
{
    const Pain001Result r = writePain001(batchOf({payment(1, 100), payment(2, 250)}));
    QVERIFY(r.ok());
    QByteArray tampered = r.xml;
    tampered.replace("<CtrlSum>3.50</CtrlSum>", "<CtrlSum>3.51</CtrlSum>");
    QVERIFY(tampered != r.xml);
    QVERIFY(!parsePain001(tampered).ok());
    QVERIFY(!parsePain001(r.xml.left(r.xml.size() / 2)).ok());
}

QTEST_GUILESS_MAIN(TestPain001)
#include "tst_pain001.moc"
