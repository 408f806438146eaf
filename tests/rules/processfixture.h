#pragma once

// Shared by the ProcessEngine suites: the built-in rules and legal tables, an engine over them,
// case builders, the in-memory "daily run" that applies a decision to a case, and the expected
// timeline of a template computed from the rules' step offsets and the bank calendar (an
// independent walk over the template, not the engine's code).

#include "models/domain/bankcalendar.h"
#include "models/rules/demanddeadline.h"
#include "models/rules/feeschedule.h"
#include "models/rules/interest.h"
#include "models/rules/processengine.h"
#include "models/rules/referencerates.h"
#include "models/rules/rulesset.h"

#include "guardfixture.h"

#include <QTest>

#include <memory>

namespace ProcessFixture {

using namespace Fordran;

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

inline const RulesSet &rules()
{
    return GuardFixture::rulesSet();
}

inline const FeeSchedule &fees()
{
    static const FeeSchedule schedule = GuardFixture::fees();
    return schedule;
}

inline const InterestCalculator &interest()
{
    static const InterestCalculator calc(ReferenceRateTable::builtIn().value(),
                                         InterestConventions::defaults().value());
    return calc;
}

inline const ProcessEngine &engine()
{
    static const ProcessEngine e(rules(), fees(), interest());
    return e;
}

inline Money fee(FeeType type, QDate on)
{
    return fees().lookup(type, on).value().amount;
}

inline int transitDays(const QString &channel = QString())
{
    const auto c = rules().channel(channel.isEmpty() ? rules().defaultChannel() : channel);
    if (!c)
        qFatal("no channel %s", qPrintable(channel));
    return c->transitDays;
}

/*! A claim of \a kronor due on \a due, created a month before. */
inline ProcessClaim claim(qint64 id, QDate due, qint64 kronor,
                          DebtorType type = DebtorType::Consumer, bool feeAgreed = true)
{
    ProcessClaim c;
    c.claimId = id;
    c.invoiceDate = due.addDays(-30);
    c.contractDate = due.addDays(-30);
    c.dueDate = due;
    c.originalAmount = *Money::fromKronor(kronor);
    c.principalOutstanding = c.originalAmount;
    c.debtorType = type;
    c.reminderFeeAgreed = feeAgreed;
    return c;
}

/*! A case with good scoring facts (stays "normal" by score). */
inline ProcessCase caseOf(QList<ProcessClaim> claims)
{
    ProcessCase c;
    c.caseId = 1;
    c.claims = std::move(claims);
    c.scoringFacts.hasPhone = true;
    c.scoringFacts.hasEmail = true;
    c.scoringFacts.hasAddress = true;
    c.scoringFacts.earlierCasesPaid = 3;
    c.openedOn = c.claims.isEmpty() ? QDate() : c.claims.first().dueDate;
    return c;
}

/*! Scoring facts that put a case at or above the risk threshold whatever its age. */
inline void makeRisky(ProcessCase &c)
{
    c.scoringFacts.hasPhone = false;
    c.scoringFacts.hasAddress = false;
    c.scoringFacts.earlierCasesPaid = 0;
    c.scoringFacts.earlierCasesUnpaid = 4;
    c.scoringFacts.brokenPromises = 4;
}

inline ProcessClaim *claimById(ProcessCase &c, qint64 id)
{
    for (ProcessClaim &claim : c.claims) {
        if (claim.claimId == id)
            return &claim;
    }
    return nullptr;
}

/*!
 * What the daily run writes, applied to the in-memory case: fees into feesCharged and the fee
 * balance, interest advances interestPostedThrough, a letter adds a delivered-demand event
 * (presumed receipt) to each claim it covers, a resume ends its pause, and the new state,
 * status, segment, score and next action are stored.
 */
inline void apply(ProcessCase &c, const ProcessDecision &decision)
{
    for (const PlannedAction &a : decision.actions) {
        switch (a.type) {
        case ActionType::FeePosted:
            if (ProcessClaim *claim = claimById(c, a.claimId)) {
                claim->feesCharged[*a.feeType] += 1;
                claim->feesOutstanding
                    = claim->feesOutstanding.checkedAdd(a.amount).value_or(claim->feesOutstanding);
            }
            break;
        case ActionType::InterestPosted:
            if (ProcessClaim *claim = claimById(c, a.claimId))
                claim->interestPostedThrough = a.interestTo;
            break;
        case ActionType::ReminderLetter:
        case ActionType::InkassokravLetter:
        case ActionType::IntensiveLetter: {
            const QDate receipt
                = *DemandDeadline::presumedReceipt(a.date, transitDays(a.channel), BankCalendar());
            for (const qint64 id : a.claimIds) {
                if (ProcessClaim *claim = claimById(c, id))
                    claim->limitationEvents.append(
                        {receipt, InterruptionKind::DemandDelivered, u"letter register"_qs});
            }
            break;
        }
        case ActionType::Resume:
            c.pauses.removeIf([&a](const PauseState &p) {
                return p.reason == a.pauseReason
                    && (p.scope == PauseScope::Case ? 0 : p.claimId) == a.claimId;
            });
            break;
        default:
            break;
        }
    }
    c.state = decision.newState;
    c.status = decision.newStatus;
    c.segment = decision.newSegment;
    c.score = decision.score.value;
    c.nextActionDate = decision.nextActionDate;
    c.nextAction = decision.nextAction;
}

/*! One expected template action on one day. */
struct Expected
{
    ActionType type;
    QDate day;

    bool operator==(const Expected &) const = default;
};

/*! Days on which nothing runs (a pause, or days the daily run was not run). */
struct Blackout
{
    QDate from; //!< first day without a run
    QDate until; //!< first day the run is back
};

/*!
 * The template's actions when the daily run runs every day from the due date through \a end,
 * except in \a blackouts: each step on its anchor + after_days (a repetition interval_days after
 * the previous one), moved to the next bank day (letters, tasks, and under the built-in contact
 * window also SMS and calls), at most one step a day, out of blackouts; letters' deadlines
 * from deadline_days on a bank day, the inkassokrav's at least DemandDeadline's.
 */
inline QList<Expected> expectedTimeline(const ProcessTemplate &t, QDate due, QDate end,
                                        const QList<Blackout> &blackouts = {},
                                        int transit = transitDays())
{
    QList<Expected> out;
    QDate previous;
    QDate lastDeadline;
    for (const ProcessStep &s : t.steps) {
        for (int occurrence = 0; occurrence < std::max(s.count, 1); ++occurrence) {
            QDate nominal;
            if (occurrence > 0)
                nominal = previous.addDays(s.intervalDays);
            else if (s.anchor == Anchor::Previous && previous.isValid())
                nominal = previous.addDays(s.afterDays);
            else if (s.anchor == Anchor::Deadline && lastDeadline.isValid())
                nominal = lastDeadline.addDays(s.afterDays);
            else
                nominal = due.addDays(s.afterDays);
            QDate day = BankCalendar::nextBankDay(nominal);
            if (previous.isValid() && day <= previous)
                day = BankCalendar::nextBankDay(previous.addDays(1));
            for (const Blackout &b : blackouts) {
                if (day >= b.from && day < b.until)
                    day = BankCalendar::nextBankDay(b.until);
            }
            if (day > end)
                return out;
            ActionType type = s.action;
            if (type == ActionType::BfDecisionTask && t.bfMode == BfMode::Automatic)
                type = ActionType::BfApplication;
            out.append({type, day});
            if (isLetterAction(s.action) && s.deadlineDays > 0) {
                lastDeadline = BankCalendar::nextBankDay(day.addDays(s.deadlineDays));
                if (s.action == ActionType::InkassokravLetter)
                    lastDeadline
                        = std::max(lastDeadline,
                                   *DemandDeadline::deadline(day, transit, rules().demandDeadline(),
                                                             BankCalendar()));
            }
            previous = day;
        }
    }
    return out;
}

inline const QList<ActionType> &templateActionTypes()
{
    static const QList<ActionType> types {
        ActionType::ReminderLetter,  ActionType::InkassokravLetter, ActionType::SmsNotice,
        ActionType::CallTask,        ActionType::IntensiveSms,      ActionType::IntensiveCall,
        ActionType::IntensiveLetter, ActionType::BfDecisionTask,    ActionType::BfApplication};
    return types;
}

inline QString describe(const QList<Expected> &list)
{
    QStringList parts;
    for (const Expected &e : list)
        parts.append(machineName(e.type) + u'@' + e.day.toString(Qt::ISODate));
    return parts.join(u", ");
}

// Helpers of the unit suites (tst_processengine, tst_processprogress).

/*! Unit suites: a Monday; due + the templates' first after_days lands on weekdays, a Saturday and a
 * Thursday. */
inline QDate due()
{
    return d("2025-06-02");
}

inline const ProcessTemplate &tmpl(Segment segment, DebtorType type = DebtorType::Consumer)
{
    return rules().templateFor(segment, type);
}

inline QList<ActionType> typesOf(const ProcessDecision &decision)
{
    QList<ActionType> out;
    for (const PlannedAction &a : decision.actions)
        out.append(a.type);
    return out;
}

inline QList<PlannedAction> actionsOf(const ProcessDecision &decision, ActionType type)
{
    QList<PlannedAction> out;
    for (const PlannedAction &a : decision.actions) {
        if (a.type == type)
            out.append(a);
    }
    return out;
}

inline QStringList codesOf(const ProcessDecision &decision)
{
    QStringList out;
    for (const Guard &g : decision.refusals)
        out.append(g.code);
    return out;
}

/*! The case as it stands the day after its step \a id of \a t was done on \a doneOn. */
inline ProcessCase afterStep(ProcessCase c, const ProcessTemplate &t, const QString &id,
                             QDate doneOn, QDate deadline)
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

} // namespace ProcessFixture
