// SPDX-License-Identifier: EUPL-1.2
// SPDX-FileCopyrightText: 2026 Gemeente Utrecht

// regie::version names the commit a program was built from: the generated header must hold
// a real commit of this repository, and text() must say it the way --version prints it.

#include "version/Version.h"

#include <QtCore/QDir>
#include <QtCore/QProcess>
#include <QtCore/QRegularExpression>
#include <QtTest/QtTest>

class TestVersion : public QObject
{
    Q_OBJECT

private:
    static bool sourceIsGitCheckout()
    {
        return QFileInfo::exists(QStringLiteral(REGIE_SOURCE_DIR "/.git"))
               && !QStandardPaths::findExecutable(QStringLiteral("git")).isEmpty();
    }

    static int git(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(QStringLiteral(REGIE_SOURCE_DIR));
        p.start(QStringLiteral("git"), args);
        if (!p.waitForFinished(30000))
            return -1;
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void numberIsTheProjectVersion() { QCOMPARE(regie::version::number(), QStringLiteral(REGIE_PROJECT_VERSION)); }

    void commitIsAFullHashOrUnknown()
    {
        const QString commit = regie::version::commit();
        if (commit.isEmpty()) {
            QVERIFY2(!sourceIsGitCheckout(), "built from a git checkout, but the commit is unknown");
            return;
        }
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{40}$")).match(commit).hasMatch(), qPrintable(commit));
    }

    void commitBelongsToThisCheckout()
    {
        if (!sourceIsGitCheckout())
            QSKIP("the source is not a git checkout");
        const QString commit = regie::version::commit();
        QCOMPARE(git({QStringLiteral("cat-file"), QStringLiteral("-e"), commit + QStringLiteral("^{commit}")}), 0);
        // HEAD may have moved on since the build, never away from what was built.
        QCOMPARE(git({QStringLiteral("merge-base"), QStringLiteral("--is-ancestor"), commit, QStringLiteral("HEAD")}), 0);
    }

    void textNamesNumberCommitAndLocalChanges()
    {
        const QString text = regie::version::text();
        const QString commit = regie::version::commit();
        QVERIFY(text.startsWith(regie::version::number() + QStringLiteral(" (commit ")));
        QVERIFY(text.endsWith(QLatin1Char(')')));
        if (commit.isEmpty())
            QCOMPARE(text, regie::version::number() + QStringLiteral(" (commit unknown)"));
        else
            QVERIFY2(text.contains(QStringLiteral("(commit ") + commit.left(12)), qPrintable(text));
        QCOMPARE(text.contains(QStringLiteral(", local changes")), regie::version::dirty());
    }
};

QTEST_GUILESS_MAIN(TestVersion)
#include "tst_version.moc"
