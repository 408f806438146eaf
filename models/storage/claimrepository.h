#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Fordran {

class Database;

/*!
 * Claims (fordringar). The invoice number is unique per client: check existsInvoice() before
 * inserting (on PostgreSQL a failed insert spoils the surrounding transaction).
 * The claim's principal is not a column to edit: post it as a Principal ledger line.
 */
class ClaimRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimRepository)

public:
    explicit ClaimRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ClaimRepository)

    /*! Stores \a claim and gives its id; a taken invoice number is an Error on field "invoice_no". */
    Result<qint64> insert(const Claim &claim);
    /*!
     * Stores \a claims with a few multi-row statements (imports) and gives their ids in the same
     * order. Invoice numbers must differ per client; a taken one is an Error on field
     * "invoice_no" (check existingInvoices() first).
     */
    Result<QList<qint64>> insertAll(const QList<Claim> &claims);
    Result<std::optional<Claim>> byId(qint64 id);
    /*! The claims of a case, oldest due date first (the allocation order). */
    Result<QList<Claim>> forCase(qint64 caseId);
    Result<bool> existsInvoice(qint64 clientId, const QString &invoiceNo);
    /*!
     * Those of \a invoiceNos that \a clientId already has (batched IN look-ups over the unique
     * index: one statement per 500 numbers, for imports).
     */
    Result<QSet<QString>> existingInvoices(qint64 clientId, const QStringList &invoiceNos);
    Status setDisputed(qint64 claimId, bool disputed);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
