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

/*! ProcessEngine::decide(), the steps of a template: segment and template, the first step, fees,
    the inkassokrav, interest on letters, the BF step. Built-in rules and legal tables. */
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
        QTest::newRow("vip-list-beats-score")
            << u"vip,risky"_qs << DebtorType::Consumer << Segment::Vip;
        QTest::newRow("pin-beats-vip-list")
            << u"vip,pin-normal"_qs << DebtorType::Consumer << Segment::Normal;
        QTest::newRow("expired-pin-ignored")
            << u"expired-pin-risk"_qs << DebtorType::Consumer << Segment::Normal;
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
            c.pin = SegmentPin {Segment::Normal, u"Client asked"_qs, day.addDays(30), u"anna"_qs};
        if (setup.contains(u"expired-pin-risk"))
            c.pin = SegmentPin {Segment::Risk, u"Old pin"_qs, day.addDays(-1), u"anna"_qs};

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

        QTest::newRow("consumer-agreed")
            << DebtorType::Consumer << true << QString() << u"reminder"_qs << QString();
        QTest::newRow("consumer-not-agreed-letter-without-fee")
            << DebtorType::Consumer << false << QString() << QString()
            << u"reminder_fee_not_agreed"_qs;
        QTest::newRow("consumer-already-has-one") << DebtorType::Consumer << true << u"reminder"_qs
                                                  << QString() << u"reminder_fee_repeated"_qs;
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
        QCOMPARE(codesOf(decision), refusal.isEmpty() ? QStringList() : QStringList {refusal});
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
        QTest::newRow("second-claim-already-charged")
            << d("2025-06-16") << u"post_first_class"_qs << true;
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
        ProcessCase c = afterStep(caseOf({claim(1, claimDue, 1300), second}), t, u"reminder"_qs,
                                  sendDay.addDays(-20), sendDay.addDays(-step.afterDays));
        c.channel = channel;

        const ProcessDecision decision = engine().decide(c, ClientPolicy(), sendDay);
        const QList<PlannedAction> letters = actionsOf(decision, ActionType::InkassokravLetter);
        QCOMPARE(letters.size(), 1);
        const PlannedAction &letter = letters.first();
        QCOMPARE(letter.claimIds, (QList<qint64> {1, 2}));
        QCOMPARE(letter.channel, channel);
        const QDate minimum = *DemandDeadline::deadline(sendDay, transitDays(channel),
                                                        rules().demandDeadline(), BankCalendar());
        const QDate expected
            = std::max(BankCalendar::nextBankDay(sendDay.addDays(step.deadlineDays)), minimum);
        QCOMPARE(letter.deadline, expected);
        QVERIFY(letter.deadline >= minimum);

        const QList<PlannedAction> posted = actionsOf(decision, ActionType::FeePosted);
        QCOMPARE(posted.size(), secondClaimHasFee ? 1 : 2);
        for (const PlannedAction &p : posted) {
            QCOMPARE(*p.feeType, FeeType::Inkassokrav);
            QCOMPARE(p.amount, fee(FeeType::Inkassokrav, sendDay));
        }
        QCOMPARE(codesOf(decision),
                 secondClaimHasFee ? QStringList {u"demand_fee_repeated"_qs} : QStringList());
        QCOMPARE(decision.newState.demandSentOn, sendDay);
        QCOMPARE(decision.newState.demandDeadline, letter.deadline);
        QCOMPARE(decision.newState.lastDeadline, letter.deadline);
        QCOMPARE(decision.newStatus, CaseStatus::Collection);
        // The SMS that a letter was sent comes the day after (its step's offset, on a contact day).
        QCOMPARE(decision.nextAction,
                 machineName(t.steps.at(t.indexOf(u"inkassokrav") + 1).action));
        QCOMPARE(decision.nextActionDate, BankCalendar::nextBankDay(sendDay.addDays(1)));
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
        const QDate day = BankCalendar::nextBankDay(
            due().addDays(tmpl(Segment::Normal).steps.first().afterDays));
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
        const ProcessCase c
            = caseOf({cl}); // due 60 days before: the first run does the overdue reminder
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
        const QDate from = setup == u"posted"
            ? cl.interestPostedThrough.addDays(1)
            : ProcessFixture::interest().firstInterestDay(cl.dueDate);
        QCOMPARE(a.interestFrom, from);
        const Money whole = ProcessFixture::interest()
                                .compute(cl.principalOutstanding, cl.dueDate, day, fixed)
                                ->total;
        if (setup == u"posted") {
            const Money before
                = ProcessFixture::interest()
                      .compute(cl.principalOutstanding, cl.dueDate, cl.interestPostedThrough, fixed)
                      ->total;
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
        QCOMPARE(codesOf(refused), QStringList {u"interest_not_computed"_qs});
        QVERIFY2(
            refused.refusals.first().text.contains(ReferenceRateTable::halfYearLabel(missingFrom)),
            qPrintable(refused.refusals.first().text));
        QCOMPARE(refused.newState.stepIndex, -1);
        QCOMPARE(refused.nextActionDate, BankCalendar::nextBankDay(day.addDays(1)));
        apply(c, refused);
        const ProcessDecision again = eng.decide(c, ClientPolicy(), day.addDays(1));
        QVERIFY(again.refusals.isEmpty());

        ReferenceRateTable::Entry entered {missingFrom, Percentage::fromPercent(2),
                                           ReferenceRateTable::Source::Entered, u"test"_qs};
        const InterestCalculator withRate(builtIn.withEntered({entered}),
                                          InterestConventions::defaults().value());
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

        QTest::newRow("normal-auto-application") << Segment::Normal << QByteArray() << qint64(5000)
                                                 << 20 << u"bf_application"_qs << QString();
        QTest::newRow("normal-below-minimum") << Segment::Normal << QByteArray() << qint64(100)
                                              << 20 << QString() << u"bf_below_minimum"_qs;
        QTest::newRow("client-approval-by-policy")
            << Segment::Normal << QByteArray(R"({"bf": {"mode": "client_approval"}})")
            << qint64(5000) << 20 << u"bf_decision_task"_qs << QString();
        QTest::newRow("vip-supervisor-task") << Segment::Vip << QByteArray() << qint64(5000) << 20
                                             << u"bf_decision_task"_qs << QString();
        QTest::newRow("vip-general-auto-policy-still-task")
            << Segment::Vip << QByteArray(R"({"bf": {"mode": "auto"}})") << qint64(5000) << 20
            << u"bf_decision_task"_qs << QString();
        QTest::newRow("demand-deadline-not-passed")
            << Segment::Normal << QByteArray() << qint64(5000) << 0 << QString()
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
        const ClientPolicy clientPolicy
            = policy.isEmpty() ? ClientPolicy() : ClientPolicy::fromJson(policy).value();
        const ProcessTemplate t = clientPolicy.apply(tmpl(segment));
        const qsizetype bfIndex = t.indexOf(ActionType::BfDecisionTask);
        const ProcessStep &bfStep = t.steps.at(bfIndex);
        QCOMPARE(bfStep.anchor, Anchor::Previous);
        const QDate day = d("2025-09-15");
        ProcessCase c = afterStep(caseOf({claim(1, day.addDays(-120), kronor)}), t,
                                  t.steps.at(bfIndex - 1).id, day.addDays(-bfStep.afterDays),
                                  day.addDays(-deadlineDaysAgo));
        c.onVipList = segment == Segment::Vip;

        const ProcessDecision decision = engine().decide(c, clientPolicy, day);
        QList<ActionType> types = typesOf(decision);
        QCOMPARE(types.size(), expected.isEmpty() ? 0 : 1);
        if (!expected.isEmpty()) {
            QCOMPARE(machineName(types.first()), expected);
            QCOMPARE(decision.actions.first().amount, c.claims.first().principalOutstanding);
            QVERIFY(decision.newState.finished);
        }
        QCOMPARE(codesOf(decision), refusal.isEmpty() ? QStringList() : QStringList {refusal});
        QCOMPARE(decision.newStatus,
                 expected == u"bf_application" ? CaseStatus::Bf : CaseStatus::Collection);
        QCOMPARE(decision.newState.finished, refusal != u"legal_step_before_deadline");
    }
};

QTEST_GUILESS_MAIN(TestProcessEngine)
#include "tst_processengine.moc"
