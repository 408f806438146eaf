#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*!
 * The append-only money ledger: principal, interest and fee lines, payments and reversals per
 * claim. Every balance is derived from it.
 *
 * There is deliberately no update and no delete: a wrong line is undone with reverse(). Each
 * append also adds the amount to the derived cache cases.balance_ore in the same transaction
 * (it joins an open UnitOfWork, or opens its own), so the cache always equals
 * balanceForCase(), the SUM over the ledger.
 */
class LedgerRepository final
{
    Q_DECLARE_TR_FUNCTIONS(LedgerRepository)

public:
    explicit LedgerRepository(Database &database);
    Q_DISABLE_COPY_MOVE(LedgerRepository)

    /*!
     * Appends \a entry (id and reversesId ignored; createdAt now if unset) and gives its id.
     * Refused: a zero amount, a Reversal (use reverse()), a Fee line without feeType, a Payment
     * that is not negative, a payment component other than Principal, Interest or Fee.
     */
    Result<qint64> append(const LedgerEntry &entry);

    /*!
     * Appends \a entries as append() would, with a few multi-row statements and one balance
     * update per case, in one transaction (imports). Refused like append(): nothing is written.
     */
    Status appendAll(const QList<LedgerEntry> &entries);

    /*!
     * Appends the Reversal of line \a entryId, dated \a date: the negated amount on the same
     * claim and case, with the reversed line's effective component and fee type. A line can be
     * reversed once; a reversal cannot itself be reversed.
     */
    Result<qint64> reverse(qint64 entryId, QDate date, const QString &reference, qint64 userId = 0);

    Result<std::optional<LedgerEntry>> byId(qint64 id);
    /*! The lines of a case in booking order (entry_date, id). */
    Result<QList<LedgerEntry>> entriesForCase(qint64 caseId);
    /*! The lines of a claim in booking order. */
    Result<QList<LedgerEntry>> entriesForClaim(qint64 claimId);

    /*! SUM(amount_ore) over the case's lines: what cases.balance_ore must equal. */
    Result<Money> balanceForCase(qint64 caseId);
    Result<Money> balanceForClaim(qint64 claimId);

private:
    /*! \a entry as append() books it, or why it is refused. */
    static Result<LedgerEntry> appendable(const LedgerEntry &entry);
    Result<qint64> insert(const LedgerEntry &entry);
    Result<Money> sum(const QString &sql, qint64 id);

    Sql::StatementCache m_statements;
};

} // namespace Fordran
