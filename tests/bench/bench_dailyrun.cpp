// Benchmark of the daily run on the benchmark database (FORDRAN_BENCH_DB, the million-case demo
// database scripts/run-bench.sh builds). The database is copied to a temporary file first (the
// run writes). In the same process:
//  1. a bare SQL pass: the same selection of due cases in the same batches and transactions,
//     reading the same rows the run reads, with the same statements (the due ids from the index,
//     then per batch the cases with their debtors, claims, ledger lines, the debtors' earlier
//     cases, pauses) and updating every case row, with no engine and no other writes — the floor
//     of what any run must cost. Twice: writing next_action_date back as it
//     is, and moving it to the next day as a run moves a case on (then put back, untimed);
//  2. the daily run (DailyRunService) over the same cases, for the demo data's "today". As on
//     any SQLite file, it reads each next batch on a second connection and thread while it
//     writes the current one (DailyRunOptions::readAhead); the bare pass reads and writes on one
//     thread. FORDRAN_BENCH_READ_AHEAD=0 makes the run read on one thread too, for comparison;
//  3. the same bare pass over the case rows alone (no claims, ledger, history or pauses),
//     timed before the run, for comparison.
// Printed: cases/s of the run and of each pass, and the ratio run / bare pass.
// Targets: ≥ 20,000 cases/s and ≤ 3× the bare pass.
#include "bench/benchmemory.h"
#include "models/services/dailyrunservice.h"
#include "models/storage/database.h"
#include "models/storage/unitofwork.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>


using namespace Fordran;

namespace {

// The run's own batch size, for the bare pass too: the same transactions.
const int BatchSize = DailyRunOptions().batchSize;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void line(const QString &text)
{
    out() << text << '\n';
    out().flush();
}

// The daily run's selection (ProcessCaseRepository).
const QString kDue
    = QStringLiteral("c.status IN ('new', 'reminder', 'collection', 'disputed', 'paused') "
                     "AND (c.next_action_date IS NULL OR c.next_action_date <= ?)");

/*! Runs \a q (prepared) with \a values and reads every column of every row; gives the rows. */
qint64 readAll(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        qFatal("bare pass: %s", qPrintable(q.lastError().text()));
    qint64 rows = 0;
    const int columns = q.record().count();
    while (q.next()) {
        for (int c = 0; c < columns; ++c)
            q.value(c);
        ++rows;
    }
    q.finish();
    return rows;
}

/*! The ids as one JSON array, bound for "IN (SELECT value FROM json_each(?))". */
QString jsonIds(const QList<qint64> &ids)
{
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += u'[';
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            text += u',';
        text += QString::number(ids.at(i));
    }
    text += u']';
    return text;
}

/*!
 * The bare pass; gives the cases it updated. It reads as the run reads
 * (ProcessCaseRepository::dueIds() and loadBatch()): the due ids once from the index, then per
 * batch of ids the cases still due with their debtors, and by the list of those the claims,
 * ledger lines and debtors' earlier cases, and the pauses in the batch's id range. Each case's
 * next action date is written back as it is, or, with \a moved, set to the day after \a date (as a
 * run moves a case on; the original dates are appended to \a moved so that restore() can put
 * them back).
 */
qint64 barePass(Database &db, QDate date, bool withDetails,
                QList<std::pair<qint64, QVariant>> *moved = nullptr)
{
    const QSqlDatabase connection = db.connection();
    QSqlQuery dueIds(connection), cases(connection), claims(connection), ledger(connection),
        history(connection), pauses(connection), update(connection), ids(connection);
    for (QSqlQuery *q : {&dueIds, &cases, &claims, &ledger, &history, &pauses, &update, &ids})
        q->setForwardOnly(true);
    const QString inList = QStringLiteral(" IN (SELECT value FROM json_each(?))");
    const bool ok
        = dueIds.prepare(u"SELECT c.id FROM cases c WHERE "_qs + kDue + u" ORDER BY c.id"_qs)
        && cases.prepare(
            u"SELECT c.id, c.case_no, c.client_id, c.debtor_id, c.ocr, c.status, c.segment, "
            "c.assigned_user_id, c.opened_on, c.next_action_date, c.next_action, c.paused_until, "
            "c.pause_reason, c.closed_on, c.close_reason, c.balance_ore, c.created_at, c.process_template, c.process_step, "
            "c.process_step_id, c.process_occurrence, c.process_step_date, c.process_deadline, "
            "c.reminders_sent, c.demand_sent_on, c.demand_deadline, "
            "c.limitation_alerted_through, c.process_finished, c.refusal_key, c.rules_version, "
            "c.score, d.identity, CASE WHEN d.phone <> '' THEN 1 ELSE 0 END, "
            "CASE WHEN d.email <> '' THEN 1 ELSE 0 END, "
            "CASE WHEN d.address <> '' AND d.city <> '' THEN 1 ELSE 0 END "
            "FROM cases c NOT INDEXED JOIN debtors d ON d.id = c.debtor_id WHERE c.id"_qs
            + inList + u" AND "_qs + kDue + u" ORDER BY c.id"_qs)
        && claims.prepare(
            u"SELECT cl.id, cl.case_id, cl.client_id, cl.invoice_no, cl.invoice_date, "
            "cl.due_date, cl.contract_date, cl.original_amount_ore, cl.debtor_type, "
            "cl.reminder_fee_agreed, cl.interest_kind, cl.interest_margin_bp, "
            "cl.interest_fixed_rate_bp, cl.disputed FROM claims cl WHERE cl.case_id"_qs
            + inList + u" ORDER BY cl.case_id, cl.id"_qs)
        && ledger.prepare(
            u"SELECT l.case_id, l.claim_id, l.kind, l.component, l.fee_type, l.entry_date, "
            "l.amount_ore, l.reference FROM ledger l WHERE l.case_id"_qs
            + inList + u" ORDER BY l.case_id, l.entry_date, l.id"_qs)
        && history.prepare(
            u"SELECT c.id, h.status, h.close_reason FROM cases c JOIN cases h ON h.debtor_id = "
            "c.debtor_id AND h.id <> c.id AND (h.opened_on < c.opened_on OR (h.opened_on = "
            "c.opened_on AND h.id < c.id)) WHERE c.id"_qs
            + inList + u" ORDER BY c.id"_qs)
        && pauses.prepare(QStringLiteral("SELECT id, case_id, claim_id, reason, from_date, until, "
                                         "note FROM pauses WHERE case_id > ? AND case_id <= ? "
                                         "AND ended_on IS NULL ORDER BY case_id, id"))
        && update.prepare(QStringLiteral("UPDATE cases SET next_action_date = ? WHERE id = ?"))
        && ids.prepare(u"SELECT c.id, c.next_action_date FROM cases c NOT INDEXED WHERE c.id"_qs
                       + inList + u" AND "_qs + kDue + u" ORDER BY c.id"_qs);
    if (!ok)
        qFatal("bare pass: cannot prepare");

    QList<qint64> due;
    dueIds.bindValue(0, date);
    if (!dueIds.exec())
        qFatal("bare pass: %s", qPrintable(dueIds.lastError().text()));
    while (dueIds.next())
        due.append(dueIds.value(0).toLongLong());
    dueIds.finish();

    qint64 updated = 0;
    QList<std::pair<qint64, QVariant>> rows;
    QList<qint64> still;
    for (qsizetype from = 0; from < due.size(); from += BatchSize) {
        const QList<qint64> batch = due.mid(from, BatchSize);
        UnitOfWork unit(db);
        rows.clear();
        QSqlQuery &selection = withDetails ? cases : ids;
        const int nextColumn = withDetails ? 9 : 1; // c.next_action_date
        selection.bindValue(0, jsonIds(batch));
        selection.bindValue(1, date);
        if (!selection.exec())
            qFatal("bare pass: %s", qPrintable(selection.lastError().text()));
        const int columns = selection.record().count();
        while (selection.next()) {
            for (int c = 0; c < columns; ++c)
                selection.value(c);
            rows.append({selection.value(0).toLongLong(), selection.value(nextColumn)});
        }
        selection.finish();
        if (withDetails && !rows.isEmpty()) {
            still.clear();
            for (const auto &row : std::as_const(rows))
                still.append(row.first);
            const QString list = jsonIds(still);
            readAll(claims, {list});
            readAll(ledger, {list});
            readAll(history, {list});
            readAll(pauses, {batch.constFirst() - 1, batch.constLast()});
        }
        for (const auto &[id, next] : std::as_const(rows)) {
            update.bindValue(0, moved ? QVariant(date.addDays(1)) : next);
            update.bindValue(1, id);
            if (!update.exec())
                qFatal("bare pass: %s", qPrintable(update.lastError().text()));
            ++updated;
        }
        if (!unit.commit())
            qFatal("bare pass: commit failed");
        if (moved)
            moved->append(rows);
    }
    return updated;
}

/*! Puts back the next action dates a moving bare pass changed. */
void restore(Database &db, const QList<std::pair<qint64, QVariant>> &moved)
{
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE cases SET next_action_date = ? WHERE id = ?"));
    for (qsizetype i = 0; i < moved.size(); i += BatchSize) {
        UnitOfWork unit(db);
        for (qsizetype j = i; j < std::min(moved.size(), i + BatchSize); ++j) {
            update.bindValue(0, moved.at(j).second);
            update.bindValue(1, moved.at(j).first);
            if (!update.exec())
                qFatal("restore: %s", qPrintable(update.lastError().text()));
        }
        if (!unit.commit())
            qFatal("restore: commit failed");
    }
}

QString rate(qint64 cases, qint64 ms)
{
    return QString::number(ms > 0 ? cases * 1000 / ms : 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString source = qEnvironmentVariable("FORDRAN_BENCH_DB");
    if (source.isEmpty() || !QFileInfo::exists(source)) {
        line(QStringLiteral("bench_dailyrun: set FORDRAN_BENCH_DB to the benchmark database "
                            "(scripts/run-bench.sh builds it)"));
        return 1;
    }
    QTemporaryDir dir(QDir::tempPath() + u"/fordran-bench-XXXXXX"_qs);
    const QString copy = dir.filePath(QStringLiteral("dailyrun.sqlite"));
    QElapsedTimer timer;
    timer.start();
    if (!QFile::copy(source, copy)) {
        line(QStringLiteral("bench_dailyrun: cannot copy %1 to %2").arg(source, copy));
        return 1;
    }
    line(QStringLiteral("  copied the benchmark database in %1 s").arg(timer.elapsed() / 1000.0));

    auto opened = Database::open(DatabaseConfig::sqlite(copy));
    if (!opened) {
        line(u"bench_dailyrun: "_qs + opened.error().message + u": " + opened.error().detail);
        return 1;
    }
    Database &db = **opened;
    timer.restart();
    if (const Status migrated = db.migrate(); !migrated) {
        line(u"bench_dailyrun: "_qs + migrated.error().message + u": " + migrated.error().detail);
        return 1;
    }
    line(QStringLiteral("  migrated to schema %1 in %2 s")
             .arg(db.schemaVersion())
             .arg(timer.elapsed() / 1000.0));

    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*), MAX(opened_on) FROM cases"));
    q.next();
    const qint64 total = q.value(0).toLongLong();
    const QDate date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    q.finish();
    line(QStringLiteral("  %1 cases; run date %2 (the demo data's today)")
             .arg(total)
             .arg(date.toString(Qt::ISODate)));

    // Warm the page cache the same way for all: one untimed pass over every row read.
    barePass(db, date, true);

    timer.restart();
    const qint64 casesOnly = barePass(db, date, false);
    const qint64 casesOnlyMs = timer.elapsed();
    line(QStringLiteral("  bare pass over the case rows alone: %1 cases in %2 ms = %3 cases/s")
             .arg(casesOnly)
             .arg(casesOnlyMs)
             .arg(rate(casesOnly, casesOnlyMs)));

    timer.restart();
    const qint64 bare = barePass(db, date, true);
    const qint64 bareMs = timer.elapsed();
    line(QStringLiteral("  bare SQL pass (same rows read, next action date written back): %1 "
                        "cases in %2 ms = %3 cases/s")
             .arg(bare)
             .arg(bareMs)
             .arg(rate(bare, bareMs)));

    QList<std::pair<qint64, QVariant>> moved;
    timer.restart();
    const qint64 bareMoved = barePass(db, date, true, &moved);
    const qint64 movedMs = timer.elapsed();
    line(QStringLiteral("  bare SQL pass (same rows read, next action date moved a day): %1 "
                        "cases in %2 ms = %3 cases/s")
             .arg(bareMoved)
             .arg(movedMs)
             .arg(rate(bareMoved, movedMs)));
    restore(db, moved);

    DailyRunOptions options;
    options.batchSize = BatchSize;
    // FORDRAN_BENCH_READ_AHEAD=0: every batch read in its own transaction, for comparison.
    options.readAhead = qEnvironmentVariable("FORDRAN_BENCH_READ_AHEAD") != u"0";
    Bench::MemoryProbe memory;
    const auto sampleMemory = [&memory](const DailyRunProgress &) {
        memory.sample();
        return true;
    };
    timer.restart();
    const auto report = DailyRunService(db).run(date, options, sampleMemory);
    const qint64 runMs = timer.elapsed();
    if (!report) {
        line(u"bench_dailyrun: "_qs + report.error().message + u": " + report.error().detail);
        return 1;
    }
    line(QStringLiteral("  daily run: %1 cases examined (%2 changed) in %3 ms = %4 cases/s "
                        "(target ≥ 20000: %5)")
             .arg(report->casesExamined)
             .arg(report->casesChanged)
             .arg(runMs)
             .arg(rate(report->casesExamined, runMs))
             .arg(report->casesExamined * 1000 >= 20000 * runMs ? u"met"_qs : u"MISSED"_qs));
    QStringList actions;
    for (auto it = report->actions.cbegin(); it != report->actions.cend(); ++it) {
        if (it.value() > 0)
            actions.append(it.key() + u' ' + QString::number(it.value()));
    }
    line(u"    actions: "_qs + actions.join(u", "));
    line(QStringLiteral("    batches read ahead on a second connection: %1 used, %2 read again "
                        "(another connection had written), %3 cases' earlier cases read again")
             .arg(report->readAhead.used)
             .arg(report->readAhead.discarded)
             .arg(report->readAhead.historyReloads));
    const auto ratioTo = [runMs](qint64 ms) {
        return ms > 0 ? double(runMs) / double(ms) : 0.0;
    };
    line(QStringLiteral("  ratio run / bare pass (target ≤ 3): %1 to the pass moving the dates "
                        "(%2), %3 to the one writing them back (%4); %5 to the case rows alone")
             .arg(ratioTo(movedMs), 0, 'f', 2)
             .arg(ratioTo(movedMs) <= 3.0 ? u"met"_qs : u"MISSED"_qs)
             .arg(ratioTo(bareMs), 0, 'f', 2)
             .arg(ratioTo(bareMs) <= 3.0 ? u"met"_qs : u"MISSED"_qs)
             .arg(ratioTo(casesOnlyMs), 0, 'f', 2));

    line(QStringLiteral("  over the whole database: %1 cases in %2 ms = %3 cases/s")
             .arg(total)
             .arg(runMs)
             .arg(rate(total, runMs)));

    timer.restart();
    const auto again = DailyRunService(db).run(date, options);
    if (again)
        line(
            QStringLiteral("  second run for the same date: %1 cases examined, %2 changed in %3 ms")
                .arg(again->casesExamined)
                .arg(again->casesChanged)
                .arg(timer.elapsed()));
    // The days after: what a nightly run costs once every case has been run once.
    for (int day = 1; day <= 3; ++day) {
        timer.restart();
        const auto next = DailyRunService(db).run(date.addDays(day), options, sampleMemory);
        const qint64 ms = timer.elapsed();
        if (next)
            line(QStringLiteral("  run for %1: %2 cases examined (%3 changed) in %4 ms = %5 "
                                "cases/s")
                     .arg(date.addDays(day).toString(Qt::ISODate))
                     .arg(next->casesExamined)
                     .arg(next->casesChanged)
                     .arg(ms)
                     .arg(rate(next->casesExamined, ms)));
    }
    line(u"  "_qs + memory.text());
    return 0;
}
