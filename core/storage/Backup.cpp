#include "storage/Backup.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QProcess>
#include <QtCore/QTemporaryDir>
#include <QtSql/QSqlError>

namespace regie::storage {
namespace {

constexpr int kToolTimeoutMs = 60 * 60 * 1000; // a dump of a large store may take a while

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

bool runTool(const QString &program, const QStringList &arguments, const DatabaseConfig &config, QString *error)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!config.password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), config.password);
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForStarted(10'000)) {
        *error = program + QStringLiteral(" kan niet starten: installeer de PostgreSQL-clientprogramma's (postgresql-client)");
        return false;
    }
    if (!p.waitForFinished(kToolTimeoutMs) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QStringLiteral(" faalde: ") + QString::fromLocal8Bit(p.readAllStandardError()).trimmed().left(500);
        return false;
    }
    return true;
}

QStringList connection(const DatabaseConfig &c)
{
    return {QStringLiteral("--host"), c.host, QStringLiteral("--port"), QString::number(c.port), QStringLiteral("--username"),
            c.user, QStringLiteral("--dbname"), c.name, QStringLiteral("--no-password")};
}

bool sqliteIntact(const QString &path, QString *error)
{
    DatabaseConfig c;
    c.sqlitePath = path;
    std::unique_ptr<Database> copy = Database::open(c, error);
    if (!copy)
        return false;
    QSqlQuery q(copy->db());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next() || q.value(0).toString() != QLatin1String("ok")) {
        *error = QStringLiteral("de back-up is beschadigd (integrity_check: %1)").arg(q.value(0).toString().left(200));
        return false;
    }
    return true;
}

} // namespace

bool backup(Database &db, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        *error = QStringLiteral("%1 bestaat al: kies een nieuwe bestandsnaam").arg(target);
        return false;
    }
    if (db.driver() == Driver::Postgres) {
        if (!runTool(QStringLiteral("pg_dump"),
                     connection(db.config()) + QStringList{QStringLiteral("--format=custom"), QStringLiteral("--file"), target},
                     db.config(), error))
            return false;
    } else {
        // Written inside a fresh owner-only folder beside the target, then moved: personal
        // data never sits in a file others can read, not even for a moment.
        QTemporaryDir work(QFileInfo(target).absolutePath() + QStringLiteral("/.regie-backup-XXXXXX"));
        const QString inProgress = work.filePath(QStringLiteral("regie.sqlite"));
        QSqlQuery q(db.db());
        if (!work.isValid() || !q.prepare(QStringLiteral("VACUUM INTO :target"))) {
            *error = QStringLiteral("kan geen back-up schrijven in %1").arg(QFileInfo(target).absolutePath());
            return false;
        }
        q.bindValue(QStringLiteral(":target"), inProgress);
        if (!q.exec()) {
            *error = QStringLiteral("back-up mislukt: ") + q.lastError().text().left(300);
            return false;
        }
        if (!QFile::setPermissions(inProgress, kOwnerOnly) || !sqliteIntact(inProgress, error)
            || !QFile::rename(inProgress, target)) {
            if (error->isEmpty())
                *error = QStringLiteral("kan %1 niet schrijven").arg(target);
            return false;
        }
    }
    QFile::setPermissions(target, kOwnerOnly);
    return true;
}

bool restore(const QString &file, const DatabaseConfig &config, QString *error)
{
    if (!QFileInfo(file).isReadable()) {
        *error = QStringLiteral("kan %1 niet lezen").arg(file);
        return false;
    }
    if (config.driver == Driver::Postgres)
        return runTool(QStringLiteral("pg_restore"),
                       connection(config) + QStringList{QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error"), file},
                       config, error);
    if (QFileInfo::exists(config.sqlitePath)) {
        *error = QStringLiteral("%1 bestaat al: zet een back-up terug in een lege map").arg(config.sqlitePath);
        return false;
    }
    if (!sqliteIntact(file, error))
        return false;
    if (!QFile::copy(file, config.sqlitePath) || !QFile::setPermissions(config.sqlitePath, kOwnerOnly)) {
        *error = QStringLiteral("kan %1 niet schrijven").arg(config.sqlitePath);
        return false;
    }
    return true;
}

} // namespace regie::storage
