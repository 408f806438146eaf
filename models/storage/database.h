#pragma once

#include "models/domain/result.h"
#include "models/storage/databaseconfig.h"
#include "models/storage/migrations.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace Fordran {

namespace Sql {
class SqliteStatements;
}
class UnitOfWork;
class WalCheckpointer;

/*!
 * One open connection to the Fordran database, SQLite or PostgreSQL.
 *
 * open() adds a named QSqlDatabase connection and opens it; the destructor closes it and removes
 * the name. A SQLite file is created with its folder if missing and set up with
 * journal_mode=WAL, foreign_keys=ON, busy_timeout=5000, synchronous=NORMAL, a 64 MiB page cache
 * and memory-mapped reads (mmap_size, up to SQLite's built-in limit of 2 GiB: pages are read from
 * the operating system's cache without a copy). Its write-ahead log is copied back into the file
 * by a WalCheckpointer on a thread of its own, not inside the commits (see walcheckpointer.h).
 *
 * Threads: a connection belongs to the thread that opened it (a Qt SQL rule). Every thread that
 * touches the database opens its own Database, with its own connection name, and builds its own
 * repositories on it. Repositories and queries made on a Database must be destroyed before it.
 *
 * Schema: migrate() applies the numbered migrations (resources/migrations, see migrations.h)
 * that the database does not have yet, each in its own transaction, and records each in the
 * table schema_version(version, applied_at).
 */
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    using Engine = DatabaseConfig::Engine;

    /*! Opens \a config; \a connectionName defaults to a fresh unique name. */
    static Result<std::unique_ptr<Database>> open(const DatabaseConfig &config,
                                                  const QString &connectionName = {});
    /*!
     * Opens a second connection to \a config for reading beside a writer, e.g. on another
     * thread: set up as open() does, but without a checkpointer of its own (the writer's copies
     * the log) and not to be migrated.
     */
    static Result<std::unique_ptr<Database>> openReader(const DatabaseConfig &config);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    /*! Applies the built-in migrations that are pending. */
    Status migrate();
    /*!
     * Applies those of \a migrations (ascending versions) above the current version, each in one
     * transaction: a failing migration changes nothing and leaves the version where it was.
     * A database newer than the newest migration is refused.
     */
    Status migrate(const QList<Migration> &migrations);

    /*! The highest applied migration; 0 for an empty database, −1 if it cannot be read. */
    int schemaVersion() const;
    /*! The newest built-in migration. */
    static int latestSchemaVersion();

    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }
    Engine engine() const { return m_config.engine; }
    const DatabaseConfig &config() const { return m_config; }

    /*! True if a SQLite file's log is checkpointed on a thread of its own (see WalCheckpointer). */
    bool checkpointsInBackground() const { return m_checkpointer != nullptr; }
    /*! Waits until the background checkpoints asked for so far are done; at once without them. */
    void waitForCheckpoints();
    /*! The background checkpointer, or null (tests, tuning). */
    WalCheckpointer *checkpointer() const { return m_checkpointer.get(); }

    /*! True while a UnitOfWork is open on this connection. */
    bool inTransaction() const { return m_transactionDepth > 0; }

    /*!
     * Statements made straight on this SQLite connection (Sql::SqliteStatements::attachTo):
     * finalized before the connection closes, should they outlive this Database.
     */
    void addSqliteStatements(Sql::SqliteStatements *statements);
    void removeSqliteStatements(Sql::SqliteStatements *statements);

    /*!
     * SQLite: a number that changes when another connection (another thread's, another
     * program's) has committed changes since this connection last asked; this connection's own
     * commits leave it as it is (PRAGMA data_version). PostgreSQL has no such number: an Error.
     */
    Result<qint64> dataVersion();

    /*!
     * Starts a read-only snapshot: until endRead(), the statements on this connection see the
     * database as it was at the first of them, whatever other connections commit meanwhile.
     * SQLite: a deferred transaction, which takes no write lock. PostgreSQL: a REPEATABLE READ,
     * READ ONLY transaction. Not inside a UnitOfWork.
     */
    Status beginRead();
    /*! Ends the snapshot of beginRead(). */
    void endRead();

private:
    Database(DatabaseConfig config, QString connectionName);
    static Result<std::unique_ptr<Database>> openConnection(const DatabaseConfig &config,
                                                            const QString &connectionName,
                                                            bool checkpoints);

    Status configureSqlite();
    void startCheckpointer();
    Status applyMigration(const Migration &migration);

    // Used by UnitOfWork only: nested units join the outermost transaction.
    friend class UnitOfWork;
    Status beginTransaction();
    Status commitTransaction();
    void rollbackTransaction();

    DatabaseConfig m_config;
    QString m_connectionName;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_reading = false;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    QList<Sql::SqliteStatements *> m_sqliteStatements;
};

} // namespace Fordran
