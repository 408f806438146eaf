#include "models/domain/bankcalendar.h"
#include "models/rules/clientpolicy.h"
#include "models/rules/demanddeadline.h"
#include "models/rules/limitation.h"
#include "models/rules/processengine.h"

#include "processfixture.h"

#include <QTest>

using namespace Fordran;
using namespace ProcessFixture;

Q_DECLARE_METATYPE(Fordran::ActionType)
Q_DECLARE_METATYPE(Fordran::Segment)
Q_DECLARE_METATYPE(Fordran::DebtorType)

/*! ProcessEngine::decide() across days: limitation, pauses, disputes, segment changes,
    idempotency and catch-up, cases it leaves alone and odd input. Built-in rules and tables. */
class TestProcessProgress final : public QObject
{
    Q_OBJECT

private slots:
    /*! (2) Limitation: alerts once when the window opens, excludes time-barred claims, closes when
        every claim is time-barred. */
    void limitation_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QList<ActionType>>("expected");
        QTest::addColumn<QString>("status");

        QTest::newRow("alert-window-opens")
            << u"alert-today"_qs << QList<ActionType> {ActionType::LimitationAlert}
            << u"disputed"_qs;
        QTest::newRow("alert-already-raised")
            << u"alert-today,alerted"_qs << QList<ActionType>() << u"disputed"_qs;
        QTest::newRow("before-window")
            << u"alert-tomorrow"_qs << QList<ActionType>() << u"disputed"_qs;
        QTest::newRow("all-time-barred")
            << u"barred"_qs << QList<ActionType> {ActionType::ClosedTimeBarred} << u"closed"_qs;
        QTest::newRow("one-of-two-barred")
            << u"barred,second-fresh"_qs
            << QList<ActionType> {ActionType::InterestPosted, ActionType::FeePosted,
                                  ActionType::ReminderLetter}
            << u"reminder"_qs;
    }

    void limitation()
    {
        QFETCH(QString, setup);
        QFETCH(QList<ActionType>, expected);
        QFETCH(QString, status);
        const QDate day = BankCalendar::nextBankDay(
            due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        const int years = rules().limitation().consumerYears;
        ProcessClaim first = claim(1, due(), 2000);
        if (setup.contains(u"alert-today"))
            first.contractDate = day.addDays(rules().limitation().alertDays).addYears(-years);
        if (setup.contains(u"alert-tomorrow"))
            first.contractDate = day.addDays(rules().limitation().alertDays + 1).addYears(-years);
        if (setup.contains(u"barred"))
            first.contractDate = day.addDays(-1).addYears(-years);
        first.disputed = !setup.contains(u"barred");
        QList<ProcessClaim> claims {first};
        if (setup.contains(u"second-fresh"))
            claims.append(claim(2, due(), 500));
        ProcessCase c = caseOf(claims);
        const LimitationInfo info
            = Limitation::compute(
                  {first.contractDate, first.invoiceDate, DebtorType::Consumer, false, {}},
                  rules().limitation())
                  .value();
        if (setup.contains(u"alerted"))
            c.state.limitationAlertedThrough = info.limitationDate;

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(typesOf(decision), expected);
        QCOMPARE(machineName(decision.newStatus), status);
        for (const PlannedAction &a : decision.actions) {
            if (a.type == ActionType::LimitationAlert) {
                QCOMPARE(a.deadline, info.limitationDate);
                QCOMPARE(decision.newState.limitationAlertedThrough, info.limitationDate);
            }
            if (setup.contains(u"second-fresh"))
                QVERIFY(!a.claimIds.contains(1) && a.claimId != 1);
        }
        if (setup.contains(u"alert-tomorrow")) {
            QCOMPARE(decision.nextActionDate, info.alertFrom);
            QCOMPARE(decision.nextAction, machineName(ActionType::LimitationAlert));
        }
        // Applied, the same day again gives nothing.
        ProcessCase applied = c;
        apply(applied, decision);
        QVERIFY(engine().decide(applied, ClientPolicy(), day).actions.isEmpty());
    }

    /*! (3) Pauses: skipped while paused; resumed on the end date unless a person must. */
    void pauses_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("claimOnly");
        QTest::addColumn<int>("daysUntilEnd");
        QTest::addColumn<QList<ActionType>>("expected");
        QTest::addColumn<CaseStatus>("status");

        QTest::newRow("client-pause-running")
            << u"client_request"_qs << false << 5 << QList<ActionType>() << CaseStatus::Paused;
        QTest::newRow("client-pause-ends-today")
            << u"client_request"_qs << false << 0
            << QList<ActionType> {ActionType::Resume, ActionType::InterestPosted,
                                  ActionType::FeePosted, ActionType::ReminderLetter}
            << CaseStatus::Reminder;
        QTest::newRow("dispute-pause-ended-needs-person")
            << u"dispute"_qs << false << -3 << QList<ActionType>() << CaseStatus::Paused;
        QTest::newRow("unknown-reason-needs-person")
            << u"something_else"_qs << false << 0 << QList<ActionType>() << CaseStatus::Paused;
        QTest::newRow("claim-pause-other-claim-goes-on")
            << u"deceased"_qs << true << 5
            << QList<ActionType> {ActionType::InterestPosted, ActionType::FeePosted,
                                  ActionType::ReminderLetter}
            << CaseStatus::Reminder;
    }

    void pauses()
    {
        QFETCH(QString, reason);
        QFETCH(bool, claimOnly);
        QFETCH(int, daysUntilEnd);
        QFETCH(QList<ActionType>, expected);
        QFETCH(CaseStatus, status);
        const QDate day = BankCalendar::nextBankDay(
            due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        ProcessCase c = caseOf({claim(1, due(), 2000), claim(2, due(), 300)});
        PauseState p;
        p.reason = reason;
        p.from = due();
        p.until = day.addDays(daysUntilEnd);
        if (claimOnly) {
            p.scope = PauseScope::Claim;
            p.claimId = 2;
        }
        c.pauses = {p};

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QList<ActionType> types;
        for (const ActionType type : typesOf(decision)) {
            if (!types.contains(type))
                types.append(type);
        }
        QCOMPARE(types, expected);
        QCOMPARE(decision.newStatus, status);
        if (status == CaseStatus::Paused) {
            QCOMPARE(decision.nextAction, machineName(ActionType::Resume));
            QCOMPARE(decision.nextActionDate, p.until);
        }
        if (claimOnly) {
            QCOMPARE(actionsOf(decision, ActionType::ReminderLetter).first().claimIds,
                     QList<qint64> {1});
            QCOMPARE(codesOf(decision), QStringList {u"paused"_qs});
        }
        if (!actionsOf(decision, ActionType::Resume).isEmpty())
            QCOMPARE(actionsOf(decision, ActionType::Resume).first().pauseReason, reason);
    }

    /*! A disputed claim stops the demand path; the refusal is reported once, not every day. */
    void disputedReportedOnce()
    {
        ProcessClaim cl = claim(1, due(), 2000);
        cl.disputed = true;
        ProcessCase c = caseOf({cl});
        const QDate day = BankCalendar::nextBankDay(
            due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        const ProcessDecision first = engine().decide(c, ClientPolicy(), day);
        QVERIFY(first.actions.isEmpty());
        QCOMPARE(codesOf(first), QStringList {u"disputed"_qs});
        QCOMPARE(first.refusals.first().rule.isEmpty(), false);
        QCOMPARE(first.newStatus, CaseStatus::Disputed);
        QVERIFY(!first.nextActionDate.isValid()
                || first.nextAction != machineName(ActionType::ReminderLetter));
        apply(c, first);
        const ProcessDecision second = engine().decide(c, ClientPolicy(), day.addDays(1));
        QVERIFY(second.actions.isEmpty());
        QVERIFY(second.refusals.isEmpty());
        QVERIFY(!second.stateChanged);
    }

    /*! A segment change maps progress: letters already sent are kept, the new template continues
        with its first step not yet done (by action type). */
    void segmentChange_data()
    {
        QTest::addColumn<Segment>("from");
        QTest::addColumn<QString>("doneStep");
        QTest::addColumn<Segment>("to");
        QTest::addColumn<QString>("expectedStep");
        QTest::addColumn<int>("expectedOccurrence");
        QTest::addColumn<QString>("nextAction");

        QTest::newRow("normal-reminder-to-vip-second-reminder")
            << Segment::Normal << u"reminder"_qs << Segment::Vip << u"reminder"_qs << 1
            << u"reminder_letter"_qs;
        QTest::newRow("vip-demand-to-normal-sms")
            << Segment::Vip << u"inkassokrav"_qs << Segment::Normal << u"inkassokrav"_qs << 1
            << u"sms_notice"_qs;
        QTest::newRow("normal-demand-to-vip-no-more-reminders")
            << Segment::Normal << u"inkassokrav"_qs << Segment::Vip << u"inkassokrav"_qs << 1
            << u"sms_notice"_qs;
        QTest::newRow("normal-sms-to-risk-early-call")
            << Segment::Normal << u"sms_letter_sent"_qs << Segment::Risk << u"sms_letter_sent"_qs
            << 1 << u"call_task"_qs;
        QTest::newRow("risk-both-calls-to-normal-burst")
            << Segment::Risk << u"call_after_deadline"_qs << Segment::Normal
            << u"call_after_deadline"_qs << 1 << u"intensive_sms"_qs;
    }

    void segmentChange()
    {
        QFETCH(Segment, from);
        QFETCH(QString, doneStep);
        QFETCH(Segment, to);
        QFETCH(QString, expectedStep);
        QFETCH(int, expectedOccurrence);
        QFETCH(QString, nextAction);
        const QDate day = d("2025-09-15");
        const ProcessTemplate &old = tmpl(from);
        const ProcessTemplate &now = tmpl(to);
        // Done today: the mapping is seen, and the next step is for a later day.
        ProcessCase c = afterStep(caseOf({claim(1, day.addDays(-60), 2000)}), old, doneStep, day,
                                  day.addDays(20));
        c.state.occurrence = 1;
        c.onVipList = to == Segment::Vip;
        if (to == Segment::Risk)
            makeRisky(c);

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(decision.newState.templateKey, now.key());
        QCOMPARE(decision.newState.stepId, expectedStep);
        QCOMPARE(decision.newState.stepIndex, int(now.indexOf(expectedStep)));
        QCOMPARE(decision.newState.occurrence, expectedOccurrence);
        QCOMPARE(decision.newState.remindersSent, c.state.remindersSent);
        QCOMPARE(decision.newState.stepDate, c.state.stepDate);
        QCOMPARE(decision.nextAction, nextAction);
        for (const PlannedAction &a : decision.actions)
            QVERIFY(a.type != ActionType::ReminderLetter || !c.state.demandSentOn.isValid());
    }

    /*! Idempotent on a day; a run after missed days does the overdue step once. */
    void idempotentAndCatchUp_data()
    {
        QTest::addColumn<int>("daysLate");
        QTest::newRow("on-time") << 0;
        QTest::newRow("forty-days-late") << 40;
        QTest::newRow("a-year-late") << 365;
    }

    void idempotentAndCatchUp()
    {
        QFETCH(int, daysLate);
        const ProcessTemplate &t = tmpl(Segment::Normal);
        const QDate onTime = BankCalendar::nextBankDay(due().addDays(t.steps.first().afterDays));
        const QDate day = BankCalendar::nextBankDay(onTime.addDays(daysLate));
        ProcessCase c = caseOf({claim(1, due(), 2000)});
        const ProcessDecision first = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(actionsOf(first, ActionType::ReminderLetter).size(), 1);
        QCOMPARE(actionsOf(first, ActionType::InkassokravLetter).size(), 0);
        QCOMPARE(actionsOf(first, ActionType::FeePosted).size(), 1);
        apply(c, first);
        const ProcessDecision again = engine().decide(c, ClientPolicy(), day);
        QVERIFY(again.actions.isEmpty());
        QVERIFY(again.refusals.isEmpty());
        QVERIFY(!again.stateChanged);
        // The next step is anchored to what was done: the reminder's deadline + the inkassokrav's
        // days.
        const ProcessStep &demand = *t.step(u"inkassokrav");
        QCOMPARE(c.nextActionDate,
                 BankCalendar::nextBankDay(c.state.lastDeadline.addDays(demand.afterDays)));
        QVERIFY(c.nextActionDate > day);
    }

    /*! Statuses that belong to people, and input the engine must survive. */
    void untouched_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("status-plan") << u"plan"_qs;
        QTest::newRow("status-bf") << u"bf"_qs;
        QTest::newRow("status-closed") << u"closed"_qs;
        QTest::newRow("no-claims") << u"no-claims"_qs;
        QTest::newRow("paid-claim") << u"paid"_qs;
        QTest::newRow("invalid-date") << u"invalid-date"_qs;
    }

    void untouched()
    {
        QFETCH(QString, setup);
        ProcessCase c = caseOf({claim(1, due(), 2000)});
        QDate day = BankCalendar::nextBankDay(due().addDays(30));
        if (setup == u"plan")
            c.status = CaseStatus::Plan;
        else if (setup == u"bf")
            c.status = CaseStatus::Bf;
        else if (setup == u"closed")
            c.status = CaseStatus::Closed;
        else if (setup == u"no-claims")
            c.claims.clear();
        else if (setup == u"paid")
            c.claims.first().principalOutstanding = Money();
        else if (setup == u"invalid-date")
            day = QDate();
        c.nextActionDate = day;
        c.nextAction = machineName(ActionType::InkassokravLetter);
        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QVERIFY(decision.actions.isEmpty());
        QVERIFY(decision.refusals.isEmpty());
        QCOMPARE(decision.newStatus, c.status);
        QCOMPARE(decision.newState, c.state);
        // A case left to people keeps its next action; one with nothing owed has none.
        const bool nothingOwed = setup == u"no-claims" || setup == u"paid";
        QCOMPARE(decision.nextActionDate, nothingOwed ? QDate() : c.nextActionDate);
    }

    /*! Odd and extreme input never crashes and never acts on a claim it cannot judge. */
    void oddInput_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("step-index-far-out") << u"index"_qs;
        QTest::newRow("unknown-template-key") << u"key"_qs;
        QTest::newRow("huge-amounts") << u"huge"_qs;
        QTest::newRow("negative-principal-steps") << u"negative"_qs;
        QTest::newRow("no-dates") << u"no-dates"_qs;
        QTest::newRow("unknown-channel") << u"channel"_qs;
    }

    void oddInput()
    {
        QFETCH(QString, setup);
        ProcessCase c = caseOf({claim(1, due(), 2000), claim(2, due(), 100)});
        if (setup == u"index") {
            c.state.templateKey = tmpl(Segment::Normal).key();
            c.state.stepIndex = 9999;
            c.state.occurrence = -7;
            c.state.stepId = u"gone"_qs;
        } else if (setup == u"key") {
            c.state.templateKey = u"alien.template"_qs;
            c.state.stepIndex = 3;
        } else if (setup == u"huge") {
            for (ProcessClaim &cl : c.claims) {
                cl.principalOutstanding = Money::fromOre(std::numeric_limits<qint64>::max() - 5);
                cl.feesOutstanding = Money::fromOre(std::numeric_limits<qint64>::max() - 5);
            }
        } else if (setup == u"negative") {
            c.claims.first().principalSteps = {{due(), Money::fromOre(-100)}};
        } else if (setup == u"no-dates") {
            for (ProcessClaim &cl : c.claims) {
                cl.dueDate = QDate();
                cl.invoiceDate = QDate();
                cl.contractDate = QDate();
            }
        } else if (setup == u"channel") {
            c.channel = u"carrier_pigeon"_qs;
        }
        for (int offset = 0; offset < 120; offset += 7) {
            const ProcessDecision decision
                = engine().decide(c, ClientPolicy(), due().addDays(offset));
            for (const PlannedAction &a : decision.actions)
                QVERIFY(a.date == due().addDays(offset));
            apply(c, decision);
        }
        if (setup == u"no-dates" || setup == u"negative") {
            QCOMPARE(c.state.remindersSent, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProcessProgress)
#include "tst_processprogress.moc"
