#include "models/storage/schemainfo.h"

#include "models/storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

namespace Fordran {

namespace {

QString genericSqliteType(const QString &declared)
{
    const QString type = declared.trimmed().toUpper();
    if (type == u"INTEGER" || type == u"BIGINT" || type == u"INT" || type == u"SMALLINT")
        return QStringLiteral("integer");
    if (type == u"TEXT")
        return QStringLiteral("text");
    if (type == u"DATE_TEXT")
        return QStringLiteral("date");
    if (type == u"TIMESTAMP_TEXT")
        return QStringLiteral("timestamp");
    if (type == u"BOOLEAN_INTEGER")
        return QStringLiteral("boolean");
    if (type == u"REAL")
        return QStringLiteral("real");
    return u"other:" + type.toLower();
}

QString genericPostgresType(const QString &dataType)
{
    if (dataType == u"integer" || dataType == u"bigint" || dataType == u"smallint")
        return QStringLiteral("integer");
    if (dataType == u"text" || dataType == u"character varying")
        return QStringLiteral("text");
    if (dataType == u"date")
        return QStringLiteral("date");
    if (dataType.startsWith(u"timestamp"))
        return QStringLiteral("timestamp");
    if (dataType == u"boolean")
        return QStringLiteral("boolean");
    if (dataType == u"double precision" || dataType == u"real")
        return QStringLiteral("real");
    return u"other:" + dataType;
}

QString quoted(const QString &identifier)
{
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

Error readError(const QSqlQuery &query)
{
    return Error(SchemaInfo::tr("Cannot read the database schema"), {}, query.lastError().text());
}

Status readSqlite(const QSqlDatabase &db, SchemaInfo &info)
{
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "AND name NOT LIKE 'sqlite_%' ORDER BY name")))
        return readError(tables);
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());

    QSqlQuery q(db);
    for (const QString &name : names) {
        SchemaInfo::Table table{name, {}};
        if (!q.exec(u"PRAGMA table_info(" + quoted(name) + u')'))
            return readError(q);
        while (q.next()) { // cid, name, type, notnull, dflt_value, pk
            const int pk = q.value(5).toInt();
            table.columns.append({q.value(1).toString(), genericSqliteType(q.value(2).toString()),
                                  q.value(3).toInt() != 0 || pk > 0, pk});
        }
        info.tables.append(table);

        if (!q.exec(u"PRAGMA foreign_key_list(" + quoted(name) + u')'))
            return readError(q);
        while (q.next()) // id, seq, table, from, to, …
            info.foreignKeys.append({name, q.value(3).toString(), q.value(2).toString(), q.value(4).toString()});

        if (!q.exec(u"PRAGMA index_list(" + quoted(name) + u')'))
            return readError(q);
        QList<SchemaInfo::Index> indexes;
        while (q.next()) { // seq, name, unique, origin, partial
            const QString indexName = q.value(1).toString();
            if (q.value(3).toString() == u"c")
                indexes.append({indexName, name, {}, q.value(2).toInt() != 0});
        }
        for (SchemaInfo::Index &index : indexes) {
            if (!q.exec(u"PRAGMA index_info(" + quoted(index.name) + u')'))
                return readError(q);
            while (q.next()) // seqno, cid, name
                index.columns.append(q.value(2).toString());
            info.indexes.append(index);
        }
    }
    return {};
}

Status readPostgres(const QSqlDatabase &db, SchemaInfo &info)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, "
            "  COALESCE((SELECT k.ord FROM pg_index i "
            "            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
            "            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
            "            WHERE i.indisprimary AND i.indrelid = (quote_ident(c.table_schema) || '.' || "
            "                  quote_ident(c.table_name))::regclass AND a.attname = c.column_name), 0) "
            "FROM information_schema.columns c "
            "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
            "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' "
            "ORDER BY c.table_name, c.ordinal_position")))
        return readError(q);
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (info.tables.isEmpty() || info.tables.last().name != table)
            info.tables.append({table, {}});
        info.tables.last().columns.append({q.value(1).toString(), genericPostgresType(q.value(2).toString()),
                                           q.value(3).toString() == u"NO", q.value(4).toInt()});
    }

    if (!q.exec(QStringLiteral(
            "SELECT ic.relname, tc.relname, ix.indisunique, a.attname "
            "FROM pg_index ix "
            "JOIN pg_class ic ON ic.oid = ix.indexrelid "
            "JOIN pg_class tc ON tc.oid = ix.indrelid "
            "JOIN pg_namespace n ON n.oid = tc.relnamespace "
            "CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord) "
            "JOIN pg_attribute a ON a.attrelid = tc.oid AND a.attnum = k.attnum "
            "WHERE n.nspname = current_schema() AND NOT ix.indisprimary "
            "ORDER BY ic.relname, k.ord")))
        return readError(q);
    while (q.next()) {
        const QString index = q.value(0).toString();
        if (info.indexes.isEmpty() || info.indexes.last().name != index)
            info.indexes.append({index, q.value(1).toString(), {}, q.value(2).toBool()});
        info.indexes.last().columns.append(q.value(3).toString());
    }

    if (!q.exec(QStringLiteral(
            "SELECT tc.relname, a.attname, rc.relname, ra.attname "
            "FROM pg_constraint c "
            "JOIN pg_class tc ON tc.oid = c.conrelid "
            "JOIN pg_class rc ON rc.oid = c.confrelid "
            "JOIN pg_namespace n ON n.oid = tc.relnamespace "
            "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1] "
            "JOIN pg_attribute ra ON ra.attrelid = c.confrelid AND ra.attnum = c.confkey[1] "
            "WHERE c.contype = 'f' AND n.nspname = current_schema()")))
        return readError(q);
    while (q.next())
        info.foreignKeys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString()});
    return {};
}

} // namespace

Result<SchemaInfo> SchemaInfo::read(const Database &database)
{
    SchemaInfo info;
    const Status status = database.engine() == DatabaseConfig::Engine::Postgres
                              ? readPostgres(database.connection(), info)
                              : readSqlite(database.connection(), info);
    if (!status)
        return status.error();
    std::sort(info.tables.begin(), info.tables.end(),
              [](const Table &a, const Table &b) { return a.name < b.name; });
    std::sort(info.indexes.begin(), info.indexes.end(),
              [](const Index &a, const Index &b) { return a.name < b.name; });
    std::sort(info.foreignKeys.begin(), info.foreignKeys.end(), [](const ForeignKey &a, const ForeignKey &b) {
        return std::tie(a.table, a.column) < std::tie(b.table, b.column);
    });
    return info;
}

QStringList SchemaInfo::describe() const
{
    QStringList lines;
    for (const Table &table : tables) {
        lines.append(u"table " + table.name);
        for (const Column &c : table.columns) {
            QString line = u"  column " + table.name + u'.' + c.name + u' ' + c.type;
            if (c.notNull)
                line += QStringLiteral(" not-null");
            if (c.primaryKeyPosition > 0)
                line += u" pk" + QString::number(c.primaryKeyPosition);
            lines.append(line);
        }
    }
    for (const Index &index : indexes) {
        lines.append((index.unique ? QStringLiteral("unique index ") : QStringLiteral("index ")) + index.name
                     + u" on " + index.table + u'(' + index.columns.join(u", ") + u')');
    }
    for (const ForeignKey &fk : foreignKeys)
        lines.append(u"foreign key " + fk.table + u'.' + fk.column + u" -> " + fk.referencedTable + u'.'
                     + fk.referencedColumn);
    return lines;
}

} // namespace Fordran
