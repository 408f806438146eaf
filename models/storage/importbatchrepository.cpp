#include "models/storage/importbatchrepository.h"

namespace Fordran {

namespace {

// The columns of import_batches, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("file_name"), QStringLiteral("checksum"),
    QStringLiteral("imported_at"), QStringLiteral("row_count"), QStringLiteral("claims_imported"),
    QStringLiteral("rows_rejected"), QStringLiteral("cases_created"), QStringLiteral("imported_by"),
};
enum Column {
    Id, ClientId, FileName, Checksum, ImportedAt, RowCount, ClaimsImported, RowsRejected, CasesCreated, ImportedBy
};

const QString kTable = QStringLiteral("import_batches");

ImportBatch read(const QSqlQuery &q)
{
    ImportBatch b;
    b.id = q.value(Id).toLongLong();
    b.clientId = q.value(ClientId).toLongLong();
    b.fileName = q.value(FileName).toString();
    b.checksum = q.value(Checksum).toString();
    b.importedAt = Sql::toTimestamp(q.value(ImportedAt));
    b.rowCount = q.value(RowCount).toInt();
    b.claimsImported = q.value(ClaimsImported).toInt();
    b.rowsRejected = q.value(RowsRejected).toInt();
    b.casesCreated = q.value(CasesCreated).toInt();
    b.importedBy = q.value(ImportedBy).toString();
    return b;
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
                                   Sql::timestamp(b.importedAt.isValid() ? b.importedAt : Sql::nowUtc()), b.rowCount,
                                   b.claimsImported, b.rowsRejected, b.casesCreated, Sql::text(b.importedBy)},
                                  tr("Cannot record the imported file %1").arg(b.fileName));
}

Result<QList<ImportBatch>> ImportBatchRepository::findByChecksum(qint64 clientId, const QString &checksum)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE client_id = ? AND checksum = ? ORDER BY imported_at DESC, id DESC";
    return Sql::fetchAll(m_statements, sql, {clientId, checksum}, read, tr("Cannot read the imported files"));
}

} // namespace Fordran
