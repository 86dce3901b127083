// The withdrawal lifecycle table: its shape, and that docs/ARCHITECTURE.md draws exactly it.
#include "domain/Lifecycle.h"

#include <QtCore/QFile>
#include <QtCore/QSet>
#include <QtTest/QTest>

using namespace regie;
using lifecycle::Actie;

class TestLifecycle : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void finalStatesHaveNoWayOut();
    void everyWaitingStateCanEnd();
    void oneRowPerStatusAndAction();
    void whoMayTakeAStep();
    void docsDrawTheTable();
};

void TestLifecycle::finalStatesHaveNoWayOut()
{
    // Decided is decided; the one way out is the system's, when Allegro refuses a payment
    // order for good after Regie paid it: the money must come back (Mislukt).
    for (const auto &o : lifecycle::overgangen()) {
        if (o.van == VerzoekStatus::Uitgevoerd) {
            QCOMPARE(o.actie, Actie::Mislukt);
            QCOMPARE(o.wie, QList<Role>{Role::Systeem});
            QVERIFY(o.effecten & lifecycle::Terugboeken);
            continue;
        }
        QVERIFY2(!isFinal(o.van), qPrintable(toCode(o.van)));
    }
    for (VerzoekStatus s : {VerzoekStatus::NietGelukt, VerzoekStatus::Afgewezen, VerzoekStatus::Geweigerd}) {
        for (Actie a : {Actie::Mislukt, Actie::Akkoord, Actie::Weigeren, Actie::Intrekken, Actie::Verlopen})
            QVERIFY(!lifecycle::zoek(s, a, Role::Systeem) && !lifecycle::zoek(s, a, Role::Medewerker));
    }
}

void TestLifecycle::everyWaitingStateCanEnd()
{
    // A request that waits can always be decided, withdrawn and expire: nothing waits forever.
    for (VerzoekStatus s : {VerzoekStatus::WachtOpAkkoord, VerzoekStatus::WachtOpTweedeAkkoord}) {
        QVERIFY(lifecycle::zoek(s, Actie::Akkoord, Role::Medewerker));
        QVERIFY(lifecycle::zoek(s, Actie::Weigeren, Role::Medewerker));
        QVERIFY(lifecycle::zoek(s, Actie::Intrekken, Role::Inwoner));
        QVERIFY(lifecycle::zoek(s, Actie::Verlopen, Role::Systeem));
    }
    QVERIFY(lifecycle::zoek(VerzoekStatus::Concept, Actie::Annuleer, Role::Inwoner));
    QVERIFY(lifecycle::zoek(VerzoekStatus::Concept, Actie::Vervallen, Role::Systeem));
}

void TestLifecycle::oneRowPerStatusAndAction()
{
    QSet<QString> seen;
    for (const auto &o : lifecycle::overgangen()) {
        const QString key = toCode(o.van) + u'/' + lifecycle::toCode(o.actie);
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY(!o.wie.isEmpty());
    }
}

void TestLifecycle::whoMayTakeAStep()
{
    // Only a medewerker or teamleider decides; only the inwoner confirms or withdraws; only
    // the system lets a request expire.
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Akkoord, Role::Inwoner));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Akkoord, Role::Beheerder));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Akkoord, Role::Ketenpartner));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::Concept, Actie::Uitvoeren, Role::Medewerker));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Intrekken, Role::Medewerker));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Verlopen, Role::Medewerker));
    // Not from a final state, whoever asks.
    QVERIFY(!lifecycle::zoek(VerzoekStatus::Uitgevoerd, Actie::Weigeren, Role::Medewerker));
    QVERIFY(!lifecycle::zoek(VerzoekStatus::Geweigerd, Actie::Akkoord, Role::Medewerker));
    // Four eyes: the first approval only from the first waiting state.
    QVERIFY(!lifecycle::zoek(VerzoekStatus::WachtOpTweedeAkkoord, Actie::EersteAkkoord, Role::Medewerker));
    // Every refusal leaves Regie (seed, postconditie 1b): also the one the rules make.
    const auto *af = lifecycle::zoek(VerzoekStatus::Concept, Actie::Afwijzen, Role::Inwoner);
    QVERIFY(af && (af->effecten & lifecycle::ZaakAfronden) && (af->effecten & lifecycle::BerichtAllegro));
    const auto *o = lifecycle::zoek(VerzoekStatus::WachtOpAkkoord, Actie::Weigeren, Role::Teamleider);
    QVERIFY(o);
    QCOMPARE(o->naar, VerzoekStatus::Geweigerd);
    QVERIFY(o->effecten & lifecycle::HoldVrijgeven);
}

void TestLifecycle::docsDrawTheTable()
{
    QFile doc(QStringLiteral(REGIE_SOURCE_DIR "/docs/ARCHITECTURE.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    QVERIFY2(text.contains(lifecycle::alsMarkdown()),
             qPrintable(QStringLiteral("docs/ARCHITECTURE.md must carry the table exactly:\n") + lifecycle::alsMarkdown()));
}

QTEST_APPLESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
