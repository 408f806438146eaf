#include "models/domain/bankcalendar.h"
#include "models/rules/demanddeadline.h"
#include "models/rules/feeschedule.h"
#include "models/rules/guardset.h"
#include "models/rules/interest.h"
#include "models/rules/referencerates.h"

#include "guardfixture.h"

#include <QTest>

using Fordran::ActionFacts;
using Fordran::ActionType;
using Fordran::BankCalendar;
using Fordran::DebtorType;
using Fordran::DemandDeadline;
using Fordran::DemandLetterFacts;
using Fordran::FeeRequest;
using Fordran::FeeSchedule;
using Fordran::FeeType;
using Fordran::Guard;
using Fordran::GuardSet;
using Fordran::InterestPosting;
using Fordran::InterruptionKind;
using Fordran::Money;
using Fordran::PauseScope;
using Fordran::PauseState;
using Fordran::PlanFacts;

Q_DECLARE_METATYPE(Fordran::ActionType)

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

PauseState pause(const char *reason, const char *until)
{
    PauseState p;
    p.reason = QString::fromLatin1(reason);
    p.from = d("2026-02-01");
    p.until = d(until);
    return p;
}

} // namespace

/*!
 * GuardSet over one healthy consumer claim (created 2025-12-01, due 2026-01-15, reminder fee
 * agreed, inkassokrav sent with a deadline of 2026-02-16), checked on 2026-03-02. Each row
 * applies one variation and names the refusal it expects (empty: allowed).
 */
class TestGuardSet final : public QObject
{
    Q_OBJECT

private:
    FeeSchedule m_fees = GuardFixture::fees();
    BankCalendar m_calendar;
    GuardSet m_guards{m_calendar, m_fees, GuardFixture::rules()};

    QDate today() const { return d("2026-03-02"); }
    Money cap(FeeType type) const { return m_fees.lookup(type, today())->amount; }

    ActionFacts healthy() const
    {
        ActionFacts f;
        f.on = today();
        f.claimId = 7;
        f.debtorType = DebtorType::Consumer;
        f.limitation.contractDate = d("2025-12-01");
        f.limitation.invoiceDate = d("2025-12-16");
        f.dueDate = d("2026-01-15");
        f.fees.reminderFeeAgreement = u"Web shop terms 2025, §9"_qs;
        f.outstanding = *Money::fromKronor(1250);
        f.demandDeadline = d("2026-02-16");

        DemandLetterFacts letter;
        letter.sentOn = today();
        letter.transitDays = GuardFixture::firstClassTransitDays();
        letter.deadline = *DemandDeadline::deadline(today(), letter.transitDays, m_guards.rules().demandDeadline,
                                                    m_calendar);
        letter.amountsSeparated = true;
        letter.interestDetailsStated = true;
        letter.claimIds = {7};
        letter.combinableClaimIds = {7};
        f.letter = letter;

        InterestPosting interest;
        interest.statutoryRate = *Fordran::ReferenceRateTable::builtIn()->rateFor(today())
                               + Fordran::InterestConventions::defaults()->margin;
        interest.rate = interest.statutoryRate;
        interest.from = d("2026-01-16");
        interest.base = f.outstanding;
        f.interest = interest;
        f.interestStart = {f.dueDate, true, QDate(), QDate()};
        return f;
    }

    static void vary(ActionFacts &f, const QString &variation, const FeeSchedule &fees)
    {
        const QDate on = f.on;
        if (variation == u"none")
            return;
        if (variation == u"client-pause") {
            f.pauses = {pause("client_request", "2026-04-01")};
        } else if (variation == u"client-pause-ended") {
            f.pauses = {pause("client_request", "2026-03-02")};
        } else if (variation == u"dispute-pause-ended") {
            f.pauses = {pause("dispute", "2026-03-02")};
        } else if (variation == u"other-claim-paused") {
            PauseState p = pause("deceased", "2026-04-01");
            p.scope = PauseScope::Claim;
            p.claimId = 8;
            f.pauses = {p};
        } else if (variation == u"time-barred") {
            f.limitation.contractDate = d("2022-01-10");
            f.limitation.events = {{d("2023-06-01"), InterruptionKind::DemandDelivered, QString()}};
        } else if (variation == u"restarted-by-delivered-demand") {
            f.limitation.contractDate = d("2022-01-10");
            f.limitation.events = {{d("2023-06-01"), InterruptionKind::DemandDelivered, u"SPAR address, batch 88"_qs}};
        } else if (variation == u"business-old-claim") {
            f.debtorType = DebtorType::Business;
            f.limitation.contractDate = d("2020-01-10");
        } else if (variation == u"no-creation-date") {
            f.limitation.contractDate = QDate();
            f.limitation.invoiceDate = QDate();
        } else if (variation == u"not-due") {
            f.dueDate = on;
        } else if (variation == u"due-saturday-moved") {
            f.dueDate = d("2026-02-28"); // Saturday: payable on Monday 2026-03-02
        } else if (variation == u"due-saturday-day-after") {
            f.dueDate = d("2026-02-28");
            f.on = d("2026-03-03");
        } else if (variation == u"disputed") {
            f.disputedAmount = f.outstanding;
            f.bfAmount = f.outstanding;
        } else if (variation == u"partly-disputed") {
            f.disputedAmount = *Money::fromKronor(250);
            f.bfAmount = *Money::fromKronor(1000);
        } else if (variation == u"bf-over-undisputed") {
            f.disputedAmount = *Money::fromKronor(250);
            f.bfAmount = *Money::fromKronor(1001);
        } else if (variation == u"short-deadline") {
            f.letter->deadline = f.letter->deadline.addDays(-1);
        } else if (variation == u"deadline-on-saturday") {
            f.letter->deadline = d("2026-03-21");
        } else if (variation == u"b-post-first-class-deadline") {
            f.letter->transitDays = 4;
        } else if (variation == u"not-combined") {
            f.letter->combinableClaimIds = {7, 9};
        } else if (variation == u"separate-with-reason") {
            f.letter->combinableClaimIds = {7, 9};
            f.letter->separateDemandReason = u"Claim 9 belongs to another contract"_qs;
        } else if (variation == u"before-demand-deadline") {
            f.demandDeadline = on;
        } else if (variation == u"no-demand-sent") {
            f.demandDeadline = QDate();
        } else if (variation == u"bf-costs-statutory") {
            f.bfCosts = {{FeeType::BfApplication, fees.lookup(FeeType::BfApplication, on)->amount},
                         {FeeType::BfAgent, fees.lookup(FeeType::BfAgent, on)->amount}};
        } else if (variation == u"bf-agent-over-cap") {
            f.bfCosts = {{FeeType::BfAgent, fees.lookup(FeeType::BfAgent, on)->amount + Money::fromOre(1)}};
        } else if (variation == u"reminder-fee") {
            f.fee = FeeRequest{FeeType::Reminder, fees.lookup(FeeType::Reminder, on)->amount};
        } else if (variation == u"reminder-fee-not-agreed") {
            f.fee = FeeRequest{FeeType::Reminder, fees.lookup(FeeType::Reminder, on)->amount};
            f.fees.reminderFeeAgreement.clear();
        } else if (variation == u"reminder-fee-over-cap") {
            f.fee = FeeRequest{FeeType::Reminder, fees.lookup(FeeType::Reminder, on)->amount + Money::fromOre(1)};
        } else if (variation == u"demand-fee") {
            f.fee = FeeRequest{FeeType::Inkassokrav, fees.lookup(FeeType::Inkassokrav, on)->amount};
        } else if (variation == u"demand-fee-no-letter") {
            f.fee = FeeRequest{FeeType::Inkassokrav, fees.lookup(FeeType::Inkassokrav, on)->amount};
            f.letter.reset();
        } else if (variation == u"plan-fee-complete") {
            f.fee = FeeRequest{FeeType::Plan, fees.lookup(FeeType::Plan, on)->amount};
            f.plan = PlanFacts{true, true, true, true};
        } else if (variation == u"plan-fee-partial") {
            f.fee = FeeRequest{FeeType::Plan, fees.lookup(FeeType::Plan, on)->amount};
            f.plan = PlanFacts{true, false, true, true};
        } else if (variation == u"b2b-consumer") {
            f.fee = FeeRequest{FeeType::B2bCompensation, fees.lookup(FeeType::B2bCompensation, on)->amount};
            f.fees.lateInterestFrom = d("2026-01-16");
        } else if (variation == u"b2b-business") {
            f.debtorType = DebtorType::Business;
            f.fee = FeeRequest{FeeType::B2bCompensation, fees.lookup(FeeType::B2bCompensation, on)->amount};
            f.fees.lateInterestFrom = d("2026-01-16");
        } else if (variation == u"business-reminder-after-b2b") {
            f.debtorType = DebtorType::Business;
            f.fee = FeeRequest{FeeType::Reminder, fees.lookup(FeeType::Reminder, on)->amount};
            f.fees.feesCharged = {{FeeType::B2bCompensation, 1}};
        } else if (variation == u"fee-missing") {
            f.fee.reset();
        } else if (variation == u"interest-above-statutory") {
            f.interest->rate = f.interest->statutoryRate + Fordran::Percentage::fromBasisPoints(1);
        } else if (variation == u"interest-too-early") {
            f.interest->from = d("2026-01-14");
        } else if (variation == u"interest-on-interest") {
            f.interest->interestInBase = Money::fromOre(4110);
        } else if (variation == u"interest-on-fees") {
            f.interest->feesInBase = fees.lookup(FeeType::Reminder, on)->amount;
            f.interest->feeInterestAgreement = u"Client contract appendix 2"_qs;
        } else if (variation == u"interest-missing") {
            f.interest.reset();
        } else {
            QFAIL(qPrintable(u"unknown variation "_qs + variation));
        }
    }

private slots:
    void checkAction_data()
    {
        QTest::addColumn<ActionType>("action");
        QTest::addColumn<QString>("variation");
        QTest::addColumn<QString>("code");

        const auto row = [](const char *tag, ActionType action, const char *variation, const char *code) {
            QTest::newRow(tag) << action << QString::fromLatin1(variation) << QString::fromLatin1(code);
        };
        using A = ActionType;
        row("reminder-healthy", A::ReminderLetter, "none", "");
        row("reminder-client-pause", A::ReminderLetter, "client-pause", "paused");
        row("reminder-client-pause-ended", A::ReminderLetter, "client-pause-ended", "");
        row("reminder-dispute-pause-needs-person", A::ReminderLetter, "dispute-pause-ended", "paused");
        row("reminder-other-claim-paused", A::ReminderLetter, "other-claim-paused", "");
        row("reminder-time-barred-undelivered-demand", A::ReminderLetter, "time-barred", "time_barred");
        row("reminder-restarted-by-delivered-demand", A::ReminderLetter, "restarted-by-delivered-demand", "");
        row("reminder-business-10-years", A::ReminderLetter, "business-old-claim", "");
        row("reminder-no-creation-date", A::ReminderLetter, "no-creation-date", "limitation_unknown");
        row("reminder-not-due", A::ReminderLetter, "not-due", "claim_not_due");
        row("reminder-due-saturday-moved", A::ReminderLetter, "due-saturday-moved", "claim_not_due");
        row("reminder-due-saturday-day-after", A::ReminderLetter, "due-saturday-day-after", "");
        row("sms-disputed", A::SmsNotice, "disputed", "disputed");
        row("call-partly-disputed", A::CallTask, "partly-disputed", "disputed");
        row("intensive-letter-disputed", A::IntensiveLetter, "disputed", "disputed");
        row("intensive-sms-time-barred", A::IntensiveSms, "time-barred", "time_barred");
        row("intensive-call-healthy", A::IntensiveCall, "none", "");

        row("demand-healthy", A::InkassokravLetter, "none", "");
        row("demand-disputed", A::InkassokravLetter, "disputed", "disputed");
        row("demand-short-deadline", A::InkassokravLetter, "short-deadline", "demand_deadline_too_short");
        row("demand-b-post-needs-longer", A::InkassokravLetter, "b-post-first-class-deadline",
            "demand_deadline_too_short");
        row("demand-deadline-saturday", A::InkassokravLetter, "deadline-on-saturday", "non_bank_day");
        row("demand-not-combined", A::InkassokravLetter, "not-combined", "demands_not_combined");
        row("demand-separate-with-reason", A::InkassokravLetter, "separate-with-reason", "");

        row("bf-healthy", A::BfApplication, "none", "");
        row("bf-before-deadline", A::BfApplication, "before-demand-deadline", "legal_step_before_deadline");
        row("bf-no-demand", A::BfApplication, "no-demand-sent", "legal_step_without_demand");
        row("bf-task-before-deadline", A::BfDecisionTask, "before-demand-deadline", "legal_step_before_deadline");
        row("bf-wholly-disputed", A::BfApplication, "disputed", "bf_disputed_part");
        row("bf-undisputed-part", A::BfApplication, "partly-disputed", "");
        row("bf-over-undisputed-part", A::BfApplication, "bf-over-undisputed", "bf_disputed_part");
        row("bf-statutory-costs", A::BfApplication, "bf-costs-statutory", "");
        row("bf-agent-over-cap", A::BfApplication, "bf-agent-over-cap", "cost_beyond_statute");
        row("bf-time-barred", A::BfApplication, "time-barred", "time_barred");
        row("bf-paused", A::BfApplication, "client-pause", "paused");

        row("fee-reminder", A::FeePosted, "reminder-fee", "");
        row("fee-reminder-not-agreed", A::FeePosted, "reminder-fee-not-agreed", "reminder_fee_not_agreed");
        row("fee-reminder-over-cap", A::FeePosted, "reminder-fee-over-cap", "cost_beyond_statute");
        row("fee-demand", A::FeePosted, "demand-fee", "");
        row("fee-demand-without-letter", A::FeePosted, "demand-fee-no-letter", "demand_not_sent");
        row("fee-plan-complete", A::FeePosted, "plan-fee-complete", "");
        row("fee-plan-partial", A::FeePosted, "plan-fee-partial", "plan_incomplete");
        row("fee-b2b-consumer", A::FeePosted, "b2b-consumer", "b2b_compensation_consumer");
        row("fee-b2b-business", A::FeePosted, "b2b-business", "");
        row("fee-reminder-after-b2b", A::FeePosted, "business-reminder-after-b2b", "fee_after_b2b_compensation");
        row("fee-missing", A::FeePosted, "fee-missing", "fee_missing");

        row("interest-healthy", A::InterestPosted, "none", "");
        row("interest-on-disputed-claim-accrues", A::InterestPosted, "disputed", "");
        row("interest-above-statutory", A::InterestPosted, "interest-above-statutory", "interest_rate_above_default");
        row("interest-too-early", A::InterestPosted, "interest-too-early", "interest_start_too_early");
        row("interest-on-interest", A::InterestPosted, "interest-on-interest", "interest_on_interest");
        row("interest-on-fees", A::InterestPosted, "interest-on-fees", "interest_on_fees");
        row("interest-time-barred", A::InterestPosted, "time-barred", "time_barred");
        row("interest-missing", A::InterestPosted, "interest-missing", "interest_missing");

        row("alert-on-time-barred", A::LimitationAlert, "time-barred", "");
        row("close-time-barred", A::ClosedTimeBarred, "time-barred", "");
        row("resume-while-paused", A::Resume, "client-pause", "");
    }

    void checkAction()
    {
        QFETCH(ActionType, action);
        QFETCH(QString, variation);
        QFETCH(QString, code);

        ActionFacts facts = healthy();
        vary(facts, variation, m_fees);
        const Guard guard = m_guards.checkAction(action, facts);
        if (code.isEmpty()) {
            QVERIFY2(guard.allowed, qPrintable(guard.code + u": "_qs + guard.text));
            QVERIFY(m_guards.refusals(action, facts).isEmpty());
            return;
        }
        QVERIFY(!guard.allowed);
        QCOMPARE(guard.code, code);
        QVERIFY(!guard.text.isEmpty());
        QVERIFY2(guard.text.contains(guard.rule), qPrintable(guard.text));
        const bool statutory = code != u"paused" && code != u"fee_missing" && code != u"interest_missing";
        QCOMPARE(!guard.rule.isEmpty(), statutory);
        const QList<Guard> all = m_guards.refusals(action, facts);
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().code, code);
    }

    void refusalsListsEveryRule()
    {
        ActionFacts facts = healthy();
        facts.disputedAmount = facts.outstanding;
        facts.bfAmount = facts.outstanding;
        facts.demandDeadline = facts.on;
        facts.bfCosts = {{FeeType::BfAgent, cap(FeeType::BfAgent) + Money::fromOre(1)}};
        QStringList codes;
        for (const Guard &g : m_guards.refusals(ActionType::BfApplication, facts))
            codes << g.code;
        QCOMPARE(codes, (QStringList{u"legal_step_before_deadline"_qs, u"bf_disputed_part"_qs,
                                     u"cost_beyond_statute"_qs}));
        QCOMPARE(m_guards.checkAction(ActionType::BfApplication, facts).code, codes.first());
    }

    void emptyFactsNeverAllowPressure()
    {
        const ActionFacts empty;
        for (auto action : {ActionType::ReminderLetter, ActionType::InkassokravLetter, ActionType::SmsNotice,
                            ActionType::CallTask, ActionType::BfApplication, ActionType::FeePosted,
                            ActionType::InterestPosted})
            QVERIFY(!m_guards.checkAction(action, empty).allowed);
    }
};

QTEST_GUILESS_MAIN(TestGuardSet)
#include "tst_guardset.moc"
