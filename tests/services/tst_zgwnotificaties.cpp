// Notifications from the ZGW Notificaties API (services::ZgwNotificaties), on both engines:
// recorded and audited once however often they are delivered, only by the systeem actor.
#include "Fixture.h"

#include "services/ZgwNotificaties.h"

#include <QtTest/QtTest>

using namespace regie;
using fixture::World;
using services::OntvangenNotificatie;
using services::ZgwNotificaties;

class TestZgwNotificaties : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { w.reset(); }
    void recordedAndAuditedOnce();
    void onlyTheSysteem();

private:
    static OntvangenNotificatie notificatie(const QString &sleutel)
    {
        return {sleutel, QStringLiteral("zaken"), QStringLiteral("status"), QStringLiteral("create"),
                QStringLiteral("0b1f6e0e-4b9a-4a35-9b0a-5c6a1f7b2f10")};
    }
    qint64 audited() { return w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'notificatie.ontvangen'")); }
    std::unique_ptr<World> w;
};

void TestZgwNotificaties::init()
{
    w = std::make_unique<World>();
    w->build();
}

void TestZgwNotificaties::recordedAndAuditedOnce()
{
    ZgwNotificaties n(*w->ctx);
    const auto first = n.ontvang(Actor::systeem(), notificatie(QStringLiteral("k1")));
    QVERIFY2(first.ok(), qPrintable(first.error.message));
    QVERIFY(*first.value);
    QCOMPARE(*n.ontvang(Actor::systeem(), notificatie(QStringLiteral("k1"))).value, false); // redelivery
    QVERIFY(*n.ontvang(Actor::systeem(), notificatie(QStringLiteral("k2"))).value);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM zgw_notificaties")), qint64(2));
    QCOMPARE(audited(), qint64(2));
    // The trail names the zaak and the key by opaque references (AuditLog::opaqueRef), so no
    // digit group in a UUID can look like a BSN to the audit guard.
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM audit_events WHERE action = 'notificatie.ontvangen'"
                                     " AND (object_id LIKE '%0b1f6e0e%' OR details_json LIKE '%k1%')")),
             qint64(0));
    QVERIFY(audit::AuditLog::verify(*w->db).intact);
}

void TestZgwNotificaties::onlyTheSysteem()
{
    ZgwNotificaties n(*w->ctx);
    QCOMPARE(n.ontvang(w->staff(w->medewerkerA, Role::Beheerder), notificatie(QStringLiteral("k1"))).error.code,
             services::ErrorCode::Forbidden);
    QCOMPARE(n.ontvang(Actor::systeem(), notificatie(QString())).error.code, services::ErrorCode::Invalid);
    QCOMPARE(w->count(QStringLiteral("SELECT COUNT(*) FROM zgw_notificaties")), qint64(0));
    QCOMPARE(audited(), qint64(0));
}

QTEST_GUILESS_MAIN(TestZgwNotificaties)
#include "tst_zgwnotificaties.moc"
