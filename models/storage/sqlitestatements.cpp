#include "models/storage/sqlitestatements.h"

#include "models/storage/database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QUuid>

#include <sqlite3.h>

namespace Fordran::Sql {

namespace {

/*! Qt's test for a value bound as NULL (QSqlResultPrivate::isVariantNull, Qt 6.4). */
bool isNullValue(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(value.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(value.constData())->isNull();
    case QMetaType::QDateTime: // invalid ones too: their ISO text would be empty
        return !static_cast<const QDateTime *>(value.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(value.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(value.constData())->isValid();
    case QMetaType::QUuid:
        return static_cast<const QUuid *>(value.constData())->isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *statement, int index, const QString &text, bool copy)
{
    // unicode(), not utf16(): that one copies a string without a buffer of its own (literals).
    return sqlite3_bind_text16(statement, index, text.unicode(), int(text.size() * sizeof(QChar)),
                               copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
}

} // namespace

sqlite3 *SqliteStatements::handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // Only a driver built on this very library (Debian's Qt is) may be handed its connection: a
    // Qt with a SQLite of its own gives a handle of another library's making.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_source_id()")) || !query.next()
        || query.value(0).toString() != QLatin1StringView(sqlite3_sourceid()))
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatements::SqliteStatements(sqlite3 *handle)
    : m_handle(handle)
{
}

SqliteStatements::~SqliteStatements()
{
    finalizeAll();
    if (m_database)
        m_database->removeSqliteStatements(this);
}

void SqliteStatements::attachTo(Database &database)
{
    m_database = &database;
    database.addSqliteStatements(this);
}

void SqliteStatements::databaseClosing()
{
    finalizeAll();
    m_database = nullptr;
}

void SqliteStatements::finalizeAll()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
    m_statements.clear();
    m_handle = nullptr;
}

int SqliteStatements::bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs), true);
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(u"hh:mm:ss.zzz"), true);
    case QMetaType::QString:
        // The value outlives the step: execute() holds the list until the statement is reset.
        return bindText(statement, index, *static_cast<const QString *>(value.constData()), false);
    default:
        return bindText(statement, index, value.toString(), true);
    }
}

bool SqliteStatements::execute(const QString &sql, const QVariantList &values, int &changed,
                               QSqlError &error)
{
    if (!m_handle) {
        error = QSqlError(QStringLiteral("Driver not loaded"), QStringLiteral("The connection is closed"),
                          QSqlError::ConnectionError);
        return false;
    }
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        sqlite3_stmt *statement = nullptr;
        const void *tail = nullptr;
        if (sqlite3_prepare16_v2(m_handle, sql.unicode(), int(sql.size() * sizeof(QChar)),
                                 &statement, &tail)
            != SQLITE_OK) {
            error = lastError(QStringLiteral("Unable to prepare statement"));
            sqlite3_finalize(statement);
            return false;
        }
        // One statement, as Qt's driver accepts: nothing but blanks after it.
        const qsizetype used = static_cast<const QChar *>(tail) - sql.unicode();
        if (!statement || !QStringView(sql).sliced(used).trimmed().isEmpty()) {
            sqlite3_finalize(statement);
            error = QSqlError(QStringLiteral("Unable to execute multiple statements at a time"),
                              QString(), QSqlError::StatementError);
            return false;
        }
        it = m_statements.insert(sql, statement);
    }
    sqlite3_stmt *statement = it.value();
    if (sqlite3_bind_parameter_count(statement) != values.size()) {
        error = QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                          QSqlError::StatementError);
        return false;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (bind(statement, i + 1, values.at(i)) != SQLITE_OK) {
            error = lastError(QStringLiteral("Unable to bind parameters"));
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return false;
        }
    }
    const int stepped = sqlite3_step(statement);
    const bool done = stepped == SQLITE_DONE || stepped == SQLITE_ROW;
    if (!done)
        error = lastError(QStringLiteral("Unable to fetch row"));
    // The text bound without a copy belongs to values: no binding may outlive this call.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (done)
        changed = sqlite3_changes(m_handle);
    return done;
}

QSqlError SqliteStatements::lastError(const QString &what) const
{
    return QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_handle)),
                     QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(m_handle)));
}

} // namespace Fordran::Sql
