// DailyRunService on SQLite and PostgreSQL over demo data: idempotency (a second run for the
// same date writes nothing), catch-up after missed days (no double fees or letters, never more
// than running every day), Cancel and a failing write part-way (every case fully advanced or
// untouched; running the date again gives exactly what an uninterrupted run gives), dry runs
// that write nothing, the rules version recorded on cases and events, and refusing a date
// before the last run.
#include "dailyrunfixture.h"
#include "storage/storagetestutil.h"

#include "models/rules/rulesset.h"
#include "models/services/dailyrunservice.h"
#include "models/services/processprefetcher.h"
#include "models/services/rulesservice.h"
#include "models/storage/processcaserepository.h"
#include "models/storage/runlogrepository.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/walcheckpointer.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Fordran;
using namespace Fordran::Test;

namespace {

const QDate Today(2026, 3, 2); // a Monday: the demo data's today and the first run date
constexpr qint64 Cases = 500;
constexpr int Batch = 8; // small batches, so that a few dozen due cases make several
constexpr quint32 Seed = 11;

QString errorOf(const Result<DailyRunReport> &r)
{
    return r ? QString() : r.error().message + u": " + r.error().detail;
}

qint64 actionTotal(const DailyRunReport &r)
{
    qint64 n = 0;
    for (qint64 count : r.actions)
        n += count;
    return n;
}

/*! Fills \a a and its twin \a b with the same demo cases: twins run alike, case by case. */
bool fillTwins(TestDatabase &a, TestDatabase &b)
{
    return b.ok() && fillDemo(a.db(), Cases, Seed, Today).ok()
        && fillDemo(b.db(), Cases, Seed, Today).ok();
}

/*! The ids of the cases due on \a date, in the order the run takes them (empty on an error). */
QList<qint64> dueOn(Database &db, QDate date)
{
    return ProcessCaseRepository(db).dueIds(date).valueOr({});
}

/*!
 * Makes a batch boundary cross a debtor: of the cases due on Today that the first run closes
 * as time-barred (a dry run shows which), one that ends a batch of a run reading ahead with
 * batches of \a batch; the next case due becomes a later case of the same debtor, so its
 * debtor's earlier cases change in the batch before it. (A run that reads no batch ahead, with
 * other batch ends, may hold both cases in one batch: then they test the re-read within it.) Gives the two case ids (0, 0 if the demo data has no such case).
 */
std::pair<qint64, qint64> shareDebtorAcrossBatches(Database &db, int batch)
{
    DailyRunOptions dry;
    dry.dryRun = true;
    dry.verbose = true;
    const auto preview = DailyRunService(db).run(Today, dry);
    if (!preview)
        return {0, 0};
    QStringList closing;
    for (const DailyRunCaseLine &line : preview->cases) {
        if (line.actions.contains(u"closed_time_barred"_qs))
            closing.append(line.caseNo);
    }
    const QList<qint64> due = dueOn(db, Today);
    // The batches of a run that reads ahead (the first ones smaller for larger batch sizes).
    qsizetype i = -1;
    for (qsizetype size : DailyRunService::batchSizes(due.size(), batch, true)) {
        i += size;
        if (i + 1 >= due.size())
            break;
        const qint64 first = due.at(i), second = due.at(i + 1);
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT case_no FROM cases WHERE id = %1"_qs.arg(first)) || !q.next()
            || !closing.contains(q.value(0).toString()))
            continue;
        q.finish();
        const bool ok
            = q.exec(u"UPDATE cases SET debtor_id = (SELECT debtor_id FROM cases WHERE id = %1), "
                     "opened_on = (SELECT MAX(opened_on) FROM cases WHERE id IN (%1, %2)) "
                     "WHERE id = %2"_qs.arg(first).arg(second))
            && q.exec(u"UPDATE case_debtors SET debtor_id = (SELECT debtor_id FROM cases WHERE "
                      "id = %1) WHERE case_id = %1 AND role = 'main'"_qs.arg(second));
        return ok ? std::pair {first, second} : std::pair<qint64, qint64> {0, 0};
    }
    return {0, 0};
}

DailyRunOptions batches(int size)
{
    DailyRunOptions o;
    o.batchSize = size;
    return o;
}

} // namespace

class TestDailyRunService final : public QObject
{
    Q_OBJECT

private slots:
    void sameDateTwiceWritesNothing_data() { addEngineRows(); }
    void sameDateTwiceWritesNothing()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(fillDemo(test.db(), Cases, Seed, Today).ok());
        DailyRunService service(test.db());
        const auto first = service.run(Today, batches(50));
        QVERIFY2(first.ok(), qPrintable(errorOf(first)));
        QVERIFY2(first->casesExamined > 0 && actionTotal(*first) > 0,
                 "the demo data must give the first run work");
        const auto countsBefore = tableCounts(test.db());
        const auto printsBefore = fingerprints(test.db());

        const auto second = service.run(Today, batches(50));
        QVERIFY2(second.ok(), qPrintable(errorOf(second)));
        QCOMPARE(second->casesChanged, 0);
        QCOMPARE(actionTotal(*second), 0);
        QCOMPARE(tableCounts(test.db()), countsBefore);
        QCOMPARE(fingerprints(test.db()), printsBefore);
    }

    void catchUpAfterMissedDays_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("gap");
        for (const QString &engine : engines()) {
            newEngineRow(engine, "14 days") << 14;
            newEngineRow(engine, "40 days") << 40;
        }
    }
    void catchUpAfterMissedDays()
    {
        QFETCH(int, gap);
        FORDRAN_TEST_DATABASE(skipping);
        TestDatabase daily(engine);
        QVERIFY2(fillTwins(skipping, daily), qPrintable(daily.errorText()));

        // One database runs every day, the other on the first and the last day only.
        DailyRunService everyDay(daily.db());
        for (int day = 0; day <= gap; ++day) {
            const auto r = everyDay.run(Today.addDays(day), batches(100));
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        }
        DailyRunService skipper(skipping.db());
        QVERIFY(skipper.run(Today, batches(100)).ok());
        const auto late = skipper.run(Today.addDays(gap), batches(100));
        QVERIFY2(late.ok(), qPrintable(errorOf(late)));
        QVERIFY(late->casesExamined > 0);

        // No double fees: at most one fee of each statutory type per claim.
        QCOMPARE(
            scalar(skipping.db(),
                   u"SELECT COUNT(*) FROM (SELECT claim_id, fee_type FROM ledger "
                   "WHERE kind = 'fee' AND fee_type IN ('reminder', 'inkassokrav', "
                   "'b2b_compensation') GROUP BY claim_id, fee_type HAVING COUNT(*) > 1) x"_qs),
            0);
        // No double letters: one inkassokrav per case; one template step a day per case.
        QCOMPARE(scalar(skipping.db(),
                        u"SELECT COUNT(*) FROM (SELECT case_id FROM outbox WHERE action = "
                        "'inkassokrav_letter' GROUP BY case_id HAVING COUNT(*) > 1) x"_qs),
                 0);
        const QString perDay = QStringLiteral(
            "SELECT COUNT(*) FROM (SELECT case_id, created_on FROM (SELECT case_id, created_on "
            "FROM outbox UNION ALL SELECT case_id, created_on FROM tasks WHERE kind <> "
            "'limitation') steps GROUP BY case_id, created_on HAVING COUNT(*) > 1) x");
        QCOMPARE(scalar(skipping.db(), perDay), 0);
        // Never more than running every day would have done.
        for (const char *sql :
             {"SELECT COUNT(*) FROM ledger WHERE kind = 'fee'",
              "SELECT COUNT(*) FROM outbox WHERE kind = 'letter'",
              "SELECT COUNT(*) FROM ledger WHERE kind = 'fee' AND fee_type = 'inkassokrav'"}) {
            const QString query = QString::fromLatin1(sql);
            QVERIFY2(scalar(skipping.db(), query) <= scalar(daily.db(), query), sql);
        }
        // And the late run for the same date again changes nothing.
        const auto again = skipper.run(Today.addDays(gap), batches(100));
        QVERIFY(again.ok());
        QCOMPARE(actionTotal(*again), 0);
    }

    void cancelLeavesWholeCases_data() { addEngineRows(); }
    void cancelLeavesWholeCases()
    {
        FORDRAN_TEST_DATABASE(test);
        TestDatabase twin(engine);
        QVERIFY2(fillTwins(test, twin), qPrintable(twin.errorText()));
        const auto before = fingerprints(test.db());

        // Cancel from "another thread" after the second batch.
        std::atomic_bool cancel = false;
        int batchesDone = 0;
        const auto cancelled = DailyRunService(test.db()).run(
            Today, batches(Batch),
            [&](const DailyRunProgress &) {
                if (++batchesDone == 2)
                    cancel = true;
                return true;
            },
            &cancel);
        QVERIFY2(cancelled.ok(), qPrintable(errorOf(cancelled)));
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->casesExamined, 2 * Batch);
        QVERIFY(cancelled->casesDue > cancelled->casesExamined);

        const auto uninterrupted = DailyRunService(twin.db()).run(Today, batches(Batch));
        QVERIFY(uninterrupted.ok());
        const auto full = fingerprints(twin.db());
        const auto partial = fingerprints(test.db());
        int advanced = 0;
        int untouched = 0;
        for (auto it = partial.cbegin(); it != partial.cend(); ++it) {
            const bool isBefore = it.value() == before.value(it.key());
            const bool isFull = it.value() == full.value(it.key());
            QVERIFY2(isBefore || isFull,
                     qPrintable(u"case "_qs + QString::number(it.key()) + u" is half advanced"));
            advanced += isFull && !isBefore;
            untouched += isBefore && !isFull;
        }
        QVERIFY(advanced > 0);
        QVERIFY(untouched > 0);

        // Running the date again finishes the rest: the same as one run without Cancel.
        const auto rest = DailyRunService(test.db()).run(Today, batches(Batch));
        QVERIFY(rest.ok());
        QCOMPARE(fingerprints(test.db()), full);
        const auto runs = RunLogRepository(test.db()).recent(5);
        QVERIFY(runs.ok() && runs->size() == 2);
        QCOMPARE(runs->at(1).outcome, u"cancelled"_qs);
        QCOMPARE(runs->at(0).outcome, u"finished"_qs);
    }

    void failingWriteRollsBackItsBatch_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("failAt");
        for (const QString &engine : engines()) {
            newEngineRow(engine, "first case of a batch") << 1;
            newEngineRow(engine, "mid-batch") << Batch / 2;
            newEngineRow(engine, "second batch, mid") << Batch + Batch / 2;
        }
    }
    void failingWriteRollsBackItsBatch()
    {
        QFETCH(int, failAt);
        FORDRAN_TEST_DATABASE(test);
        TestDatabase twin(engine);
        QVERIFY2(fillTwins(test, twin), qPrintable(twin.errorText()));
        const auto before = fingerprints(test.db());
        const auto countsBefore = tableCounts(test.db());

        DailyRunOptions options = batches(Batch);
        int writes = 0;
        qint64 failedCase = 0;
        options.beforeCaseWrite = [&](qint64 caseId) -> Status {
            if (++writes < failAt)
                return {};
            failedCase = caseId;
            return Error(QStringLiteral("simulated crash"));
        };
        const auto crashed = DailyRunService(test.db()).run(Today, options);
        QVERIFY(!crashed.ok());
        QVERIFY(crashed.error().message.contains(u"simulated crash"));

        QVERIFY(DailyRunService(twin.db()).run(Today, batches(Batch)).ok());
        const auto full = fingerprints(twin.db());
        const auto after = fingerprints(test.db());
        QCOMPARE(after.value(failedCase), before.value(failedCase));
        int advanced = 0;
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            const bool isBefore = it.value() == before.value(it.key());
            QVERIFY2(isBefore || it.value() == full.value(it.key()),
                     qPrintable(u"case "_qs + QString::number(it.key()) + u" is half advanced"));
            advanced += !isBefore;
        }
        if (failAt <= Batch) // the failure was in the first batch: nothing stays
            QCOMPARE(tableCounts(test.db()), countsBefore);
        else
            QVERIFY(advanced > 0);
        const auto runs = RunLogRepository(test.db()).recent(1);
        QVERIFY(runs.ok() && runs->size() == 1);
        QCOMPARE(runs->first().outcome, u"failed"_qs);

        // The next run for the date finishes the job exactly as one uninterrupted run.
        const auto rerun = DailyRunService(test.db()).run(Today, batches(Batch));
        QVERIFY2(rerun.ok(), qPrintable(errorOf(rerun)));
        QCOMPARE(fingerprints(test.db()), full);
    }

    void dryRunWritesNothing_data() { addEngineRows(); }
    void dryRunWritesNothing()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(fillDemo(test.db(), Cases, Seed, Today).ok());
        const auto before = fingerprints(test.db());
        DailyRunOptions dry = batches(30);
        dry.dryRun = true;
        dry.verbose = true;
        const auto preview = DailyRunService(test.db()).run(Today, dry);
        QVERIFY2(preview.ok(), qPrintable(errorOf(preview)));
        QVERIFY(preview->dryRun);
        QCOMPARE(fingerprints(test.db()), before);
        QCOMPARE(scalar(test.db(), u"SELECT COUNT(*) FROM rules_versions"_qs), 0);
        QCOMPARE(preview->cases.size(), preview->casesChanged);

        // What the preview said is what the run does.
        const auto real = DailyRunService(test.db()).run(Today, batches(30));
        QVERIFY(real.ok());
        QCOMPARE(real->actions, preview->actions);
        QCOMPARE(real->casesChanged, preview->casesChanged);
        QCOMPARE(scalar(test.db(), u"SELECT COUNT(*) FROM outbox"_qs),
                 preview->actions.value(u"reminder_letter"_qs)
                     + preview->actions.value(u"inkassokrav_letter"_qs)
                     + preview->actions.value(u"intensive_letter"_qs)
                     + preview->actions.value(u"sms_notice"_qs)
                     + preview->actions.value(u"intensive_sms"_qs));
    }

    void rulesVersionRecorded_data() { addEngineRows(); }
    void rulesVersionRecorded()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(fillDemo(test.db(), Cases, Seed, Today).ok());
        const qint64 lastDemoEvent = scalar(test.db(), u"SELECT MAX(id) FROM events"_qs);
        const auto first = DailyRunService(test.db()).run(Today, batches(100));
        QVERIFY(first.ok());
        const RulesSet builtIn = RulesSet::builtIn().value();
        QCOMPARE(first->rulesVersion, builtIn.version());
        QCOMPARE(scalar(test.db(), u"SELECT COUNT(*) FROM rules_versions"_qs), 1);
        const QString runEvents
            = u"SELECT COUNT(*) FROM events WHERE id > "_qs + QString::number(lastDemoEvent);
        QVERIFY(scalar(test.db(), runEvents) > 0);
        QCOMPARE(scalar(test.db(),
                        runEvents + u" AND rules_version <> '"_qs + builtIn.version() + u'\''),
                 0);
        QCOMPARE(scalar(test.db(),
                        u"SELECT COUNT(*) FROM cases WHERE score IS NOT NULL AND "
                        "rules_version <> '"_qs
                            + builtIn.version() + u'\''),
                 0);

        // A new version valid from tomorrow acts from tomorrow, and is recorded.
        const RulesSet next = builtIn.withVersion(u"2026.9"_qs, Today.addDays(1)).value();
        const auto imported = RulesService(test.db()).import(next.toJson(), u"tester"_qs);
        QVERIFY2(imported.ok(), imported ? "" : qPrintable(imported.error().message));
        const qint64 lastEvent = scalar(test.db(), u"SELECT MAX(id) FROM events"_qs);
        const auto second = DailyRunService(test.db()).run(Today.addDays(1), batches(100));
        QVERIFY(second.ok());
        QCOMPARE(second->rulesVersion, u"2026.9"_qs);
        QCOMPARE(scalar(test.db(),
                        u"SELECT COUNT(*) FROM events WHERE id > "_qs + QString::number(lastEvent)
                            + u" AND rules_version <> '2026.9'"_qs),
                 0);
        const auto runs = RunLogRepository(test.db()).recent(2);
        QVERIFY(runs.ok() && runs->size() == 2);
        QCOMPARE(runs->at(0).rulesVersion, u"2026.9"_qs);
        QCOMPARE(runs->at(1).rulesVersion, builtIn.version());
        // The same content again, or the old name with new content, is refused.
        QVERIFY(!RulesService(test.db()).import(next.toJson(), u"tester"_qs).ok());
        const RulesSet renamed = next.withVersion(builtIn.version(), Today).value();
        QVERIFY(!RulesService(test.db()).import(renamed.toJson(), u"tester"_qs).ok());
    }

    void earlierDateRefused_data() { addEngineRows(); }
    void earlierDateRefused()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(fillDemo(test.db(), 20, Seed, Today).ok());
        QVERIFY(DailyRunService(test.db()).run(Today.addDays(3), {}).ok());
        const auto earlier = DailyRunService(test.db()).run(Today, {});
        QVERIFY(!earlier.ok());
        QCOMPARE(earlier.error().field, u"date"_qs);
        DailyRunOptions dry;
        dry.dryRun = true;
        QVERIFY(DailyRunService(test.db()).run(Today, dry).ok()); // a preview is harmless
        QVERIFY(!DailyRunService(test.db()).run(QDate(), {}).ok());
    }

    // A run reading ahead starts with smaller batches (an eighth, doubling), so that writing
    // starts soon and the reading thread keeps a batch ahead; every case is in exactly one batch.
    void batchSizes_data()
    {
        QTest::addColumn<qsizetype>("due");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("readingAhead");
        QTest::addColumn<QList<qsizetype>>("sizes");
        using Sizes = QList<qsizetype>;
        QTest::newRow("nothing due") << qsizetype(0) << 5000 << true << Sizes {};
        QTest::newRow("one batch") << qsizetype(300) << 5000 << false << Sizes {300};
        QTest::newRow("in one transaction each")
            << qsizetype(12001) << 5000 << false << Sizes {5000, 5000, 2001};
        QTest::newRow("reading ahead")
            << qsizetype(12001) << 5000 << true << Sizes {625, 1250, 2500, 5000, 2626};
        QTest::newRow("reading ahead, few due") << qsizetype(700) << 5000 << true << Sizes {625, 75};
        QTest::newRow("reading ahead, exactly") << qsizetype(625) << 5000 << true << Sizes {625};
        QTest::newRow("small batches stay whole")
            << qsizetype(11) << 5 << true << Sizes {5, 5, 1};
        QTest::newRow("smallest ramped") << qsizetype(40) << 16 << true << Sizes {2, 4, 8, 16, 10};
        QTest::newRow("batches of one") << qsizetype(3) << 1 << true << Sizes {1, 1, 1};
    }
    void batchSizes()
    {
        QFETCH(qsizetype, due);
        QFETCH(int, batchSize);
        QFETCH(bool, readingAhead);
        QFETCH(QList<qsizetype>, sizes);
        QCOMPARE(DailyRunService::batchSizes(due, batchSize, readingAhead), sizes);
    }

    // Where the batches end changes nothing: a debtor's cases in one batch are decided one
    // after the other, each scored on the debtor's cases as the ones before left them, as when
    // they fall in different batches (and as a run case by case does).
    void batchSizeChangesNothing_data() { addEngineRows(); }
    void batchSizeChangesNothing()
    {
        FORDRAN_TEST_DATABASE(test);
        TestDatabase twin(engine);
        QVERIFY2(fillTwins(test, twin), qPrintable(twin.errorText()));
        // A debtor with two cases due, the first closed as time-barred on Today.
        const auto shared = shareDebtorAcrossBatches(test.db(), 5);
        QVERIFY2(shared.first > 0, "the demo data must close a case as time-barred");
        QCOMPARE(shareDebtorAcrossBatches(twin.db(), 5), shared);
        DailyRunOptions oneByOne = batches(1);
        oneByOne.readAhead = false;
        DailyRunOptions allAtOnce = batches(100000);
        qint64 changed = 0;
        for (int day : {0, 1, 12, 13, 30, 60, 400, 1200}) {
            const auto a = DailyRunService(test.db()).run(Today.addDays(day), oneByOne);
            QVERIFY2(a.ok(), qPrintable(errorOf(a)));
            const auto b = DailyRunService(twin.db()).run(Today.addDays(day), allAtOnce);
            QVERIFY2(b.ok(), qPrintable(errorOf(b)));
            QCOMPARE(a->casesChanged, b->casesChanged);
            QCOMPARE(a->actions, b->actions);
            QCOMPARE(fingerprints(test.db()), fingerprints(twin.db()));
            changed += b->casesChanged;
        }
        QVERIFY(changed > 0);
    }

    // Reading each next batch on a second connection (SQLite files) gives exactly what reading
    // every batch in its own transaction gives, over days on which cases change status (and so
    // the earlier cases of debtors in the batches after them).
    void readAheadChangesNothing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("batch");
        for (const QString &engine : engines()) {
            // The fifth case due on Today is the one the demo data closes as time-barred.
            newEngineRow(engine, "batches of 1") << 1;
            newEngineRow(engine, "batches of 5") << 5;
            // Read ahead: 5, 10, 20, 40, 40, … cases; the twin: 40 each.
            newEngineRow(engine, "batches of 40, the first ones smaller") << 40;
        }
    }
    void readAheadChangesNothing()
    {
        QFETCH(int, batch);
        FORDRAN_TEST_DATABASE(test);
        TestDatabase twin(engine);
        QVERIFY2(fillTwins(test, twin), qPrintable(twin.errorText()));
        const auto [closing, later] = shareDebtorAcrossBatches(test.db(), batch);
        QVERIFY2(closing > 0, "the demo data must close a case as time-barred at a batch's end");
        QCOMPARE(shareDebtorAcrossBatches(twin.db(), batch), std::pair(closing, later));
        const DailyRunOptions ahead = batches(batch);
        DailyRunOptions inTransaction = batches(batch);
        inTransaction.readAhead = false;
        DailyRunReport::ReadAhead total;
        for (int day : {0, 1, 12, 13, 30, 60, 400, 1200}) {
            const auto a = DailyRunService(test.db()).run(Today.addDays(day), ahead);
            QVERIFY2(a.ok(), qPrintable(errorOf(a)));
            const auto b = DailyRunService(twin.db()).run(Today.addDays(day), inTransaction);
            QVERIFY2(b.ok(), qPrintable(errorOf(b)));
            QCOMPARE(a->casesExamined, b->casesExamined);
            QCOMPARE(a->casesChanged, b->casesChanged);
            QCOMPARE(a->actions, b->actions);
            QCOMPARE(b->readAhead.used, 0);
            total.used += a->readAhead.used;
            total.discarded += a->readAhead.discarded;
            total.historyReloads += a->readAhead.historyReloads;
            QCOMPARE(fingerprints(test.db()), fingerprints(twin.db()));
            if (day == 0) {
                QCOMPARE(scalar(twin.db(), u"SELECT COUNT(*) FROM cases WHERE id = %1 AND "
                                           "status = 'closed'"_qs.arg(closing)),
                         1);
            }
        }
        if (engine == sqliteEngine()) {
            QVERIFY(total.used > 0);
            QCOMPARE(total.discarded, 0); // no other connection wrote
            QVERIFY2(total.historyReloads > 0,
                     "the days must make cases change status before a later case of the same "
                     "debtor");
        } else {
            QCOMPARE(total.used, 0); // PostgreSQL reads each batch with its row locks
        }
    }

    // The reading thread gives a released batch once; one never released, or one it cannot read
    // (here: no database to connect to), gives nothing at once, so the run reads it itself.
    void prefetcherGivesOnlyWhatItRead_data()
    {
        QTest::addColumn<bool>("connects");
        QTest::newRow("reads") << true;
        QTest::newRow("cannot connect") << false;
    }
    void prefetcherGivesOnlyWhatItRead()
    {
        QFETCH(bool, connects);
        TestDatabase test(sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        QVERIFY(fillDemo(test.db(), 50, Seed, Today).ok());
        const QList<qint64> due = dueOn(test.db(), Today);
        QVERIFY(due.size() >= 4);
        QTemporaryDir folder;
        const DatabaseConfig config
            = connects ? test.config() : DatabaseConfig::sqlite(folder.path()); // a folder
        std::atomic<qsizetype> lastRead = -1;
        ProcessPrefetcher prefetcher(config, Today,
                                     {due.mid(0, 1), due.mid(1, 1), due.mid(2, 1), due.mid(3)},
                                     [&lastRead](qsizetype batch) { lastRead = batch; });
        ProcessBatchRows rows;
        QVERIFY(!prefetcher.take(0, rows)); // never released
        prefetcher.release(1);
        QCOMPARE(prefetcher.take(1, rows), connects);
        if (!connects)
            return;
        QCOMPARE(rows.cases.size(), 1);
        QCOMPARE(rows.cases.constFirst().caseData.id, due.at(1));
        QVERIFY(!prefetcher.take(1, rows)); // given once
        // Batch 2 read but not taken: taking batch 3 drops it to make room.
        prefetcher.release(2);
        QTRY_COMPARE(lastRead.load(), 2);
        prefetcher.waitUntilNotReading();
        prefetcher.release(3);
        QVERIFY(prefetcher.take(3, rows));
        QCOMPARE(rows.cases.constFirst().caseData.id, due.at(3));
        QVERIFY(!prefetcher.take(2, rows));
        QVERIFY(!prefetcher.take(4, rows)); // there is no batch 4
    }

    // A reading thread slower than the writing holds a read snapshot whenever a batch begins,
    // and the log is copied back only as far as the oldest snapshot: the run must still let the
    // log start over once it has passed its limit (WalCheckpointer::beforeWrite()), instead of
    // growing it batch after batch.
    void readAheadKeepsTheLogBounded()
    {
        TestDatabase test(sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        QVERIFY(fillDemo(test.db(), 2 * Cases, Seed, Today).ok());
        WalCheckpointer *checkpointer = test.db().checkpointer();
        QVERIFY(checkpointer);
        test.db().waitForCheckpoints();
        // The log file keeps the size the demo data gave it: cut it, so that only the runs count.
        QSqlQuery truncate(test.db().connection());
        QVERIFY(truncate.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        truncate.finish();
        QCOMPARE(QFileInfo(test.config().sqlitePath + u"-wal"_qs).size(), 0);
        constexpr qint64 LimitPages = 16;
        checkpointer->setLogLimitFrames(LimitPages);
        DailyRunOptions slowReader = batches(1);
        slowReader.whileReadingAhead = [](qsizetype) { QThread::msleep(15); };
        const QString wal = test.config().sqlitePath + u"-wal"_qs;
        qint64 largest = 0;
        const auto watch = [&](const DailyRunProgress &) {
            largest = std::max(largest, QFileInfo(wal).size());
            return true;
        };
        qint64 readAhead = 0;
        for (int day : {0, 1, 12, 13, 30}) {
            const auto r = DailyRunService(test.db()).run(Today.addDays(day), slowReader, watch);
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
            readAhead += r->readAhead.used;
        }
        QVERIFY(readAhead > 20);
        // A frame is a page and its 24-byte header: the limit and a few batches of one case
        // (without waiting for the reading thread, the log grows to some 300 pages here).
        constexpr qint64 Frame = 4096 + 24;
        QVERIFY2(largest <= (LimitPages + 150) * Frame,
                 qPrintable(u"the log grew to %1 pages"_qs.arg(largest / Frame)));
    }

    // Another connection writes a case of the second batch after the first batch, when that
    // batch may already have been read ahead: the run sees the change, as it would without
    // reading ahead (here: the case is no longer due, so the run leaves it alone).
    void readAheadSeesOtherWriters_data() { addEngineRows(); }
    void readAheadSeesOtherWriters()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(fillDemo(test.db(), Cases, Seed, Today).ok());
        const QList<qint64> due = dueOn(test.db(), Today);
        QVERIFY(due.size() > 2 * Batch);
        const qint64 target = due.at(Batch); // the first case of the second batch
        const QDate later = Today.addDays(30);
        const QString eventsSql = u"SELECT COUNT(*) FROM events WHERE case_id = %1"_qs.arg(target);
        const qint64 eventsBefore = scalar(test.db(), eventsSql);

        auto other = Database::open(test.config());
        QVERIFY(other.ok());
        bool written = false;
        const auto afterBatch = [&](const DailyRunProgress &) {
            if (!written) {
                QSqlQuery q((*other)->connection());
                q.prepare(QStringLiteral("UPDATE cases SET next_action_date = ? WHERE id = ?"));
                q.addBindValue(Sql::date(later));
                q.addBindValue(target);
                written = q.exec();
            }
            return true;
        };
        const auto r = DailyRunService(test.db()).run(Today, batches(Batch), afterBatch);
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QVERIFY(written);
        QCOMPARE(scalar(test.db(), eventsSql), eventsBefore);
        QSqlQuery next(test.db().connection());
        QVERIFY(next.exec(u"SELECT next_action_date FROM cases WHERE id = %1"_qs.arg(target)));
        QVERIFY(next.next());
        QCOMPARE(Sql::toDate(next.value(0)), later);
        if (engine == sqliteEngine())
            QVERIFY(r->readAhead.discarded >= 1);
        QVERIFY(r->casesExamined < due.size());
    }
};

QTEST_GUILESS_MAIN(TestDailyRunService)
#include "tst_dailyrunservice.moc"
