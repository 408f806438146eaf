#include "models/storage/database.h"

#include "models/storage/sqlitelibrary.h"
#include "models/storage/sqlitestatements.h"
#include "models/storage/unitofwork.h"
#include "models/storage/walcheckpointer.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace Fordran {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fordran-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

const QString kSqliteDriver = QStringLiteral("QSQLITE");
const QString kPostgresDriver = QStringLiteral("QPSQL");

/*! The version recorded in the database, or −1; \a db must be open. */
int readVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return 0;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !query.next())
        return -1;
    return query.value(0).isNull() ? 0 : query.value(0).toInt();
}

const QList<Migration> &builtInMigrations()
{
    static const QList<Migration> migrations = Migrations::load().valueOr({});
    return migrations;
}

} // namespace

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    // The checkpointer's connection first: the last connection to close copies the rest of the
    // log and removes it.
    m_checkpointer.reset();
    // SQLite closes no connection with statements left; Qt finalizes its own only.
    const QList<Sql::SqliteStatements *> statements = std::exchange(m_sqliteStatements, {});
    for (Sql::SqliteStatements *s : statements)
        s->databaseClosing();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_transactionDepth > 0 || m_reading)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::addSqliteStatements(Sql::SqliteStatements *statements)
{
    m_sqliteStatements.append(statements);
}

void Database::removeSqliteStatements(Sql::SqliteStatements *statements)
{
    m_sqliteStatements.removeOne(statements);
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseConfig &config, const QString &connectionName)
{
    return openConnection(config, connectionName, true);
}

Result<std::unique_ptr<Database>> Database::openReader(const DatabaseConfig &config)
{
    return openConnection(config, QString(), false);
}

Result<std::unique_ptr<Database>> Database::openConnection(const DatabaseConfig &config,
                                                           const QString &connectionName,
                                                           bool checkpoints)
{
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    if (QSqlDatabase::contains(name))
        return Error(tr("A database connection named %1 is already open").arg(name));

    const bool postgres = config.engine == Engine::Postgres;
    const QString driver = postgres ? kPostgresDriver : kSqliteDriver;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return Error(postgres ? tr("The PostgreSQL driver of Qt is not installed (Debian package libqt6sql6-psql)")
                              : tr("The SQLite driver of Qt is not installed (Debian package libqt6sql6-sqlite)"));
    }

    if (!postgres) {
        SqliteLibrary::configure(); // before the first SQLite connection of the process
        if (config.sqlitePath.isEmpty())
            return Error(tr("No SQLite database file was given"), QStringLiteral("db"));
        if (config.sqlitePath != u":memory:") {
            const QFileInfo file(config.sqlitePath);
            if (file.isDir())
                return Error(tr("%1 is a folder, not a database file").arg(config.sqlitePath), QStringLiteral("db"));
            if (!QDir().mkpath(file.absolutePath()))
                return Error(tr("Cannot create the folder %1").arg(file.absolutePath()), QStringLiteral("db"));
        }
    }

    // The unique_ptr owns the connection name from here on: any early return removes it again.
    std::unique_ptr<Database> database(new Database(config, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (postgres) {
            db.setHostName(config.host);
            db.setPort(config.port);
            db.setDatabaseName(config.database);
            db.setUserName(config.user);
            db.setPassword(config.password);
            QString options = QStringLiteral("connect_timeout=10");
            if (!config.options.isEmpty())
                options += u';' + config.options;
            db.setConnectOptions(options);
        } else {
            db.setDatabaseName(config.sqlitePath);
        }
        if (!db.open())
            return Error(tr("Cannot open the database %1").arg(config.displayName()), {}, db.lastError().text());
    }
    if (!postgres) {
        if (Status configured = database->configureSqlite(); !configured)
            return configured.error();
        if (checkpoints)
            database->startCheckpointer();
    }
    return database;
}

Status Database::configureSqlite()
{
    QSqlQuery query(connection());
    const QStringList pragmas{
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA busy_timeout=5000"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        // 64 MiB of page cache: a bulk import of many cases in one transaction stays in memory
        // instead of spilling pages to the WAL file before commit.
        QStringLiteral("PRAGMA cache_size=-65536"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        // Reads through a memory map instead of a copy per page (SQLite caps it at its built-in
        // limit, 2 GiB on Debian). The daily run reads most of a large database's case pages.
        QStringLiteral("PRAGMA mmap_size=2147418112"),
        // A long run of large transactions grows the log while the checkpointer copies it, up to
        // the checkpointer's limit (256 MiB of pages) and a transaction more; then the next
        // transaction starts the log over. The file keeps up to 320 MiB: written over, its pages
        // are in the operating system's cache already, where a file cut shorter (it was 64 MiB)
        // has to be grown again, each new page allocated and zeroed (measured on the daily run
        // of a million cases: 3.3 s against 3.9 s, the mean of four runs each).
        QStringLiteral("PRAGMA journal_size_limit=335544320"),
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return Error(tr("Cannot set up the SQLite database %1").arg(m_config.sqlitePath), {},
                         pragma + u": " + query.lastError().text());
        query.finish();
    }
    return {};
}

void Database::startCheckpointer()
{
    if (m_config.sqlitePath == u":memory:")
        return;
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next()
        || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return; // no log to copy (a file system without WAL support keeps the rollback journal)
    query.finish();
    m_checkpointer = WalCheckpointer::start(m_config.sqlitePath);
    // Without the thread, SQLite's own checkpoint inside the commits stays on.
    if (m_checkpointer && !query.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
        m_checkpointer.reset();
}

void Database::waitForCheckpoints()
{
    if (m_checkpointer)
        m_checkpointer->waitIdle();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return readVersion(connection());
}

int Database::latestSchemaVersion()
{
    const QList<Migration> &migrations = builtInMigrations();
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Status Database::migrate()
{
    const Result<QList<Migration>> migrations = Migrations::load();
    if (!migrations)
        return migrations.error();
    return migrate(*migrations);
}

Status Database::migrate(const QList<Migration> &migrations)
{
    const int current = schemaVersion();
    if (current < 0)
        return Error(tr("Cannot read the schema version of %1").arg(m_config.displayName()), {},
                     connection().lastError().text());
    const int newest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (current > newest)
        return Error(tr("The database %1 has schema version %2, newer than this program knows (%3): "
                        "update Fordran")
                         .arg(m_config.displayName())
                         .arg(current)
                         .arg(newest));
    for (const Migration &migration : migrations) {
        if (migration.version <= current)
            continue;
        if (Status applied = applyMigration(migration); !applied)
            return applied;
    }
    return {};
}

Status Database::applyMigration(const Migration &migration)
{
    const auto failed = [&](const QString &detail) {
        return Error(tr("Database migration %1 (%2) failed").arg(migration.version).arg(migration.name), {}, detail);
    };
    // Comments are dropped first, so they may mention {{TOKENS}} freely.
    QStringList statements;
    for (const QString &statement : SqlDialect::splitStatements(migration.sql)) {
        const Result<QString> expanded = SqlDialect::expand(statement, engine());
        if (!expanded)
            return failed(expanded.error().message);
        statements.append(*expanded);
    }

    UnitOfWork unit(*this);
    if (!unit.ok())
        return unit.status();
    QSqlQuery query(connection());
    if (engine() == Engine::Postgres) {
        // Two workstations upgrading at once: the second waits here, then finds the step done.
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4711020001)")))
            return failed(query.lastError().text());
        query.finish();
    }
    const int current = readVersion(connection());
    if (current < 0)
        return failed(connection().lastError().text());
    if (current >= migration.version)
        return unit.commit();

    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return failed(query.lastError().text() + u"\n" + statement);
        query.finish();
    }
    query.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
    query.addBindValue(migration.version);
    query.addBindValue(QDateTime::currentDateTimeUtc());
    if (!query.exec())
        return failed(query.lastError().text());
    return unit.commit();
}

Status Database::beginTransaction()
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        return {};
    }
    if (m_reading)
        return Error(tr("Cannot start a database transaction inside a read snapshot"));
    QSqlDatabase db = connection();
    bool started = false;
    if (engine() == Engine::Sqlite) {
        if (m_checkpointer)
            m_checkpointer->beforeWrite(); // lets a long-grown log start over
        // IMMEDIATE takes the write lock at once, so two writers queue on busy_timeout instead of
        // one failing later when it upgrades a read lock.
        QSqlQuery query(db);
        started = query.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!started)
            return Error(tr("Cannot start a database transaction"), {}, query.lastError().text());
    } else {
        started = db.transaction();
        if (!started)
            return Error(tr("Cannot start a database transaction"), {}, db.lastError().text());
    }
    m_transactionDepth = 1;
    m_rollbackOnly = false;
    return {};
}

Status Database::commitTransaction()
{
    if (m_transactionDepth <= 0)
        return Error(tr("No database transaction to commit"));
    if (--m_transactionDepth > 0)
        return {};
    QSqlDatabase db = connection();
    if (m_rollbackOnly) {
        m_rollbackOnly = false;
        db.rollback();
        return Error(tr("The changes were not saved because a step of them failed"));
    }
    if (engine() == Engine::Sqlite) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("COMMIT"))) {
            const QString detail = query.lastError().text();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return Error(tr("Cannot save the changes"), {}, detail);
        }
        if (m_checkpointer)
            m_checkpointer->request();
    } else if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return Error(tr("Cannot save the changes"), {}, detail);
    }
    return {};
}

Result<qint64> Database::dataVersion()
{
    if (engine() != Engine::Sqlite)
        return Error(tr("PostgreSQL has no data version"));
    QSqlQuery query(connection());
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return Error(tr("Cannot read the data version"), {}, query.lastError().text());
    return query.value(0).toLongLong();
}

Status Database::beginRead()
{
    if (m_transactionDepth > 0 || m_reading)
        return Error(tr("A read snapshot cannot start inside another transaction"));
    QSqlQuery query(connection());
    const QString sql = engine() == Engine::Sqlite
        ? QStringLiteral("BEGIN DEFERRED")
        : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!query.exec(sql))
        return Error(tr("Cannot start a database transaction"), {}, query.lastError().text());
    m_reading = true;
    return {};
}

void Database::endRead()
{
    if (!m_reading)
        return;
    m_reading = false;
    // Nothing was written: ending it either way only lets the snapshot go.
    QSqlQuery(connection()).exec(QStringLiteral("ROLLBACK"));
}

void Database::rollbackTransaction()
{
    if (m_transactionDepth <= 0)
        return;
    if (--m_transactionDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_rollbackOnly = false;
    QSqlDatabase db = connection();
    if (engine() == Engine::Sqlite)
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    else
        db.rollback();
}

} // namespace Fordran
