#pragma once

// The process engine (issue 4): a pure function from a case snapshot, the rules, a client's
// policy and a date to the actions due that day. No I/O: the daily run (models/services) loads
// snapshots, calls decide() and writes the decision (ledger lines, outbox rows, tasks, events,
// the new state) in one transaction per case. See notes/engine-api.md for the contract.

#include "models/domain/bankcalendar.h"
#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/percentage.h"
#include "models/rules/clientpolicy.h"
#include "models/rules/feeschedule.h"
#include "models/rules/guardset.h"
#include "models/rules/interest.h"
#include "models/rules/limitation.h"
#include "models/rules/pause.h"
#include "models/rules/processtemplate.h"
#include "models/rules/scoring.h"
#include "models/rules/segmentpin.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <array>
#include <memory>
#include <optional>

namespace Fordran {

class RulesSet;

/*! The limitation facts of a claim (r-b's InterruptionEvent: delivered demands, payments, …). */
using LimitationEvent = InterruptionEvent;

/*! One claim as the engine sees it. */
struct ProcessClaim
{
    qint64 claimId = 0;
    QDate invoiceDate, dueDate, contractDate;
    Money originalAmount;
    Money principalOutstanding;     //!< principal still unpaid (ledger)
    Money feesOutstanding;          //!< fees still unpaid (ledger)
    DebtorType debtorType = DebtorType::Consumer;
    bool reminderFeeAgreed = false;
    QMap<FeeType, int> feesCharged; //!< how many of each fee type the claim already has (ledger)
    bool disputed = false;
    InterestKind interestKind = InterestKind::Reference;
    Percentage interestMargin = Percentage::fromPercent(8);
    Percentage fixedRate;
    QDate interestPostedThrough;    //!< last day whose interest is in the ledger (invalid: none)
    QList<LimitationEvent> limitationEvents;
    /*! The principal from each date on (payments lower it), in date order, for interest over a
        period that spans changes; before the first step its principal applies. Empty:
        principalOutstanding throughout. (Addition.) */
    QList<PrincipalStep> principalSteps;
};

/*!
 * What the engine remembers between runs (persisted per case by the daily run).
 * Fields after rulesVersion are additions to the engine-api sketch.
 */
struct ProcessState
{
    QString templateKey;   //!< "consumer.normal": the template the case runs (set on first run)
    int stepIndex = -1;    //!< last completed step of that template (−1: none yet)
    int occurrence = 0;    //!< repetitions done of that step (reminders with count > 1)
    QDate stepDate;        //!< the day the last step was done
    QDate lastDeadline;    //!< deadline of the last letter that gave one
    QString rulesVersion;  //!< rules version that acted last

    QString stepId;        //!< id of the last completed step (re-found after a rules change)
    int remindersSent = 0; //!< reminder letters sent so far, over every template the case ran
    QDate demandSentOn;    //!< the inkassokrav's sending day (invalid: none sent)
    QDate demandDeadline;  //!< the inkassokrav's deadline (for the BF guards)
    /*! The limitation date (of the claim nearest to it) an alert was raised for; a new alert
        is raised only for a later limitation date (after an interruption). Invalid: none. */
    QDate limitationAlertedThrough;
    bool finished = false; //!< the last step (BF decision/application) is done or the case closed
    /*! The step and guard codes of the refusals that last stopped a step ("inkassokrav:disputed");
        the same refusals on a later day are not reported again. Empty: none. */
    QString refusalKey;

    bool operator==(const ProcessState &) const = default;
};

/*! One case as the engine sees it. */
struct ProcessCase
{
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal; //!< current (re-scored each run)
    ProcessState state;
    QList<ProcessClaim> claims;
    QList<PauseState> pauses;
    ScoringFacts scoringFacts;
    bool onVipList = false;
    std::optional<SegmentPin> pin;
    QDate openedOn;
    QString channel; //!< letter channel (RulesSet channels); empty: the rules' default. (Addition.)
    QDate nextActionDate;     //!< as stored (to tell whether the decision changes it) (addition)
    QString nextAction;       //!< as stored (addition)
    std::optional<int> score; //!< the stored score value, if any (addition)
};

/*! One thing the engine decided to do. */
struct PlannedAction
{
    ActionType type = ActionType::ReminderLetter;
    qint64 claimId = 0;             //!< 0: the whole case
    std::optional<FeeType> feeType; //!< for fee_posted
    Money amount;                   //!< fee or interest amount (zero otherwise)
    QDate date;                     //!< the run date
    QDate deadline;                 //!< for letters with a deadline
    QDate interestFrom, interestTo; //!< for interest_posted
    QString ruleRef;                //!< "consumer.normal/inkassokrav", or the statute for fees
    QString text;                   //!< translated one-line description for the timeline
    QString stepId;                 //!< the template step that caused it, or empty (addition)
    QString channel;                //!< letters: the channel it goes by (addition)
    QList<qint64> claimIds;         //!< letters and tasks: the claims they cover (addition)
    QString pauseReason;            //!< resume: the reason of the pause that ends (addition)
};

/*! Everything decide() found for one case on one date. */
struct ProcessDecision
{
    QList<PlannedAction> actions; //!< in order; empty when nothing is due
    QList<Guard> refusals;        //!< guards that stopped a step today (recorded as events)
    ProcessState newState;
    CaseStatus newStatus = CaseStatus::New;
    Segment newSegment = Segment::Normal;
    ScoreResult score;
    QDate nextActionDate;         //!< when the engine next has something to do (invalid: nothing)
    QString nextAction;           //!< machine name of that action
    /*! Set by decide(): newState, newStatus, newSegment, the score value, nextActionDate or
        nextAction differ from the input case (addition). */
    bool stateChanged = false;

    /*! Anything to write: actions, refusals or a changed state. */
    bool changed() const { return !actions.isEmpty() || !refusals.isEmpty() || stateChanged; }
};

/*!
 * The rules' six templates with one client's policy applied, prepared once (per client and
 * rules version) so that decide() does no policy work per case. Cheap to copy (shared).
 */
namespace Internal {
struct PreparedTemplate;
}

class PreparedPolicy final
{
public:
    PreparedPolicy();
    const ProcessTemplate &templateFor(Segment segment, DebtorType debtorType) const;
    const QString &reminderTermsRef() const;

    /*! The engine's precomputed form of a template (internal). */
    const Internal::PreparedTemplate &prepared(Segment segment, DebtorType debtorType) const;
    /*! The same by key ("consumer.vip"); nullptr for an unknown key. */
    const Internal::PreparedTemplate *prepared(QStringView key) const;

    struct Data; //!< opaque (processengine.cpp)

private:
    friend class ProcessEngine;
    std::shared_ptr<const Data> m_data;
};

/*!
 * Decides, for one case and one day, which steps of its template are due and what they cost.
 * Holds references to the rules, the fee schedule and the interest calculator: they must
 * outlive the engine. Pure, deterministic and thread-safe for concurrent const use.
 *
 * What decide() does, in order:
 *  1. Scores the case (daysPastDue, amount and debtor type come from the claims and the date)
 *     and picks the segment (pin, VIP list, threshold). The template follows the segment; when
 *     it changes, progress is mapped: steps count as done by action type in template order, a
 *     sent inkassokrav also counts every step before the new template's inkassokrav, and the
 *     reminders already sent are kept (so no letter is ever sent twice); the new template goes
 *     on with its first step not yet done. A rules change under the same key re-finds the last
 *     step by its id.
 *  2. Limitation per claim: a time-barred claim drops out of every step; when every open claim
 *     is time-barred: closed_time_barred, status closed. A limitation_alert per claim when its
 *     alert window opens, once (newState.limitationAlertedThrough).
 *  3. Pauses: a resume action for each pause whose end date has come and whose reason does not
 *     need a person (the daily run then ends that pause); a case pause in force skips the steps
 *     (status paused, next action "resume" on its end date, overdue when a person must act).
 *  4. At most one template step a day (plus steps 0 days after it, same-day companions), due on
 *     its anchor + after_days (a repetition interval_days after the previous one): the actual
 *     dates of earlier steps count, so a late run does the overdue step once and the rest follow
 *     from it. Letters and tasks go on bank days, SMS and calls on days with a contact window.
 *     Each live claim is checked with GuardSet; refused claims are left out of the step; with
 *     no claim left the step waits (Waiting for a dispute or pause, else retried the next day).
 *     The refusals that stop a step are reported once (ProcessState::refusalKey).
 *  5. Letters post, per claim they cover, first late interest (interestPostedThrough + 1 to the
 *     run date; a missing reference rate refuses the whole letter), then fees: the step's fee on
 *     its first occurrence (reminder only when agreed, one inkassokrav per claim), and for a
 *     business claim the template's late-interest fee (450 kr once) instead of 60/180 kr.
 *  6. The BF step: below the template's minimum → no task (refusal bf_below_minimum, process
 *     done); automatic → bf_application (status bf); approval → bf_decision_task. Never
 *     automatic for the VIP segment.
 *  7. Status: bf after an application; paused while a case pause holds; disputed when every
 *     live claim is; else collection after the inkassokrav, reminder after a reminder, new.
 *     Cases in plan, bf, enforcement, surveillance or closed are left alone.
 */
class ProcessEngine final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessEngine)

public:
    ProcessEngine(const RulesSet &rules, const FeeSchedule &fees,
                  const InterestCalculator &interest);
    ~ProcessEngine();
    ProcessEngine(const ProcessEngine &) = delete;
    ProcessEngine &operator=(const ProcessEngine &) = delete;

    /*! Pure and deterministic: the same case, policy and date give the same decision. Running the
        decision's newState again for the same date yields no actions (idempotent). */
    ProcessDecision decide(const ProcessCase &c, const ClientPolicy &policy, QDate date) const;
    /*! The same with a policy prepared by prepare(): the fast path for the daily run. */
    ProcessDecision decide(const ProcessCase &c, const PreparedPolicy &policy, QDate date) const;

    /*! The templates with \a policy applied; prepare once per client and reuse. */
    PreparedPolicy prepare(const ClientPolicy &policy) const;
    /*! The rules' templates without client overrides. */
    const PreparedPolicy &defaultPolicy() const { return m_default; }

    const RulesSet &rules() const { return *m_rules; }
    const GuardSet &guards() const { return m_guards; }

private:
    const RulesSet *m_rules;
    const FeeSchedule *m_fees;
    const InterestCalculator *m_interest;
    BankCalendar m_calendar;
    GuardSet m_guards;
    ScoringModel m_scoring;
    PreparedPolicy m_default;
};

} // namespace Fordran
