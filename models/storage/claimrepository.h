#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

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
    Result<std::optional<Claim>> byId(qint64 id);
    /*! The claims of a case, oldest due date first (the allocation order). */
    Result<QList<Claim>> forCase(qint64 caseId);
    Result<bool> existsInvoice(qint64 clientId, const QString &invoiceNo);
    Status setDisputed(qint64 claimId, bool disputed);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
