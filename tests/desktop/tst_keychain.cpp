// The refresh token goes to the OS keychain and nowhere else: store, read back, overwrite,
// remove, and a missing entry is an error. Runs inside dbus-run-session with an unlocked
// gnome-keyring (see CMakeLists.txt); XDG_DATA_HOME points into the build folder.

#include "app/TokenKeychain.h"

#include <QtCore/QDir>
#include <QtCore/QDirIterator>
#include <QtCore/QEventLoop>
#include <QtCore/QTimer>
#include <QtTest/QtTest>

#include <memory>

using regie::desk::TokenKeychain;

namespace {

// The loop is shared so a late callback (after the timeout) still finds it alive.
template <typename F>
void wait(F &&start)
{
    auto loop = std::make_shared<QEventLoop>();
    QTimer::singleShot(20000, loop.get(), &QEventLoop::quit);
    start([loop] { loop->quit(); });
    loop->exec();
}

} // namespace

class TestKeychain : public QObject {
    Q_OBJECT

private:
    TokenKeychain keychain;
    const QString key = TokenKeychain::key(QStringLiteral("http://127.0.0.1:8080"), QStringLiteral("anna"));

    bool store(const QString &secret)
    {
        bool ok = false;
        wait([&](auto done) { keychain.store(key, secret, [&, done](bool r, QString) { ok = r; done(); }); });
        return ok;
    }
    std::optional<QString> load()
    {
        std::optional<QString> out;
        wait([&](auto done) {
            keychain.load(key, [&, done](bool r, QString secret, QString) {
                if (r)
                    out = secret;
                done();
            });
        });
        return out;
    }

private Q_SLOTS:
    void keyNamesServerAndUser() { QCOMPARE(key, QStringLiteral("anna@http://127.0.0.1:8080")); }

    void storeReadOverwriteRemove()
    {
        QVERIFY2(store(QStringLiteral("refresh-token-1")), "is a Secret Service running (dbus-run-session + gnome-keyring)?");
        QCOMPARE(load().value_or(QString()), QStringLiteral("refresh-token-1"));
        QVERIFY(store(QStringLiteral("refresh-token-2"))); // rotation replaces the old token
        QCOMPARE(load().value_or(QString()), QStringLiteral("refresh-token-2"));
        bool removed = false;
        wait([&](auto done) { keychain.remove(key, [&, done](bool r, QString) { removed = r; done(); }); });
        QVERIFY(removed);
        QVERIFY(!load().has_value());
    }

    void nothingSecretInPlainFiles()
    {
        QVERIFY(store(QStringLiteral("plain-file-canary-7f3a")));
        // The keyring encrypts its file with the login password; our own folders hold nothing.
        const QStringList roots{qEnvironmentVariable("XDG_CONFIG_HOME"), QString(QDir::homePath() + QStringLiteral("/.config"))};
        for (const QString &root : roots) {
            if (root.isEmpty())
                continue;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                if (f.size() < 10'000'000 && f.open(QIODevice::ReadOnly))
                    QVERIFY2(!f.readAll().contains("plain-file-canary-7f3a"), qPrintable(f.fileName()));
            }
        }
        wait([&](auto done) { keychain.remove(key, [done](bool, QString) { done(); }); });
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
