#include "models/storage/importbatchrepository.h"

namespace Fordran {

namespace {

// The columns of import_batches, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("file_name"), QStringLiteral("checksum"),
    QStringLiteral("imported_at"), QStringLiteral("row_count"),
};
enum Column { Id, ClientId, FileName, Checksum, ImportedAt, RowCount };

const QString kTable = QStringLiteral("import_batches");

ImportBatch read(const QSqlQuery &q)
{
    return {q.value(Id).toLongLong(), q.value(ClientId).toLongLong(), q.value(FileName).toString(),
            q.value(Checksum).toString(), Sql::toTimestamp(q.value(ImportedAt)), q.value(RowCount).toInt()};
}

} // namespace

ImportBatchRepository::ImportBatchRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> ImportBatchRepository::insert(const ImportBatch &b)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(m_statements, sql,
                                  {b.clientId, Sql::text(b.fileName), Sql::text(b.checksum),
                                   Sql::timestamp(b.importedAt.isValid() ? b.importedAt : Sql::nowUtc()), b.rowCount},
                                  tr("Cannot record the imported file %1").arg(b.fileName));
}

Result<QList<ImportBatch>> ImportBatchRepository::findByChecksum(qint64 clientId, const QString &checksum)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE client_id = ? AND checksum = ? ORDER BY imported_at DESC, id DESC";
    return Sql::fetchAll(m_statements, sql, {clientId, checksum}, read, tr("Cannot read the imported files"));
}

} // namespace Fordran
