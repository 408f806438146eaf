// CaseActionsService with the daily run, on SQLite and PostgreSQL: a paused case (or claim) is
// skipped and resumed on its end date, a reason that needs a person waits for one, a pause
// recorded only on the case row (older data) ends too, a segment pin decides the segment, and
// the requests that are refused.
#include "storage/queuefixture.h"
#include "storage/storagetestutil.h"

#include "models/services/caseactionsservice.h"
#include "models/services/dailyrunservice.h"
#include "models/storage/outboxrepository.h"
#include "models/storage/pauserepository.h"

#include <QTest>

using namespace Fordran;
using namespace Fordran::Test;

namespace {

const QDate Today(2026, 3, 2); // a Monday

/*! A new case due today whose first step (a reminder) is overdue. */
QueueCase dueCase(int serial)
{
    QueueCase spec;
    spec.debtorName = QStringLiteral("Debtor %1").arg(serial);
    spec.identity = QueueFixture::personnummer(QDate(1980, 5, 17), serial);
    spec.dueDate = Today.addDays(-31);
    spec.openedOn = Today.addDays(-20);
    spec.nextActionDate = Today;
    return spec;
}

qint64 queued(Database &db, qint64 caseId)
{
    const auto items = OutboxRepository(db).forCase(caseId);
    return items ? items->size() : -1;
}

Case caseRow(Database &db, qint64 caseId)
{
    return CaseRepository(db).byId(caseId).value().value();
}

bool run(Database &db, QDate date)
{
    const auto report = DailyRunService(db).run(date, {});
    if (!report)
        qWarning("run %s: %s", qPrintable(date.toString(Qt::ISODate)),
                 qPrintable(report.error().message));
    return report.ok();
}

} // namespace

class TestCaseActionsService final : public QObject
{
    Q_OBJECT

private slots:
    void pausedCaseIsSkippedThenResumed_data() { addEngineRows(); }
    void pausedCaseIsSkippedThenResumed()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        const auto paused = fx.add(dueCase(101));
        const auto running = fx.add(dueCase(102));
        QVERIFY(paused.ok() && running.ok());
        CaseActionsService actions(test.db());
        const auto pauseId = actions.pause({paused->id, 0, u"client_request"_qs, Today.addDays(10),
                                            u"asked by phone"_qs, u"anna"_qs},
                                           Today);
        QVERIFY2(pauseId.ok(), pauseId ? "" : qPrintable(pauseId.error().message));
        QCOMPARE(caseRow(test.db(), paused->id).status, CaseStatus::Paused);

        QVERIFY(run(test.db(), Today));
        QVERIFY(queued(test.db(), running->id) > 0); // the same case unpaused gets its letter
        QCOMPARE(queued(test.db(), paused->id), 0);
        Case c = caseRow(test.db(), paused->id);
        QCOMPARE(c.status, CaseStatus::Paused);
        QCOMPARE(c.nextActionDate, Today.addDays(10));
        QCOMPARE(c.nextAction, u"resume"_qs);

        // client_request needs no person: the run on the end date resumes and goes on.
        QVERIFY(run(test.db(), Today.addDays(10)));
        const auto pauses = PauseRepository(test.db()).forCase(paused->id);
        QVERIFY(pauses.ok() && pauses->size() == 1);
        QCOMPARE(pauses->first().endedOn, Today.addDays(10));
        QVERIFY(queued(test.db(), paused->id) > 0);
        c = caseRow(test.db(), paused->id);
        QVERIFY(c.status != CaseStatus::Paused);
        QVERIFY(!c.pausedUntil.isValid());
    }

    void reasonNeedingAPersonWaits_data() { addEngineRows(); }
    void reasonNeedingAPersonWaits()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        const auto stored = fx.add(dueCase(103));
        QVERIFY(stored.ok());
        CaseActionsService actions(test.db());
        QVERIFY(actions
                    .pause({stored->id, 0, u"debtor_says_paid"_qs, Today.addDays(5), {}, u"bo"_qs},
                           Today)
                    .ok());
        QVERIFY(run(test.db(), Today.addDays(6)));
        QCOMPARE(queued(test.db(), stored->id), 0);
        QCOMPARE(PauseRepository(test.db()).activeForCase(stored->id)->size(), 1);
        QCOMPARE(caseRow(test.db(), stored->id).status, CaseStatus::Paused);

        const auto resumed = actions.resume(stored->id, 0, Today.addDays(7), u"bo"_qs);
        QVERIFY2(resumed.ok(), resumed ? "" : qPrintable(resumed.error().message));
        QCOMPARE(resumed->pausesEnded, 1);
        QCOMPARE(resumed->status, CaseStatus::New);
        QCOMPARE(caseRow(test.db(), stored->id).nextActionDate, Today.addDays(7));
        QVERIFY(run(test.db(), Today.addDays(7)));
        QVERIFY(queued(test.db(), stored->id) > 0);
        QVERIFY(!actions.resume(stored->id, 0, Today.addDays(8), u"bo"_qs).ok()); // not paused
    }

    void claimPauseHoldsItsClaim_data() { addEngineRows(); }
    void claimPauseHoldsItsClaim()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        const auto stored = fx.add(dueCase(104));
        QVERIFY(stored.ok());
        CaseActionsService actions(test.db());
        QVERIFY(actions
                    .pause({stored->id,
                            stored->claimId,
                            u"client_request"_qs,
                            Today.addDays(3),
                            {},
                            u"anna"_qs},
                           Today)
                    .ok());
        QCOMPARE(caseRow(test.db(), stored->id).status, CaseStatus::New); // only the claim
        QVERIFY(run(test.db(), Today));
        QCOMPARE(queued(test.db(), stored->id), 0);
        QVERIFY(run(test.db(), Today.addDays(3)));
        QCOMPARE(PauseRepository(test.db()).activeForCase(stored->id)->size(), 0);
        QVERIFY(queued(test.db(), stored->id) > 0);
    }

    void pauseOnTheCaseRowEnds_data() { addEngineRows(); }
    void pauseOnTheCaseRowEnds()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        QueueCase spec = dueCase(105);
        spec.status = CaseStatus::Paused;
        spec.nextActionDate = Today.addDays(4);
        spec.nextAction = u"resume"_qs;
        const auto stored = fx.add(spec);
        QVERIFY(stored.ok());
        QVERIFY(CaseRepository(test.db())
                    .setPause(stored->id, Today.addDays(4), u"client_request"_qs)
                    .ok());
        QVERIFY(run(test.db(), Today));
        QCOMPARE(queued(test.db(), stored->id), 0);
        QVERIFY(run(test.db(), Today.addDays(4)));
        const Case c = caseRow(test.db(), stored->id);
        QVERIFY(!c.pausedUntil.isValid());
        QVERIFY(c.pauseReason.isEmpty());
        QVERIFY(c.status != CaseStatus::Paused);
    }

    void pinDecidesTheSegment_data() { addEngineRows(); }
    void pinDecidesTheSegment()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        QueueCase spec = dueCase(106);
        spec.nextActionDate = Today.addDays(20); // not due: the pin makes it due
        const auto stored = fx.add(spec);
        QVERIFY(stored.ok());
        int touched = 0;
        const auto pin = CaseActionsService(test.db()).pin(
            fx.clientIds.at(0), stored->debtorId, Segment::Vip, u"Key account"_qs,
            Today.addDays(60), Today, u"anna"_qs, &touched);
        QVERIFY2(pin.ok(), pin ? "" : qPrintable(pin.error().message));
        QCOMPARE(touched, 1);
        QCOMPARE(caseRow(test.db(), stored->id).nextActionDate, Today);
        QVERIFY(run(test.db(), Today));
        QCOMPARE(caseRow(test.db(), stored->id).segment, Segment::Vip);
        const auto events = EventRepository(test.db()).forCase(stored->id);
        QVERIFY(events.ok());
        QStringList types;
        for (const Event &e : *events)
            types.append(e.type);
        QVERIFY(types.contains(u"pin"_qs));
        QVERIFY(types.contains(u"segment"_qs));
    }

    void refusedRequests_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("request");
        QTest::addColumn<QString>("field");
        for (const QString &engine : engines()) {
            newEngineRow(engine, "unknown reason") << u"pause:holiday"_qs << u"reason"_qs;
            newEngineRow(engine, "pause ends today") << u"pause:until-today"_qs << u"until"_qs;
            newEngineRow(engine, "claim of another case") << u"pause:other-claim"_qs << u"claim"_qs;
            newEngineRow(engine, "pin without reason") << u"pin:no-reason"_qs << u"reason"_qs;
            newEngineRow(engine, "pin ended") << u"pin:past"_qs << u"until"_qs;
            newEngineRow(engine, "pin unknown debtor") << u"pin:no-debtor"_qs << u"debtor"_qs;
        }
    }
    void refusedRequests()
    {
        QFETCH(QString, request);
        QFETCH(QString, field);
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        const auto a = fx.add(dueCase(107));
        const auto b = fx.add(dueCase(108));
        QVERIFY(a.ok() && b.ok());
        CaseActionsService actions(test.db());
        PauseRequest pause {a->id, 0, u"client_request"_qs, Today.addDays(5), {}, u"anna"_qs};
        Status outcome;
        if (request == u"pause:holiday") {
            pause.reason = u"holiday"_qs;
        } else if (request == u"pause:until-today") {
            pause.until = Today;
        } else if (request == u"pause:other-claim") {
            pause.claimId = b->claimId;
        }
        if (request.startsWith(u"pause:")) {
            const auto id = actions.pause(pause, Today);
            outcome = id ? Status() : Status(id.error());
        } else {
            const QString reason = request == u"pin:no-reason" ? u"  "_qs : u"Key account"_qs;
            const QDate until = request == u"pin:past" ? Today : Today.addDays(30);
            const qint64 debtor = request == u"pin:no-debtor" ? 999999 : a->debtorId;
            const auto id = actions.pin(fx.clientIds.at(0), debtor, Segment::Vip, reason, until,
                                        Today, u"anna"_qs);
            outcome = id ? Status() : Status(id.error());
        }
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.error().field, field);
        QCOMPARE(PauseRepository(test.db()).forCase(a->id)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCaseActionsService)
#include "tst_caseactionsservice.moc"
