#include "models/storage/sqlsupport.h"

#include "models/storage/sqlitestatements.h"

#include <QMetaType>

namespace Fordran::Sql {

StatementCache::StatementCache(Database &database)
    : m_database(database)
{
}

StatementCache::~StatementCache() = default;

bool StatementCache::run(const QString &sql, const QVariantList &values, int &changed,
                         QSqlError &error)
{
    if (m_database.engine() == Database::Engine::Sqlite && !m_sqliteChecked) {
        if (!m_sqlite) {
            if (sqlite3 *handle = SqliteStatements::handleOf(m_database.connection())) {
                m_sqlite = std::make_unique<SqliteStatements>(handle);
                m_sqlite->attachTo(m_database);
            } else {
                m_sqliteChecked = true; // not this library's connection: through Qt
            }
        }
        if (m_sqlite)
            return m_sqlite->execute(sql, values, changed, error);
    }
    Result<QSqlQuery *> query = bound(*this, sql, values);
    if (!query) {
        error = QSqlError(query.error().message, query.error().detail, QSqlError::StatementError);
        return false;
    }
    QSqlQuery &q = **query;
    if (!q.exec()) {
        error = q.lastError();
        return false;
    }
    changed = q.numRowsAffected();
    q.finish();
    return true;
}

Result<QSqlQuery *> StatementCache::prepared(const QString &sql)
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto query = std::make_shared<QSqlQuery>(m_database.connection());
        if (!query->prepare(sql))
            return Error(tr("Cannot prepare a database statement"), {}, query->lastError().text() + u"\n" + sql);
        it = m_queries.insert(sql, query);
    }
    QSqlQuery *query = it.value().get();
    query->finish();
    return query;
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant date(QDate value)
{
    return value.isValid() ? QVariant(value) : QVariant(QMetaType::fromType<QDate>());
}

QVariant timestamp(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC()) : QVariant(QMetaType::fromType<QDateTime>());
}

QVariant optionalId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant boolean(bool value)
{
    return QVariant(value);
}

QDate toDate(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString(), Qt::ISODate);
}

QDateTime toTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dt = value.metaType() == QMetaType::fromType<QDateTime>()
                       ? value.toDateTime()
                       : QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

qint64 toId(const QVariant &value)
{
    return value.isNull() ? 0 : value.toLongLong();
}

QString columnList(const QStringList &columns)
{
    return columns.join(QStringLiteral(", "));
}

QString insertSql(const QString &table, const QStringList &columns)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    return u"INSERT INTO " + table + u" (" + columnList(columns) + u") VALUES (" + marks.join(u", ") + u')';
}

QString placeholders(qsizetype count)
{
    QString marks;
    marks.reserve(count * 3);
    for (qsizetype i = 0; i < count; ++i) {
        if (i > 0)
            marks += QStringView(u", ");
        marks += u'?';
    }
    return marks;
}

QString insertSql(const QString &table, const QStringList &columns, qsizetype rows)
{
    const QString row = u'(' + placeholders(columns.size()) + u')';
    QString sql = u"INSERT INTO " + table + u" (" + columnList(columns) + u") VALUES ";
    sql.reserve(sql.size() + rows * (row.size() + 2));
    for (qsizetype i = 0; i < rows; ++i) {
        if (i > 0)
            sql += QStringView(u", ");
        sql += row;
    }
    return sql;
}

qsizetype rowsPerInsert(qsizetype remaining)
{
    qsizetype rows = MaxRowsPerInsert;
    while (rows > 1 && rows > remaining)
        rows /= 2;
    return rows;
}

QString selectSql(const QString &table, const QStringList &columns)
{
    return u"SELECT " + columnList(columns) + u" FROM " + table;
}

Error queryError(const QSqlQuery &query, const QString &message)
{
    return Error(message, {}, query.lastError().text());
}

Status exec(QSqlQuery &query, const QString &message)
{
    if (!query.exec())
        return queryError(query, message);
    return {};
}

Result<qint64> execReturningId(QSqlQuery &query, const QString &message)
{
    if (!query.exec())
        return queryError(query, message);
    if (!query.next()) {
        query.finish();
        return Error(message, {}, QStringLiteral("INSERT returned no id"));
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    return id;
}

Result<QSqlQuery *> bound(StatementCache &cache, const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery *> prepared = cache.prepared(sql);
    if (!prepared)
        return prepared;
    for (qsizetype i = 0; i < values.size(); ++i)
        (*prepared)->bindValue(int(i), values.at(i));
    return prepared;
}

Result<int> execute(StatementCache &cache, const QString &sql, const QVariantList &values, const QString &message)
{
    int changed = 0;
    QSqlError error;
    if (!cache.run(sql, values, changed, error))
        return Error(message, {}, error.text());
    return changed;
}

Status executeOne(StatementCache &cache, const QString &sql, const QVariantList &values, const QString &message,
                  const Error &notFound)
{
    const Result<int> changed = execute(cache, sql, values, message);
    if (!changed)
        return changed.error();
    if (*changed != 1)
        return notFound;
    return {};
}

Result<qint64> insertReturningId(StatementCache &cache, const QString &sql, const QVariantList &values,
                                 const QString &message, const Error &onDuplicate)
{
    Result<QSqlQuery *> query = bound(cache, sql, values);
    if (!query)
        return query.error();
    Result<qint64> id = execReturningId(**query, message);
    if (!id && !onDuplicate.message.isEmpty() && isUniqueViolation((*query)->lastError()))
        return Error(onDuplicate.message, onDuplicate.field, (*query)->lastError().text());
    return id;
}

bool isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code == u"23505") // PostgreSQL unique_violation
        return true;
    // SQLite: SQLITE_CONSTRAINT (19) or SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY (2067 / 1555).
    if (code == u"2067" || code == u"1555")
        return true;
    return code == u"19" && error.text().contains(u"UNIQUE constraint failed");
}

QString prefixUpperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (QChar::isSurrogate(last))
            return {};
        if (last == 0xFFFF) {
            bound.chop(1);
            continue;
        }
        bound.back() = QChar(last == 0xD7FF ? char16_t(0xE000) : char16_t(last + 1));
        return bound;
    }
    return {};
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace Fordran::Sql
