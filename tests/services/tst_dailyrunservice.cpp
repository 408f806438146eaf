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
#include "models/services/rulesservice.h"
#include "models/storage/runlogrepository.h"

#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestDailyRunService)
#include "tst_dailyrunservice.moc"
