#pragma once
// Where the master keys come from at startup. Three sources, in this order:
//   1. the environment variable REGIE_MASTER_KEY (containers, CI),
//   2. a configuration value (e.g. from regie.ini),
//   3. a key file, created with a fresh random key on first start.
//
// Text format (config value, environment variable and key file alike): entries separated
// by newlines or commas, each "<id>:<base64 of 32 bytes>"; a single bare base64 key means
// id 1. The LAST entry is the current key. Lines starting with '#' are comments.
//
// The key file must be private to its owner: on Unix-like systems a file that group or
// others can access is refused (Windows ACLs are not inspected; protect the folder).
// Files are written atomically (QSaveFile) under a QLockFile, so two processes starting
// together cannot each create a different key.
//
// Error messages name files and entry numbers but never contain key material.

#include "crypto/Keyring.h"

#include <QtCore/QString>
#include <QtCore/QStringView>

#include <optional>

namespace regie::crypto
{

class KeyStore
{
public:
    static constexpr char kEnvironmentVariable[] = "REGIE_MASTER_KEY";
    static constexpr qint64 kMaxKeyFileBytes = 16 * 1024;

    struct Result {
        std::optional<Keyring> keyring; // set on success, never empty then
        QString error; // set on failure, safe to log
        bool createdKeyFile = false;
        bool ok() const { return keyring.has_value(); }
    };

    static Result fromText(QStringView text);
    // Fails when REGIE_MASTER_KEY is unset or empty.
    static Result fromEnvironment();
    // Reads an existing key file; fails if it is missing, too open, too large or invalid.
    static Result loadKeyFile(const QString &path);
    // As loadKeyFile, but creates the file (and its folder) with one new key when missing.
    static Result loadOrCreateKeyFile(const QString &path);
    // Appends a new random key that becomes current; old keys stay for decryption.
    static Result rotateKeyFile(const QString &path);
    // Startup: environment variable, else configValue (if not empty), else the key file.
    static Result load(QStringView configValue, const QString &keyFilePath);

    // One entry line for a new key, e.g. to print for an operator who sets the
    // environment variable. Contains key material: show it once, never log it.
    static QString newKeyEntry(quint8 keyId);

    // Writes `keyring` to `path` atomically with owner-only permissions.
    static bool writeKeyFile(const QString &path, const Keyring &keyring, QString *error);
};

} // namespace regie::crypto
