#include "models/rules/guardset.h"

#include "models/domain/bankcalendar.h"
#include "models/rules/feeschedule.h"

namespace Fordran {

namespace {

/*! Collects refusals; add() answers whether the run may stop (first refusal wanted and found). */
class Collector final
{
public:
    explicit Collector(bool firstOnly)
        : m_firstOnly(firstOnly)
    {}

    bool add(const Guard &guard)
    {
        if (!guard.allowed)
            m_refusals.append(guard);
        return done();
    }
    bool done() const { return m_firstOnly && !m_refusals.isEmpty(); }
    QList<Guard> refusals() const { return m_refusals; }

private:
    bool m_firstOnly;
    QList<Guard> m_refusals;
};

} // namespace

GuardSet::GuardSet(const BankCalendar &calendar, const FeeSchedule &fees, GuardRules rules)
    : m_calendar(&calendar)
    , m_fees(&fees)
    , m_rules(std::move(rules))
{}

Guard GuardSet::checkAction(ActionType action, const ActionFacts &facts) const
{
    const QList<Guard> found = run(action, facts, true);
    return found.isEmpty() ? Guard::allow() : found.first();
}

QList<Guard> GuardSet::refusals(ActionType action, const ActionFacts &facts) const
{
    return run(action, facts, false);
}

QList<Guard> GuardSet::run(ActionType action, const ActionFacts &facts, bool firstOnly) const
{
    Collector checks(firstOnly);
    const QDate &on = facts.on;

    switch (action) {
    case ActionType::LimitationAlert:
    case ActionType::Resume:
    case ActionType::ClosedTimeBarred:
        return {};
    default:
        break;
    }

    if (const auto pause = Pauses::blocking(facts.pauses, facts.claimId, on, m_rules.pauses)) {
        if (checks.add(Guard::refuse(QStringLiteral("paused"), QString(), Pauses::describe(*pause))))
            return checks.refusals();
    }

    ClaimLimitationFacts limitationFacts = facts.limitation;
    limitationFacts.debtorType = facts.debtorType;
    const Result<LimitationInfo> limitation = Limitation::compute(limitationFacts, m_rules.limitation);
    if (checks.add(LegalGuards::notTimeBarred(limitation ? limitation->limitationDate : QDate(), on)))
        return checks.refusals();

    ClaimFeeFacts fees = facts.fees;
    fees.debtorType = facts.debtorType;
    const QDate due = facts.dueDate.isValid() ? LegalGuards::toBankDay(facts.dueDate, *m_calendar) : QDate();
    const auto pressing = [&]() {
        return checks.add(LegalGuards::claimDue(due, on)) || checks.add(LegalGuards::notDisputed(facts.disputedAmount));
    };

    switch (action) {
    case ActionType::ReminderLetter:
    case ActionType::SmsNotice:
    case ActionType::CallTask:
    case ActionType::IntensiveSms:
    case ActionType::IntensiveCall:
    case ActionType::IntensiveLetter:
        pressing();
        break;

    case ActionType::InkassokravLetter: {
        if (pressing())
            break;
        const DemandLetterFacts letter = facts.letter.value_or(DemandLetterFacts());
        const QDate sent = letter.sentOn.isValid() ? letter.sentOn : on;
        const Result<QDate> minimum = DemandDeadline::deadline(sent, letter.transitDays, m_rules.demandDeadline,
                                                               *m_calendar);
        if (checks.add(LegalGuards::demandDeadline(letter, minimum)))
            break;
        if (letter.deadline.isValid() && checks.add(LegalGuards::onBankDay(letter.deadline, *m_calendar)))
            break;
        checks.add(LegalGuards::combinedDemand(letter));
        break;
    }

    case ActionType::BfDecisionTask:
    case ActionType::BfApplication:
        if (checks.add(LegalGuards::legalStepAfterDeadline(facts.demandDeadline, on)))
            break;
        if (checks.add(LegalGuards::bfUndisputedPart(facts.bfAmount, facts.outstanding, facts.disputedAmount,
                                                     facts.supervisorOverride)))
            break;
        for (const FeeRequest &cost : facts.bfCosts) {
            if (checks.add(LegalGuards::costWithinStatute(cost, m_fees->lookup(cost.type, on))))
                break;
        }
        break;

    case ActionType::FeePosted: {
        if (!facts.fee) {
            checks.add(Guard::refuse(QStringLiteral("fee_missing"), QString(),
                                     tr("No fee was given to check.")));
            break;
        }
        if (pressing())
            break;
        const FeeRequest &fee = *facts.fee;
        const Result<Fee> cap = m_fees->lookup(fee.type, on);
        if (checks.add(LegalGuards::costWithinStatute(fee, cap)) || !cap)
            break;
        if (fee.type == FeeType::Reminder)
            checks.add(LegalGuards::reminderFee(fees, fee.amount, *cap));
        else if (fee.type == FeeType::Inkassokrav)
            checks.add(LegalGuards::inkassokravFee(fees, facts.letter.value_or(DemandLetterFacts()), fee.amount, *cap));
        else if (fee.type == FeeType::Plan)
            checks.add(LegalGuards::planFee(facts.plan.value_or(PlanFacts()), fee.amount, *cap));
        else if (fee.type == FeeType::B2bCompensation)
            checks.add(LegalGuards::b2bCompensation(fees, on, fee.amount, *cap));
        break;
    }

    case ActionType::InterestPosted: {
        if (!facts.interest) {
            checks.add(Guard::refuse(QStringLiteral("interest_missing"), QString(),
                                     tr("No interest posting was given to check.")));
            break;
        }
        const InterestPosting &posting = *facts.interest;
        if (checks.add(LegalGuards::lateInterestRate(posting)))
            break;
        const Result<QDate> start = LegalGuards::interestStartDate(facts.interestStart,
                                                                   m_rules.interestDaysAfterNotice, *m_calendar);
        if (checks.add(LegalGuards::interestStart(posting, start.valueOr(QDate()))))
            break;
        checks.add(LegalGuards::interestBase(posting, m_rules.interestOnFees));
        break;
    }

    case ActionType::LimitationAlert:
    case ActionType::Resume:
    case ActionType::ClosedTimeBarred:
        break;
    }
    return checks.refusals();
}

} // namespace Fordran
