#pragma once
// One database connection with Regie's settings applied, and the single place where SQLite
// and PostgreSQL differ (Dialect). Services never open connections themselves: they are
// handed a Database, and every change runs inside a WriteTransaction.

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtSql/QSqlRecord>

#include <QtCore/QSet>

#include <memory>
#include <optional>
#include <unordered_map>

namespace regie::storage {

enum class Driver { Sqlite, Postgres };

struct DatabaseConfig {
    Driver driver = Driver::Sqlite;
    QString sqlitePath;       // file path; ":memory:" only for throwaway tests
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString name = QStringLiteral("regie");
    QString user = QStringLiteral("regie");
    QString password;
    int busyTimeoutMs = 10000;  // how long a writer waits for another writer (SQLite)
};

class Database {
public:
    // Opens a new named connection. A QSqlDatabase belongs to the thread that opened it:
    // open one Database per thread.
    static std::unique_ptr<Database> open(const DatabaseConfig &config, QString *error);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &db() { return db_; }
    Driver driver() const { return config_.driver; }
    const DatabaseConfig &config() const { return config_; }

    // Applies every migration newer than the stored schema version, each in its own
    // transaction. Safe to call on every start and from several processes.
    bool migrate(QString *error);
    int schemaVersion();

    // ---- Dialect: the only place where SQL differs per engine ------------------------
    // Starts a write transaction that serialises with other writers: SQLite BEGIN IMMEDIATE
    // takes the write lock up front (no upgrade deadlocks); PostgreSQL relies on row locks
    // taken with lockClause().
    bool beginWrite(QString *error);
    // Appended to a SELECT that reads rows the transaction will update. PostgreSQL takes
    // FOR NO KEY UPDATE: it serialises writers of the row but, unlike FOR UPDATE, does not
    // block other transactions' foreign-key checks against it (which deadlocked inserts).
    // With a table alias only that table's rows are locked, not every joined row.
    QString lockClause(const QString &alias = {}) const;
    // Rewrites {{pk}}, {{blob}}, {{bigint}} in DDL for this engine.
    QString ddl(QString sql) const;
    // Whether a transaction is open on this connection. Qt cannot tell (WriteTransaction runs
    // BEGIN itself), so the engine is asked: SQLite refuses BEGIN inside a transaction,
    // PostgreSQL refuses SAVEPOINT outside one. Neither probe changes anything.
    bool inTransaction();
    // Commits that do not wait for the disk (SQLite WAL synchronous=NORMAL, PostgreSQL
    // synchronous_commit=off), or back to this connection's durable default. Neither can
    // corrupt the database; a power cut may lose the last commits. For bulk loads that can
    // be repeated, through FastCommits.
    bool setFastCommits(bool fast);

    // Forgets every kept prepared statement (after DDL; also done by migrate()).
    void clearStatementCache();
    int cachedStatements() const { return static_cast<int>(statements_.size()); }

private:
    friend class Sql;
    friend class WriteTransaction;
    bool migrateLocked(QString *error);
    // Prepared statements kept per connection, keyed by their text, so a hot statement is
    // parsed and planned once instead of on every call (the parser was the largest single
    // cost of loading and of the overview). Sql borrows one; a text that is already
    // borrowed (a nested use of the same statement) gets a fresh query of its own.
    struct KeptStatement {
        std::unique_ptr<QSqlQuery> query;
        QSet<QString> placeholders; // every name ever bound: reset to NULL on each borrow
        bool returning = false;     // see Sql::returning_
        quint64 lastUse = 0;
        bool inUse = false;
    };
    static constexpr qsizetype kMaxKeptStatements = 256;
    KeptStatement *borrowStatement(const QString &statement);
    void giveBackStatement(const QString &statement, KeptStatement *kept);
    void evictOneStatement();

    Database() = default;
    DatabaseConfig config_;
    QString connectionName_;
    QSqlDatabase db_;
    // unique_ptr: a borrowed entry must keep its address while others are added.
    std::unordered_map<QString, std::unique_ptr<KeptStatement>> statements_;
    quint64 useCounter_ = 0;
    // One write transaction per connection at a time: a second BEGIN inside the first fails
    // on SQLite and, worse, is ignored on PostgreSQL, whose inner COMMIT then commits the
    // outer change half-way. Opening one inside another is a programmer error (a service
    // called from within a unit of work), asserted in WriteTransaction.
    bool writeOpen_ = false;
};

// RAII write transaction: rolls back unless commit() succeeded. One per service call, so
// the state change, the audit event, the ledger postings and the outbox rows commit together.
class WriteTransaction {
public:
    explicit WriteTransaction(Database &database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return open_; }
    const QString &error() const { return error_; }
    bool commit();
    void rollback();

private:
    Database &database_;
    bool open_ = false;
    QString error_;
};

// Fast commits for the lifetime of this object, then the durable default again (see
// Database::setFastCommits). Does nothing when `enabled` is false.
class FastCommits {
public:
    FastCommits(Database &database, bool enabled);
    ~FastCommits();
    FastCommits(const FastCommits &) = delete;
    FastCommits &operator=(const FastCommits &) = delete;

private:
    Database &database_;
    bool active_ = false;
};

// A prepared query that reports failures without ever printing bound values (which may be
// personal data).
class Sql {
public:
    Sql(Database &database, const QString &statement);
    ~Sql();
    Sql(const Sql &) = delete;
    Sql &operator=(const Sql &) = delete;
    Sql &bind(const QString &placeholder, const QVariant &value);
    bool exec();
    bool next();
    QVariant value(int index) const;
    QVariant value(const QString &name) const;
    qint64 int64(int index) const { return value(index).toLongLong(); }
    qint64 int64(const QString &name) const { return value(name).toLongLong(); }
    QString text(int index) const { return value(index).toString(); }
    QString text(const QString &name) const { return value(name).toString(); }
    bool isNull(int index) const { return value(index).isNull(); }
    bool isNull(const QString &name) const { return value(name).isNull(); }
    int numRowsAffected() const { return query_->numRowsAffected(); }
    QString error() const;
    QSqlQuery &raw() { return *query_; }

private:
    Database *database_ = nullptr;
    std::unique_ptr<QSqlQuery> own_;             // when no kept statement could be used
    Database::KeptStatement *kept_ = nullptr;    // borrowed from the connection's cache
    QSqlQuery *query_ = nullptr;
    QString statement_;
    bool prepared_ = false;
    // An INSERT/UPDATE ... RETURNING stays "in progress" in SQLite until stepped to the end,
    // which blocks COMMIT: exec() reads its single row into returned_ and finishes it.
    bool returning_ = false;
    bool returnedPending_ = false;
    bool onReturnedRow_ = false;
    QSqlRecord returned_;
};

// Timestamps are stored as ISO-8601 UTC text with milliseconds: sortable, portable, exact.
QString toDbTime(const QDateTime &moment);
QDateTime fromDbTime(const QString &text);
QString toDbDate(const QDate &date);
QDate fromDbDate(const QString &text);
// NULL for an empty optional.
QVariant nullable(const std::optional<qint64> &value);
QVariant nullableText(const QString &value);

} // namespace regie::storage
