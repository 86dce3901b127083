#include "integrations/sepa/Camt053.h"

#include <QtCore/QFile>
#include <QtTest/QTest>

using regie::Money;
using namespace regie::sepa;

namespace {

QByteArray readData(const char *name)
{
    QFile f(QStringLiteral(REGIE_SOURCE_DIR "/tests/sepa/data/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("test data missing");
    return f.readAll();
}

QSet<QString> keysOf(const CamtDocument &d)
{
    QSet<QString> keys;
    for (const auto &s : d.statements)
        for (const auto &e : s.entries)
            keys.insert(e.dedupKey);
    return keys;
}

QByteArray replacedOnce(QByteArray data, const QByteArray &from, const QByteArray &to)
{
    const qsizetype at = data.indexOf(from);
    if (at < 0)
        qFatal("pattern not in test file");
    return data.replace(at, from.size(), to);
}

} // namespace

class TestCamt053 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void ingDayStatement();
    void emptyStatement();
    void overlappingFilesDeduplicate();
    void rejects_data();
    void rejects();
    void hugeFileRejected();
    void errorTextHasNoPersonalData();
    void largeValidStatement();
};

void TestCamt053::ingDayStatement()
{
    const auto r = parseCamt053(readData("ing_day.xml"));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    const CamtDocument &d = *r.document;
    QCOMPARE(d.messageId, QStringLiteral("ING-CAMT053-20250314-0001"));
    QCOMPARE(d.statements.size(), 1);
    const CamtStatement &s = d.statements.first();
    QCOMPARE(s.accountIban, QStringLiteral("NL20INGB0001234567"));
    QCOMPARE(s.electronicSequence, QStringLiteral("73"));
    QCOMPARE(s.opening.amount.cents(), 100000);
    QCOMPARE(s.opening.date, QDate(2025, 3, 13));
    QCOMPARE(s.closing.amount.cents(), 198649);
    QCOMPARE(s.entries.size(), 5);
    const QList<qint64> cents = {125000, -4550, -35, 1234, -23000};
    for (qsizetype i = 0; i < cents.size(); ++i) {
        QCOMPARE(s.entries[i].amount.cents(), cents[i]);
        QCOMPARE(s.entries[i].entryIndex, i);
        QCOMPARE(s.entries[i].bookingDate, QDate(2025, 3, 14));
        QVERIFY(s.entries[i].dedupKey.startsWith(QStringLiteral("svcr:")));
    }
    const CamtEntry &out = s.entries[1];
    QCOMPARE(out.endToEndId(), QStringLiteral("RGE-W-000123"));
    QCOMPARE(out.counterpartyName(), QStringLiteral("Eneco Consumenten B.V."));
    QCOMPARE(out.counterpartyIban(), QStringLiteral("NL44RABO0123456789"));
    QCOMPARE(out.remittance(), QStringLiteral("Voorschot energie klant 778899"));
    QCOMPARE(out.accountServicerRef, QStringLiteral("250314A1B2C3D4E6"));
    QCOMPARE(s.entries[0].counterpartyName(), QStringLiteral("Gemeente Utrecht")); // credit: debtor
    QVERIFY(s.entries[2].transactions.isEmpty());
    QCOMPARE(s.entries[2].additionalInfo, QStringLiteral("Kosten betalingsverkeer februari"));
    QVERIFY(s.entries[3].transactions.first().otherRefs.contains(QStringLiteral("RF18539007547034")));
    QCOMPARE(s.entries[4].counterpartyName(), QStringLiteral("Woningcorporatie Mitros & Partners"));
    QCOMPARE(s.entries[4].remittance(), QString::fromUtf8("Huur april 2025 – Kanaalweg 12 bis"));
    QCOMPARE(keysOf(d).size(), 5);
    QCOMPARE(newCamtEntries(d, {}).size(), 5);
    QCOMPARE(newCamtEntries(d, keysOf(d)).size(), 0);
}

void TestCamt053::emptyStatement()
{
    const auto r = parseCamt053(readData("abn_empty.xml"));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.document->statements.size(), 1);
    QVERIFY(r.document->statements.first().entries.isEmpty());
    QCOMPARE(r.document->statements.first().closing.amount.cents(), 84217);
    QVERIFY(newCamtEntries(*r.document, {}).isEmpty());
}

void TestCamt053::overlappingFilesDeduplicate()
{
    const auto first = parseCamt053(readData("rabo_0303_0304.xml"));
    const auto second = parseCamt053(readData("rabo_0304_0305.xml"));
    QVERIFY2(first.ok(), qPrintable(first.error.message()));
    QVERIFY2(second.ok(), qPrintable(second.error.message()));
    // PRCD stands in for OPBD; a closing balance below zero is DBIT.
    QCOMPARE(second.document->statements.last().closing.amount.cents(), -4525);

    const QList<CamtEntry> fromFirst = newCamtEntries(*first.document, {});
    QCOMPARE(fromFirst.size(), 5);
    // Two equal transfers on one day are two entries, not one.
    const auto &day4 = first.document->statements[1].entries;
    QVERIFY(day4[0].dedupKey.startsWith(QStringLiteral("hash:")));
    QVERIFY(day4[0].dedupKey != day4[1].dedupKey);

    QSet<QString> known;
    for (const auto &e : fromFirst)
        known.insert(e.dedupKey);
    const QList<CamtEntry> fromSecond = newCamtEntries(*second.document, known);
    QCOMPARE(fromSecond.size(), 1);
    QCOMPARE(fromSecond.first().amount.cents(), -30000);
    QCOMPARE(fromSecond.first().endToEndId(), QStringLiteral("RGE-W-000202"));
    QCOMPARE(fromSecond.first().statementIndex, 1);

    // The shared day yields the same keys from either file, in the same order.
    const auto &day4Again = second.document->statements[0].entries;
    QCOMPARE(day4Again.size(), day4.size());
    for (qsizetype i = 0; i < day4.size(); ++i)
        QCOMPARE(day4Again[i].dedupKey, day4[i].dedupKey);

    // A re-import of the same file brings nothing new.
    known += keysOf(*second.document);
    QVERIFY(newCamtEntries(*first.document, known).isEmpty());
    QVERIFY(newCamtEntries(*second.document, known).isEmpty());
}

void TestCamt053::rejects_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<CamtError>("error");
    QTest::addColumn<qsizetype>("statement");
    QTest::addColumn<qsizetype>("entry");
    const QByteArray ing = readData("ing_day.xml");
    const QByteArray rabo = readData("rabo_0303_0304.xml");
    QTest::newRow("balance off by a cent")
        << replacedOnce(ing, "1986.49", "1986.50") << CamtError::BalanceMismatch << qsizetype(0) << qsizetype(-1);
    QTest::newRow("second statement off")
        << replacedOnce(rabo, "254.75", "254.76") << CamtError::BalanceMismatch << qsizetype(1) << qsizetype(-1);
    QTest::newRow("wrong namespace")
        << replacedOnce(ing, "camt.053.001.02", "camt.053.001.08") << CamtError::WrongNamespace
        << qsizetype(-1) << qsizetype(-1);
    QTest::newRow("no namespace")
        << replacedOnce(ing, " xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", "")
        << CamtError::WrongNamespace << qsizetype(-1) << qsizetype(-1);
    QTest::newRow("account report")
        << replacedOnce(replacedOnce(ing, "<BkToCstmrStmt>", "<BkToCstmrAcctRpt>"), "</BkToCstmrStmt>",
                        "</BkToCstmrAcctRpt>")
        << CamtError::WrongNamespace << qsizetype(-1) << qsizetype(-1);
    QTest::newRow("truncated") << ing.left(ing.size() * 2 / 3) << CamtError::Malformed << qsizetype(0)
                               << qsizetype(3);
    QTest::newRow("empty file") << QByteArray() << CamtError::Malformed << qsizetype(-1) << qsizetype(-1);
    QTest::newRow("non-EUR entry")
        << replacedOnce(ing, "<Amt Ccy=\"EUR\">45.50", "<Amt Ccy=\"USD\">45.50") << CamtError::NotEuro
        << qsizetype(0) << qsizetype(1);
    QTest::newRow("non-EUR account")
        << replacedOnce(ing, "<Ccy>EUR</Ccy>", "<Ccy>GBP</Ccy>") << CamtError::NotEuro << qsizetype(0)
        << qsizetype(-1);
    QTest::newRow("three decimals")
        << replacedOnce(ing, ">45.50<", ">45.505<") << CamtError::InvalidAmount << qsizetype(0) << qsizetype(1);
    QTest::newRow("three decimals zero")
        << replacedOnce(ing, ">45.50<", ">45.500<") << CamtError::InvalidAmount << qsizetype(0) << qsizetype(1);
    QTest::newRow("signed amount")
        << replacedOnce(ing, ">45.50<", ">-45.50<") << CamtError::InvalidAmount << qsizetype(0) << qsizetype(1);
    QTest::newRow("pending entry")
        << replacedOnce(ing.mid(0), "<Sts>BOOK</Sts>", "<Sts>PDNG</Sts>") << CamtError::NotBooked
        << qsizetype(0) << qsizetype(0);
    QTest::newRow("no CdtDbtInd")
        << replacedOnce(ing, "<CdtDbtInd>DBIT</CdtDbtInd>\n        <Sts>", "<Sts>")
        << CamtError::MissingCreditDebit << qsizetype(0) << qsizetype(1);
    QTest::newRow("no closing balance")
        << replacedOnce(ing, "<Cd>CLBD</Cd>", "<Cd>CLAV</Cd>") << CamtError::MissingBalance << qsizetype(0)
        << qsizetype(-1);
    QTest::newRow("two opening balances")
        << replacedOnce(ing, "<Cd>CLBD</Cd>", "<Cd>OPBD</Cd>") << CamtError::DuplicateBalance << qsizetype(0)
        << qsizetype(-1);
    QTest::newRow("bad account iban")
        << replacedOnce(ing, "<IBAN>NL20INGB0001234567</IBAN>", "<IBAN>NL21INGB0001234567</IBAN>")
        << CamtError::InvalidAccountIban << qsizetype(0) << qsizetype(-1);
    QTest::newRow("bad date")
        << replacedOnce(ing, "<Dt>2025-03-14</Dt>\n        </BookgDt>", "<Dt>2025-02-30</Dt>\n        </BookgDt>")
        << CamtError::InvalidDate << qsizetype(0) << qsizetype(0);
    QTest::newRow("entry count summary")
        << replacedOnce(ing, "<NbOfNtries>5</NbOfNtries>", "<NbOfNtries>6</NbOfNtries>")
        << CamtError::BalanceMismatch << qsizetype(0) << qsizetype(-1);
    QTest::newRow("DTD")
        << replacedOnce(ing, "<Document", "<!DOCTYPE Document [<!ENTITY a \"aaaa\">]>\n<Document")
        << CamtError::Malformed << qsizetype(-1) << qsizetype(-1);
    QByteArray deep;
    for (int i = 0; i < 30; ++i)
        deep += "<X>";
    for (int i = 0; i < 30; ++i)
        deep += "</X>";
    QTest::newRow("nesting")
        << replacedOnce(ing, "<AcctSvcrRef>250314A1B2C3D4E6", deep + "<AcctSvcrRef>250314A1B2C3D4E6")
        << CamtError::TooDeep << qsizetype(0) << qsizetype(1);
    QTest::newRow("no statement")
        << QByteArray("<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                      "<BkToCstmrStmt><GrpHdr><MsgId>X</MsgId></GrpHdr></BkToCstmrStmt></Document>")
        << CamtError::NoStatement << qsizetype(-1) << qsizetype(-1);
    QTest::newRow("long text")
        << replacedOnce(ing, "Voorschot energie", QByteArray(5000, 'v')) << CamtError::TextTooLong
        << qsizetype(0) << qsizetype(1);
}

void TestCamt053::rejects()
{
    QFETCH(QByteArray, xml);
    QFETCH(CamtError, error);
    QFETCH(qsizetype, statement);
    QFETCH(qsizetype, entry);
    const auto r = parseCamt053(xml);
    QVERIFY(!r.ok());
    QVERIFY(!r.document.has_value()); // whole file refused, no partial result
    QCOMPARE(r.error.code, error);
    QCOMPARE(r.error.statementIndex, statement);
    QCOMPARE(r.error.entryIndex, entry);
    QVERIFY(!r.error.message().isEmpty());
}

void TestCamt053::hugeFileRejected()
{
    // Padding inside a valid file: only the size is wrong.
    QByteArray xml = readData("ing_day.xml");
    xml.append(QByteArray(21 * 1024 * 1024, ' '));
    const auto r = parseCamt053(xml);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.code, CamtError::TooLarge);
    CamtLimits small;
    small.maxBytes = 1024;
    QCOMPARE(parseCamt053(readData("ing_day.xml"), small).error.code, CamtError::TooLarge);
}

void TestCamt053::errorTextHasNoPersonalData()
{
    const auto r = parseCamt053(replacedOnce(readData("ing_day.xml"), ">45.50<", ">45.505<"));
    QVERIFY(!r.ok());
    const QString text = r.error.message();
    QVERIFY(text.contains(QStringLiteral("entry 1")));
    QVERIFY(!text.contains(QStringLiteral("NL20INGB")));
    QVERIFY(!text.contains(QStringLiteral("Eneco")));
    QVERIFY(!text.contains(QStringLiteral("45.50")));
}

void TestCamt053::largeValidStatement()
{
    // 10,000 entries (about 15 MB, under the 20 MiB limit), built from one ING entry.
    const QByteArray ing = readData("ing_day.xml");
    const qsizetype start = ing.indexOf("      <Ntry>");
    const qsizetype end = ing.indexOf("</Ntry>", start) + 8;
    const QByteArray oneEntry = ing.mid(start, end - start); // CRDT 1250.00 with AcctSvcrRef
    QByteArray entries;
    for (int i = 0; i < 10000; ++i) {
        QByteArray e = oneEntry;
        const QByteArray ref = "REF" + QByteArray::number(i);
        entries += e.replace("250314A1B2C3D4E5", ref);
    }
    QByteArray xml = ing;
    xml.replace(start, end - start, entries);
    xml = replacedOnce(xml, "<NbOfNtries>5</NbOfNtries>", "<NbOfNtries>10004</NbOfNtries>");
    // 1000.00 + 10000 * 1250.00 - 45.50 - 0.35 + 12.34 - 230.00
    xml = replacedOnce(xml, "1986.49", "12500736.49");
    const auto r = parseCamt053(xml);
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.document->statements.first().entries.size(), 10004);
    QCOMPARE(keysOf(*r.document).size(), 10004);
}

QTEST_GUILESS_MAIN(TestCamt053)
#include "tst_camt053.moc"
