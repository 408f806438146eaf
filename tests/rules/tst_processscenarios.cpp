#include "models/domain/bankcalendar.h"
#include "models/rules/limitation.h"
#include "models/rules/processengine.h"

#include "processfixture.h"

#include <QTest>

using namespace Fordran;
using namespace ProcessFixture;

namespace {

/*! The year every profile runs through, day by day. */
QDate firstDay()
{
    return d("2025-03-01");
}
QDate lastDay()
{
    return firstDay().addDays(364);
}
QDate dueDate()
{
    return d("2025-03-14");
}

/*! One simulated year of a case. */
struct Simulation
{
    ProcessCase c;
    QList<PlannedAction> actions;
    QList<Guard> refusals;
    QStringList problems; //!< idempotency breaches, by day
};

/*!
 * Runs decide() for every day from firstDay() to lastDay() except \a skipped, applying each
 * decision; after applying, deciding again on the same day must give nothing.
 */
Simulation simulate(ProcessCase c, const QList<Blackout> &skipped = {})
{
    Simulation sim;
    for (QDate day = firstDay(); day <= lastDay(); day = day.addDays(1)) {
        const bool skip = std::any_of(skipped.cbegin(), skipped.cend(), [day](const Blackout &b) {
            return day >= b.from && day < b.until;
        });
        if (skip)
            continue;
        const ProcessDecision decision = engine().decide(c, engine().defaultPolicy(), day);
        apply(c, decision);
        sim.actions.append(decision.actions);
        sim.refusals.append(decision.refusals);
        const ProcessDecision again = engine().decide(c, engine().defaultPolicy(), day);
        if (!again.actions.isEmpty() || !again.refusals.isEmpty() || again.stateChanged)
            sim.problems.append(day.toString(Qt::ISODate));
    }
    sim.c = c;
    return sim;
}

QList<Expected> templateActions(const QList<PlannedAction> &actions)
{
    QList<Expected> out;
    for (const PlannedAction &a : actions) {
        if (templateActionTypes().contains(a.type))
            out.append({a.type, a.date});
    }
    return out;
}

int countOf(const QList<PlannedAction> &actions, ActionType type)
{
    return int(std::count_if(actions.cbegin(), actions.cend(),
                             [type](const PlannedAction &a) { return a.type == type; }));
}

int feesOf(const QList<PlannedAction> &actions, FeeType type, Money *total = nullptr)
{
    int n = 0;
    for (const PlannedAction &a : actions) {
        if (a.type == ActionType::FeePosted && a.feeType == type) {
            ++n;
            if (total)
                *total += a.amount;
        }
    }
    return n;
}

/*! A case pause (from, until) with \a reason. */
PauseState casePause(const char *reason, QDate from, QDate until)
{
    PauseState p;
    p.reason = QString::fromLatin1(reason);
    p.from = from;
    p.until = until;
    return p;
}

/*! How a profile is set up and what its year must show. */
struct Profile
{
    ProcessCase c;
    QList<Blackout> skippedRuns; //!< days the run does not run at all
    QList<Blackout> pausedDays; //!< days the case is paused (expected timeline waits)
    bool timelineFromTemplate = true;
};

Profile profile(const QString &name)
{
    Profile p;
    const QDate due = dueDate();
    if (name == u"consumer-fee-agreed" || name == u"catch-up-40-days") {
        p.c = caseOf({claim(1, due, 2000)});
        if (name == u"catch-up-40-days")
            p.skippedRuns = {{d("2025-04-01"), d("2025-04-01").addDays(40)}};
    } else if (name == u"consumer-no-agreement") {
        p.c = caseOf({claim(1, due, 2000, DebtorType::Consumer, false)});
    } else if (name == u"consumer-two-claims") {
        p.c = caseOf({claim(1, due, 1200), claim(2, due.addDays(3), 800)});
    } else if (name == u"business-two-claims") {
        p.c = caseOf({claim(1, due, 1500, DebtorType::Business, false),
                      claim(2, due, 1500, DebtorType::Business, false)});
    } else if (name == u"vip") {
        p.c = caseOf({claim(1, due, 2000)});
        p.c.onVipList = true;
    } else if (name == u"risk") {
        p.c = caseOf({claim(1, due, 2000)});
        makeRisky(p.c);
    } else if (name == u"one-claim-disputed") {
        ProcessClaim disputed = claim(2, due, 900);
        disputed.disputed = true;
        p.c = caseOf({claim(1, due, 2000), disputed});
    } else if (name == u"paused-auto-resume") {
        p.c = caseOf({claim(1, due, 2000)});
        p.c.pauses = {casePause("client_request", d("2025-03-25"), d("2025-04-20"))};
        p.pausedDays = {{d("2025-03-25"), d("2025-04-20")}};
    } else if (name == u"paused-needs-person") {
        p.c = caseOf({claim(1, due, 2000)});
        p.c.pauses = {casePause("debtor_says_paid", d("2025-03-25"), d("2025-04-20"))};
        p.pausedDays = {{d("2025-03-25"), lastDay().addDays(1)}};
    } else if (name == u"all-disputed" || name == u"becomes-time-barred") {
        ProcessClaim c = claim(1, due, 2000);
        c.disputed = true;
        if (name == u"becomes-time-barred") // limitation runs out in the middle of the year
            c.contractDate = d("2025-08-01").addYears(-rules().limitation().consumerYears);
        p.c = caseOf({c});
        p.timelineFromTemplate = false;
    } else if (name == u"time-barred") {
        ProcessClaim c = claim(1, due, 2000);
        c.contractDate = firstDay().addYears(-rules().limitation().consumerYears - 1);
        p.c = caseOf({c});
        p.timelineFromTemplate = false;
    }
    return p;
}

} // namespace

/*!
 * A year of daily runs per collection profile, applying every decision to an in-memory case:
 * the sequence and days of the template's actions (from the rules' step offsets and the bank
 * calendar), the fees, idempotency of every day, catch-up after missed days, disputed and
 * time-barred claims.
 */
class TestProcessScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void year_data()
    {
        QTest::addColumn<QString>("templateKey");
        QTest::addColumn<int>("reminderFees");
        QTest::addColumn<int>("inkassokravFees");
        QTest::addColumn<int>("b2bFees");
        QTest::addColumn<int>("resumes");
        QTest::addColumn<QString>("finalStatus");

        // template, fees (reminder, inkassokrav, b2b), resumes, status at the end
        QTest::newRow("consumer-fee-agreed")
            << u"consumer.normal"_qs << 1 << 1 << 0 << 0 << u"bf"_qs;
        QTest::newRow("consumer-no-agreement")
            << u"consumer.normal"_qs << 0 << 1 << 0 << 0 << u"bf"_qs;
        QTest::newRow("consumer-two-claims")
            << u"consumer.normal"_qs << 2 << 2 << 0 << 0 << u"bf"_qs;
        QTest::newRow("business-two-claims")
            << u"business.normal"_qs << 0 << 0 << 2 << 0 << u"bf"_qs;
        QTest::newRow("vip") << u"consumer.vip"_qs << 1 << 1 << 0 << 0 << u"collection"_qs;
        QTest::newRow("risk") << u"consumer.risk"_qs << 1 << 1 << 0 << 0 << u"bf"_qs;
        QTest::newRow("one-claim-disputed")
            << u"consumer.normal"_qs << 1 << 1 << 0 << 0 << u"bf"_qs;
        QTest::newRow("paused-auto-resume")
            << u"consumer.normal"_qs << 1 << 1 << 0 << 1 << u"bf"_qs;
        QTest::newRow("paused-needs-person")
            << u"consumer.normal"_qs << 1 << 0 << 0 << 0 << u"paused"_qs;
        QTest::newRow("catch-up-40-days") << u"consumer.normal"_qs << 1 << 1 << 0 << 0 << u"bf"_qs;
        QTest::newRow("all-disputed")
            << u"consumer.normal"_qs << 0 << 0 << 0 << 0 << u"disputed"_qs;
        QTest::newRow("becomes-time-barred")
            << u"consumer.normal"_qs << 0 << 0 << 0 << 0 << u"closed"_qs;
        QTest::newRow("time-barred") << QString() << 0 << 0 << 0 << 0 << u"closed"_qs;
    }

    void year()
    {
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        QFETCH(QString, templateKey);
        QFETCH(int, reminderFees);
        QFETCH(int, inkassokravFees);
        QFETCH(int, b2bFees);
        QFETCH(int, resumes);
        QFETCH(QString, finalStatus);

        const Profile p = profile(name);
        QVERIFY2(!p.c.claims.isEmpty(), qPrintable(name));
        const Simulation sim = simulate(p.c, p.skippedRuns);

        QVERIFY2(sim.problems.isEmpty(),
                 qPrintable(u"not idempotent on "_qs + sim.problems.join(u", ")));
        QCOMPARE(machineName(sim.c.status), finalStatus);
        QCOMPARE(sim.c.state.templateKey, templateKey);

        // The template's actions, in order, on the days the rules give.
        if (p.timelineFromTemplate) {
            const ProcessTemplate &t
                = rules().templateFor(sim.c.segment, p.c.claims.first().debtorType);
            QCOMPARE(t.key(), templateKey);
            const QList<Expected> expected
                = expectedTimeline(t, dueDate(), lastDay(), p.skippedRuns + p.pausedDays);
            const QList<Expected> actual = templateActions(sim.actions);
            QVERIFY2(actual == expected,
                     qPrintable(u"\nactual:   "_qs + describe(actual) + u"\nexpected: "_qs
                                + describe(expected)));
        }

        // Fees by type, each at the statutory amount of the day it was posted.
        const QDate feeDay = dueDate().addDays(30);
        Money total;
        QCOMPARE(feesOf(sim.actions, FeeType::Reminder, &total), reminderFees);
        QCOMPARE(total, Money::fromOre(fee(FeeType::Reminder, feeDay).ore() * reminderFees));
        total = Money();
        QCOMPARE(feesOf(sim.actions, FeeType::Inkassokrav, &total), inkassokravFees);
        QCOMPARE(total, Money::fromOre(fee(FeeType::Inkassokrav, feeDay).ore() * inkassokravFees));
        total = Money();
        QCOMPARE(feesOf(sim.actions, FeeType::B2bCompensation, &total), b2bFees);
        QCOMPARE(total, Money::fromOre(fee(FeeType::B2bCompensation, feeDay).ore() * b2bFees));
        QCOMPARE(countOf(sim.actions, ActionType::Resume), resumes);

        // At most one fee of each type per claim, and never the 60/180 kr fees on a business claim.
        for (const ProcessClaim &claim : sim.c.claims) {
            for (auto it = claim.feesCharged.cbegin(); it != claim.feesCharged.cend(); ++it)
                QVERIFY2(it.value() <= 1, qPrintable(feeTypeName(it.key())));
            if (claim.debtorType == DebtorType::Business) {
                QCOMPARE(claim.feesCharged.value(FeeType::Reminder), 0);
                QCOMPARE(claim.feesCharged.value(FeeType::Inkassokrav), 0);
            }
        }

        // A VIP debtor never gets an automatic BF application.
        if (p.c.onVipList)
            QCOMPARE(countOf(sim.actions, ActionType::BfApplication), 0);

        // A disputed claim is never on a demand: no letter, call, fee or interest covers it.
        for (const ProcessClaim &claim : p.c.claims) {
            if (!claim.disputed)
                continue;
            for (const PlannedAction &a : sim.actions) {
                if (a.type == ActionType::LimitationAlert || a.type == ActionType::ClosedTimeBarred)
                    continue;
                QVERIFY2(a.claimId != claim.claimId && !a.claimIds.contains(claim.claimId),
                         qPrintable(machineName(a.type) + u" on disputed claim"_qs));
            }
        }
    }

    /*! Interest is posted only with letters, for back-to-back periods, and sums to the interest of
       the whole period within one öre of rounding per posting. */
    void interestWithLetters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("consumer-fee-agreed") << u"consumer-fee-agreed"_qs;
        QTest::newRow("catch-up-40-days") << u"catch-up-40-days"_qs;
        QTest::newRow("business-two-claims") << u"business-two-claims"_qs;
        QTest::newRow("vip") << u"vip"_qs;
    }

    void interestWithLetters()
    {
        QFETCH(QString, name);
        const Profile p = profile(name);
        const Simulation sim = simulate(p.c, p.skippedRuns);
        for (const ProcessClaim &claim : p.c.claims) {
            QDate expectedFrom = interest().firstInterestDay(claim.dueDate);
            Money sum;
            int postings = 0;
            for (const PlannedAction &a : sim.actions) {
                if (a.type != ActionType::InterestPosted || a.claimId != claim.claimId)
                    continue;
                QCOMPARE(a.interestFrom, expectedFrom);
                QCOMPARE(a.interestTo, a.date);
                const bool withLetter = std::any_of(
                    sim.actions.cbegin(), sim.actions.cend(), [&](const PlannedAction &l) {
                        return isLetterAction(l.type) && l.date == a.date
                            && l.claimIds.contains(claim.claimId);
                    });
                QVERIFY2(withLetter, qPrintable(a.date.toString(Qt::ISODate)));
                expectedFrom = a.interestTo.addDays(1);
                sum += a.amount;
                ++postings;
            }
            QVERIFY(postings >= 2);
            const Money whole
                = interest()
                      .compute(claim.principalOutstanding, claim.dueDate, expectedFrom.addDays(-1))
                      ->total;
            QVERIFY2(qAbs(whole.ore() - sum.ore()) <= postings,
                     qPrintable(whole.toString() + u" vs "_qs + sum.toString()));
        }
    }

    /*! The limitation alert comes once, when the alert window opens; the case closes the day after
        the limitation date with nothing but closed_time_barred. */
    void limitationDuringTheYear()
    {
        const Profile p = profile(u"becomes-time-barred"_qs);
        const Simulation sim = simulate(p.c);
        ClaimLimitationFacts facts {p.c.claims.first().contractDate,
                                    p.c.claims.first().invoiceDate,
                                    DebtorType::Consumer,
                                    false,
                                    {}};
        const LimitationInfo info = Limitation::compute(facts, rules().limitation()).value();
        QVERIFY(info.alertFrom > firstDay());
        QCOMPARE(sim.actions.size(), 2);
        QCOMPARE(sim.actions.at(0).type, ActionType::LimitationAlert);
        QCOMPARE(sim.actions.at(0).date, info.alertFrom);
        QCOMPARE(sim.actions.at(1).type, ActionType::ClosedTimeBarred);
        QCOMPARE(sim.actions.at(1).date, info.limitationDate.addDays(1));
        // The dispute stopped the reminder once, and is not repeated every day.
        QCOMPARE(sim.refusals.size(), 1);
        QCOMPARE(sim.refusals.first().code, u"disputed"_qs);
    }

    void timeBarredFromTheStart()
    {
        const Simulation sim = simulate(profile(u"time-barred"_qs).c);
        QCOMPARE(sim.actions.size(), 1);
        QCOMPARE(sim.actions.first().type, ActionType::ClosedTimeBarred);
        QCOMPARE(sim.actions.first().date, firstDay());
    }

    /*! A pause that needs a person stays: the case is paused at the end of the year, its next
        action is the overdue resume on the pause's end date. */
    void pauseNeedsPerson()
    {
        const Profile p = profile(u"paused-needs-person"_qs);
        const Simulation sim = simulate(p.c);
        QCOMPARE(sim.c.pauses.size(), 1);
        QCOMPARE(sim.c.nextAction, machineName(ActionType::Resume));
        QCOMPARE(sim.c.nextActionDate, p.c.pauses.first().until);
        for (const PlannedAction &a : sim.actions)
            QVERIFY(a.date < p.c.pauses.first().from);
    }

    /*! Without the reminder fee agreement the refusal is recorded once, with its statute. */
    void reminderFeeRefusedOnce()
    {
        const Simulation sim = simulate(profile(u"consumer-no-agreement"_qs).c);
        int refused = 0;
        for (const Guard &g : sim.refusals) {
            if (g.code == u"reminder_fee_not_agreed") {
                ++refused;
                QVERIFY(!g.rule.isEmpty());
            }
        }
        QCOMPARE(refused, 1);
        QCOMPARE(countOf(sim.actions, ActionType::ReminderLetter), 1);
    }
};

QTEST_GUILESS_MAIN(TestProcessScenarios)
#include "tst_processscenarios.moc"
