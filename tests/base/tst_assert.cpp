// REGIE_ASSERT fires in every build type, also in this optimised (NDEBUG) test build.
#include "AssertTestSupport.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QProcess>
#include <QtTest/QTest>

namespace {

int checkedCents(long long cents)
{
    REGIE_ASSERT(cents >= 0);
    return static_cast<int>(cents);
}

} // namespace

class TestAssert : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void holdsWhenTrue();
    void firesWithHandler();
    void abortsInReleaseBuild();
};

void TestAssert::holdsWhenTrue()
{
    QCOMPARE(checkedCents(5), 5);
}

void TestAssert::firesWithHandler()
{
    QCOMPARE(regie::testsupport::assertionFiredBy([] { checkedCents(-1); }), QStringLiteral("cents >= 0"));
    QVERIFY(regie::testsupport::assertionFiredBy([] { checkedCents(1); }).isEmpty());
}

void TestAssert::abortsInReleaseBuild()
{
#ifndef NDEBUG
    qInfo("this build has NDEBUG unset; the check still runs");
#endif
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--fire")});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(child.readAllStandardError().contains("invariant failed: cents >= 0"));
}

int main(int argc, char **argv)
{
    if (argc == 2 && qstrcmp(argv[1], "--fire") == 0)
        return checkedCents(-7); // aborts
    QCoreApplication app(argc, argv);
    TestAssert test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_assert.moc"
