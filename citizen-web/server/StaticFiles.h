#pragma once
// Serves the assets folder (CSS, fonts, JS, images) under /assets/. Only regular files
// inside the folder with a known extension are served; anything that could leave the
// folder (dot segments, encoded slashes or backslashes, symlinks pointing out) is a 404.
// Files are read once and kept in memory with a strong ETag (bounded total size).

#include <QtCore/QByteArray>
#include <QtCore/QDateTime>
#include <QtCore/QHash>
#include <QtCore/QString>

#include <optional>

namespace regie::web {

class StaticFiles {
public:
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
    static constexpr qint64 kMaxCacheBytes = 64 * 1024 * 1024;
    static constexpr int kMaxAgeSeconds = 3600;

    explicit StaticFiles(const QString &rootDir);

    struct File {
        QByteArray data;
        QByteArray mimeType;
        QByteArray etag; // quoted
    };
    // encodedRelPath: the raw (still percent-encoded) path after "/assets/".
    std::optional<File> lookup(const QByteArray &encodedRelPath);

    static QByteArray mimeTypeFor(const QString &fileName); // empty: not servable
    static bool safeRelativePath(const QByteArray &encodedRelPath, QString *decoded);

private:
    struct Cached {
        File file;
        QDateTime modified;
        qint64 size = 0;
    };
    QString root_; // canonical, empty when the folder does not exist
    QHash<QString, Cached> cache_;
    qint64 cachedBytes_ = 0;
};

} // namespace regie::web
