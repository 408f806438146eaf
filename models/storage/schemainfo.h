#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Fordran {

class Database;

/*!
 * The shape of a database schema in engine-neutral terms, read from the catalogue (SQLite
 * PRAGMAs, PostgreSQL pg_catalog). Used to check that the migrations build the same schema on
 * both engines, and for diagnostics.
 *
 * Generic types: "integer", "text", "date", "timestamp", "boolean", "real", or "other:<name>".
 * Primary-key indexes and SQLite's automatic indexes are left out: unique constraints are
 * written as named unique indexes so both engines list them alike.
 */
struct SchemaInfo
{
    Q_DECLARE_TR_FUNCTIONS(SchemaInfo)

public:
    struct Column
    {
        QString name;
        QString type;
        bool notNull = false;
        int primaryKeyPosition = 0; //!< 1-based place in the primary key, 0 if not part of it
        bool operator==(const Column &) const = default;
    };
    struct Table
    {
        QString name;
        QList<Column> columns; //!< in declaration order
        bool operator==(const Table &) const = default;
    };
    struct Index
    {
        QString name;
        QString table;
        QStringList columns;
        bool unique = false;
        bool operator==(const Index &) const = default;
    };
    struct ForeignKey
    {
        QString table;
        QString column;
        QString referencedTable;
        QString referencedColumn;
        bool operator==(const ForeignKey &) const = default;
    };

    QList<Table> tables;           //!< by name
    QList<Index> indexes;          //!< by name
    QList<ForeignKey> foreignKeys; //!< by table, column

    /*! Reads the schema of the connection's current schema (PostgreSQL) or main database (SQLite). */
    static Result<SchemaInfo> read(const Database &database);

    /*! One line per table, column, index and foreign key: for comparing and for test output. */
    QStringList describe() const;

    bool operator==(const SchemaInfo &) const = default;
};

} // namespace Fordran
