#pragma once

// The daily run, part 1: turning the rows of one batch (ProcessCaseRepository::loadBatch) into
// the ProcessEngine's case snapshots. Internal to models/services (DailyRunService).

#include "models/rules/clientpolicy.h"
#include "models/rules/processengine.h"
#include "models/storage/processcaserepository.h"

#include <QHash>
#include <QList>

namespace Fordran {

/*! A claim's figures as the ledger stands before the run (for the letters' payload). */
struct ClaimFigures
{
    qint64 claimId = 0;
    QString invoiceNo;
    Money principal;
    Money interest;
    Money fees;
};

/*! One case of a batch: the engine's snapshot and what the writer needs besides. */
struct CaseSnapshot
{
    ProcessCase process;
    const ProcessCaseRow *row = nullptr;
    const PreparedPolicy *policy = nullptr;
    QList<ClaimFigures> figures; //!< per claim, in claim order
    QList<StoredPause> pauses; //!< stored pauses in force
    bool legacyPause = false; //!< a case pause known only from cases.paused_until
    bool legacyState = false; //!< the state was derived from the status and the ledger
};

/*! A client's policy, parsed and prepared once per run. */
struct RunPolicy
{
    ClientPolicy policy;
    PreparedPolicy prepared;
};

/*!
 * Builds the snapshots of a batch. The policies and pins are read once per run; the rest
 * comes from the batch rows.
 *
 * Per claim, from the ledger: principal outstanding (principal lines, then payments and
 * reversals against principal, each from its date: principalSteps), fees and interest
 * outstanding, the fees charged by type (fee lines less their reversals), the last day of
 * posted interest, and each payment as a limitation interruption.
 *
 * Cases the process has not run on yet (imported before it existed, demo data) start from
 * what their status and ledger show: reminder fees and the reminder status count as
 * reminders sent, an inkassokrav or förseningsersättning fee (or a status after it) as the
 * demand sent on that fee's date, so no letter is sent twice.
 */
class ProcessSnapshotBuilder final
{
public:
    using PinKey = std::pair<qint64, qint64>; //!< (client id, debtor id)

    ProcessSnapshotBuilder(const ProcessEngine &engine, QHash<qint64, RunPolicy> policies,
                           QHash<PinKey, SegmentPin> pins);

    /*! Fills \a out with one snapshot per case of \a rows, in the same order. */
    void build(const ProcessBatchRows &rows, QList<CaseSnapshot> &out) const;
    /*! Builds \a s again, the snapshot of case \a caseIndex of \a rows (after rows changed). */
    void rebuild(const ProcessBatchRows &rows, qsizetype caseIndex, CaseSnapshot &s) const;

private:
    void buildCase(const ProcessBatchRows &rows, qsizetype caseIndex, qsizetype &claim,
                   qsizetype &ledger, qsizetype &history, qsizetype &pause, CaseSnapshot &s) const;

    const ProcessEngine &m_engine;
    QHash<qint64, RunPolicy> m_policies;
    QHash<PinKey, SegmentPin> m_pins;
    RunPolicy m_default;
};

} // namespace Fordran
