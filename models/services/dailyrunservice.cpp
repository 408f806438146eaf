#include "models/services/dailyrunservice.h"

#include "models/services/processcontext.h"
#include "models/services/processprefetcher.h"
#include "models/services/processwriter.h"
#include "models/storage/database.h"
#include "models/storage/processcaserepository.h"
#include "models/storage/runlogrepository.h"
#include "models/storage/unitofwork.h"
#include "models/storage/walcheckpointer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <array>
#include <optional>
#include <utility>

namespace Fordran {

namespace {

constexpr int kActionTypes = int(ActionType::ClosedTimeBarred) + 1;

/*! What one batch did; added to the report only once the batch is committed. */
struct BatchTally
{
    qint64 examined = 0;
    qint64 changed = 0;
    qint64 refusals = 0;
    std::array<qint64, kActionTypes> actions {};
    QList<DailyRunCaseLine> lines;
};

QByteArray actionsJson(const QMap<QString, qint64> &actions)
{
    QJsonObject o;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

DailyRunCaseLine lineFor(const CaseSnapshot &s, const ProcessDecision &d)
{
    DailyRunCaseLine line;
    line.caseNo = s.row->caseData.caseNo;
    for (const PlannedAction &a : d.actions)
        line.actions.append(machineName(a.type));
    for (const Guard &g : d.refusals)
        line.refusals.append(g.text);
    line.status = d.newStatus;
    line.segment = d.newSegment;
    line.score = d.score.value;
    line.nextActionDate = d.nextActionDate;
    line.nextAction = d.nextAction;
    return line;
}

} // namespace

DailyRunService::DailyRunService(Database &database)
    : m_database(database)
{
}

Result<DailyRunReport> DailyRunService::run(QDate date, const DailyRunOptions &options,
                                            const ProgressCallback &progress,
                                            const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    if (!date.isValid())
        return Error(tr("The daily run needs a date"), QStringLiteral("date"));
    if (options.batchSize < 1)
        return Error(tr("The batch size must be at least 1"), QStringLiteral("batch_size"));
    if (m_database.inTransaction())
        return Error(tr("The daily run cannot start inside another transaction"));

    RunLogRepository log(m_database);
    if (!options.dryRun) {
        const auto latest = log.latestRunDate();
        if (!latest)
            return latest.error();
        if (latest->has_value() && date < **latest)
            return Error(tr("The daily run for %1 was already made; a run for the earlier %2 "
                            "would act on cases advanced past it")
                             .arg((*latest)->toString(Qt::ISODate), date.toString(Qt::ISODate)),
                         QStringLiteral("date"));
    }

    // The same rules, legal tables, policies and pins for the whole run.
    const auto context = ProcessContext::load(m_database, date, !options.dryRun, options.user);
    if (!context)
        return context.error();
    const ProcessEngine &engine = (*context)->engine();
    const ProcessSnapshotBuilder &builder = (*context)->builder();

    DailyRunReport report;
    report.date = date;
    report.dryRun = options.dryRun;
    report.rulesVersion = (*context)->rules().rules.version();
    report.warnings = (*context)->warnings();
    for (ActionType type : allActionTypes())
        report.actions.insert(machineName(type), 0);

    ProcessCaseRepository cases(m_database);
    // The cases due when the run starts, taken in batches of ids.
    const auto due = cases.dueIds(date);
    if (!due)
        return due.error();
    report.casesDue = due->size();

    RunLogEntry entry;
    entry.runDate = date;
    entry.dryRun = options.dryRun;
    entry.rulesVersion = report.rulesVersion;
    entry.startedBy = options.user;
    const auto logId = log.start(entry);
    if (!logId)
        return logId.error();
    entry.id = *logId;
    const auto finishLog = [&](const QString &outcome) {
        entry.outcome = outcome;
        entry.casesExamined = report.casesExamined;
        entry.casesChanged = report.casesChanged;
        entry.actions = actionsJson(report.actions);
        return log.finish(entry);
    };
    const auto fail = [&](const Error &error) -> Result<DailyRunReport> {
        finishLog(QStringLiteral("failed"));
        return error;
    };
    ProcessWriter writer(m_database, cases, report.rulesVersion, date);
    // Rolls the batch back first, so that the log records the failure outside it.
    const auto abort = [&](UnitOfWork &unit, const Error &error) {
        writer.discard();
        unit.rollback();
        return fail(error);
    };

    // The batches, and a second connection reading each next one while this one writes: on a
    // SQLite file with a write-ahead log, where readers and the writer do not wait for each
    // other. PostgreSQL reads each batch in its transaction, with its row locks.
    const bool readingAhead = options.readAhead && m_database.checkpointsInBackground()
        && batchSizes(due->size(), options.batchSize, true).size() > 1;
    QList<QList<qint64>> batches;
    qsizetype from = 0;
    for (qsizetype size : batchSizes(due->size(), options.batchSize, readingAhead)) {
        batches.append(due->mid(from, size));
        from += size;
    }
    std::optional<ProcessPrefetcher> prefetcher;
    if (readingAhead)
        prefetcher.emplace(m_database.config(), date, batches, options.whileReadingAhead);
    // Batch i + 1 is released to the thread once batch i holds the write lock, so its rows show
    // the database after batch i − 1, and maybe after batch i. They are used only if no other
    // connection has committed since batch i (SQLite's data version, read under the lock), and
    // the debtors' earlier cases (the one thing a batch reads of cases outside it) are read
    // again for the cases whose debtor had a case change status in batch i.
    qint64 dataVersion = -1;
    // The debtors with a case whose status changed in this batch, and in the batch before.
    QSet<qint64> statusChangedDebtors;
    QSet<qint64> changedInBatchBefore;

    ProcessBatchRows rows;
    QList<CaseSnapshot> snapshots;
    for (qsizetype index = 0; index < batches.size(); ++index) {
        if (cancel && cancel->load()) {
            report.cancelled = true;
            break;
        }
        BatchTally tally;
        if (WalCheckpointer *checkpointer = m_database.checkpointer();
            prefetcher && checkpointer && checkpointer->logOverLimit()) {
            // The transaction below waits for a pass that lets the log start over; a pass copies
            // nothing that an open read snapshot still needs: let the reading thread finish first.
            prefetcher->waitUntilNotReading();
        }
        UnitOfWork unit(m_database);
        if (!unit.ok())
            return fail(unit.status().error());
        bool readAhead = false;
        if (prefetcher) {
            // Taken in any case, so that the thread goes on with the next one.
            readAhead = prefetcher->take(index, rows);
            if (readAhead) {
                const auto version = m_database.dataVersion();
                if (!version || *version != dataVersion) {
                    readAhead = false;
                    ++report.readAhead.discarded;
                }
            }
            prefetcher->release(index + 1); // under this batch's write lock
        }
        if (readAhead) {
            ++report.readAhead.used;
        } else if (Status loaded
                   = cases.loadBatch(batches.at(index), date, !options.dryRun, rows);
                   !loaded) {
            return abort(unit, loaded.error());
        }
        // Rows read in this transaction show the batch before; rows read ahead may not.
        changedInBatchBefore = readAhead ? std::exchange(statusChangedDebtors, {}) : QSet<qint64>();
        statusChangedDebtors.clear();
        builder.build(rows, snapshots);
        writer.setStamp(QDateTime::currentDateTimeUtc());
        for (qsizetype i = 0; i < snapshots.size(); ++i) {
            CaseSnapshot &s = snapshots[i];
            const qint64 debtorId = s.row->caseData.debtorId;
            const bool staleBefore = changedInBatchBefore.contains(debtorId);
            if (staleBefore || statusChangedDebtors.contains(debtorId)) {
                // Another case of the debtor changed status after the rows were read (earlier in
                // this batch, or in the one before): the score reads the debtor's cases as they
                // are now, so that the outcome does not depend on where the batches end.
                if (Status reloaded = cases.reloadHistory(s.process.caseId, rows); !reloaded)
                    return abort(unit, reloaded.error());
                builder.rebuild(rows, i, s);
                report.readAhead.historyReloads += staleBefore;
            }
            const ProcessDecision d = engine.decide(s.process, *s.policy, date);
            ++tally.examined;
            if (!d.changed())
                continue;
            ++tally.changed;
            tally.refusals += d.refusals.size();
            for (const PlannedAction &a : d.actions)
                ++tally.actions[size_t(a.type)];
            if (options.verbose)
                tally.lines.append(lineFor(s, d));
            if (options.dryRun)
                continue;
            if (d.newStatus != s.process.status)
                statusChangedDebtors.insert(debtorId);
            if (options.beforeCaseWrite) {
                if (Status allowed = options.beforeCaseWrite(s.process.caseId); !allowed)
                    return abort(unit, allowed.error());
            }
            const Status written = writer.write(s, d);
            if (!written) {
                Error error = written.error();
                error.message = tr("Case %1: %2").arg(s.row->caseData.caseNo, error.message);
                return abort(unit, error);
            }
        }
        if (prefetcher) {
            // Read under the write lock: it changes only when another connection commits after
            // this batch (this connection's own commits leave it as it is).
            const auto version = m_database.dataVersion();
            dataVersion = version ? *version : -1;
        }
        if (options.dryRun) {
            unit.rollback();
        } else if (Status flushed = writer.flush(); !flushed) {
            return abort(unit, flushed.error());
        } else if (Status committed = unit.commit(); !committed) {
            return fail(committed.error());
        }
        report.casesExamined += tally.examined;
        report.casesChanged += tally.changed;
        report.refusals += tally.refusals;
        for (ActionType type : allActionTypes())
            report.actions[machineName(type)] += tally.actions[size_t(type)];
        report.cases += tally.lines;
        if (progress
            && !progress({report.casesExamined, report.casesDue, qint64(timer.elapsed())})) {
            report.cancelled = true;
            break;
        }
    }
    report.elapsedMs = timer.elapsed();
    if (Status logged
        = finishLog(report.cancelled ? QStringLiteral("cancelled") : QStringLiteral("finished"));
        !logged)
        return logged.error();
    return report;
}

QList<qsizetype> DailyRunService::batchSizes(qsizetype due, int batchSize, bool readingAhead)
{
    constexpr int kSmallestRamped = 16;
    batchSize = std::max(batchSize, 1);
    QList<qsizetype> sizes;
    qsizetype next = readingAhead && batchSize >= kSmallestRamped ? batchSize / 8 : batchSize;
    for (qsizetype left = due; left > 0;) {
        const qsizetype size = std::min(next, left);
        sizes.append(size);
        left -= size;
        next = std::min<qsizetype>(next * 2, batchSize);
    }
    return sizes;
}

} // namespace Fordran
