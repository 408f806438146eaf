#pragma once

// Building blocks for repositories — the only code that holds SQL. Not for use outside
// models/storage: everything else talks to repositories.
//
// Values cross the boundary through the converters below, so both engines store the same thing:
// dates as QDate (ISO text on SQLite, DATE on PostgreSQL), timestamps as UTC QDateTime, money as
// integer öre, optional text as '' (never NULL), optional dates and references as NULL.

#include "models/domain/result.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>
#include <utility>

namespace Fordran::Sql {

class SqliteStatements;

/*!
 * The prepared statements of one repository: each SQL text is prepared once, on first use, and
 * the same QSqlQuery is reused for every later call (bulk inserts bind and execute again).
 * Lives no longer than its Database.
 */
class StatementCache final
{
    Q_DECLARE_TR_FUNCTIONS(StatementCache)

public:
    explicit StatementCache(Database &database);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    /*! The prepared statement for \a sql, finished (ready to bind), or an Error. */
    Result<QSqlQuery *> prepared(const QString &sql);

    /*!
     * Runs \a sql, a statement that gives no rows, with \a values bound by position: true with
     * the number of rows it changed in \a changed, false with the driver's error in \a error.
     * On SQLite straight through the library (SqliteStatements: the same values stored, without
     * Qt's cost per bound value), elsewhere through prepared().
     */
    bool run(const QString &sql, const QVariantList &values, int &changed, QSqlError &error);

    Database &database() const { return m_database; }

private:
    Database &m_database;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_queries;
    std::unique_ptr<SqliteStatements> m_sqlite; //!< made on the first run() on SQLite
    bool m_sqliteChecked = false; //!< the connection is not the linked library's: use Qt
};

/*! Binds values by position, in order: `Binder(q) << a << b << c;` */
class Binder final
{
public:
    explicit Binder(QSqlQuery &query)
        : m_query(query)
    {}
    Binder &operator<<(const QVariant &value)
    {
        m_query.bindValue(m_next++, value);
        return *this;
    }

private:
    QSqlQuery &m_query;
    int m_next = 0;
};

// Values to bind.
QVariant text(const QString &value);          //!< never NULL: a null QString becomes ''
QVariant date(QDate value);                   //!< NULL for an invalid date
QVariant timestamp(const QDateTime &value);   //!< UTC; NULL for an invalid one
QVariant optionalId(qint64 id);               //!< NULL for 0
QVariant boolean(bool value);

// Values read.
QDate toDate(const QVariant &value);
QDateTime toTimestamp(const QVariant &value); //!< in UTC
qint64 toId(const QVariant &value);           //!< 0 for NULL

/*!
 * Runs the prepared statement \a sql from \a cache with \a values bound in order and reads
 * every row with \a read (a function QSqlQuery → T). The statement is finished afterwards.
 */
/*! The prepared statement \a sql from \a cache with \a values bound in order. */
Result<QSqlQuery *> bound(StatementCache &cache, const QString &sql, const QVariantList &values);

/*!
 * Runs the prepared statement \a sql from \a cache with \a values bound in order and reads
 * every row with \a read (a function QSqlQuery → T). The statement is finished afterwards.
 */
template<typename Reader>
auto fetchAll(StatementCache &cache, const QString &sql, const QVariantList &values, Reader read,
              const QString &message) -> Result<QList<decltype(read(std::declval<const QSqlQuery &>()))>>
{
    Result<QSqlQuery *> query = bound(cache, sql, values);
    if (!query)
        return query.error();
    if (!(*query)->exec())
        return Error(message, {}, (*query)->lastError().text());
    QList<decltype(read(std::declval<const QSqlQuery &>()))> rows;
    while ((*query)->next())
        rows.append(read(**query));
    (*query)->finish();
    return rows;
}

/*! Like fetchAll() for at most one row: nothing if there is none. */
template<typename Reader>
auto fetchOne(StatementCache &cache, const QString &sql, const QVariantList &values, Reader read,
              const QString &message) -> Result<std::optional<decltype(read(std::declval<const QSqlQuery &>()))>>
{
    Result<QSqlQuery *> query = bound(cache, sql, values);
    if (!query)
        return query.error();
    if (!(*query)->exec())
        return Error(message, {}, (*query)->lastError().text());
    std::optional<decltype(read(std::declval<const QSqlQuery &>()))> row;
    if ((*query)->next())
        row = read(**query);
    (*query)->finish();
    return row;
}

/*! "?, ?, ?": \a count placeholders, for an IN list. */
QString placeholders(qsizetype count);

/*! The keys one IN list of a batched look-up holds: well under both engines' parameter limits. */
inline constexpr qsizetype InListChunk = 500;

/*!
 * A batched look-up: runs \a sqlTemplate, whose "%1" stands for the placeholders of an IN list,
 * over \a keys in chunks of InListChunk, each with \a leading bound before the chunk's keys, and
 * hands every row to \a read (a function const QSqlQuery & → void). The last chunk is padded with
 * its last key, so one prepared statement serves every chunk. Nothing is run for no keys.
 */
template<typename Reader>
Status fetchInChunks(StatementCache &cache, const QString &sqlTemplate, const QVariantList &leading,
                     const QStringList &keys, Reader read, const QString &message)
{
    if (keys.isEmpty())
        return {};
    const qsizetype chunk = qMin(keys.size(), InListChunk);
    const QString sql = sqlTemplate.arg(placeholders(chunk));
    QVariantList values = leading;
    values.reserve(leading.size() + chunk);
    for (qsizetype from = 0; from < keys.size(); from += chunk) {
        values.resize(leading.size());
        for (qsizetype i = 0; i < chunk; ++i)
            values.append(keys.at(qMin(from + i, keys.size() - 1)));
        Result<QSqlQuery *> query = bound(cache, sql, values);
        if (!query)
            return query.error();
        if (!(*query)->exec())
            return Error(message, {}, (*query)->lastError().text());
        while ((*query)->next())
            read(**query);
        (*query)->finish();
    }
    return {};
}

/*! Runs the prepared statement \a sql with \a values; gives the number of rows changed. */
Result<int> execute(StatementCache &cache, const QString &sql, const QVariantList &values, const QString &message);

/*! Like execute() for a statement that must change exactly one row; else \a notFound. */
Status executeOne(StatementCache &cache, const QString &sql, const QVariantList &values, const QString &message,
                  const Error &notFound);

/*!
 * Runs the prepared INSERT … RETURNING id \a sql with \a values and gives the new id. A
 * unique-constraint violation becomes \a onDuplicate (with the driver text as detail) when that
 * has a message, else an Error with \a message.
 */
Result<qint64> insertReturningId(StatementCache &cache, const QString &sql, const QVariantList &values,
                                 const QString &message, const Error &onDuplicate = {});

/*! "a, b, c" */
QString columnList(const QStringList &columns);
/*! "INSERT INTO table (a, b) VALUES (?, ?)" */
QString insertSql(const QString &table, const QStringList &columns);
/*! "INSERT INTO table (a, b) VALUES (?, ?), (?, ?)": \a rows rows of placeholders. */
QString insertSql(const QString &table, const QStringList &columns, qsizetype rows);
/*! "SELECT a, b FROM table" */
QString selectSql(const QString &table, const QStringList &columns);

/*! Executes \a query; on failure an Error with \a message and the driver's text as detail. */
Status exec(QSqlQuery &query, const QString &message);
/*! Executes an INSERT … RETURNING id and gives the id. */
Result<qint64> execReturningId(QSqlQuery &query, const QString &message);

/*! The driver's error on \a query as an Error with \a message. */
Error queryError(const QSqlQuery &query, const QString &message);
/*! True if \a error is a unique-constraint violation (on either engine). */
bool isUniqueViolation(const QSqlError &error);

/*!
 * The smallest string greater than every string starting with \a prefix in code-point order, for
 * index-friendly prefix search: `key >= prefix AND key < prefixUpperBound(prefix)`. Empty if there
 * is none (prefix empty or all U+FFFF): then search with `key >= prefix` alone.
 */
QString prefixUpperBound(const QString &prefix);

/*! The current time in UTC, cut to milliseconds (what both engines store exactly). */
QDateTime nowUtc();

/*!
 * The rows one multi-row INSERT of insertRows() writes when \a remaining are left:
 * MaxRowsPerInsert, or the largest power of two below it, so that at most seven statement
 * shapes (64, 32, … 1 rows) serve any count and each is prepared once.
 */
qsizetype rowsPerInsert(qsizetype remaining);
inline constexpr qsizetype MaxRowsPerInsert = 64;

/*!
 * Inserts \a count rows into \a table with multi-row INSERT statements (rowsPerInsert() rows
 * each, every shape prepared once in \a cache): row i gets the values \a rowValues(i) gives
 * (a QVariantList, one per column of \a columns, in order). With \a returning (say
 * "id, case_no") each statement ends in RETURNING and every returned row goes to \a read (a
 * function const QSqlQuery & → void); the engines do not promise the rows' order, so key them
 * by a unique column. A unique-constraint violation becomes \a onDuplicate when that has a
 * message. Bulk writes of imports: a handful of statements instead of one per row.
 */
template<typename RowValues, typename Reader>
Status insertRows(StatementCache &cache, const QString &table, const QStringList &columns, qsizetype count,
                  RowValues rowValues, const QString &returning, Reader read, const QString &message,
                  const Error &onDuplicate = {})
{
    for (qsizetype from = 0; from < count;) {
        const qsizetype rows = rowsPerInsert(count - from);
        QString sql = insertSql(table, columns, rows);
        if (returning.isEmpty()) {
            QVariantList values;
            values.reserve(rows * columns.size());
            for (qsizetype i = from; i < from + rows; ++i)
                values.append(rowValues(i));
            int changed = 0;
            QSqlError error;
            if (!cache.run(sql, values, changed, error)) {
                if (!onDuplicate.message.isEmpty() && isUniqueViolation(error))
                    return Error(onDuplicate.message, onDuplicate.field, error.text());
                return Error(message, {}, error.text());
            }
            from += rows;
            continue;
        }
        sql += u" RETURNING " + returning;
        Result<QSqlQuery *> prepared = cache.prepared(sql);
        if (!prepared)
            return prepared.error();
        QSqlQuery &query = **prepared;
        int position = 0;
        for (qsizetype i = from; i < from + rows; ++i) {
            const QVariantList values = rowValues(i);
            for (const QVariant &value : values)
                query.bindValue(position++, value);
        }
        if (!query.exec()) {
            if (!onDuplicate.message.isEmpty() && isUniqueViolation(query.lastError()))
                return Error(onDuplicate.message, onDuplicate.field, query.lastError().text());
            return Error(message, {}, query.lastError().text());
        }
        while (query.next())
            read(std::as_const(query));
        query.finish();
        from += rows;
    }
    return {};
}

} // namespace Fordran::Sql
