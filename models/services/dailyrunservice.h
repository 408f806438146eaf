#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Fordran {

class Database;

/*! How to run. */
struct DailyRunOptions
{
    bool dryRun = false; //!< decide everything, write nothing (the batches are rolled back)
    bool verbose = false; //!< report one line per case that would change
    int batchSize = 5000; //!< cases per transaction
    /*!
     * Read each next batch on a second connection while the current one is written (SQLite
     * files in WAL mode only; see ProcessPrefetcher). The outcome is the same either way.
     */
    bool readAhead = true;
    QString user = QStringLiteral("daily-run"); //!< recorded in the run log and on stored rules
    /*!
     * For tests: called inside the batch's transaction before each case is written; an Error
     * fails that write like a database error would (the batch is rolled back, the run stops).
     */
    std::function<Status(qint64 caseId)> beforeCaseWrite;
    /*!
     * For tests: called on the reading thread (readAhead) inside the read snapshot of each batch
     * read ahead, with the batch's index (e.g. to make the reading slower than the writing).
     */
    std::function<void(qsizetype batch)> whileReadingAhead;
};

/*! Reported after every batch. */
struct DailyRunProgress
{
    qint64 done = 0; //!< cases examined so far (in committed batches)
    qint64 total = 0; //!< cases due when the run started
    qint64 elapsedMs = 0;
};

/*! What the run did (or, dry, would do) to one case. */
struct DailyRunCaseLine
{
    QString caseNo;
    QStringList actions; //!< machine names, in order
    QStringList refusals; //!< the guards' texts
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal;
    int score = 0;
    QDate nextActionDate;
    QString nextAction;
};

/*! What a run did. */
struct DailyRunReport
{
    QDate date;
    QString rulesVersion;
    bool dryRun = false;
    bool cancelled = false; //!< stopped between batches; the batches before stay
    qint64 casesDue = 0; //!< due when the run started
    qint64 casesExamined = 0;
    qint64 casesChanged = 0;
    qint64 refusals = 0;
    QMap<QString, qint64> actions; //!< every action type's machine name → count (0 included)
    QList<DailyRunCaseLine> cases; //!< with DailyRunOptions::verbose: the cases that changed
    QStringList warnings;
    qint64 elapsedMs = 0;
    /*! How the batches were read (DailyRunOptions::readAhead), for tuning and tests. */
    struct ReadAhead
    {
        qint64 used = 0; //!< batches read ahead and used
        qint64 discarded = 0; //!< read ahead, but another connection wrote since: read again
        qint64 historyReloads = 0; //!< cases whose debtor's earlier cases were read again
    } readAhead;
};

/*!
 * The daily run (cli.md `run`, Case → Run daily process…): advances every due case by its
 * process template as of a date through the ProcessEngine.
 *
 * A case is due when it is not closed and its next action date is empty or on or before the
 * date. The ids of the cases due when the run starts are read once (from an index), then taken
 * in batches in id order, each batch read with a few statements given its ids (the cases still
 * due with their debtors, claims, ledger lines, the debtors' earlier cases, pauses) and decided
 * case by case; then every case that changed is written — ledger lines for fees and interest
 * (through LedgerRepository, so the case balance follows), outbox rows for letters and SMS,
 * tasks for calls, BF decisions and limitation alerts, ended pauses, an event for every action
 * and refusal with the rule behind it and the rules version, and the new process state, status,
 * segment, score and next action (one UPDATE of the case, writing the indexed columns only
 * where they changed). Where the batches end changes nothing: a case whose debtor had another
 * case change status earlier in the same batch has the debtor's earlier cases read again
 * before it is scored, as a case in a later batch has.
 *
 * On a SQLite file (in WAL mode) each next batch is read on a second connection and thread
 * (ProcessPrefetcher) while the current one is written, and used only where it is known to be
 * what the batch's own transaction would read: no other connection has committed since the
 * batch before it, and the earlier cases of debtors whose cases changed status in that batch
 * are read again (DailyRunOptions::readAhead; PostgreSQL reads each batch in its transaction,
 * with its row locks).
 *
 * All or nothing per batch: a batch is one transaction that holds whole cases only, so after a
 * Cancel (checked between batches), an Error or a crash each case is either fully advanced or
 * untouched; running the date again finishes the rest. Idempotent: a case once advanced for a
 * date gets its next action after that date or decides nothing new on it, so a second run for
 * the same date writes nothing; after missed days the engine does each overdue step once.
 *
 * One rules version for the whole run (RulesService::activeOn(date), the built-in set stored
 * on the first run), recorded on each case written and on each event. Legal amounts come from
 * the built-in fee table and the reference rates of the database. A date before the latest
 * real run is refused. Each run (dry ones too) is recorded in run_log.
 */
class DailyRunService final
{
    Q_DECLARE_TR_FUNCTIONS(DailyRunService)

public:
    /*! Called after each batch; return false to stop (like cancel). */
    using ProgressCallback = std::function<bool(const DailyRunProgress &)>;

    explicit DailyRunService(Database &database);
    Q_DISABLE_COPY_MOVE(DailyRunService)

    /*!
     * Runs for \a date. \a cancel, when given, is read between batches (set it from another
     * thread to stop). An Error stops the run: the failing batch is rolled back, the batches
     * before stay, and the run log says "failed".
     */
    Result<DailyRunReport> run(QDate date, const DailyRunOptions &options,
                               const ProgressCallback &progress = {},
                               const std::atomic_bool *cancel = nullptr);

    /*!
     * The sizes of the batches a run over \a due cases takes, each at most \a batchSize.
     * \a readingAhead: the run reads each next batch on a second thread. Its first batch cannot
     * be read ahead: nothing is written until it is read. The first batches are then smaller
     * (from an eighth of \a batchSize, doubling, for batch sizes of 16 and more): the first
     * read is short, and each next batch, read while the one before is written, is ready in
     * time (reading a case takes about half as long as deciding and writing it).
     */
    static QList<qsizetype> batchSizes(qsizetype due, int batchSize, bool readingAhead);

private:
    Database &m_database;
};

} // namespace Fordran
