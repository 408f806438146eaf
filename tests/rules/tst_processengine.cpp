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

namespace {

/*! A Monday; due + the templates' first after_days lands on weekdays, a Saturday and a Thursday. */
QDate due() { return d("2025-06-02"); }

const ProcessTemplate &tmpl(Segment segment, DebtorType type = DebtorType::Consumer)
{
    return rules().templateFor(segment, type);
}

QList<ActionType> typesOf(const ProcessDecision &decision)
{
    QList<ActionType> out;
    for (const PlannedAction &a : decision.actions)
        out.append(a.type);
    return out;
}

QList<PlannedAction> actionsOf(const ProcessDecision &decision, ActionType type)
{
    QList<PlannedAction> out;
    for (const PlannedAction &a : decision.actions) {
        if (a.type == type)
            out.append(a);
    }
    return out;
}

QStringList codesOf(const ProcessDecision &decision)
{
    QStringList out;
    for (const Guard &g : decision.refusals)
        out.append(g.code);
    return out;
}

/*! The case as it stands the day after its step \a id of \a t was done on \a doneOn. */
ProcessCase afterStep(ProcessCase c, const ProcessTemplate &t, const QString &id, QDate doneOn, QDate deadline)
{
    const qsizetype index = t.indexOf(id);
    if (index < 0)
        qFatal("no step %s", qPrintable(id));
    c.state.templateKey = t.key();
    c.state.stepIndex = int(index);
    c.state.stepId = id;
    c.state.occurrence = std::max(t.steps.at(index).count, 1);
    c.state.stepDate = doneOn;
    c.state.lastDeadline = deadline;
    const qsizetype demand = t.indexOf(ActionType::InkassokravLetter);
    c.state.remindersSent = 1;
    if (index >= demand) {
        c.state.demandSentOn = doneOn;
        c.state.demandDeadline = deadline;
        c.status = CaseStatus::Collection;
    } else {
        c.status = CaseStatus::Reminder;
    }
    return c;
}

} // namespace

/*! ProcessEngine::decide(), one rule per test function, on the built-in rules and legal tables. */
class TestProcessEngine final : public QObject
{
    Q_OBJECT

private slots:
    /*! (1) The segment and the template that follows it. */
    void segment_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<Segment>("segment");

        QTest::newRow("good-facts-normal") << u""_qs << DebtorType::Consumer << Segment::Normal;
        QTest::newRow("high-score-risk") << u"risky"_qs << DebtorType::Consumer << Segment::Risk;
        QTest::newRow("vip-list") << u"vip"_qs << DebtorType::Consumer << Segment::Vip;
        QTest::newRow("vip-list-beats-score") << u"vip,risky"_qs << DebtorType::Consumer << Segment::Vip;
        QTest::newRow("pin-beats-vip-list") << u"vip,pin-normal"_qs << DebtorType::Consumer << Segment::Normal;
        QTest::newRow("expired-pin-ignored") << u"expired-pin-risk"_qs << DebtorType::Consumer << Segment::Normal;
        QTest::newRow("business-normal") << u""_qs << DebtorType::Business << Segment::Normal;
        QTest::newRow("business-vip") << u"vip"_qs << DebtorType::Business << Segment::Vip;
    }

    void segment()
    {
        QFETCH(QString, setup);
        QFETCH(DebtorType, type);
        QFETCH(Segment, segment);
        ProcessCase c = caseOf({claim(1, due(), 2000, type)});
        const QDate day = due().addDays(1);
        if (setup.contains(u"risky"))
            makeRisky(c);
        c.onVipList = setup.contains(u"vip");
        if (setup.contains(u"pin-normal"))
            c.pin = SegmentPin{Segment::Normal, u"Client asked"_qs, day.addDays(30), u"anna"_qs};
        if (setup.contains(u"expired-pin-risk"))
            c.pin = SegmentPin{Segment::Risk, u"Old pin"_qs, day.addDays(-1), u"anna"_qs};

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(decision.newSegment, segment);
        QCOMPARE(decision.score.segment, segment);
        QCOMPARE(decision.newState.templateKey, ProcessTemplate::keyFor(type, segment));
        QVERIFY(decision.stateChanged);
    }

    /*! (4) The first step falls due after_days after the due date, on the next bank day. */
    void firstStep_data()
    {
        QTest::addColumn<Segment>("segment");
        QTest::addColumn<DebtorType>("type");
        for (const DebtorType type : {DebtorType::Consumer, DebtorType::Business}) {
            for (const Segment segment : {Segment::Normal, Segment::Risk, Segment::Vip}) {
                const QString key = ProcessTemplate::keyFor(type, segment);
                QTest::newRow(qPrintable(key)) << segment << type;
            }
        }
    }

    void firstStep()
    {
        QFETCH(Segment, segment);
        QFETCH(DebtorType, type);
        const ProcessTemplate &t = tmpl(segment, type);
        const ProcessStep &first = t.steps.first();
        QCOMPARE(first.anchor, Anchor::Due);
        const QDate day = BankCalendar::nextBankDay(due().addDays(first.afterDays));

        ProcessCase c = caseOf({claim(1, due(), 2000, type)});
        c.onVipList = segment == Segment::Vip;
        if (segment == Segment::Risk)
            makeRisky(c);

        const ProcessDecision before = engine().decide(c, ClientPolicy(), day.addDays(-1));
        QVERIFY(!typesOf(before).contains(first.action));
        QCOMPARE(before.nextActionDate, day);
        QCOMPARE(before.nextAction, machineName(first.action));
        QCOMPARE(before.newStatus, CaseStatus::New);

        const ProcessDecision on = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(typesOf(on).count(first.action), 1);
        QCOMPARE(on.newState.stepIndex, 0);
        QCOMPARE(on.newState.stepDate, day);
        QCOMPARE(on.newStatus, CaseStatus::Reminder);
        const PlannedAction letter = actionsOf(on, first.action).first();
        QCOMPARE(letter.ruleRef, t.key() + u'/' + first.id);
        QCOMPARE(letter.deadline, BankCalendar::nextBankDay(day.addDays(first.deadlineDays)));
        QVERIFY(BankCalendar::isBankDay(letter.deadline));
        QVERIFY(on.nextActionDate > day);
    }

    /*! (5) Fees with the reminder: only when agreed, once; business claims get 450 kr instead. */
    void reminderFees_data()
    {
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<bool>("agreed");
        QTest::addColumn<QString>("alreadyCharged");
        QTest::addColumn<QString>("feeType");
        QTest::addColumn<QString>("refusal");

        QTest::newRow("consumer-agreed") << DebtorType::Consumer << true << QString() << u"reminder"_qs << QString();
        QTest::newRow("consumer-not-agreed-letter-without-fee")
            << DebtorType::Consumer << false << QString() << QString() << u"reminder_fee_not_agreed"_qs;
        QTest::newRow("consumer-already-has-one")
            << DebtorType::Consumer << true << u"reminder"_qs << QString() << u"reminder_fee_repeated"_qs;
        QTest::newRow("business-compensation-not-reminder-fee")
            << DebtorType::Business << true << QString() << u"b2b_compensation"_qs << QString();
        QTest::newRow("business-compensation-only-once")
            << DebtorType::Business << false << u"b2b_compensation"_qs << QString() << QString();
    }

    void reminderFees()
    {
        QFETCH(DebtorType, type);
        QFETCH(bool, agreed);
        QFETCH(QString, alreadyCharged);
        QFETCH(QString, feeType);
        QFETCH(QString, refusal);
        ProcessClaim cl = claim(1, due(), 2000, type, agreed);
        if (!alreadyCharged.isEmpty())
            cl.feesCharged[*feeTypeFromName(alreadyCharged)] = 1;
        const ProcessCase c = caseOf({cl});
        const ProcessTemplate &t = tmpl(Segment::Normal, type);
        const QDate day = BankCalendar::nextBankDay(due().addDays(t.steps.first().afterDays));

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(actionsOf(decision, ActionType::ReminderLetter).size(), 1);
        const QList<PlannedAction> posted = actionsOf(decision, ActionType::FeePosted);
        if (feeType.isEmpty()) {
            QVERIFY(posted.isEmpty());
        } else {
            QCOMPARE(posted.size(), 1);
            QCOMPARE(feeTypeName(*posted.first().feeType), feeType);
            QCOMPARE(posted.first().amount, fee(*posted.first().feeType, day));
            QCOMPARE(posted.first().ruleRef, fees().lookup(*posted.first().feeType, day)->statute);
        }
        QCOMPARE(codesOf(decision), refusal.isEmpty() ? QStringList() : QStringList{refusal});
    }

    /*! (4, 5) The inkassokrav: one letter for all claims, its deadline from DemandDeadline and
        deadline_days on a bank day, one fee per claim. */
    void inkassokrav_data()
    {
        QTest::addColumn<QDate>("sendDay");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<bool>("secondClaimHasFee");

        QTest::newRow("first-class") << d("2025-06-16") << u"post_first_class"_qs << false;
        QTest::newRow("b-post-over-easter") << d("2025-04-14") << u"b_post"_qs << false;
        QTest::newRow("digital") << d("2025-06-16") << u"digital"_qs << false;
        QTest::newRow("second-claim-already-charged") << d("2025-06-16") << u"post_first_class"_qs << true;
    }

    void inkassokrav()
    {
        QFETCH(QDate, sendDay);
        QFETCH(QString, channel);
        QFETCH(bool, secondClaimHasFee);
        const ProcessTemplate &t = tmpl(Segment::Normal);
        const ProcessStep &step = *t.step(u"inkassokrav");
        QCOMPARE(step.anchor, Anchor::Deadline);
        const QDate claimDue = sendDay.addDays(-40);
        ProcessClaim second = claim(2, claimDue, 700);
        if (secondClaimHasFee)
            second.feesCharged[FeeType::Inkassokrav] = 1;
        ProcessCase c = afterStep(caseOf({claim(1, claimDue, 1300), second}), t, u"reminder"_qs, sendDay.addDays(-20),
                                  sendDay.addDays(-step.afterDays));
        c.channel = channel;

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), sendDay);
        const QList<PlannedAction> letters = actionsOf(decision, ActionType::InkassokravLetter);
        QCOMPARE(letters.size(), 1);
        const PlannedAction &letter = letters.first();
        QCOMPARE(letter.claimIds, (QList<qint64>{1, 2}));
        QCOMPARE(letter.channel, channel);
        const QDate minimum = *DemandDeadline::deadline(sendDay, transitDays(channel), rules().demandDeadline(),
                                                        BankCalendar());
        const QDate expected = std::max(BankCalendar::nextBankDay(sendDay.addDays(step.deadlineDays)), minimum);
        QCOMPARE(letter.deadline, expected);
        QVERIFY(letter.deadline >= minimum);

        const QList<PlannedAction> posted = actionsOf(decision, ActionType::FeePosted);
        QCOMPARE(posted.size(), secondClaimHasFee ? 1 : 2);
        for (const PlannedAction &p : posted) {
            QCOMPARE(*p.feeType, FeeType::Inkassokrav);
            QCOMPARE(p.amount, fee(FeeType::Inkassokrav, sendDay));
        }
        QCOMPARE(codesOf(decision), secondClaimHasFee ? QStringList{u"demand_fee_repeated"_qs} : QStringList());
        QCOMPARE(decision.newState.demandSentOn, sendDay);
        QCOMPARE(decision.newState.demandDeadline, letter.deadline);
        QCOMPARE(decision.newState.lastDeadline, letter.deadline);
        QCOMPARE(decision.newStatus, CaseStatus::Collection);
        // The SMS that a letter was sent comes the day after (its step's offset, on a contact day).
        QCOMPARE(decision.nextAction, machineName(t.steps.at(t.indexOf(u"inkassokrav") + 1).action));
        QCOMPARE(decision.nextActionDate, BankCalendar::nextBankDay(sendDay.addDays(1)));
    }

    /*! (2) Limitation: alerts once when the window opens, excludes time-barred claims, closes when
        every claim is time-barred. */
    void limitation_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QList<ActionType>>("expected");
        QTest::addColumn<QString>("status");

        QTest::newRow("alert-window-opens") << u"alert-today"_qs << QList<ActionType>{ActionType::LimitationAlert}
                                            << u"disputed"_qs;
        QTest::newRow("alert-already-raised") << u"alert-today,alerted"_qs << QList<ActionType>() << u"disputed"_qs;
        QTest::newRow("before-window") << u"alert-tomorrow"_qs << QList<ActionType>() << u"disputed"_qs;
        QTest::newRow("all-time-barred") << u"barred"_qs << QList<ActionType>{ActionType::ClosedTimeBarred}
                                         << u"closed"_qs;
        QTest::newRow("one-of-two-barred") << u"barred,second-fresh"_qs
                                           << QList<ActionType>{ActionType::InterestPosted, ActionType::FeePosted,
                                                                ActionType::ReminderLetter}
                                           << u"reminder"_qs;
    }

    void limitation()
    {
        QFETCH(QString, setup);
        QFETCH(QList<ActionType>, expected);
        QFETCH(QString, status);
        const QDate day = BankCalendar::nextBankDay(due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        const int years = rules().limitation().consumerYears;
        ProcessClaim first = claim(1, due(), 2000);
        if (setup.contains(u"alert-today"))
            first.contractDate = day.addDays(rules().limitation().alertDays).addYears(-years);
        if (setup.contains(u"alert-tomorrow"))
            first.contractDate = day.addDays(rules().limitation().alertDays + 1).addYears(-years);
        if (setup.contains(u"barred"))
            first.contractDate = day.addDays(-1).addYears(-years);
        first.disputed = !setup.contains(u"barred");
        QList<ProcessClaim> claims{first};
        if (setup.contains(u"second-fresh"))
            claims.append(claim(2, due(), 500));
        ProcessCase c = caseOf(claims);
        const LimitationInfo info = Limitation::compute({first.contractDate, first.invoiceDate, DebtorType::Consumer,
                                                         false, {}},
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

        QTest::newRow("client-pause-running") << u"client_request"_qs << false << 5 << QList<ActionType>()
                                              << CaseStatus::Paused;
        QTest::newRow("client-pause-ends-today")
            << u"client_request"_qs << false << 0
            << QList<ActionType>{ActionType::Resume, ActionType::InterestPosted, ActionType::FeePosted,
                                 ActionType::ReminderLetter}
            << CaseStatus::Reminder;
        QTest::newRow("dispute-pause-ended-needs-person") << u"dispute"_qs << false << -3 << QList<ActionType>()
                                                          << CaseStatus::Paused;
        QTest::newRow("unknown-reason-needs-person") << u"something_else"_qs << false << 0 << QList<ActionType>()
                                                     << CaseStatus::Paused;
        QTest::newRow("claim-pause-other-claim-goes-on")
            << u"deceased"_qs << true << 5
            << QList<ActionType>{ActionType::InterestPosted, ActionType::FeePosted, ActionType::ReminderLetter}
            << CaseStatus::Reminder;
    }

    void pauses()
    {
        QFETCH(QString, reason);
        QFETCH(bool, claimOnly);
        QFETCH(int, daysUntilEnd);
        QFETCH(QList<ActionType>, expected);
        QFETCH(CaseStatus, status);
        const QDate day = BankCalendar::nextBankDay(due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
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
            QCOMPARE(actionsOf(decision, ActionType::ReminderLetter).first().claimIds, QList<qint64>{1});
            QCOMPARE(codesOf(decision), QStringList{u"paused"_qs});
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
        const QDate day = BankCalendar::nextBankDay(due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        const ProcessDecision first = engine().decide(c, ClientPolicy(), day);
        QVERIFY(first.actions.isEmpty());
        QCOMPARE(codesOf(first), QStringList{u"disputed"_qs});
        QCOMPARE(first.refusals.first().rule.isEmpty(), false);
        QCOMPARE(first.newStatus, CaseStatus::Disputed);
        QVERIFY(!first.nextActionDate.isValid() || first.nextAction != machineName(ActionType::ReminderLetter));
        apply(c, first);
        const ProcessDecision second = engine().decide(c, ClientPolicy(), day.addDays(1));
        QVERIFY(second.actions.isEmpty());
        QVERIFY(second.refusals.isEmpty());
        QVERIFY(!second.stateChanged);
    }

    /*! (6) Interest on letter days, per claim, from the day after the last posting. */
    void interest_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::newRow("first-letter-from-due") << u""_qs;
        QTest::newRow("after-earlier-posting") << u"posted"_qs;
        QTest::newRow("fixed-agreed-rate") << u"fixed"_qs;
        QTest::newRow("already-posted-through-today") << u"posted-today"_qs;
    }

    void interest()
    {
        QFETCH(QString, setup);
        const QDate day = BankCalendar::nextBankDay(due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
        ProcessClaim cl = claim(1, due().addDays(-60), 5000);
        std::optional<Percentage> fixed;
        if (setup == u"fixed") {
            cl.interestKind = InterestKind::Fixed;
            cl.fixedRate = Percentage::fromPercent(15);
            fixed = cl.fixedRate;
        }
        if (setup == u"posted")
            cl.interestPostedThrough = day.addDays(-10);
        if (setup == u"posted-today")
            cl.interestPostedThrough = day;
        const ProcessCase c = caseOf({cl}); // due 60 days before: the first run does the overdue reminder
        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QCOMPARE(actionsOf(decision, ActionType::ReminderLetter).size(), 1);
        const QList<PlannedAction> posted = actionsOf(decision, ActionType::InterestPosted);
        if (setup == u"posted-today") {
            QVERIFY(posted.isEmpty());
            return;
        }
        QCOMPARE(posted.size(), 1);
        const PlannedAction &a = posted.first();
        QCOMPARE(a.interestTo, day);
        const QDate from = setup == u"posted" ? cl.interestPostedThrough.addDays(1)
                                              : ProcessFixture::interest().firstInterestDay(cl.dueDate);
        QCOMPARE(a.interestFrom, from);
        const Money whole = ProcessFixture::interest().compute(cl.principalOutstanding, cl.dueDate, day, fixed)->total;
        if (setup == u"posted") {
            const Money before = ProcessFixture::interest().compute(cl.principalOutstanding, cl.dueDate,
                                                                    cl.interestPostedThrough, fixed)->total;
            QVERIFY(qAbs((whole - before - a.amount).ore()) <= 2);
        } else {
            QCOMPARE(a.amount, whole);
        }
    }

    /*! (6) A missing reference rate stops the letter: a refusal naming the half-year, no interest,
        no fee; once the rate is entered the letter goes. */
    void missingReferenceRate()
    {
        const ReferenceRateTable builtIn = ReferenceRateTable::builtIn().value();
        const QDate missingFrom = builtIn.entries().last().validFrom.addMonths(6);
        const InterestCalculator calc(builtIn, InterestConventions::defaults().value());
        const ProcessEngine eng(rules(), fees(), calc);
        const ProcessTemplate &t = tmpl(Segment::Normal);
        const QDate claimDue = missingFrom.addDays(-3);
        const QDate day = BankCalendar::nextBankDay(claimDue.addDays(t.steps.first().afterDays));
        ProcessCase c = caseOf({claim(1, claimDue, 2000)});

        const ProcessDecision refused = eng.decide(c, ClientPolicy(), day);
        QVERIFY(refused.actions.isEmpty());
        QCOMPARE(codesOf(refused), QStringList{u"interest_not_computed"_qs});
        QVERIFY2(refused.refusals.first().text.contains(ReferenceRateTable::halfYearLabel(missingFrom)),
                 qPrintable(refused.refusals.first().text));
        QCOMPARE(refused.newState.stepIndex, -1);
        QCOMPARE(refused.nextActionDate, BankCalendar::nextBankDay(day.addDays(1)));
        apply(c, refused);
        const ProcessDecision again = eng.decide(c, ClientPolicy(), day.addDays(1));
        QVERIFY(again.refusals.isEmpty());

        ReferenceRateTable::Entry entered{missingFrom, Percentage::fromPercent(2), ReferenceRateTable::Source::Entered,
                                          u"test"_qs};
        const InterestCalculator withRate(builtIn.withEntered({entered}), InterestConventions::defaults().value());
        const ProcessEngine fixedEngine(rules(), fees(), withRate);
        const ProcessDecision sent = fixedEngine.decide(c, ClientPolicy(), day.addDays(1));
        QCOMPARE(actionsOf(sent, ActionType::ReminderLetter).size(), 1);
        QCOMPARE(actionsOf(sent, ActionType::InterestPosted).size(), 1);
    }

    /*! (7) The BF step by mode and minimum amount; never automatic for VIP. */
    void bf_data()
    {
        QTest::addColumn<Segment>("segment");
        QTest::addColumn<QByteArray>("policy");
        QTest::addColumn<qint64>("kronor");
        QTest::addColumn<int>("deadlineDaysAgo");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("refusal");

        QTest::newRow("normal-auto-application") << Segment::Normal << QByteArray() << qint64(5000) << 20
                                                 << u"bf_application"_qs << QString();
        QTest::newRow("normal-below-minimum") << Segment::Normal << QByteArray() << qint64(100) << 20 << QString()
                                              << u"bf_below_minimum"_qs;
        QTest::newRow("client-approval-by-policy")
            << Segment::Normal << QByteArray(R"({"bf": {"mode": "client_approval"}})") << qint64(5000) << 20
            << u"bf_decision_task"_qs << QString();
        QTest::newRow("vip-supervisor-task") << Segment::Vip << QByteArray() << qint64(5000) << 20
                                             << u"bf_decision_task"_qs << QString();
        QTest::newRow("vip-general-auto-policy-still-task")
            << Segment::Vip << QByteArray(R"({"bf": {"mode": "auto"}})") << qint64(5000) << 20
            << u"bf_decision_task"_qs << QString();
        QTest::newRow("demand-deadline-not-passed") << Segment::Normal << QByteArray() << qint64(5000) << 0 << QString()
                                                    << u"legal_step_before_deadline"_qs;
    }

    void bf()
    {
        QFETCH(Segment, segment);
        QFETCH(QByteArray, policy);
        QFETCH(qint64, kronor);
        QFETCH(int, deadlineDaysAgo);
        QFETCH(QString, expected);
        QFETCH(QString, refusal);
        const ClientPolicy clientPolicy = policy.isEmpty() ? ClientPolicy() : ClientPolicy::fromJson(policy).value();
        const ProcessTemplate t = clientPolicy.apply(tmpl(segment));
        const qsizetype bfIndex = t.indexOf(ActionType::BfDecisionTask);
        const ProcessStep &bfStep = t.steps.at(bfIndex);
        QCOMPARE(bfStep.anchor, Anchor::Previous);
        const QDate day = d("2025-09-15");
        ProcessCase c = afterStep(caseOf({claim(1, day.addDays(-120), kronor)}), t, t.steps.at(bfIndex - 1).id,
                                  day.addDays(-bfStep.afterDays), day.addDays(-deadlineDaysAgo));
        c.onVipList = segment == Segment::Vip;

        const ProcessDecision decision = engine().decide(c, clientPolicy, day);
        QList<ActionType> types = typesOf(decision);
        QCOMPARE(types.size(), expected.isEmpty() ? 0 : 1);
        if (!expected.isEmpty()) {
            QCOMPARE(machineName(types.first()), expected);
            QCOMPARE(decision.actions.first().amount, c.claims.first().principalOutstanding);
            QVERIFY(decision.newState.finished);
        }
        QCOMPARE(codesOf(decision), refusal.isEmpty() ? QStringList() : QStringList{refusal});
        QCOMPARE(decision.newStatus, expected == u"bf_application" ? CaseStatus::Bf : CaseStatus::Collection);
        QCOMPARE(decision.newState.finished, refusal != u"legal_step_before_deadline");
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
            << Segment::Normal << u"reminder"_qs << Segment::Vip << u"reminder"_qs << 1 << u"reminder_letter"_qs;
        QTest::newRow("vip-demand-to-normal-sms")
            << Segment::Vip << u"inkassokrav"_qs << Segment::Normal << u"inkassokrav"_qs << 1 << u"sms_notice"_qs;
        QTest::newRow("normal-demand-to-vip-no-more-reminders")
            << Segment::Normal << u"inkassokrav"_qs << Segment::Vip << u"inkassokrav"_qs << 1 << u"sms_notice"_qs;
        QTest::newRow("normal-sms-to-risk-early-call")
            << Segment::Normal << u"sms_letter_sent"_qs << Segment::Risk << u"sms_letter_sent"_qs << 1 << u"call_task"_qs;
        QTest::newRow("risk-both-calls-to-normal-burst")
            << Segment::Risk << u"call_after_deadline"_qs << Segment::Normal << u"call_after_deadline"_qs << 1
            << u"intensive_sms"_qs;
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
        ProcessCase c = afterStep(caseOf({claim(1, day.addDays(-60), 2000)}), old, doneStep, day, day.addDays(20));
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
        // The next step is anchored to what was done: the reminder's deadline + the inkassokrav's days.
        const ProcessStep &demand = *t.step(u"inkassokrav");
        QCOMPARE(c.nextActionDate, BankCalendar::nextBankDay(c.state.lastDeadline.addDays(demand.afterDays)));
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
        const ProcessDecision decision = engine().decide(c, ClientPolicy(), day);
        QVERIFY(decision.actions.isEmpty());
        QVERIFY(decision.refusals.isEmpty());
        QCOMPARE(decision.newStatus, c.status);
        QCOMPARE(decision.newState, c.state);
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
            const ProcessDecision decision = engine().decide(c, ClientPolicy(), due().addDays(offset));
            for (const PlannedAction &a : decision.actions)
                QVERIFY(a.date == due().addDays(offset));
            apply(c, decision);
        }
        if (setup == u"no-dates" || setup == u"negative") {
            QCOMPARE(c.state.remindersSent, 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestProcessEngine)
#include "tst_processengine.moc"
