#include "models/rules/processscheduler.h"

#include "models/domain/bankcalendar.h"
#include "models/rules/demanddeadline.h"
#include "models/rules/rulesset.h"

#include <algorithm>
#include <limits>

namespace Fordran::Internal {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/*! Where the statutory rate and its reference rate come from (a citation, not a number). */
QString citeReferenceRate()
{
    return QStringLiteral("Räntelagen (1975:635) 9 §");
}
QString citeLateInterest()
{
    return QStringLiteral("Räntelagen (1975:635) 6 §");
}

bool isContactAction(ActionType action)
{
    switch (action) {
    case ActionType::SmsNotice:
    case ActionType::CallTask:
    case ActionType::IntensiveSms:
    case ActionType::IntensiveCall:
        return true;
    default:
        return false;
    }
}

/*! A weekday that is not a bank day, or a Saturday the calendar lists (a holiday or an eve). */
bool isHoliday(QDate day)
{
    const int dow = day.dayOfWeek();
    if (dow <= 5)
        return !BankCalendar::isBankDay(day);
    if (dow == 7)
        return false;
    const QList<Holiday> holidays = BankCalendar::holidays(day.year());
    return std::any_of(holidays.cbegin(), holidays.cend(),
                       [day](const Holiday &h) { return h.date == day; });
}

Money outstandingOf(const ProcessClaim &claim)
{
    return addSaturated(claim.principalOutstanding, claim.feesOutstanding);
}

/*! The guard facts every action on \a claim shares. */
ActionFacts factsFor(const RunContext &ctx, const ProcessClaim &claim)
{
    ActionFacts f;
    f.on = ctx.date;
    f.claimId = claim.claimId;
    f.debtorType = claim.debtorType;
    f.pauses = ctx.c.pauses;
    f.limitation.contractDate = claim.contractDate;
    f.limitation.invoiceDate = claim.invoiceDate;
    f.limitation.debtorType = claim.debtorType;
    f.limitation.events = claim.limitationEvents;
    f.dueDate = claim.dueDate;
    f.fees.debtorType = claim.debtorType;
    if (claim.reminderFeeAgreed) {
        f.fees.reminderFeeAgreement = ctx.reminderTermsRef.trimmed().isEmpty()
            ? ProcessEngine::tr("Reminder fee agreed (client file)")
            : ctx.reminderTermsRef;
    }
    f.fees.feesCharged = claim.feesCharged;
    if (claim.dueDate.isValid())
        f.fees.lateInterestFrom = BankCalendar::nextBankDay(claim.dueDate);
    f.outstanding = outstandingOf(claim);
    f.disputedAmount = claim.disputed ? f.outstanding : Money();
    f.demandDeadline = ctx.c.state.demandDeadline;
    return f;
}

DemandLetterFacts demandFacts(const RunContext &ctx, QDate deadline, const QList<qint64> &claimIds)
{
    DemandLetterFacts letter;
    letter.sentOn = ctx.date;
    letter.transitDays = ctx.transitDays;
    letter.deadline = deadline;
    // The demand letter states principal, interest (amount, rate, period, base) and costs
    // separately: the letter layout guarantees it (reports/), so the engine asserts it here.
    letter.amountsSeparated = true;
    letter.interestDetailsStated = true;
    letter.claimIds = claimIds;
    letter.combinableClaimIds = claimIds;
    return letter;
}

/*! The interest a letter posts on one claim (from the day after the last posting to the run date).
 */
struct InterestPlan
{
    Money amount;
    QDate from;
    Money base;
    Percentage rate;
    Percentage statutoryRate;
};

QList<PrincipalStep> principalFrom(const ProcessClaim &claim, QDate due, QDate from)
{
    QList<PrincipalStep> steps {PrincipalStep {due, Money()}};
    if (claim.principalSteps.isEmpty()) {
        steps.append(PrincipalStep {from, claim.principalOutstanding});
        return steps;
    }
    Money atFrom = claim.principalSteps.first().principal;
    for (const PrincipalStep &s : claim.principalSteps) {
        if (s.from <= from)
            atFrom = s.principal;
    }
    steps.append(PrincipalStep {from, atFrom});
    for (const PrincipalStep &s : claim.principalSteps) {
        if (s.from > from)
            steps.append(s);
    }
    return steps;
}

Result<std::optional<InterestPlan>> planInterest(const RunContext &ctx, const ProcessClaim &claim)
{
    if (!claim.dueDate.isValid())
        return std::optional<InterestPlan>();
    const InterestCalculator &calc = ctx.interest;
    const QDate first = calc.firstInterestDay(claim.dueDate);
    QDate from = first;
    if (claim.interestPostedThrough.isValid() && claim.interestPostedThrough >= first)
        from = claim.interestPostedThrough.addDays(1);
    if (from > ctx.date)
        return std::optional<InterestPlan>();
    const QList<PrincipalStep> steps = principalFrom(claim, claim.dueDate, from);
    const bool fixed = claim.interestKind == InterestKind::Fixed;
    const auto result = calc.computeSchedule(
        steps, claim.dueDate, ctx.date,
        fixed ? std::optional<Percentage>(claim.fixedRate) : std::nullopt,
        fixed ? std::nullopt : std::optional<Percentage>(claim.interestMargin));
    if (!result)
        return result.error();
    if (!result->total.isPositive())
        return std::optional<InterestPlan>();
    InterestPlan plan;
    plan.amount = result->total;
    plan.from = from;
    plan.base = steps.at(1).principal;
    for (const InterestSegment &segment : result->segments) {
        if (!segment.principal.isPositive() || segment.rate <= plan.rate)
            continue;
        plan.rate = segment.rate;
        const auto reference = calc.rates().rateFor(segment.from);
        plan.statutoryRate
            = reference ? reference.value() + calc.conventions().margin : segment.rate;
    }
    return std::optional<InterestPlan>(plan);
}

Guard rateMissing(const Error &error)
{
    const QString rule = citeReferenceRate();
    return Guard::refuse(
        QStringLiteral("interest_not_computed"), rule,
        ProcessEngine::tr("No letter: the interest cannot be computed, and nothing is computed "
                          "on a guessed rate: %1 (%2).")
            .arg(error.message, rule));
}

PlannedAction baseAction(const RunContext &ctx, ActionType type, qint64 claimId)
{
    PlannedAction a;
    a.type = type;
    a.claimId = claimId;
    a.date = ctx.date;
    return a;
}

/*! Posts \a type on \a claim if the guards allow it; else records the refusal. */
void postFee(const RunContext &ctx, const ProcessClaim &claim, FeeType type,
             const std::optional<DemandLetterFacts> &letter, const QString &stepId,
             ProcessDecision &decision, QList<Guard> &refusals)
{
    const Result<Fee> fee = ctx.fees.lookup(type, ctx.date);
    ActionFacts facts = factsFor(ctx, claim);
    facts.fee = FeeRequest {type, fee ? fee->amount : Money()};
    facts.letter = letter;
    const Guard guard = ctx.guards.checkAction(ActionType::FeePosted, facts);
    if (!guard || !fee) {
        if (!guard)
            refusals.append(guard);
        return;
    }
    PlannedAction a = baseAction(ctx, ActionType::FeePosted, claim.claimId);
    a.feeType = type;
    a.amount = fee->amount;
    a.ruleRef = fee->statute;
    a.stepId = stepId;
    a.claimIds = {claim.claimId};
    a.text = ProcessEngine::tr("Fee %1 posted: %2 (%3)")
                 .arg(feeTypeName(type), fee->amount.toString(), fee->statute);
    decision.actions.append(a);
}

} // namespace

Money addSaturated(Money a, Money b)
{
    if (const auto sum = a.checkedAdd(b))
        return *sum;
    return Money::fromOre(b.isNegative() ? std::numeric_limits<qint64>::min()
                                         : std::numeric_limits<qint64>::max());
}

qsizetype templateSlot(Segment segment, DebtorType debtorType)
{
    return (debtorType == DebtorType::Business ? 3 : 0) + qsizetype(segment);
}

PreparedTemplate PreparedTemplate::make(ProcessTemplate tmpl)
{
    PreparedTemplate p;
    p.key = tmpl.key();
    p.steps.reserve(tmpl.steps.size());
    for (const ProcessStep &s : std::as_const(tmpl.steps)) {
        PreparedStep step;
        step.fee = s.fee.isEmpty() ? std::nullopt : feeTypeFromName(s.fee);
        step.ruleRef = p.key + u'/' + s.id;
        p.steps.append(step);
    }
    p.lateInterestFee
        = tmpl.lateInterestFee.isEmpty() ? std::nullopt : feeTypeFromName(tmpl.lateInterestFee);
    p.inkassokravIndex = tmpl.indexOf(ActionType::InkassokravLetter);
    p.tmpl = std::move(tmpl);
    return p;
}

QDate allowedDay(ActionType action, QDate from, const ContactWindow &window)
{
    if (!from.isValid())
        return from;
    if (isContactAction(action)) {
        for (int i = 0; i < 14; ++i) {
            const QDate day = from.addDays(i);
            if (window.windowOn(Qt::DayOfWeek(day.dayOfWeek()), isHoliday(day)))
                return day;
        }
    }
    return BankCalendar::nextBankDay(from);
}

NextStep nextStep(const RunContext &ctx, const ProcessState &state)
{
    NextStep next;
    const QList<ProcessStep> &steps = ctx.pt.tmpl.steps;
    if (state.finished)
        return next;
    const qsizetype last = state.stepIndex;
    if (last >= 0 && last < steps.size()) {
        const ProcessStep &s = steps.at(last);
        if (state.occurrence < std::max(s.count, 1) && s.intervalDays > 0) {
            next.index = last;
            next.occurrence = std::max(state.occurrence, 0);
            const QDate base = state.stepDate.isValid() ? state.stepDate : ctx.earliestDue;
            next.due = base.addDays(s.intervalDays);
        }
    }
    if (next.index < 0) {
        const qsizetype index = std::max<qsizetype>(last + 1, 0);
        if (index >= steps.size())
            return next;
        const ProcessStep &s = steps.at(index);
        QDate base = ctx.earliestDue;
        if (s.anchor == Anchor::Previous && state.stepDate.isValid())
            base = state.stepDate;
        else if (s.anchor == Anchor::Deadline && state.lastDeadline.isValid())
            base = state.lastDeadline;
        next.index = index;
        next.due = base.addDays(std::max(s.afterDays, 0));
    }
    const ActionType action = steps.at(next.index).action;
    next.day
        = next.due.isValid() ? allowedDay(action, next.due, ctx.rules.contactWindow()) : ctx.date;
    return next;
}

StepOutcome runStep(const RunContext &ctx, const NextStep &next, ProcessDecision &decision,
                    QList<Guard> &refusals)
{
    const ProcessStep &step = ctx.pt.tmpl.steps.at(next.index);
    const PreparedStep &prepared = ctx.pt.steps.at(next.index);
    const ActionType action = step.action;
    const bool isBf = action == ActionType::BfDecisionTask;
    const bool letter = isLetterAction(action);
    BfMode bfMode = ctx.pt.tmpl.bfMode;
    if (bfMode == BfMode::Automatic && decision.newSegment == Segment::Vip)
        bfMode = BfMode::SupervisorApproval; // never BF without approval for a VIP debtor
    const ActionType checkedAs
        = isBf && bfMode == BfMode::Automatic ? ActionType::BfApplication : action;

    QDate deadline;
    if (letter && step.hasDeadline()) {
        deadline = BankCalendar::nextBankDay(ctx.date.addDays(step.deadlineDays));
        if (action == ActionType::InkassokravLetter) {
            const Result<QDate> minimum = DemandDeadline::deadline(
                ctx.date, ctx.transitDays, ctx.rules.demandDeadline(), BankCalendar());
            if (minimum && *minimum > deadline)
                deadline = *minimum;
        }
    }

    // Which claims the step may act on today.
    QList<const ProcessClaim *> covered;
    bool onlyWaiting = true;
    for (const ClaimView &view : ctx.live) {
        const ProcessClaim &claim = *view.claim;
        ActionFacts facts = factsFor(ctx, claim);
        if (action == ActionType::InkassokravLetter)
            facts.letter = demandFacts(ctx, deadline, {claim.claimId});
        if (isBf)
            facts.bfAmount = facts.outstanding;
        const Guard guard = ctx.guards.checkAction(checkedAs, facts);
        if (guard) {
            covered.append(&claim);
            continue;
        }
        refusals.append(guard);
        if (guard.code != u"paused" && guard.code != u"disputed"
            && guard.code != u"bf_disputed_part")
            onlyWaiting = false;
    }
    if (covered.isEmpty())
        return onlyWaiting && !ctx.live.isEmpty() ? StepOutcome::Waiting : StepOutcome::Blocked;

    QList<qint64> claimIds;
    claimIds.reserve(covered.size());
    for (const ProcessClaim *claim : std::as_const(covered))
        claimIds.append(claim->claimId);

    ProcessState &state = decision.newState;
    const auto advance = [&]() {
        state.stepIndex = int(next.index);
        state.occurrence = next.occurrence + 1;
        state.stepDate = ctx.date;
        state.stepId = step.id;
        state.rulesVersion = ctx.rules.version();
        if (deadline.isValid())
            state.lastDeadline = deadline;
        if (action == ActionType::ReminderLetter)
            ++state.remindersSent;
        if (action == ActionType::InkassokravLetter) {
            state.demandSentOn = ctx.date;
            state.demandDeadline = deadline;
        }
        if (next.index == ctx.pt.tmpl.steps.size() - 1
            && state.occurrence >= std::max(step.count, 1))
            state.finished = true;
    };

    if (isBf) {
        Money total;
        for (const ProcessClaim *claim : std::as_const(covered))
            total = addSaturated(total, outstandingOf(*claim));
        if (total < ctx.pt.tmpl.bfMinAmount) {
            refusals.append(Guard::refuse(
                QStringLiteral("bf_below_minimum"), prepared.ruleRef,
                ProcessEngine::tr("No betalningsföreläggande: the outstanding %1 is below "
                                  "the minimum of %2 (%3).")
                    .arg(total.toString(), ctx.pt.tmpl.bfMinAmount.toString(), prepared.ruleRef)));
            advance();
            state.finished = true;
            return StepOutcome::Done;
        }
        PlannedAction a = baseAction(ctx, checkedAs, 0);
        a.amount = total;
        a.ruleRef = prepared.ruleRef;
        a.stepId = step.id;
        a.claimIds = claimIds;
        a.text = checkedAs == ActionType::BfApplication
            ? ProcessEngine::tr("Betalningsföreläggande applied for: %1").arg(total.toString())
            : ProcessEngine::tr("Decide on betalningsföreläggande for %1 (%2)")
                  .arg(total.toString(), ProcessText::displayName(bfMode));
        decision.actions.append(a);
        advance();
        state.finished = true;
        return StepOutcome::Done;
    }

    if (letter) {
        // Interest first: a letter never goes out on a guessed rate.
        QList<std::optional<InterestPlan>> plans;
        plans.reserve(covered.size());
        for (const ProcessClaim *claim : std::as_const(covered)) {
            auto plan = planInterest(ctx, *claim);
            if (!plan) {
                refusals.append(rateMissing(plan.error()));
                return StepOutcome::Blocked;
            }
            plans.append(plan.value());
        }
        for (qsizetype i = 0; i < covered.size(); ++i) {
            if (!plans.at(i))
                continue;
            const ProcessClaim &claim = *covered.at(i);
            const InterestPlan &plan = *plans.at(i);
            ActionFacts facts = factsFor(ctx, claim);
            InterestPosting posting;
            posting.rate = plan.rate;
            posting.statutoryRate = plan.statutoryRate;
            if (claim.interestKind == InterestKind::Fixed
                || claim.interestMargin != ctx.interest.conventions().margin)
                posting.contractualRateEvidence
                    = ProcessEngine::tr("Rate agreed on the claim (client file)");
            posting.from = plan.from;
            posting.base = plan.base;
            facts.interest = posting;
            facts.interestStart.dueDate = claim.dueDate;
            facts.interestStart.dueDateAgreedInAdvance = true;
            const Guard guard = ctx.guards.checkAction(ActionType::InterestPosted, facts);
            if (!guard) {
                refusals.append(guard);
                continue;
            }
            PlannedAction a = baseAction(ctx, ActionType::InterestPosted, claim.claimId);
            a.amount = plan.amount;
            a.interestFrom = plan.from;
            a.interestTo = ctx.date;
            a.ruleRef = citeLateInterest();
            a.stepId = step.id;
            a.claimIds = {claim.claimId};
            a.text = ProcessEngine::tr("Late interest %1 for %2 – %3")
                         .arg(plan.amount.toString(), iso(plan.from), iso(ctx.date));
            decision.actions.append(a);
        }

        std::optional<DemandLetterFacts> demand;
        if (action == ActionType::InkassokravLetter)
            demand = demandFacts(ctx, deadline, claimIds);
        for (const ProcessClaim *claim : std::as_const(covered)) {
            if (claim->debtorType == DebtorType::Business) {
                // Förseningsersättning replaces the reminder and inkassokrav fees for this claim.
                const FeeType type = ctx.pt.lateInterestFee.value_or(FeeType::B2bCompensation);
                if (claim->feesCharged.value(type, 0) == 0)
                    postFee(ctx, *claim, type, demand, step.id, decision, refusals);
            } else if (next.occurrence == 0 && prepared.fee
                       && (*prepared.fee == FeeType::Reminder
                           || *prepared.fee == FeeType::Inkassokrav)) {
                postFee(ctx, *claim, *prepared.fee, demand, step.id, decision, refusals);
            }
        }
    }

    PlannedAction a = baseAction(ctx, action, 0);
    a.deadline = deadline;
    a.ruleRef = prepared.ruleRef;
    a.stepId = step.id;
    a.claimIds = claimIds;
    if (letter)
        a.channel = ctx.channel;
    a.text = deadline.isValid()
        ? ProcessEngine::tr("%1, to pay by %2").arg(ProcessText::displayName(action), iso(deadline))
        : ProcessText::displayName(action);
    decision.actions.append(a);
    advance();
    return StepOutcome::Done;
}

void mapProgress(const PreparedTemplate *from, const PreparedTemplate &to, ProcessState &state)
{
    constexpr int kinds = int(ActionType::ClosedTimeBarred) + 1;
    std::array<int, kinds> done {};
    if (from) {
        const QList<ProcessStep> &steps = from->tmpl.steps;
        const qsizetype last = std::min<qsizetype>(state.stepIndex, steps.size() - 1);
        for (qsizetype i = 0; i <= last; ++i) {
            const ProcessStep &s = steps.at(i);
            done[size_t(s.action)]
                += i == last ? std::max(state.occurrence, 1) : std::max(s.count, 1);
        }
    }
    auto &reminders = done[size_t(ActionType::ReminderLetter)];
    reminders = std::max(reminders, state.remindersSent);
    const bool demandSent = state.demandSentOn.isValid();
    if (demandSent)
        done[size_t(ActionType::InkassokravLetter)]
            = std::max(done[size_t(ActionType::InkassokravLetter)], 1);

    const QList<ProcessStep> &steps = to.tmpl.steps;
    qsizetype index = -1;
    int occurrence = 0;
    qsizetype i = 0;
    if (demandSent && to.inkassokravIndex >= 0) {
        // A sent demand supersedes everything before it (reminders, the call before a demand).
        i = to.inkassokravIndex;
        index = i - 1;
        occurrence = index >= 0 ? std::max(steps.at(index).count, 1) : 0;
    }
    for (; i < steps.size(); ++i) {
        const ProcessStep &s = steps.at(i);
        const int need = std::max(s.count, 1);
        int &have = done[size_t(s.action)];
        if (have <= 0)
            break;
        index = i;
        occurrence = std::min(have, need);
        have -= occurrence;
        if (occurrence < need)
            break;
    }
    state.stepIndex = int(index);
    state.occurrence = index >= 0 ? occurrence : 0;
    state.stepId = index >= 0 ? steps.at(index).id : QString();
}

} // namespace Fordran::Internal
