// AVG: the right of access (one inwoner's data, nobody else's) and retention (personal data
// gone after the period, the audit chain and the ledger still intact).
#include "../services/Fixture.h"

#include "services/AvgExport.h"
#include "services/Bewaartermijn.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>

using namespace regie;
using fixture::World;

namespace {
bool hasFraction(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble() != double(v.toInteger());
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            if (hasFraction(item))
                return true;
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (hasFraction(it.value()))
                return true;
    }
    return false;
}
} // namespace

class TestPrivacy : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void exportHoldsOwnDataOnly();
    void exportAccess();
    void retentionAnonymisesAfterPeriod();
    void retentionRunsOnScheduleAndIsAudited();

private:
    QStringList allText();
    std::unique_ptr<World> w;
};

void TestPrivacy::init()
{
    w = std::make_unique<World>();
    w->build();
    services::Opnames opnames(*w->ctx);
    services::OpnameInvoer in;
    in.reserveringId = w->kleding;
    in.bedragTekst = QStringLiteral("80");
    in.toelichting = QStringLiteral("Winterjas voor Sanne");
    in.idempotencyKey = QStringLiteral("p1");
    auto c = opnames.maakConcept(w->inwoner(w->inwoner1), in);
    QVERIFY(c.ok());
    QVERIFY(opnames.bevestig(w->inwoner(w->inwoner1), c.value->publicId).ok());
    QVERIFY(opnames.beslis(w->staff(w->medewerkerA), c.value->publicId,
                           {false, QStringLiteral("BUFFER_NODIG"), QStringLiteral("Bel me even")}).ok());
}

void TestPrivacy::cleanup() { w.reset(); }

// Every text and blob in the database, for looking for personal data.
QStringList TestPrivacy::allText()
{
    QStringList out;
    storage::Sql tables(*w->db, World::onPostgres()
                                    ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                                    : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
    QStringList names;
    if (tables.exec()) {
        while (tables.next())
            names.append(tables.text(0));
    }
    for (const QString &table : names) {
        storage::Sql q(*w->db, QStringLiteral("SELECT * FROM ") + table);
        if (!q.exec())
            continue;
        while (q.next()) {
            const QSqlRecord r = q.raw().record();
            for (int i = 0; i < r.count(); ++i)
                out.append(q.value(i).toString());
        }
    }
    return out;
}

void TestPrivacy::exportHoldsOwnDataOnly()
{
    services::AvgExport inzage(*w->ctx);
    auto r = inzage.exporteer(w->inwoner(w->inwoner1), w->inwoner1);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QJsonObject doc = r.value->object();
    QCOMPARE(doc.value(QStringLiteral("inwoner")).toObject().value(QStringLiteral("bsn")).toString(), QStringLiteral("111222333"));
    QCOMPARE(doc.value(QStringLiteral("eigen_rekeningen")).toArray().first().toObject().value(QStringLiteral("iban")).toString(),
             QStringLiteral("NL20INGB0001234567"));
    QCOMPARE(doc.value(QStringLiteral("reserveringen")).toArray().size(), 4);
    QCOMPARE(doc.value(QStringLiteral("verzoeken")).toArray().size(), 1);
    QCOMPARE(doc.value(QStringLiteral("besluiten")).toArray().size(), 1);
    QVERIFY(!doc.value(QStringLiteral("berichten")).toArray().isEmpty());
    QVERIFY(!doc.value(QStringLiteral("logboek")).toArray().isEmpty());
    const QByteArray json = r.value->toJson();
    QVERIFY(!json.contains("123456782"));          // the other inwoner's BSN
    QVERIFY(!json.contains("NL44RABO0123456789")); // the other inwoner's IBAN
    QVERIFY(!json.contains("_enc"));
    QVERIFY(!json.contains("bsn_hash"));
    QVERIFY(!hasFraction(r.value->object()));      // no floating-point numbers anywhere
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'export.gegevens' AND outcome = 'ok'")), qint64(1));
}

void TestPrivacy::exportAccess()
{
    services::AvgExport inzage(*w->ctx);
    QCOMPARE(inzage.exporteer(w->inwoner(w->inwoner2), w->inwoner1).error.code, services::ErrorCode::NotFound);
    QCOMPARE(inzage.exporteer(w->staff(w->ketenpartner, Role::Ketenpartner), w->inwoner1).error.code,
             services::ErrorCode::NotFound);
    QVERIFY(inzage.exporteer(w->staff(w->medewerkerA), w->inwoner1).ok()); // on the inwoner's behalf
    QCOMPARE(inzage.exporteer(w->staff(w->medewerkerAnders), w->inwoner1).error.code, services::ErrorCode::NotFound);
}

void TestPrivacy::retentionAnonymisesAfterPeriod()
{
    services::Bewaartermijn bewaar(*w->ctx);
    QCOMPARE(bewaar.beeindig(w->inwoner(w->inwoner1), w->inwoner1, QDate(2026, 11, 30)).error.code,
             services::ErrorCode::Forbidden);
    QVERIFY(bewaar.beeindig(Actor::systeem(), w->inwoner1, QDate(2026, 11, 30)).ok());
    QCOMPARE(*bewaar.verwerk(Actor::systeem(), 12).value, 0); // period not over yet
    QVERIFY(allText().join(u'\n').contains(QStringLiteral("Winterjas voor Sanne")));

    w->advance(qint64(400) * 24 * 3600);
    QCOMPARE(*bewaar.verwerk(Actor::systeem(), 12).value, 1);
    const QString everything = allText().join(u'\n');
    for (const char *personal : {"111222333", "NL20INGB0001234567", "NL91ABNA0417164300", "Winterjas voor Sanne",
                                 "Bel me even", "inwoner1"}) {
        QVERIFY2(!everything.contains(QLatin1String(personal)), personal);
    }
    // Ciphertexts of the BSN and IBAN are gone too: the old key cannot bring them back.
    storage::Sql q(*w->db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE inwoner_id = :i"));
    q.bind(QStringLiteral(":i"), w->inwoner1);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(w->cipher.decrypt(q.value(0).toByteArray(), "eigen_rekeningen.iban"), std::nullopt);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE bsn_enc IS NOT NULL AND id = %1").arg(w->inwoner1)), qint64(0));
    // The other inwoner is untouched; the chain and the money still add up.
    storage::Sql other(*w->db, QStringLiteral("SELECT iban_enc FROM eigen_rekeningen WHERE inwoner_id = :i"));
    other.bind(QStringLiteral(":i"), w->inwoner2);
    QVERIFY(other.exec() && other.next());
    QCOMPARE(w->cipher.decrypt(other.value(0).toByteArray(), "eigen_rekeningen.iban").value_or(QByteArray()),
             QByteArray("NL44RABO0123456789"));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE status = 'actief'")), qint64(1));
    QVERIFY(audit::AuditLog::verify(*w->db).intact);
    ledger::Ledger l(*w->db);
    QString problem;
    QVERIFY2(l.checkInvariants(w->inwoner1, &problem), qPrintable(problem));
    QVERIFY(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'inwoner.geanonimiseerd'")) == 1);
    // Nothing can be read any more through the services.
    services::Dossier dossier(*w->ctx);
    QCOMPARE(dossier.overzicht(w->staff(w->medewerkerA), w->inwoner1).error.code, services::ErrorCode::NotFound);
}

// The scheduled run (regie-server's job bewaartermijn.verwerken): at most once per interval,
// each run one audit event that says what it did, the chain verifying after every run.
void TestPrivacy::retentionRunsOnScheduleAndIsAudited()
{
    services::Bewaartermijn bewaar(*w->ctx);
    const auto dag = std::chrono::hours(24);
    QCOMPARE(bewaar.verwerkIndienNodig(w->staff(w->medewerkerA), 12, dag).error.code, services::ErrorCode::Forbidden);
    QCOMPARE(bewaar.laatsteRun(w->staff(w->medewerkerA)).error.code, services::ErrorCode::Forbidden);
    QVERIFY(!bewaar.laatsteRun(w->staff(w->medewerkerA, Role::Beheerder)).value->has_value()); // never ran
    QVERIFY(bewaar.beeindig(Actor::systeem(), w->inwoner1, w->now.date()).ok());

    const auto eerste = bewaar.verwerkIndienNodig(Actor::systeem(), 12, dag);
    QVERIFY(eerste.ok() && eerste.value->has_value());
    QCOMPARE(eerste.value->value().geanonimiseerd, 0); // the period has not passed
    QVERIFY(audit::AuditLog::verify(*w->db).intact);
    w->advance(3600);
    QVERIFY(!bewaar.verwerkIndienNodig(Actor::systeem(), 12, dag).value->has_value()); // not due yet

    w->advance(qint64(400) * 24 * 3600);
    const auto tweede = bewaar.verwerkIndienNodig(Actor::systeem(), 12, dag);
    QVERIFY(tweede.ok() && tweede.value->has_value());
    QCOMPARE(tweede.value->value().geanonimiseerd, 1);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM inwoners WHERE status = 'geanonimiseerd'")), qint64(1));
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'bewaartermijn.verwerkt'")),
             qint64(2));
    QVERIFY(audit::AuditLog::verify(*w->db).intact);

    const auto laatste = bewaar.laatsteRun(w->staff(w->medewerkerA, Role::Beheerder));
    QVERIFY(laatste.ok() && laatste.value->has_value());
    const services::BewaarRun &run = laatste.value->value();
    QCOMPARE(run.moment, w->now);
    QCOMPARE(run.bewaarMaanden, 12);
    QCOMPARE(run.grens, w->now.date().addMonths(-12));
    QCOMPARE(run.geanonimiseerd, 1);
    QVERIFY(run.volledig);
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
