#include "server/StaticFiles.h"

#include "crypto/Hash.h"

#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>

namespace regie::web {

StaticFiles::StaticFiles(const QString &rootDir)
{
    const QFileInfo info(rootDir);
    if (!rootDir.isEmpty() && info.isDir())
        root_ = info.canonicalFilePath();
}

QByteArray StaticFiles::mimeTypeFor(const QString &fileName)
{
    static const QHash<QString, QByteArray> types = {
        {QStringLiteral("css"), "text/css; charset=utf-8"},
        {QStringLiteral("js"), "text/javascript; charset=utf-8"},
        {QStringLiteral("mjs"), "text/javascript; charset=utf-8"},
        {QStringLiteral("map"), "application/json"},
        {QStringLiteral("json"), "application/json"},
        {QStringLiteral("webmanifest"), "application/manifest+json"},
        {QStringLiteral("woff2"), "font/woff2"},
        {QStringLiteral("woff"), "font/woff"},
        {QStringLiteral("ttf"), "font/ttf"},
        {QStringLiteral("otf"), "font/otf"},
        {QStringLiteral("svg"), "image/svg+xml"},
        {QStringLiteral("png"), "image/png"},
        {QStringLiteral("jpg"), "image/jpeg"},
        {QStringLiteral("jpeg"), "image/jpeg"},
        {QStringLiteral("gif"), "image/gif"},
        {QStringLiteral("webp"), "image/webp"},
        {QStringLiteral("ico"), "image/x-icon"},
        {QStringLiteral("txt"), "text/plain; charset=utf-8"},
        {QStringLiteral("pdf"), "application/pdf"},
    };
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    return types.value(fileName.mid(dot + 1).toLower());
}

bool StaticFiles::safeRelativePath(const QByteArray &encodedRelPath, QString *decoded)
{
    if (encodedRelPath.isEmpty() || encodedRelPath.size() > 512)
        return false;
    // Encoded separators and NUL would let a "segment" carry a path of its own.
    const QByteArray lower = encodedRelPath.toLower();
    if (lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00") || lower.contains('\\'))
        return false;
    const QString path = QString::fromUtf8(QByteArray::fromPercentEncoding(encodedRelPath));
    if (path.contains(QChar::ReplacementCharacter) || path.startsWith(QLatin1Char('/')))
        return false;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        // Empty, ".", ".." and hidden names (".git", ".htaccess") are never assets.
        if (part.isEmpty() || part.startsWith(QLatin1Char('.')) || part.contains(QLatin1Char(':')))
            return false;
        for (QChar c : part) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return false;
        }
    }
    *decoded = path;
    return true;
}

std::optional<StaticFiles::File> StaticFiles::lookup(const QByteArray &encodedRelPath)
{
    QString rel;
    if (root_.isEmpty() || !safeRelativePath(encodedRelPath, &rel))
        return std::nullopt;
    const QByteArray mime = mimeTypeFor(rel);
    if (mime.isEmpty())
        return std::nullopt;
    const QFileInfo info(root_ + QLatin1Char('/') + rel);
    if (!info.exists() || !info.isFile() || info.size() > kMaxFileBytes)
        return std::nullopt;
    // A symlink inside the folder may point anywhere: judge where it really leads.
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty() || !canonical.startsWith(root_ + QLatin1Char('/')))
        return std::nullopt;

    const auto it = cache_.constFind(canonical);
    if (it != cache_.constEnd() && it->modified == info.lastModified() && it->size == info.size())
        return it->file;

    QFile f(canonical);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    File file;
    file.data = f.read(kMaxFileBytes + 1);
    if (file.data.size() > kMaxFileBytes)
        return std::nullopt;
    file.mimeType = mime;
    file.etag = '"' + crypto::sha256(file.data).toHex().left(32) + '"';

    if (it != cache_.constEnd())
        cachedBytes_ -= it->size;
    if (cachedBytes_ + file.data.size() <= kMaxCacheBytes) {
        cache_.insert(canonical, Cached{file, info.lastModified(), file.data.size()});
        cachedBytes_ += file.data.size();
    } else {
        cache_.remove(canonical);
    }
    return file;
}

} // namespace regie::web
