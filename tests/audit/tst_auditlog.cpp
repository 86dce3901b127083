// Everything around the chain: the personal-data guard, the canonical details, the action
// list, queries and paging, "wie heeft mijn gegevens bekeken", and the CSV and JSON exports.

#include "AuditTestSupport.h"

#include <QtCore/QBuffer>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace regie;
using namespace regie::audit;
using namespace regie::audit::test;

namespace {

// RFC 4180 reader for checking the export: quoted fields, doubled quotes, CRLF records.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}

bool appendOne(storage::Database &db, const Actor &actor, const QString &action,
               const QString &outcome, const QString &subject, const QString &objectId = QString(),
               const QJsonObject &details = {}, QString *error = nullptr)
{
    storage::WriteTransaction tx(db);
    return tx.isOpen()
        && AuditLog::append(db, actor, action, outcome, subject, QStringLiteral("dossier"),
                            objectId, details, error)
        && tx.commit();
}

Actor actorOf(Role role, qint64 userId)
{
    Actor actor;
    actor.role = role;
    actor.userId = userId;
    return actor;
}

QList<qint64> seqs(const QList<AuditEvent> &events)
{
    QList<qint64> out;
    for (const AuditEvent &e : events)
        out.append(e.seq);
    return out;
}

QByteArray exportJson(storage::Database &db, const Filter &filter = {})
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!AuditLog::exportJson(db, filter, buffer, &error))
        return QByteArray();
    return buffer.data();
}

VerifyResult verifyBytes(const QByteArray &bytes, const ExportCheck &check = {})
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return AuditLog::verifyExportedJson(buffer, check);
}

} // namespace

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void actionList();
    void wellFormedCodes_data();
    void wellFormedCodes();
    void canonicalDetails();
    void canonicalDetailsRejects_data();
    void canonicalDetailsRejects();
    void personalDataRefused_data();
    void personalDataRefused();
    void harmlessDetailsAccepted_data();
    void harmlessDetailsAccepted();
    void refusedEventWritesNothing();
    void opaqueRefsAlwaysPass();
    void invalidEventsRefused_data();
    void invalidEventsRefused();
    void queryFilters();
    void keysetPaging();
    void toegangVoorInwoner();
    void csvQuotingAndInjection();
    void jsonExportVerifiesOffline();
    void jsonExportTampering_data();
    void jsonExportTampering();
    void jsonExportOfPeriodAndSubject();

private:
    std::unique_ptr<TempDatabase> t;
};

void TestAuditLog::init()
{
    t = std::make_unique<TempDatabase>();
    QVERIFY(t->dir.isValid());
    QVERIFY(t->open());
    useSteppingClock();
}

void TestAuditLog::cleanup()
{
    AuditLog::setClock(nullptr);
    t.reset();
}

void TestAuditLog::actionList()
{
    QSet<QString> seen;
    for (const QLatin1String &latin : actions::all()) {
        const QString code(latin);
        QVERIFY2(actions::isWellFormed(code), latin.data());
        QVERIFY2(!seen.contains(code), latin.data());
        seen.insert(code);
        QVERIFY2(actions::label(code) != code, latin.data()); // every code has a label
    }
    QVERIFY(seen.size() > 40);
    QVERIFY(actions::isKnown(QStringLiteral("verzoek.ingediend")));
    QVERIFY(actions::isKnown(QStringLiteral("export.audit")));
    QVERIFY(!actions::isKnown(QStringLiteral("verzoek.bestaat_niet")));
    QCOMPARE(actions::label(QStringLiteral("x.y")), QStringLiteral("x.y"));
}

void TestAuditLog::wellFormedCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "verzoek.ingediend" << true;
    QTest::newRow("underscore and digit") << "eigen_rekening.stap2" << true;
    QTest::newRow("three parts") << "a.b.c" << true;
    QTest::newRow("no dot") << "verzoek" << false;
    QTest::newRow("upper case") << "Verzoek.ingediend" << false;
    QTest::newRow("empty part") << "verzoek..x" << false;
    QTest::newRow("trailing dot") << "verzoek." << false;
    QTest::newRow("leading digit") << "1verzoek.x" << false;
    QTest::newRow("space") << "verzoek.in gediend" << false;
    QTest::newRow("too long") << QString(60, u'a') + ".abcde" << false;
    QTest::newRow("empty") << "" << false;
}

void TestAuditLog::wellFormedCodes()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    QCOMPARE(actions::isWellFormed(code), ok);
}

void TestAuditLog::canonicalDetails()
{
    const QJsonObject details{
        {QStringLiteral("b"), QJsonArray{1, QJsonObject{{QStringLiteral("d"), true}, {QStringLiteral("c"), QJsonValue()}}}},
        {QStringLiteral("a"), QStringLiteral("x\"y\\\x01/\t")},
        {QStringLiteral("B"), qint64(9007199254740993)}, // above 2^53: must stay exact
        {QStringLiteral("n"), -5}};
    const std::optional<QByteArray> canonical = AuditLog::canonicalDetails(details, nullptr);
    QVERIFY(canonical);
    QCOMPARE(*canonical, QByteArray("{\"B\":9007199254740993,\"a\":\"x\\\"y\\\\\\u0001/\\t\","
                                    "\"b\":[1,{\"c\":null,\"d\":true}],\"n\":-5}"));
    // Parsing the canonical text and writing it again gives the same bytes (export round trip).
    const QJsonObject reparsed = QJsonDocument::fromJson(*canonical).object();
    QCOMPARE(*AuditLog::canonicalDetails(reparsed, nullptr), *canonical);
    QCOMPARE(*AuditLog::canonicalDetails({}, nullptr), QByteArray("{}"));
}

void TestAuditLog::canonicalDetailsRejects_data()
{
    QTest::addColumn<QJsonObject>("details");
    QTest::newRow("fraction") << QJsonObject{{QStringLiteral("bedrag"), 12.5}};
    QTest::newRow("fraction in array") << QJsonObject{{QStringLiteral("x"), QJsonArray{1, 0.1}}};
    QTest::newRow("too large") << QJsonObject{{QStringLiteral("x"), QString(AuditLog::kMaxDetailsBytes, u'x')}};
    QJsonObject deep{{QStringLiteral("x"), 1}};
    for (int i = 0; i < AuditLog::kMaxDetailsDepth + 2; ++i)
        deep = QJsonObject{{QStringLiteral("x"), deep}};
    QTest::newRow("too deep") << deep;
    QTest::newRow("lone surrogate") << QJsonObject{{QStringLiteral("x"), QString(QChar(0xD800))}};
}

void TestAuditLog::canonicalDetailsRejects()
{
    QFETCH(QJsonObject, details);
    QString error;
    QVERIFY(!AuditLog::canonicalDetails(details, &error));
    QVERIFY(!error.isEmpty());
}

void TestAuditLog::personalDataRefused_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QJsonObject>("details");
    const QString none;
    auto one = [](const char *key, const QJsonValue &value) { return QJsonObject{{QLatin1String(key), value}}; };
    QTest::newRow("key bsn") << none << one("bsn", QStringLiteral("x"));
    QTest::newRow("key BSN hash") << none << one("BSN_hash", QStringLiteral("x"));
    QTest::newRow("key iban") << none << one("tegenrekeningIban", QStringLiteral("x"));
    QTest::newRow("key naam") << none << one("naam", QStringLiteral("x"));
    QTest::newRow("key voornaam") << none << one("voornaam", QStringLiteral("x"));
    QTest::newRow("key achternaam") << none << one("Achternaam", QStringLiteral("x"));
    QTest::newRow("key inwoner_naam") << none << one("inwoner_naam", QStringLiteral("x"));
    QTest::newRow("key email") << none << one("e-mail", QStringLiteral("x"));
    QTest::newRow("key telefoon") << none << one("telefoon", QStringLiteral("x"));
    QTest::newRow("key adres") << none << one("adres", QStringLiteral("x"));
    QTest::newRow("key nested") << none << one("oud", QJsonObject{{QStringLiteral("voornaam"), QStringLiteral("x")}});
    QTest::newRow("bsn plain") << none << one("waarde", QStringLiteral("123456782"));
    QTest::newRow("bsn dotted") << none << one("waarde", QStringLiteral("123.456.782"));
    QTest::newRow("bsn grouped") << none << one("waarde", QStringLiteral("1234 56 782"));
    QTest::newRow("bsn in text") << none << one("waarde", QStringLiteral("opgevraagd voor 111222333 vandaag"));
    QTest::newRow("bsn after code") << none << one("waarde", QStringLiteral("ref-2024-123456782"));
    QTest::newRow("bsn as number") << none << one("waarde", 123456782);
    QTest::newRow("bsn in array") << none << one("lijst", QJsonArray{QStringLiteral("a"), QStringLiteral("123456782")});
    QTest::newRow("bsn as key") << none << one("123456782", true);
    QTest::newRow("iban") << none << one("waarde", QStringLiteral("NL91ABNA0417164300"));
    QTest::newRow("iban typed") << none << one("waarde", QStringLiteral("nl91 abna 0417 1643 00"));
    QTest::newRow("iban in text") << none << one("waarde", QStringLiteral("naar NL91 ABNA 0417 1643 00 overgemaakt"));
    QTest::newRow("iban german") << none << one("waarde", QStringLiteral("DE89370400440532013000"));
    QTest::newRow("email value") << none << one("waarde", QStringLiteral("mail naar jan.jansen@example.nl gestuurd"));
    QTest::newRow("subject is a bsn") << QStringLiteral("123456782") << QJsonObject{};
    QTest::newRow("subject is an iban") << QStringLiteral("NL91ABNA0417164300") << QJsonObject{};
}

void TestAuditLog::personalDataRefused()
{
    QFETCH(QString, subject);
    QFETCH(QJsonObject, details);
    QString error;
    QVERIFY(!AuditLog::checkNoPersonalData(subject, QString(), details, &error));
    QVERIFY(!error.isEmpty());
    // The message names the field, never the value.
    QVERIFY(!error.contains(QLatin1String("123456782")));
    QVERIFY(!error.contains(QLatin1String("0417")));
    QVERIFY(!error.contains(QLatin1String("jansen")));
    QVERIFY(!appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk,
                       subject, QString(), details));
}

void TestAuditLog::harmlessDetailsAccepted_data()
{
    QTest::addColumn<QJsonObject>("details");
    auto one = [](const char *key, const QJsonValue &value) { return QJsonObject{{QLatin1String(key), value}}; };
    QTest::newRow("not eleven-proof") << one("waarde", QStringLiteral("123456789"));
    QTest::newRow("amount") << one("bedrag", QStringLiteral("1234567.82"));
    QTest::newRow("cents") << one("bedrag_cents", 250000);
    QTest::newRow("ten digits") << one("waarde", QStringLiteral("1234567820"));
    QTest::newRow("masked iban") << one("rekening", QString::fromUtf8("NL91 •••• •••• •••• 00"));
    QTest::newRow("iban end") << one("rekening_eind", QStringLiteral("4300"));
    QTest::newRow("timestamp") << one("tijd", QStringLiteral("2024-05-01T10:00:00.000Z"));
    QTest::newRow("uuid") << one("zaak", QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QTest::newRow("reason code") << one("reden_code", QStringLiteral("saldo_te_laag"));
    QTest::newRow("at sign") << one("tekst", QStringLiteral("om 10 @ kantoor"));
    QTest::newRow("nested") << one("oud", QJsonObject{{QStringLiteral("max_week_cents"), 5000}, {QStringLiteral("modus"), QStringLiteral("vrij")}});
}

void TestAuditLog::harmlessDetailsAccepted()
{
    QFETCH(QJsonObject, details);
    QString error;
    QVERIFY2(AuditLog::checkNoPersonalData(QStringLiteral("inw-7f3a"), QStringLiteral("v-1"), details, &error),
             qPrintable(error));
    QVERIFY2(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::AfspraakGewijzigd, kOutcomeOk,
                       QStringLiteral("inw-7f3a"), QString(), details, &error),
             qPrintable(error));
}

void TestAuditLog::opaqueRefsAlwaysPass()
{
    // References made from hashes: raw hex sometimes holds nine digits passing the 11-proef
    // (a login then failed at random); the opaque form never does and stays unique.
    QRandomGenerator rng(20261128);
    int rawRefused = 0;
    QSet<QString> seen;
    for (int i = 0; i < 20000; ++i) {
        QByteArray bytes(6, Qt::Uninitialized);
        for (char &b : bytes)
            b = static_cast<char>(rng.bounded(256));
        const QString raw = QString::fromLatin1(bytes.toHex());
        QString error;
        rawRefused += AuditLog::checkNoPersonalData(QString(), raw, {}, &error) ? 0 : 1;
        const QString ref = AuditLog::opaqueRef(raw);
        QVERIFY2(AuditLog::checkNoPersonalData(QString(), ref, {{QStringLiteral("ref"), ref}}, &error),
                 qPrintable(error));
        QCOMPARE(ref.size(), raw.size());
        seen.insert(ref);
    }
    QVERIFY(rawRefused > 0); // the problem is real, so the test can tell
    QCOMPARE(seen.size(), 20000);
    QCOMPARE(AuditLog::opaqueRef(u"0123456789abcdef-"), QStringLiteral("ghijklmnopabcdef-"));
}

void TestAuditLog::refusedEventWritesNothing()
{
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk, QStringLiteral("inw-1")));
    QVERIFY(!appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk,
                       QStringLiteral("inw-1"), QString(), QJsonObject{{QStringLiteral("naam"), QStringLiteral("x")}}));
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk, QStringLiteral("inw-1")));
    const VerifyResult result = AuditLog::verify(*t->db);
    QVERIFY(result.intact);
    QCOMPARE(result.eventsChecked, 2);
}

void TestAuditLog::invalidEventsRefused_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("objectId");
    QTest::newRow("bad action") << "Verzoek ingediend" << "ok" << "";
    QTest::newRow("bad outcome") << "verzoek.ingediend" << "misschien" << "";
    QTest::newRow("long object id") << "verzoek.ingediend" << "ok" << QString(AuditLog::kMaxFieldLength + 1, u'x');
}

void TestAuditLog::invalidEventsRefused()
{
    QFETCH(QString, action);
    QFETCH(QString, outcome);
    QFETCH(QString, objectId);
    QString error;
    QVERIFY(!appendOne(*t->db, actorOf(Role::Inwoner, 1), action, outcome, QStringLiteral("inw-1"), objectId, {}, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(AuditLog::head(*t->db).seq, 0);
}

void TestAuditLog::queryFilters()
{
    QVERIFY(appendMany(*t->db, 40)); // event i at kEpoch + (i-1) s
    Filter period;
    period.from = kEpoch.addSecs(10);
    period.to = kEpoch.addSecs(20);
    QCOMPARE(seqs(AuditLog::query(*t->db, period)),
             (QList<qint64>{11, 12, 13, 14, 15, 16, 17, 18, 19, 20}));

    Filter byActor;
    byActor.actorUserId = 20; // the ketenpartner: i % 5 == 2
    for (const AuditEvent &e : AuditLog::query(*t->db, byActor)) {
        QCOMPARE(e.actorRole, Role::Ketenpartner);
        QCOMPARE(e.seq % 5, 2);
    }
    QCOMPARE(AuditLog::query(*t->db, byActor).size(), 8);

    Filter bySubject;
    bySubject.subject = QStringLiteral("inw-0");
    bySubject.actions = {QString(actions::DossierBekeken), QString(actions::BesluitAkkoord)};
    const QList<AuditEvent> found = AuditLog::query(*t->db, bySubject);
    QVERIFY(!found.isEmpty());
    for (const AuditEvent &e : found) {
        QCOMPARE(e.subject, QStringLiteral("inw-0"));
        QVERIFY(e.seq % 4 == 0 || e.seq % 4 == 2);
        QCOMPARE(e.details.value(QStringLiteral("n")).toInteger(), e.seq);
    }

    Filter refused;
    refused.outcome = kOutcomeGeweigerd;
    QCOMPARE(seqs(AuditLog::query(*t->db, refused)), (QList<qint64>{7, 14, 21, 28, 35}));

    Filter limited;
    limited.limit = 5;
    QCOMPARE(AuditLog::query(*t->db, limited).size(), 5);
    limited.limit = -3; // clamped to at least one
    QCOMPARE(AuditLog::query(*t->db, limited).size(), 1);

    Filter tooMany;
    for (int i = 0; i <= AuditLog::kMaxFilterActions; ++i)
        tooMany.actions << QStringLiteral("a.b%1").arg(i);
    QVERIFY(AuditLog::query(*t->db, tooMany).isEmpty());
}

void TestAuditLog::keysetPaging()
{
    QVERIFY(appendMany(*t->db, 45));
    QList<qint64> forward;
    Filter page;
    page.limit = 7;
    for (int guard = 0; guard < 20; ++guard) {
        const QList<AuditEvent> events = AuditLog::query(*t->db, page);
        if (events.isEmpty())
            break;
        forward += seqs(events);
        page.afterSeq = events.constLast().seq;
    }
    QCOMPARE(forward.size(), 45);
    for (int i = 0; i < forward.size(); ++i)
        QCOMPARE(forward.at(i), qint64(i + 1));

    QList<qint64> backward;
    Filter older;
    older.limit = 10;
    older.newestFirst = true;
    for (int guard = 0; guard < 20; ++guard) {
        const QList<AuditEvent> events = AuditLog::query(*t->db, older);
        if (events.isEmpty())
            break;
        backward += seqs(events);
        older.beforeSeq = events.constLast().seq;
    }
    QCOMPARE(backward.size(), 45);
    QCOMPARE(backward.first(), 45);
    QCOMPARE(backward.last(), 1);
}

void TestAuditLog::toegangVoorInwoner()
{
    const QString mine = QStringLiteral("inw-mine");
    const QString other = QStringLiteral("inw-other");
    QVERIFY(appendOne(*t->db, actorOf(Role::Inwoner, 100), actions::LoginGelukt, kOutcomeOk, QString()));
    QVERIFY(appendOne(*t->db, actorOf(Role::Inwoner, 100), actions::TransactiesBekeken, kOutcomeOk, mine));   // 2 own
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk, mine));     // 3
    QVERIFY(appendOne(*t->db, actorOf(Role::Ketenpartner, 20), actions::BudgetplanBekeken, kOutcomeOk, mine)); // 4
    QVERIFY(appendOne(*t->db, Actor::systeem(), actions::AllegroGesynchroniseerd, kOutcomeOk, mine));         // 5 system
    QVERIFY(appendOne(*t->db, actorOf(Role::Ketenpartner, 21), actions::DossierBekeken, kOutcomeGeweigerd, mine)); // 6 refused
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk, other));    // 7 other inwoner
    QVERIFY(appendOne(*t->db, actorOf(Role::Teamleider, 11), actions::AfspraakGewijzigd, kOutcomeOk, mine));  // 8
    QVERIFY(appendOne(*t->db, actorOf(Role::Beheerder, 12), actions::ExportGegevens, kOutcomeOk, mine));      // 9
    QVERIFY(appendOne(*t->db, actorOf(Role::Inwoner, 100), actions::VerzoekIngediend, kOutcomeOk, mine));     // 10 own

    const QList<AuditEvent> seen = AuditLog::toegangVoorInwoner(*t->db, mine);
    QCOMPARE(seqs(seen), (QList<qint64>{9, 8, 4, 3}));
    QCOMPARE(seen.at(2).actorRole, Role::Ketenpartner);
    QCOMPARE(seqs(AuditLog::toegangVoorInwoner(*t->db, mine, 2)), (QList<qint64>{9, 8}));
    QVERIFY(AuditLog::toegangVoorInwoner(*t->db, QString()).isEmpty());
    QCOMPARE(seqs(AuditLog::toegangVoorInwoner(*t->db, other)), (QList<qint64>{7}));
}

void TestAuditLog::csvQuotingAndInjection()
{
    const QJsonObject details{{QStringLiteral("tekst"), QStringLiteral("regel 1\nregel \"2\", en meer")},
                              {QStringLiteral("plaats"), QString::fromUtf8("Zuilen – Noordoost ë")}};
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk,
                      QStringLiteral("-inw"), QStringLiteral("=HYPERLINK(\"http://x\")"), details));
    QVERIFY(appendOne(*t->db, actorOf(Role::Medewerker, 10), actions::DossierBekeken, kOutcomeOk,
                      QStringLiteral("+inw"), QStringLiteral("@SUM(A1)"), {}));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(AuditLog::exportCsv(*t->db, Filter{}, buffer, &error), qPrintable(error));
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("seq,at,actor_user_id,actor_role,action,outcome,subject,object_type,object_id,details,prev_hash,hash\r\n"));
    QVERIFY(bytes.contains(QString::fromUtf8("Zuilen – Noordoost ë").toUtf8())); // UTF-8 as is

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    QCOMPARE(rows.size(), 3);
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), 12);
    const QStringList first = rows.at(1);
    QCOMPARE(first.at(0), QStringLiteral("1"));
    QCOMPARE(first.at(2), QStringLiteral("10"));
    QCOMPARE(first.at(6), QStringLiteral("'-inw"));
    QCOMPARE(first.at(8), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(QJsonDocument::fromJson(first.at(9).toUtf8()).object(), details); // commas, quotes, newline survive
    QCOMPARE(rows.at(2).at(6), QStringLiteral("'+inw"));
    QCOMPARE(rows.at(2).at(8), QStringLiteral("'@SUM(A1)"));
    QCOMPARE(rows.at(2).at(10), first.at(11)); // chain fields are exported too
    for (const QStringList &row : rows) {
        for (const QString &cell : row) {
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)), qPrintable(cell));
        }
    }
}

void TestAuditLog::jsonExportVerifiesOffline()
{
    QVERIFY(appendMany(*t->db, 30));
    const QByteArray bytes = exportJson(*t->db);
    QVERIFY(bytes.startsWith("[\n{\"seq\":1,"));
    QVERIFY(bytes.endsWith("}\n]\n"));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    QVERIFY(document.isArray()); // a plain JSON array for any other tool
    QCOMPARE(document.array().size(), 30);
    QCOMPARE(document.array().at(3).toObject().value(QStringLiteral("actor_user_id")).type(), QJsonValue::Null);

    const VerifyResult plain = verifyBytes(bytes);
    QVERIFY2(plain.intact, qPrintable(plain.problem));
    QCOMPARE(plain.eventsChecked, 30);
    const Checkpoint head = AuditLog::head(*t->db);
    const VerifyResult anchored = verifyBytes(bytes, ExportCheck{AuditLog::genesisHash(), head.hash, true});
    QVERIFY(anchored.intact);
    QCOMPARE(anchored.lastHash, head.hash);
    const VerifyResult wrongStart = verifyBytes(bytes, ExportCheck{QString(64, u'1'), QString(), true});
    QVERIFY(!wrongStart.intact);
    QCOMPARE(wrongStart.firstBadSeq, std::optional<qint64>(1));

    Filter later;
    later.from = kEpoch.addDays(1);
    QCOMPARE(exportJson(*t->db, later), QByteArray("[\n]\n"));
    QVERIFY(verifyBytes("[\n]\n").intact);
}

void TestAuditLog::jsonExportTampering_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<qint64>("badSeq");
    QTest::addColumn<QString>("problem");
    QTest::newRow("edit a detail") << "edit" << qint64(12) << "edited";
    QTest::newRow("drop a line") << "drop" << qint64(12) << "deleted";
    QTest::newRow("swap two lines") << "swap" << qint64(12) << "reordered";
    QTest::newRow("cut the tail") << "cut" << qint64(29) << "truncated";
    QTest::newRow("no closing bracket") << "unclosed" << qint64(31) << "truncated";
    QTest::newRow("garbage line") << "garbage" << qint64(12) << "malformed";
}

void TestAuditLog::jsonExportTampering()
{
    QFETCH(QString, tamper);
    QFETCH(qint64, badSeq);
    QFETCH(QString, problem);
    QVERIFY(appendMany(*t->db, 30));
    QList<QByteArray> lines = exportJson(*t->db).split('\n'); // "[", events 1..30, "]", ""
    QCOMPARE(lines.size(), 33);
    if (tamper == QLatin1String("edit"))
        lines[12].replace("\"bedrag_cents\":12000", "\"bedrag_cents\":12001");
    else if (tamper == QLatin1String("drop"))
        lines.removeAt(12);
    else if (tamper == QLatin1String("swap"))
        lines.swapItemsAt(12, 13);
    else if (tamper == QLatin1String("cut"))
        lines.remove(29, 2); // events 29 and 30; event 28 keeps its trailing comma
    else if (tamper == QLatin1String("unclosed"))
        lines.remove(31, 2);
    else if (tamper == QLatin1String("garbage"))
        lines[12] = "{\"seq\":";
    const Checkpoint head = AuditLog::head(*t->db);
    const VerifyResult result = verifyBytes(lines.join('\n'), ExportCheck{AuditLog::genesisHash(), head.hash, true});
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBadSeq, std::optional<qint64>(badSeq));
    QCOMPARE(result.problem, problem);
}

void TestAuditLog::jsonExportOfPeriodAndSubject()
{
    QVERIFY(appendMany(*t->db, 30));
    // A period: contiguous, anchored on the hash of the event before it.
    Filter period;
    period.from = kEpoch.addSecs(10); // events 11..20
    period.to = kEpoch.addSecs(20);
    Filter before;
    before.afterSeq = 9;
    before.limit = 1;
    const QString anchor = AuditLog::query(*t->db, before).first().hash;
    const VerifyResult periodResult = verifyBytes(exportJson(*t->db, period), ExportCheck{anchor, QString(), true});
    QVERIFY2(periodResult.intact, qPrintable(periodResult.problem));
    QCOMPARE(periodResult.eventsChecked, 10);
    QCOMPARE(periodResult.lastSeq, std::optional<qint64>(20));

    // One inwoner: gaps are expected, each event's own hash still has to hold.
    Filter subject;
    subject.subject = QStringLiteral("inw-1");
    const QByteArray bytes = exportJson(*t->db, subject);
    const VerifyResult sparse = verifyBytes(bytes, ExportCheck{QString(), QString(), false});
    QVERIFY2(sparse.intact, qPrintable(sparse.problem));
    QCOMPARE(sparse.eventsChecked, 10);
    QVERIFY(!verifyBytes(bytes).intact); // read as a period, the gaps are deletions
    QByteArray edited = bytes;
    edited.replace("\"outcome\":\"ok\"", "\"outcome\":\"fout\"");
    QVERIFY(!verifyBytes(edited, ExportCheck{QString(), QString(), false}).intact);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
