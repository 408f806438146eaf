#pragma once

// Internal parts of the ProcessEngine (processengine.h): templates prepared once per policy, the
// per-case view of one run, when the next step is due, and doing one step (guards, fees,
// interest, letters, BF). Not for use outside models/rules.

#include "models/rules/processengine.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace Fordran {

class RulesSet;

namespace Internal {

/*! Per-step values worked out once per template. */
struct PreparedStep
{
    std::optional<FeeType> fee; //!< the step's fee type, if it names a known one
    QString ruleRef; //!< "consumer.normal/inkassokrav"
};

/*! A template (with a client's policy applied) and what decide() needs from it, precomputed. */
struct PreparedTemplate
{
    ProcessTemplate tmpl;
    QString key;
    QList<PreparedStep> steps;
    std::optional<FeeType> lateInterestFee;
    qsizetype inkassokravIndex = -1;

    static PreparedTemplate make(ProcessTemplate tmpl);
};

/*! The slot of a template in a PreparedPolicy (0–5). */
qsizetype templateSlot(Segment segment, DebtorType debtorType);

/*! One claim as one run sees it. */
struct ClaimView
{
    const ProcessClaim *claim = nullptr;
    bool limitationKnown = false;
    QDate limitationDate; //!< last day of the running period (valid when limitationKnown)
    QDate alertFrom;
    bool barred = false; //!< time-barred on the run date
};

/*! The engine's fixed parts and the case, for one decide() call. */
struct RunContext
{
    const RulesSet &rules;
    const FeeSchedule &fees;
    const InterestCalculator &interest;
    const GuardSet &guards;
    const ProcessCase &c;
    const PreparedTemplate &pt;
    const QString &reminderTermsRef;
    QDate date;
    QDate earliestDue; //!< earliest due date of the open claims
    QList<ClaimView> live; //!< open claims that are not time-barred
    QString channel;
    int transitDays = 0;
};

/*! The step that comes next and the first day it may be done. */
struct NextStep
{
    qsizetype index = -1; //!< −1: the template is done
    int occurrence = 0; //!< 0-based repetition of the step to do
    QDate due; //!< by the template (anchor + days)
    QDate day; //!< \c due moved to the first day the action may be done on
};

/*! The next step after \a state, or index −1. */
NextStep nextStep(const RunContext &ctx, const ProcessState &state);

/*! \a from, or the first later day on which \a action may be done (letters and tasks: bank
    days; SMS and calls: days with a contact window). */
QDate allowedDay(ActionType action, QDate from, const ContactWindow &window);

/*! What happened to a step that was due. */
enum class StepOutcome {
    Done, //!< done (possibly with fees or interest refused)
    Blocked, //!< not done; retry on a later run
    Waiting, //!< not done; waits for a person (dispute, pause of every claim)
};

/*!
 * Does step \a next on the run date: checks every live claim with the GuardSet, computes the
 * interest and fees of letters, appends the actions to \a decision and advances
 * decision.newState. Refusals go to \a refusals (the caller decides whether to report them).
 */
StepOutcome runStep(const RunContext &ctx, const NextStep &next, ProcessDecision &decision,
                    QList<Guard> &refusals);

/*!
 * Maps progress made under template \a from (nullptr: unknown) onto template \a to: steps are
 * counted done by action type in template order (a sent inkassokrav also counts every step
 * before the new template's inkassokrav), keeping the reminders already sent. Adjusts stepIndex,
 * occurrence and stepId of \a state; dates stay as they are.
 */
void mapProgress(const PreparedTemplate *from, const PreparedTemplate &to, ProcessState &state);

/*! a + b, saturated instead of overflowing. */
Money addSaturated(Money a, Money b);

} // namespace Internal
} // namespace Fordran
