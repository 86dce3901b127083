// The translations of core/ and citizen-web/: the embedded English catalogue turns real
// strings from several contexts into English through regie::i18n, and the .ts files are
// complete (nothing unfinished or empty, placeholders kept, the .qm matches the .ts).

#include "I18n.h"

#include "calendar/DatumTekst.h"
#include "domain/Domain.h"
#include "money/Money.h"
#include "rules/Rules.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QHash>
#include <QtCore/QRegularExpression>
#include <QtCore/QSet>
#include <QtCore/QTranslator>
#include <QtCore/QXmlStreamReader>
#include <QtTest/QtTest>

using namespace regie;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString translation;
    QString type; // the translation's type attribute: "", "unfinished", "vanished", ...
    qint64 line = 0;
};

struct TsFile {
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

constexpr qint64 kMaxTsBytes = 8 * 1024 * 1024;

QString tsPath(const QString &code)
{
    return QStringLiteral(REGIE_SOURCE_DIR "/translations/regie_") + code + QStringLiteral(".ts");
}

// A small reader for what lupdate writes: <TS><context><name/><message><source/>
// <translation/></message></context></TS>. Numerus forms count as one text per form.
TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (file.size() > kMaxTsBytes || !file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot read ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
            ts.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context, {}, {}, {}, xml.lineNumber()};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ts.messages.append(current);
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

QString where(const TsMessage &m)
{
    return QStringLiteral("[%1] line %2: %3").arg(m.context).arg(m.line).arg(m.source.left(80));
}

} // namespace

class TestI18n : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void codes();
    void embeddedCatalogues();
    void englishStrings_data();
    void englishStrings();
    void scopedLanguageRestoresAndNests();
    void installTranslatorSwitches();
    void translateWithoutInstalling();
    void tsFilesComplete_data();
    void tsFilesComplete();
    void placeholdersKept_data();
    void placeholdersKept();
    void dutchIsSource();
    void sameEntriesInBothFiles();
    void embeddedMatchesTs();
    void cleanup() { i18n::installTranslator(*QCoreApplication::instance(), i18n::Language::Nederlands); }
};

void TestI18n::codes()
{
    QCOMPARE(i18n::code(i18n::Language::Engels), QStringLiteral("en"));
    QCOMPARE(i18n::code(i18n::Language::Nederlands), QStringLiteral("nl"));
    QVERIFY(i18n::fromCode(u"EN") == i18n::Language::Engels);
    QVERIFY(i18n::fromCode(u"nl") == i18n::Language::Nederlands);
    QVERIFY(!i18n::fromCode(u"de").has_value());
    QVERIFY(!i18n::fromCode(u"").has_value());
}

void TestI18n::embeddedCatalogues()
{
    const QTranslator *en = i18n::translator(i18n::Language::Engels);
    const QTranslator *nl = i18n::translator(i18n::Language::Nederlands);
    QVERIFY(en != nullptr);
    QVERIFY(nl != nullptr);
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/regie_en.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/regie_nl.qm")));
    QCOMPARE(en->language(), QStringLiteral("en_GB"));
    QVERIFY(!en->isEmpty());
    QCOMPARE(i18n::translator(i18n::Language::Engels), en); // loaded once
}

void TestI18n::englishStrings_data()
{
    QTest::addColumn<QString>("dutch");   // evaluated without a translator
    QTest::addColumn<QString>("english"); // expected under ScopedLanguage(Engels)
    QTest::addColumn<int>("which");

    QTest::newRow("Money::parseErrorText") << QStringLiteral("Vul een bedrag in.")
                                           << QStringLiteral("Please fill in an amount.") << 0;
    QTest::newRow("rules MAX_PER_OPNAME")
        << QStringLiteral("Dit bedrag is hoger dan je afspraak. Je mag tot € 50,00 per keer opnemen. "
                          "Je medewerker moet eerst ja zeggen.")
        << QStringLiteral("This amount is more than your arrangement allows. You may take out up to € 50,00 each "
                          "time. Your caseworker must say yes first.")
        << 1;
    QTest::newRow("statusLabel Uitgevoerd") << QStringLiteral("Betaald") << QStringLiteral("Paid") << 2;
    QTest::newRow("periodeLabel Maand") << QStringLiteral("per maand") << QStringLiteral("per month") << 3;
    QTest::newRow("calendar formatDatumB1") << QStringLiteral("vrijdag 14 maart") << QStringLiteral("Friday 14 March")
                                            << 4;
    QTest::newRow("Iban") << QStringLiteral("Vul een rekeningnummer in.")
                          << QStringLiteral("Please fill in an account number.") << 5;
    QTest::newRow("AuditActions") << QStringLiteral("Ingelogd") << QStringLiteral("Logged in") << 6;
}

namespace {

QString render(int which)
{
    switch (which) {
    case 0:
        return Money::parseErrorText(Money::ParseError::Empty);
    case 1: {
        rules::Afspraak a;
        a.id = 7;
        a.modus = rules::Modus::Vrij;
        a.maxPerOpname = Money::fromCents(5'000);
        a.ingangsdatum = QDate(2024, 1, 1);
        rules::Context c;
        c.nu = QDateTime(QDate(2024, 3, 13), QTime(11, 0), Qt::UTC);
        c.reserveringId = 42;
        c.beschikbaar = Money::fromCents(20'000);
        c.eigenIbans = {QStringLiteral("NL91ABNA0417164300")};
        rules::Verzoek v;
        v.reserveringId = 42;
        v.bedrag = Money::fromCents(7'500);
        v.doelIban = c.eigenIbans.first();
        const rules::Resultaat r = rules::evaluate(a, v, c);
        if (!r.beoordeling)
            return QStringLiteral("evaluate failed: ") + rules::toString(r.fout);
        for (const rules::Reden &reden : r.beoordeling->redenen) {
            if (reden.code == QLatin1String(rules::code::kMaxPerOpname))
                return reden.tekst();
        }
        return QStringLiteral("no MAX_PER_OPNAME reason");
    }
    case 2:
        return statusLabel(VerzoekStatus::Uitgevoerd);
    case 3:
        return periodeLabel(Periode::Maand);
    case 4:
        return calendar::formatDatumB1(QDate(2025, 3, 14), QDate(2025, 3, 10));
    case 5:
        return QCoreApplication::translate("Iban", "Vul een rekeningnummer in.");
    default:
        return QCoreApplication::translate("AuditActions", "Ingelogd");
    }
}

} // namespace

void TestI18n::englishStrings()
{
    QFETCH(QString, dutch);
    QFETCH(QString, english);
    QFETCH(int, which);
    QCOMPARE(render(which), dutch);
    {
        i18n::ScopedLanguage taal(i18n::Language::Engels);
        QVERIFY(taal.isActive());
        QCOMPARE(render(which), english);
    }
    QCOMPARE(render(which), dutch);
}

void TestI18n::scopedLanguageRestoresAndNests()
{
    const QString nl = Money::parseErrorText(Money::ParseError::Zero);
    QCOMPARE(i18n::currentLanguage(), i18n::Language::Nederlands);
    {
        i18n::ScopedLanguage en(i18n::Language::Engels);
        QCOMPARE(i18n::currentLanguage(), i18n::Language::Engels);
        const QString english = Money::parseErrorText(Money::ParseError::Zero);
        QCOMPARE(english, QStringLiteral("The amount must be more than zero."));
        {
            i18n::ScopedLanguage terug(i18n::Language::Nederlands);
            QVERIFY(terug.isActive());
            QCOMPARE(Money::parseErrorText(Money::ParseError::Zero), nl);
            {
                i18n::ScopedLanguage nogmaals(i18n::Language::Nederlands); // no change: nothing to undo
                QCOMPARE(Money::parseErrorText(Money::ParseError::Zero), nl);
            }
            QCOMPARE(Money::parseErrorText(Money::ParseError::Zero), nl);
        }
        QCOMPARE(Money::parseErrorText(Money::ParseError::Zero), english);
        QCOMPARE(i18n::currentLanguage(), i18n::Language::Engels);
    }
    QCOMPARE(i18n::currentLanguage(), i18n::Language::Nederlands);
    QCOMPARE(Money::parseErrorText(Money::ParseError::Zero), nl);
}

void TestI18n::installTranslatorSwitches()
{
    QCoreApplication &app = *QCoreApplication::instance();
    const auto text = [] { return QCoreApplication::translate("regie", "Verlopen"); };
    QVERIFY(i18n::installTranslator(app, i18n::Language::Engels));
    QVERIFY(i18n::installTranslator(app, i18n::Language::Engels)); // twice is harmless
    QCOMPARE(text(), QStringLiteral("Expired"));
    QVERIFY(i18n::installTranslator(app, i18n::Language::Nederlands));
    QCOMPARE(text(), QStringLiteral("Verlopen"));
    // One removal must undo a double install: nothing English may linger.
    QCOMPARE(QCoreApplication::translate("pages", "Geld opnemen"), QStringLiteral("Geld opnemen"));
}

void TestI18n::translateWithoutInstalling()
{
    QCOMPARE(i18n::translate(i18n::Language::Engels, "pages", "Geld opnemen"), QStringLiteral("Take out money"));
    QCOMPARE(i18n::translate(i18n::Language::Engels, "Opnames", "Je geld is onderweg"),
             QStringLiteral("Your money is on its way"));
    QCOMPARE(i18n::translate(i18n::Language::Engels, "Dossier", "Je lening is helemaal betaald."),
             QStringLiteral("Your loan is fully paid."));
    QCOMPARE(i18n::translate(i18n::Language::Nederlands, "pages", "Geld opnemen"), QStringLiteral("Geld opnemen"));
    QCOMPARE(i18n::translate(i18n::Language::Engels, "pages", "Bestaat niet"), QStringLiteral("Bestaat niet"));
    QCOMPARE(i18n::currentLanguage(), i18n::Language::Nederlands);
    QCOMPARE(QCoreApplication::translate("pages", "Geld opnemen"), QStringLiteral("Geld opnemen"));
}

void TestI18n::tsFilesComplete_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("nl") << QStringLiteral("nl");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestI18n::tsFilesComplete()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QCOMPARE(ts.sourceLanguage, QStringLiteral("nl_NL"));
    QVERIFY(ts.language.startsWith(code));
    // core/ and citizen-web/ hold far more than this; fewer means lupdate missed folders.
    QVERIFY2(ts.messages.size() > 500, qPrintable(QString::number(ts.messages.size())));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (!m.type.isEmpty())
            problems << QStringLiteral("type=") + m.type + QStringLiteral(" ") + where(m);
        else if (m.translation.trimmed().isEmpty())
            problems << QStringLiteral("empty ") + where(m);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

void TestI18n::placeholdersKept_data() { tsFilesComplete_data(); }

void TestI18n::placeholdersKept()
{
    QFETCH(QString, code);
    const TsFile ts = readTs(tsPath(code));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    int withPlaceholders = 0;
    for (const TsMessage &m : ts.messages) {
        const QStringList inSource = placeholders(m.source);
        withPlaceholders += inSource.isEmpty() ? 0 : 1;
        if (placeholders(m.translation) != inSource)
            problems << where(m) + QStringLiteral(" -> ") + m.translation;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
    QVERIFY(withPlaceholders > 50); // the check must have had something to check
}

void TestI18n::dutchIsSource()
{
    const TsFile ts = readTs(tsPath(QStringLiteral("nl")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    for (const TsMessage &m : ts.messages)
        QVERIFY2(m.translation == m.source, qPrintable(where(m)));
}

void TestI18n::sameEntriesInBothFiles()
{
    const TsFile nl = readTs(tsPath(QStringLiteral("nl")));
    const TsFile en = readTs(tsPath(QStringLiteral("en")));
    QVERIFY(nl.error.isEmpty() && en.error.isEmpty());
    QSet<QString> a, b;
    for (const TsMessage &m : nl.messages)
        a.insert(m.context + u'\x1f' + m.source);
    for (const TsMessage &m : en.messages)
        b.insert(m.context + u'\x1f' + m.source);
    QCOMPARE(a.size(), nl.messages.size()); // no duplicates
    QVERIFY2(a == b, "regie_nl.ts and regie_en.ts list different strings: run translations/update_ts.py");
}

void TestI18n::embeddedMatchesTs()
{
    const QTranslator *en = i18n::translator(i18n::Language::Engels);
    QVERIFY(en != nullptr);
    const TsFile ts = readTs(tsPath(QStringLiteral("en")));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        const QString got = en->translate(m.context.toUtf8().constData(), m.source.toUtf8().constData());
        if (got != m.translation)
            problems << where(m) + QStringLiteral(" -> ") + got;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 20).join(u'\n')));
}

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
