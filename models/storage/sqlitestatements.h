#pragma once

// Statements run straight on the SQLite library, under Qt's SQLite driver. Not for use outside
// models/storage (StatementCache uses it).

#include <QHash>
#include <QSqlError>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

class QSqlDatabase;

namespace Fordran {
class Database;
}

namespace Fordran::Sql {

/*!
 * Prepared statements on the SQLite connection of a QSqlDatabase, for statements that give no
 * rows and run many times in a row (the daily run's and the imports' writes).
 *
 * Qt's QSqlQuery::bindValue() makes a placeholder name and looks it up in a hash for every
 * value bound: a fifth of the time the daily run spent binding and executing. This binds the
 * values itself, each exactly as Qt's SQLite driver would (bind()), so both paths store the same.
 * The statements are finalized by the destructor, or before the connection closes by the
 * Database they are attached to (StatementCache attaches them).
 */
class SqliteStatements final
{
public:
    /*!
     * The SQLite connection under \a db, or null when it is not an open SQLite connection of the
     * SQLite library Fordran links (the one Qt's driver uses on Debian).
     */
    static sqlite3 *handleOf(const QSqlDatabase &db);

    explicit SqliteStatements(sqlite3 *handle);
    ~SqliteStatements();
    Q_DISABLE_COPY_MOVE(SqliteStatements)

    /*!
     * Registers with \a database, the owner of the connection: it calls databaseClosing() before
     * it closes the connection, should these statements still exist then (SQLite closes no
     * connection with statements left, and Qt's driver finalizes only its own).
     */
    void attachTo(Database &database);
    /*! Finalizes every statement and forgets the Database; execute() fails from then on. */
    void databaseClosing();

    /*!
     * Runs \a sql (prepared on first use) with \a values bound by position. True with the
     * number of rows it changed in \a changed; false with the error in \a error (its native
     * code is SQLite's extended result code, as Qt's driver reports it).
     */
    bool execute(const QString &sql, const QVariantList &values, int &changed, QSqlError &error);

    /*! Binds \a value to parameter \a index (from 1) as Qt's SQLite driver does; SQLite's code. */
    static int bind(sqlite3_stmt *statement, int index, const QVariant &value);

private:
    QSqlError lastError(const QString &what) const;
    void finalizeAll();

    sqlite3 *m_handle;
    Database *m_database = nullptr;
    QHash<QString, sqlite3_stmt *> m_statements;
};

} // namespace Fordran::Sql
