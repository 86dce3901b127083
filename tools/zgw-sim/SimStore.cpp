#include "SimStore.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QUuid>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

namespace regie::zgwsim {

namespace {
const QString kOriginToken = QStringLiteral("@ORIGIN@");
}

SimStore::SimStore(const QString &file, QString origin)
    : file_(file.isEmpty() ? QStringLiteral(":memory:") : file), origin_(std::move(origin)),
      connection_(QStringLiteral("zgwsim-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

SimStore::~SimStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

bool SimStore::open(QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection_);
    db.setDatabaseName(file_);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    const QStringList ddl{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS resources (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                       "kind TEXT NOT NULL, uuid TEXT NOT NULL UNIQUE, zaak TEXT NOT NULL DEFAULT '', "
                       "identificatie TEXT NOT NULL DEFAULT '', organisatie TEXT NOT NULL DEFAULT '', "
                       "body TEXT NOT NULL)"),
        // Backs the ZGW rule "identificatie is unique within the organisation" in the store itself.
        QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS resources_ident ON resources(kind, organisatie, identificatie) "
                       "WHERE identificatie != ''"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS resources_zaak ON resources(kind, zaak)")};
    for (const QString &sql : ddl) {
        if (!q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

QString SimStore::toStored(const QJsonObject &body) const
{
    return QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)).replace(origin_, kOriginToken);
}

QJsonObject SimStore::fromStored(const QString &text) const
{
    QString json = text;
    json.replace(kOriginToken, origin_);
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

bool SimStore::insert(const StoredResource &r)
{
    if (count() >= kMaxResources)
        return false;
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("INSERT INTO resources(kind, uuid, zaak, identificatie, organisatie, body) "
                             "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?)"));
    q.addBindValue(r.kind);
    q.addBindValue(r.uuid);
    q.addBindValue(r.zaakUuid);
    q.addBindValue(r.identificatie);
    q.addBindValue(r.organisatie);
    q.addBindValue(toStored(r.body));
    if (q.exec())
        return true;
    // Constraint messages name columns, never values.
    qWarning("zgw-sim: insert failed: %s", qPrintable(q.lastError().text()));
    return false;
}

QList<StoredResource> SimStore::query(const QString &where, const QStringList &bindings) const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    q.prepare(QStringLiteral("SELECT kind, uuid, zaak, identificatie, organisatie, body FROM resources WHERE ")
              + where + QStringLiteral(" ORDER BY seq LIMIT ") + QString::number(kMaxResources));
    for (const QString &b : bindings)
        q.addBindValue(b);
    QList<StoredResource> out;
    if (!q.exec())
        return out;
    while (q.next()) {
        out.append(StoredResource{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                  q.value(3).toString(), q.value(4).toString(), fromStored(q.value(5).toString())});
    }
    return out;
}

std::optional<StoredResource> SimStore::find(const QString &kind, const QString &uuid) const
{
    const auto rows = query(QStringLiteral("kind = ? AND uuid = ?"), {kind, uuid});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

QList<StoredResource> SimStore::list(const QString &kind) const
{
    return query(QStringLiteral("kind = ?"), {kind});
}

QList<StoredResource> SimStore::listForZaak(const QString &kind, const QString &zaakUuid) const
{
    return query(QStringLiteral("kind = ? AND zaak = ?"), {kind, zaakUuid});
}

std::optional<StoredResource> SimStore::findByIdentificatie(const QString &kind, const QString &organisatie,
                                                            const QString &identificatie) const
{
    const auto rows = query(QStringLiteral("kind = ? AND organisatie = ? AND identificatie = ?"),
                            {kind, organisatie, identificatie});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

qsizetype SimStore::count() const
{
    QSqlQuery q(QSqlDatabase::database(connection_));
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM resources")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace regie::zgwsim
