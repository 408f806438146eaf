#include "models/rules/processengine.h"

#include "models/rules/processscheduler.h"
#include "models/rules/rulesset.h"

#include <algorithm>

namespace Fordran {

using namespace Internal;

struct PreparedPolicy::Data
{
    std::array<PreparedTemplate, 6> templates;
    QString reminderTermsRef;
};

namespace {

const std::shared_ptr<const PreparedPolicy::Data> &emptyPolicyData()
{
    static const auto empty = std::make_shared<const PreparedPolicy::Data>();
    return empty;
}

GuardRules guardRulesFor(const RulesSet &rules, const InterestCalculator &interest)
{
    GuardRules g;
    g.demandDeadline = rules.demandDeadline();
    g.limitation = rules.limitation();
    g.pauses.reasons = rules.pauseReasons();
    g.interestOnFees = rules.interestOnFees();
    g.interestDaysAfterNotice = interest.conventions().daysAfterNotice;
    return g;
}

/*! The statuses the daily run advances; the others belong to people (plan, BF, enforcement…). */
bool isManaged(CaseStatus status)
{
    switch (status) {
    case CaseStatus::New:
    case CaseStatus::Reminder:
    case CaseStatus::Collection:
    case CaseStatus::Disputed:
    case CaseStatus::Paused:
        return true;
    default:
        return false;
    }
}

int progressRank(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Reminder:
        return 1;
    case CaseStatus::Collection:
        return 2;
    default:
        return 0;
    }
}

/*! The earliest candidate for the next action. */
struct NextCandidate
{
    QDate date;
    QString action;

    void offer(QDate day, ActionType type) { offer(day, machineName(type)); }
    void offer(QDate day, const QString &name)
    {
        if (day.isValid() && (!date.isValid() || day < date)) {
            date = day;
            action = name;
        }
    }
};

QString refusalKeyFor(const QString &stepId, const QList<Guard> &refusals)
{
    QStringList codes;
    for (const Guard &g : refusals)
        codes.append(g.code);
    codes.sort();
    codes.removeDuplicates();
    return stepId + u':' + codes.join(u',');
}

/*! limitation_alert for each live claim whose alert window has opened and that was not alerted
    for its limitation date yet; the next alert date as a candidate. */
void raiseAlerts(const QList<ClaimView> &live, QDate date, const LimitationRules &limitation,
                 ProcessDecision &d, NextCandidate &next)
{
    ProcessState &st = d.newState;
    QDate alertedThrough = st.limitationAlertedThrough;
    for (const ClaimView &view : live) {
        if (!view.limitationKnown)
            continue;
        if (st.limitationAlertedThrough.isValid()
            && view.limitationDate <= st.limitationAlertedThrough)
            continue;
        if (view.alertFrom > date) {
            next.offer(view.alertFrom, ActionType::LimitationAlert);
            continue;
        }
        PlannedAction a;
        a.type = ActionType::LimitationAlert;
        a.claimId = view.claim->claimId;
        a.claimIds = {view.claim->claimId};
        a.date = date;
        a.deadline = view.limitationDate;
        a.ruleRef = limitation.statute;
        a.text = ProcessEngine::tr("Claim becomes time-barred after %1 unless limitation is "
                                   "interrupted (%2)")
                     .arg(view.limitationDate.toString(Qt::ISODate), limitation.statute);
        d.actions.append(a);
        if (!alertedThrough.isValid() || view.limitationDate > alertedThrough)
            alertedThrough = view.limitationDate;
    }
    st.limitationAlertedThrough = alertedThrough;
}

/*! Sets the state's template to \a pt, mapping progress made under another template or under
    changed rules. */
void followTemplate(const PreparedPolicy &policy, const PreparedTemplate &pt, ProcessState &st)
{
    if (st.templateKey != pt.key) {
        if (!st.templateKey.isEmpty() || st.stepIndex >= 0 || st.demandSentOn.isValid()
            || st.remindersSent > 0)
            mapProgress(policy.prepared(st.templateKey), pt, st);
        st.templateKey = pt.key;
    } else if (st.stepIndex >= 0 && !st.stepId.isEmpty()
               && (st.stepIndex >= pt.tmpl.steps.size()
                   || pt.tmpl.steps.at(st.stepIndex).id != st.stepId)) {
        // The rules changed under the case: find the step by its id, else map by action type.
        const qsizetype index = pt.tmpl.indexOf(st.stepId);
        if (index >= 0)
            st.stepIndex = int(index);
        else
            mapProgress(nullptr, pt, st);
    }
}

/*! A resume action for each pause whose end date has come and that needs no person; the end
    dates of running pauses (and of overdue ones a person must end) as candidates. */
void resumePauses(const QList<PauseState> &pauses, QDate date, const PauseRules &rules,
                  ProcessDecision &d, NextCandidate &next)
{
    for (const PauseState &pause : pauses) {
        if (pause.shouldAutoResume(date, rules)) {
            PlannedAction a;
            a.type = ActionType::Resume;
            a.claimId = pause.scope == PauseScope::Claim ? pause.claimId : 0;
            if (a.claimId != 0)
                a.claimIds = {a.claimId};
            a.date = date;
            a.pauseReason = pause.reason;
            a.ruleRef = u"pause/"_qs + pause.reason;
            a.text = ProcessEngine::tr("Resumed: the pause until %1 ended (%2)")
                         .arg(pause.until.toString(Qt::ISODate), Pauses::displayName(pause.reason));
            d.actions.append(a);
        } else if (pause.until.isValid() && pause.until > date
                   && (!pause.from.isValid() || pause.from <= date)) {
            next.offer(pause.until, ActionType::Resume);
        } else if (pause.awaitsPerson(date, rules) && pause.scope == PauseScope::Case) {
            next.offer(pause.until, ActionType::Resume); // overdue: a person must resume it
        }
    }
}

/*! The status from the progress and what holds the case today. */
CaseStatus statusFor(CaseStatus stored, const ProcessState &st, bool bfApplied, bool paused,
                     bool allDisputed)
{
    if (bfApplied)
        return CaseStatus::Bf;
    if (paused)
        return CaseStatus::Paused;
    if (allDisputed)
        return CaseStatus::Disputed;
    CaseStatus progress = CaseStatus::New;
    if (st.demandSentOn.isValid())
        progress = CaseStatus::Collection;
    else if (st.remindersSent > 0)
        progress = CaseStatus::Reminder;
    return progressRank(stored) > progressRank(progress) ? stored : progress;
}

} // namespace

PreparedPolicy::PreparedPolicy()
    : m_data(emptyPolicyData())
{
}

const PreparedTemplate &PreparedPolicy::prepared(Segment segment, DebtorType debtorType) const
{
    return m_data->templates.at(size_t(templateSlot(segment, debtorType)));
}

const PreparedTemplate *PreparedPolicy::prepared(QStringView key) const
{
    for (const PreparedTemplate &t : m_data->templates) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

const ProcessTemplate &PreparedPolicy::templateFor(Segment segment, DebtorType debtorType) const
{
    return prepared(segment, debtorType).tmpl;
}

const QString &PreparedPolicy::reminderTermsRef() const
{
    return m_data->reminderTermsRef;
}

ProcessEngine::ProcessEngine(const RulesSet &rules, const FeeSchedule &fees,
                             const InterestCalculator &interest)
    : m_rules(&rules)
    , m_fees(&fees)
    , m_interest(&interest)
    , m_guards(m_calendar, fees, guardRulesFor(rules, interest))
    , m_scoring(rules.scoring())
    , m_default(prepare(ClientPolicy()))
{
}

ProcessEngine::~ProcessEngine() = default;

PreparedPolicy ProcessEngine::prepare(const ClientPolicy &policy) const
{
    auto data = std::make_shared<PreparedPolicy::Data>();
    for (const DebtorType type : {DebtorType::Consumer, DebtorType::Business}) {
        for (const Segment segment : {Segment::Risk, Segment::Normal, Segment::Vip}) {
            data->templates.at(size_t(templateSlot(segment, type)))
                = PreparedTemplate::make(policy.apply(m_rules->templateFor(segment, type)));
        }
    }
    data->reminderTermsRef = policy.reminderTermsRef();
    PreparedPolicy prepared;
    prepared.m_data = std::move(data);
    return prepared;
}

ProcessDecision ProcessEngine::decide(const ProcessCase &c, const ClientPolicy &policy,
                                      QDate date) const
{
    return decide(c, policy.isEmpty() ? m_default : prepare(policy), date);
}

ProcessDecision ProcessEngine::decide(const ProcessCase &c, const PreparedPolicy &policy,
                                      QDate date) const
{
    ProcessDecision d;
    d.newState = c.state;
    d.newStatus = c.status;
    d.newSegment = c.segment;
    d.nextActionDate = c.nextActionDate;
    d.nextAction = c.nextAction;
    ProcessState &st = d.newState;

    const auto finish = [&]() {
        d.stateChanged = st != c.state || d.newStatus != c.status || d.newSegment != c.segment
            || d.nextActionDate != c.nextActionDate || d.nextAction != c.nextAction
            || c.score != std::optional<int>(d.score.value);
    };
    if (!date.isValid())
        return d;

    // Open claims, the earliest due date and the debtor type of the case.
    QList<ClaimView> open;
    open.reserve(c.claims.size());
    QDate earliestDue;
    Money outstanding;
    bool anyConsumer = false;
    for (const ProcessClaim &claim : c.claims) {
        const Money owed = addSaturated(claim.principalOutstanding, claim.feesOutstanding);
        if (!owed.isPositive())
            continue;
        outstanding = addSaturated(outstanding, owed);
        anyConsumer = anyConsumer || claim.debtorType == DebtorType::Consumer;
        if (claim.dueDate.isValid() && (!earliestDue.isValid() || claim.dueDate < earliestDue))
            earliestDue = claim.dueDate;
        ClaimView view;
        view.claim = &claim;
        open.append(view);
    }
    const DebtorType debtorType
        = anyConsumer || open.isEmpty() ? DebtorType::Consumer : DebtorType::Business;

    // (1) Score and segment; the facts that depend on the date and the claims come from them.
    ScoringFacts facts = c.scoringFacts;
    if (earliestDue.isValid())
        facts.daysPastDue = int(std::clamp<qint64>(earliestDue.daysTo(date), -100000, 100000));
    facts.amount = outstanding;
    facts.debtorType = debtorType;
    d.score = m_scoring.assess(facts, c.onVipList, c.pin, date);
    d.newSegment = d.score.segment;

    if (!isManaged(c.status)) {
        finish();
        return d;
    }
    if (open.isEmpty()) { // everything paid: nothing left for the process to do
        d.nextActionDate = QDate();
        d.nextAction.clear();
        finish();
        return d;
    }

    // (2) Limitation: time-barred claims drop out; all barred closes the case; alerts once.
    const LimitationRules &limitation = m_rules->limitation();
    QList<ClaimView> live;
    live.reserve(open.size());
    bool allKnown = true;
    QDate lastLimitation;
    for (ClaimView &view : open) {
        const ProcessClaim &claim = *view.claim;
        ClaimLimitationFacts lf;
        lf.contractDate = claim.contractDate;
        lf.invoiceDate = claim.invoiceDate;
        lf.debtorType = claim.debtorType;
        lf.events = claim.limitationEvents;
        const Result<LimitationInfo> info = Limitation::compute(lf, limitation);
        view.limitationKnown = info.ok();
        if (info) {
            view.limitationDate = info->limitationDate;
            view.alertFrom = info->alertFrom;
            view.barred = info->isTimeBarred(date);
            if (!lastLimitation.isValid() || view.limitationDate > lastLimitation)
                lastLimitation = view.limitationDate;
        } else {
            allKnown = false;
        }
        if (!view.barred)
            live.append(view);
    }
    if (live.isEmpty()) {
        PlannedAction a;
        a.type = ActionType::ClosedTimeBarred;
        a.date = date;
        a.ruleRef = limitation.statute;
        for (const ClaimView &view : std::as_const(open))
            a.claimIds.append(view.claim->claimId);
        a.text = tr("Closed: every claim is time-barred (%1)").arg(limitation.statute);
        d.actions.append(a);
        st.finished = true;
        d.newStatus = CaseStatus::Closed;
        d.nextActionDate = QDate();
        d.nextAction.clear();
        finish();
        return d;
    }
    NextCandidate next;
    raiseAlerts(live, date, limitation, d, next);
    if (allKnown && lastLimitation.isValid())
        next.offer(lastLimitation.addDays(1), ActionType::ClosedTimeBarred);

    // The template follows the segment; progress made under another template is mapped.
    const PreparedTemplate &pt = policy.prepared(d.newSegment, debtorType);
    followTemplate(policy, pt, st);

    // (3) Pauses: resume those whose end date has come (unless a person must), skip while paused.
    const PauseRules pauseRules {m_rules->pauseReasons()};
    resumePauses(c.pauses, date, pauseRules, d, next);
    const std::optional<PauseState> casePause = Pauses::blocking(c.pauses, 0, date, pauseRules);

    // (4)–(6) The next template step, if it is due and the case is not paused.
    const QString channelName = c.channel.isEmpty() ? m_rules->defaultChannel() : c.channel;
    const std::optional<Channel> channel = m_rules->channel(channelName);
    RunContext ctx {*m_rules,
                    *m_fees,
                    *m_interest,
                    m_guards,
                    c,
                    pt,
                    policy.reminderTermsRef(),
                    date,
                    earliestDue,
                    live,
                    channel ? channel->name : m_rules->defaultChannel(),
                    channel ? channel->transitDays : 0};
    if (!channel) {
        if (const auto fallback = m_rules->channel(m_rules->defaultChannel()))
            ctx.transitDays = fallback->transitDays;
    }
    bool waiting = false;
    bool blocked = false;
    if (!casePause && !st.finished && st.stepDate != date) {
        for (qsizetype round = 0; round <= pt.tmpl.steps.size(); ++round) {
            const NextStep step = nextStep(ctx, st);
            if (step.index < 0 || step.day > date)
                break;
            const ActionType action = pt.tmpl.steps.at(step.index).action;
            if (allowedDay(action, date, m_rules->contactWindow()) != date)
                break;
            if (round > 0) {
                // Only same-day companions follow a step done today (after_days 0 from it).
                const ProcessStep &s = pt.tmpl.steps.at(step.index);
                if (step.index == st.stepIndex || s.anchor != Anchor::Previous || s.afterDays != 0)
                    break;
            }
            QList<Guard> refusals;
            const StepOutcome outcome = runStep(ctx, step, d, refusals);
            if (outcome == StepOutcome::Done) {
                d.refusals.append(refusals);
                st.refusalKey.clear();
                continue;
            }
            const QString key = refusalKeyFor(pt.tmpl.steps.at(step.index).id, refusals);
            if (key != st.refusalKey)
                d.refusals.append(refusals);
            st.refusalKey = key;
            waiting = outcome == StepOutcome::Waiting;
            blocked = outcome == StepOutcome::Blocked;
            break;
        }
    }

    // Status and the next action.
    const bool allDisputed = std::all_of(live.cbegin(), live.cend(),
                                         [](const ClaimView &v) { return v.claim->disputed; });
    const bool bfApplied
        = std::any_of(d.actions.cbegin(), d.actions.cend(),
                      [](const PlannedAction &a) { return a.type == ActionType::BfApplication; });
    d.newStatus = statusFor(c.status, st, bfApplied, casePause.has_value(), allDisputed);

    if (!casePause && !st.finished && !waiting && !allDisputed) {
        const NextStep step = nextStep(ctx, st);
        if (step.index >= 0) {
            const ActionType action = pt.tmpl.steps.at(step.index).action;
            const QDate floor = (blocked || st.stepDate == date) ? date.addDays(1) : date;
            next.offer(allowedDay(action, std::max(step.day, floor), m_rules->contactWindow()),
                       action);
        }
    }
    if (bfApplied || d.newStatus == CaseStatus::Closed) {
        next = NextCandidate();
    }
    d.nextActionDate = next.date;
    d.nextAction = next.action;
    finish();
    return d;
}

} // namespace Fordran
