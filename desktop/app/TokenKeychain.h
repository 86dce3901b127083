#pragma once
// Keeps the refresh token in the operating system's keychain (Windows Credential Manager,
// macOS Keychain, Secret Service on Linux) through QtKeychain, service "regie-desk", one
// entry per server and user. The access token lives only in memory. No plain-file fallback:
// without a keychain the user simply logs in again next time.

#include <QtCore/QObject>
#include <QtCore/QString>

#include <functional>

namespace regie::desk {

class TokenKeychain : public QObject {
    Q_OBJECT
public:
    static constexpr const char *kService = "regie-desk";

    explicit TokenKeychain(QObject *parent = nullptr);

    static QString key(const QString &server, const QString &username);

    // Each answers asynchronously; ok is false when the keychain refused or has no entry.
    void store(const QString &key, const QString &secret, std::function<void(bool ok, QString error)> done);
    void load(const QString &key, std::function<void(bool ok, QString secret, QString error)> done);
    void remove(const QString &key, std::function<void(bool ok, QString error)> done);
};

} // namespace regie::desk
