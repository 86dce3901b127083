#include "crypto/KeyStore.h"

#include "crypto/Random.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QSaveFile>

#include <algorithm>

namespace regie::crypto
{

namespace
{

constexpr int kLockTimeoutMs = 10'000;
constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

KeyStore::Result failure(const QString &error)
{
    KeyStore::Result result;
    result.error = error;
    return result;
}

std::optional<QByteArray> decodeKey(QStringView text)
{
    auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Keyring::kKeyBytes)
        return std::nullopt;
    return *decoded;
}

QList<QStringView> entriesOf(QStringView text)
{
    QList<QStringView> entries;
    for (QStringView line : text.split(u'\n')) {
        line = line.trimmed();
        if (line.startsWith(u'#'))
            continue;
        for (QStringView part : line.split(u',')) {
            part = part.trimmed();
            if (!part.isEmpty())
                entries.append(part);
        }
    }
    return entries;
}

bool parseEntry(QStringView entry, bool bareAllowed, int position, Keyring &keyring, QString *error)
{
    int id = 1;
    QStringView keyText = entry;
    const qsizetype colon = entry.indexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        id = entry.first(colon).toInt(&ok);
        if (!ok || id < 0 || id > 255) {
            *error = QCoreApplication::translate(
                "regie::crypto::KeyStore", "Key entry %1 has an invalid key id (use 0 to 255).")
                         .arg(position);
            return false;
        }
        keyText = entry.sliced(colon + 1);
    } else if (!bareAllowed) {
        *error = QCoreApplication::translate("regie::crypto::KeyStore",
            "Key entry %1 has no key id; write <id>:<key> when there are several "
            "keys.")
                     .arg(position);
        return false;
    }
    const std::optional<QByteArray> key = decodeKey(keyText);
    if (!key) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Key entry %1 is not a base64 encoded 32-byte key.")
                     .arg(position);
        return false;
    }
    return keyring.add(static_cast<quint8>(id), *key, error);
}

// Group/other access bits; only meaningful where QFile permissions map onto the OS.
bool tooOpen(const QString &path)
{
#ifdef Q_OS_UNIX
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    return (QFile::permissions(path) & others) != 0;
#else
    Q_UNUSED(path);
    return false;
#endif
}

KeyStore::Result readKeyFileUnlocked(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 does not exist.")
                           .arg(path));
    if (!info.isFile())
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 is not a regular file.")
                           .arg(path));
    if (tooOpen(path))
        return failure(QCoreApplication::translate("regie::crypto::KeyStore",
            "The key file %1 can be read or changed by other users. Refusing to "
            "start. Make it private, for example: chmod 600 %1")
                           .arg(path));
    if (info.size() > KeyStore::kMaxKeyFileBytes)
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 is too large to be a key file.")
                           .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot read the key file %1: %2")
                           .arg(path, file.errorString()));
    const QByteArray content = file.read(KeyStore::kMaxKeyFileBytes + 1);
    if (content.size() > KeyStore::kMaxKeyFileBytes)
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 is too large to be a key file.")
                           .arg(path));
    KeyStore::Result result = KeyStore::fromText(QString::fromUtf8(content));
    if (!result.ok())
        result.error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 is invalid: %2")
                           .arg(path, result.error);
    return result;
}

QString serialise(const Keyring &keyring)
{
    QString text = QStringLiteral(
        "# Regie master keys. Keep this file private and backed up: without it, encrypted\n"
        "# personal data cannot be read. The last key is used for new data.\n");
    for (quint8 id : keyring.keyIds()) {
        text += QString::number(id) + QLatin1Char(':')
            + QString::fromLatin1(keyring.key(id).value_or(QByteArray()).toBase64())
            + QLatin1Char('\n');
    }
    return text;
}

bool lock(QLockFile &lockFile, const QString &path, QString *error)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot create the folder for the key file %1.")
                     .arg(path);
        return false;
    }
    if (!lockFile.tryLock(kLockTimeoutMs)) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Another process holds the lock on the key file %1.")
                     .arg(path);
        return false;
    }
    return true;
}

} // namespace

KeyStore::Result KeyStore::fromText(QStringView text)
{
    const QList<QStringView> entries = entriesOf(text);
    if (entries.isEmpty())
        return failure(
            QCoreApplication::translate("regie::crypto::KeyStore", "No master key was given."));
    if (entries.size() > Keyring::kMaxKeys)
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "Too many master keys (at most %1).")
                           .arg(Keyring::kMaxKeys));
    Keyring keyring;
    QString error;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (!parseEntry(entries[i], entries.size() == 1, static_cast<int>(i + 1), keyring, &error))
            return failure(error);
    }
    Result result;
    result.keyring = std::move(keyring);
    return result;
}

KeyStore::Result KeyStore::fromEnvironment()
{
    const QString value = qEnvironmentVariable(kEnvironmentVariable);
    if (value.trimmed().isEmpty())
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The environment variable %1 is not set.")
                           .arg(QLatin1String(kEnvironmentVariable)));
    Result result = fromText(value);
    if (!result.ok())
        result.error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "The environment variable %1 is invalid: %2")
                           .arg(QLatin1String(kEnvironmentVariable), result.error);
    return result;
}

KeyStore::Result KeyStore::loadKeyFile(const QString &path)
{
    return readKeyFileUnlocked(path);
}

KeyStore::Result KeyStore::loadOrCreateKeyFile(const QString &path)
{
    if (QFileInfo::exists(path))
        return readKeyFileUnlocked(path);
    QLockFile lockFile(path + QStringLiteral(".lock"));
    QString error;
    if (!lock(lockFile, path, &error))
        return failure(error);
    // Another process may have created it while we waited for the lock.
    if (QFileInfo::exists(path))
        return readKeyFileUnlocked(path);
    Keyring keyring;
    keyring.add(1, randomBytes(static_cast<int>(Keyring::kKeyBytes)));
    if (!writeKeyFile(path, keyring, &error))
        return failure(error);
    // Read back what is on disk, so permissions and content are checked like any start.
    Result result = readKeyFileUnlocked(path);
    result.createdKeyFile = result.ok();
    return result;
}

KeyStore::Result KeyStore::rotateKeyFile(const QString &path)
{
    QLockFile lockFile(path + QStringLiteral(".lock"));
    QString error;
    if (!lock(lockFile, path, &error))
        return failure(error);
    Result current = readKeyFileUnlocked(path);
    if (!current.ok())
        return current;
    const QList<quint8> ids = current.keyring->keyIds();
    const quint8 highest = *std::max_element(ids.begin(), ids.end());
    if (highest == 255)
        return failure(QCoreApplication::translate(
            "regie::crypto::KeyStore", "The key file %1 has no free key id left.")
                           .arg(path));
    if (!current.keyring->add(static_cast<quint8>(highest + 1),
            randomBytes(static_cast<int>(Keyring::kKeyBytes)), &error))
        return failure(error);
    if (!writeKeyFile(path, *current.keyring, &error))
        return failure(error);
    return readKeyFileUnlocked(path);
}

KeyStore::Result KeyStore::load(QStringView configValue, const QString &keyFilePath)
{
    if (!qEnvironmentVariable(kEnvironmentVariable).trimmed().isEmpty())
        return fromEnvironment();
    if (!configValue.trimmed().isEmpty()) {
        Result result = fromText(configValue);
        if (!result.ok())
            result.error = QCoreApplication::translate(
                "regie::crypto::KeyStore", "The configured master key is invalid: %1")
                               .arg(result.error);
        return result;
    }
    return loadOrCreateKeyFile(keyFilePath);
}

QString KeyStore::newKeyEntry(quint8 keyId)
{
    return QString::number(keyId) + QLatin1Char(':')
        + QString::fromLatin1(randomBytes(static_cast<int>(Keyring::kKeyBytes)).toBase64());
}

bool KeyStore::writeKeyFile(const QString &path, const Keyring &keyring, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot write the key file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // Restrict the temporary file before any key byte is written to it.
    if (!file.setPermissions(kOwnerOnly)) {
        file.cancelWriting();
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot make the key file %1 private.")
                     .arg(path);
        return false;
    }
    const QByteArray content = serialise(keyring).toUtf8();
    if (file.write(content) != content.size() || !file.commit()) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot write the key file %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    // The rename may not carry permissions everywhere; set them on the final file too.
    if (!QFile::setPermissions(path, kOwnerOnly)) {
        *error = QCoreApplication::translate(
            "regie::crypto::KeyStore", "Cannot make the key file %1 private.")
                     .arg(path);
        return false;
    }
    return true;
}

} // namespace regie::crypto
