#pragma once

#include "models/domain/result.h"
#include "models/storage/databaseconfig.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Fordran {

/*!
 * One numbered schema step: resources/migrations/NNNN_name.sql, embedded as
 * ":/migrations/NNNN_name.sql". Never edit a migration that has shipped; add the next number.
 *
 * The SQL is the common subset of SQLite and PostgreSQL plus {{TOKENS}} that SqlDialect::expand()
 * replaces per engine. Statements end with ';' at the end of a line; whole-line "--" comments
 * are dropped.
 */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

class Migrations final
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    /*! The migrations in \a folder (default: the embedded ones), ascending, checked to be 1…N. */
    static Result<QList<Migration>> load(const QString &folder = QStringLiteral(":/migrations"));
};

/*!
 * The per-engine tokens of the migration SQL:
 *
 * | token          | SQLite                              | PostgreSQL            |
 * |----------------|-------------------------------------|-----------------------|
 * | {{ID}}         | INTEGER PRIMARY KEY AUTOINCREMENT   | BIGSERIAL PRIMARY KEY |
 * | {{DATE}}       | DATE_TEXT (ISO "YYYY-MM-DD")        | DATE                  |
 * | {{TIMESTAMP}}  | TIMESTAMP_TEXT (ISO, UTC)           | TIMESTAMPTZ           |
 * | {{BOOL}}       | BOOLEAN_INTEGER (0/1)               | BOOLEAN               |
 * | {{TRUE}} / {{FALSE}} | 1 / 0                         | TRUE / FALSE          |
 * | {{BYTEWISE}}   | (nothing: BINARY is the default)    | COLLATE "C"           |
 *
 * The SQLite type names contain TEXT or INT so the columns get TEXT or INTEGER affinity while
 * the schema still says what they hold. Money is BIGINT öre and references are BIGINT on both.
 */
class SqlDialect final
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    /*! \a sql with every token replaced; an unknown {{TOKEN}} is an Error. */
    static Result<QString> expand(QStringView sql, DatabaseConfig::Engine engine);

    /*! Splits at ';' ending a line; drops whole-line comments and empty statements. */
    static QStringList splitStatements(QStringView sql);
};

} // namespace Fordran
