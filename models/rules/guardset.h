#pragma once

// GuardSet: the single entry point the process engine calls before it takes a step on a claim.
// It runs the pause check and the statutory guards (legalguards.h) that apply to the action and
// returns the first refusal, or allowed.
//
//   action                          checks, in this order
//   limitation_alert, resume,       none: always allowed (they protect the debtor)
//   closed_time_barred
//   every other action              pause (case or this claim), limitation (item 18)
//   reminder_letter, sms_notice,    claim due (lag (1981:739) 1 §), not disputed (item 20)
//   call_task, intensive_*
//   inkassokrav_letter              as above, then deadline ≥ DemandDeadline (item 4), deadline on a
//                                   bank day (item 15), claims combined (item 7)
//   bf_decision_task,               demand deadline passed (item 5), only the undisputed part
//   bf_application                  (item 20), each claimed cost statutory and capped (item 10)
//   fee_posted                      claim due, not disputed, cost statutory and capped (item 10),
//                                   then by fee type: reminder (1), inkassokrav (2), plan (8),
//                                   b2b_compensation (9)
//   interest_posted                 rate (item 11), start (item 12), base (item 14); a dispute
//                                   does not stop interest from accruing

#include "models/rules/demanddeadline.h"
#include "models/rules/legalguards.h"
#include "models/rules/limitation.h"
#include "models/rules/pause.h"
#include "models/rules/processtemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Fordran {

class BankCalendar;
class FeeSchedule;

/*! The rule values the guards need, filled by the caller from the RulesSet. */
struct GuardRules
{
    DemandDeadlineRules demandDeadline;
    LimitationRules limitation;
    PauseRules pauses;
    bool interestOnFees = false;     //!< RulesSet "fees.interest_on_fees"
    int interestDaysAfterNotice = 0; //!< räntelagen 4 § first paragraph (30), from the rules
};

/*!
 * Everything a check may need about one claim on one day. Fields an action does not use may be
 * left empty; a missing fact that an action needs refuses (never allows) the action.
 */
struct ActionFacts
{
    QDate on;            //!< the day of the action
    qint64 claimId = 0;  //!< the claim (claim pauses cover only their claim); 0: the whole case
    /*! The claim's debtor type. It overrides the debtorType fields of \c limitation and \c fees. */
    DebtorType debtorType = DebtorType::Consumer;
    QList<PauseState> pauses;          //!< the case's and its claims' pauses
    ClaimLimitationFacts limitation;   //!< creation dates and interruptions
    QDate dueDate;                     //!< the agreed due date; moved to a bank day by the checks
    ClaimFeeFacts fees;                //!< fees already posted, reminder-fee agreement
    Money outstanding;                 //!< the claim's open balance
    Money disputedAmount;              //!< the disputed part; zero when there is no open dispute
    QDate demandDeadline;              //!< deadline of the sent inkassokrav; invalid if none

    std::optional<FeeRequest> fee;           //!< fee_posted: the fee to post
    std::optional<DemandLetterFacts> letter; //!< inkassokrav_letter, and the demand of an inkassokrav fee
    std::optional<PlanFacts> plan;           //!< fee_posted with a plan fee
    std::optional<InterestPosting> interest; //!< interest_posted
    InterestStartFacts interestStart;        //!< interest_posted

    Money bfAmount;                //!< bf_*: the amount the application claims for this claim
    QList<FeeRequest> bfCosts;     //!< bf_application: the costs claimed in it
    QString supervisorOverride;    //!< bf_*: a supervisor's reason to file despite a dispute
};

/*!
 * Runs the guards for an action. Holds references to the calendar and the fee schedule: both
 * must outlive the GuardSet. Pure and thread-safe for concurrent const use.
 */
class GuardSet final
{
    Q_DECLARE_TR_FUNCTIONS(GuardSet)

public:
    GuardSet(const BankCalendar &calendar, const FeeSchedule &fees, GuardRules rules);

    /*! The first refusal for \a action on the claim described by \a facts, or Guard::allow(). */
    Guard checkAction(ActionType action, const ActionFacts &facts) const;

    /*! Every refusal, in check order (for explaining a blocked case); empty when allowed. */
    QList<Guard> refusals(ActionType action, const ActionFacts &facts) const;

    const GuardRules &rules() const { return m_rules; }

private:
    QList<Guard> run(ActionType action, const ActionFacts &facts, bool firstOnly) const;

    const BankCalendar *m_calendar;
    const FeeSchedule *m_fees;
    GuardRules m_rules;
};

} // namespace Fordran
