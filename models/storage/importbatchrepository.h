#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*! Imported client files (what each import stored, and by whom), to recognise the same file sent twice. */
class ImportBatchRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ImportBatchRepository)

public:
    explicit ImportBatchRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ImportBatchRepository)

    /*! Records \a batch (importedAt now if unset) and gives its id. */
    Result<qint64> insert(const ImportBatch &batch);
    /*! Earlier imports of a file with \a checksum for \a clientId, newest first. */
    Result<QList<ImportBatch>> findByChecksum(qint64 clientId, const QString &checksum);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
