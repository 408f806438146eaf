#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/rules/processengine.h"
#include "models/storage/pauserepository.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*! A case as the daily run reads it: the case, its process state, score and debtor contact. */
struct ProcessCaseRow
{
    Case caseData; //!< without closedOn, closeReason and createdAt
    ProcessState state;
    std::optional<int> score;
    QString debtorIdentity;
    bool hasPhone = false;
    bool hasEmail = false;
    bool hasAddress = false;
};

/*! Another case of the same main debtor, opened before the case \c caseId of the batch. */
struct DebtorHistoryRow
{
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::New;
    QString closeReason;
};

/*!
 * Everything the daily run reads for one batch of cases, each list in case-id order: the
 * cases, their claims, their ledger lines (booking order within a case), the main debtors'
 * earlier cases and the pauses in force. Reused from batch to batch (the lists keep their
 * capacity).
 */
struct ProcessBatchRows
{
    qint64 afterId = 0; //!< the batch holds cases with afterId < id <= lastId
    qint64 lastId = 0;
    QList<ProcessCaseRow> cases;
    QList<Claim> claims;
    QList<LedgerEntry> ledger;
    QList<DebtorHistoryRow> history;
    QList<StoredPause> pauses;

    void clear();
};

/*! What the daily run writes back to a case after deciding. */
struct ProcessCaseUpdate
{
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal;
    QDate nextActionDate;
    QString nextAction;
    ProcessState state;
    int score = 0;
    QDate scoreOn;
    /*! False when the column is as stored: save() then leaves it (and the indexes over it)
        alone. */
    bool statusChanged = true;
    bool segmentChanged = true;
    bool nextActionDateChanged = true;
    /*! Valid: the case is closed on this day with closeReason, its next action cleared (as
        CaseRepository::close()), in the same statement. */
    QDate closedOn;
    QString closeReason;
    /*! The case pause recorded on the case row (paused_until, pause_reason) is cleared. */
    bool clearPause = false;
};

/*!
 * The reads and writes of the daily run on cases, in batches (few statements per batch, each
 * prepared once). A case is due on a date when it is not closed and its next action date is
 * empty (never run) or on or before the date.
 */
class ProcessCaseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessCaseRepository)

public:
    explicit ProcessCaseRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ProcessCaseRepository)

    /*! The number of cases due on \a date. */
    Result<qint64> countDue(QDate date);
    /*! The ids of the cases due on \a date, ascending (read from an index, no case row). */
    Result<QList<qint64>> dueIds(QDate date);

    /*!
     * Reads those cases of \a ids (ascending, e.g. a slice of dueIds()) that are still due on
     * \a date, in id order, and everything else of them into \a rows (a few statements, each
     * given the whole list as one value). On PostgreSQL \a lock takes the cases' row locks
     * (SELECT … FOR UPDATE) so that no other workstation changes them until the transaction
     * ends; SQLite's write transaction already excludes other writers. None still due:
     * rows.cases is empty.
     */
    Status loadBatch(const QList<qint64> &ids, QDate date, bool lock, ProcessBatchRows &rows);
    /*!
     * Reads the debtor's earlier cases again for case \a caseId of \a rows, in place of the ones
     * \a rows holds: for rows read before another case of the same debtor changed status.
     */
    Status reloadHistory(qint64 caseId, ProcessBatchRows &rows);
    /*! Reads case \a caseId, due or not, into \a rows (no case: rows.cases is empty). */
    Status loadCase(qint64 caseId, ProcessBatchRows &rows);

    /*! Writes the process state, score and next action of a case, its status, segment and next
        action date where they changed, and closes it or clears its pause when asked. */
    Status save(const ProcessCaseUpdate &update);

    /*! The stored process state of \a caseId; nothing if there is no such case. */
    Result<std::optional<ProcessState>> stateOf(qint64 caseId);

private:
    Status readCases(const QString &sql, const QVariantList &values, ProcessBatchRows &rows);
    Status readDetails(const QString &claimsSql, const QString &ledgerSql,
                       const QString &historySql, const QVariantList &values,
                       ProcessBatchRows &rows);
    Result<QSqlQuery *> run(const QString &sql, const QVariantList &values, const QString &what);

    Sql::StatementCache m_statements;
    PauseRepository m_pauses;
    QString m_saveSql[32]; //!< save()'s statements by the columns they write
};

} // namespace Fordran
