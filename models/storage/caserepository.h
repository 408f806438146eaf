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
 * Cases (ärenden) and their debtors.
 *
 * cases.balance_ore is a derived cache of the case's ledger sum: only LedgerRepository changes
 * it, in the same transaction as each ledger line. insert() always starts it at 0, and nothing
 * here writes it. case_no comes from SequenceRepository::nextCaseNumber(); both case_no and ocr
 * are unique.
 */
class CaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &database);
    Q_DISABLE_COPY_MOVE(CaseRepository)

    /*!
     * Stores \a c with balance 0 and records c.debtorId as its Main debtor in case_debtors, in
     * one transaction. openedOn defaults to today. A taken case_no or ocr is an Error on that field.
     */
    Result<qint64> insert(const Case &c);
    /*!
     * Stores \a cases like insert() (balance 0, each debtorId as Main debtor) with a few
     * multi-row statements, in one transaction (imports), and gives their ids in the same order.
     * Case numbers must differ; a taken case_no or ocr is an Error on field "case_no".
     */
    Result<QList<qint64>> insertAll(const QList<Case> &cases);
    Result<std::optional<Case>> byId(qint64 id);
    Result<std::optional<Case>> byCaseNo(const QString &caseNo);
    Result<std::optional<Case>> byOcr(const QString &ocr);
    /*! The newest case of \a clientId against main debtor \a debtorId that is not closed (to combine claims). */
    Result<std::optional<Case>> openCaseFor(qint64 clientId, qint64 debtorId);
    /*! Every case in which \a debtorId is a debtor in any role, newest first. */
    Result<QList<Case>> forDebtor(qint64 debtorId);

    Status setStatus(qint64 caseId, CaseStatus status);
    Status setSegment(qint64 caseId, Segment segment);
    /*! The next step and its date; an invalid date and empty action clear it. */
    Status setNextAction(qint64 caseId, QDate date, const QString &action);
    /*! Assigns a handler; 0 unassigns. */
    Status assign(qint64 caseId, qint64 userId);
    /*! Sets or (invalid date, empty reason) clears the pause; the status is set separately. */
    Status setPause(qint64 caseId, QDate until, const QString &reason);
    /*! Status closed, closed_on and the reason; the next action is cleared. */
    Status close(qint64 caseId, QDate closedOn, const QString &reason);

    /*! Adds a joint debtor or guarantor (or the main debtor) to a case. */
    Status addDebtor(qint64 caseId, qint64 debtorId, DebtorRole role);
    /*! The debtors of a case, main debtor first. */
    Result<QList<CaseDebtor>> debtors(qint64 caseId);

    /*! The number of cases. */
    Result<qint64> count();

    /*!
     * For queries that read cases together with more (the daily run): the case columns this
     * repository reads, each as "alias.column", and the Case from the first of them in a row.
     */
    static QString selectColumns(const QString &alias);
    static constexpr int ColumnCount = 17;
    static Case readRow(const QSqlQuery &query);

private:
    Status update(const QString &sql, const QVariantList &values, qint64 caseId);

    Sql::StatementCache m_statements;
};

} // namespace Fordran
