#pragma once

// The statutory guards of domain.md §13 (items 1, 2, 4, 5, 7, 8, 9, 10, 11, 12, 14, 15, 18, 20).
// Each guard is a pure check over a small fact struct; a refusal names the rule it applies
// (a statute citation, untranslated) and a translated text that contains that citation.
// The numbers the guards compare against (fee caps, the statutory rate, the minimum deadline)
// come from the tables (FeeSchedule, reference rates, RulesSet), never from this file.
// GuardSet (guardset.h) runs the right guards for one action of the process.

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/percentage.h"
#include "models/domain/result.h"
#include "models/rules/feeschedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

namespace Fordran {

class BankCalendar;

/*!
 * The answer of a guard: allowed, or refused with the rule that refuses.
 * \c code is a stable machine name ("reminder_fee_not_agreed") for logs, JSON and tests;
 * \c rule is the citation ("Lag (1981:739) 2 §"), empty only for refusals that are not statutory
 * (a pause; a fee or interest posting missing from the facts); \c text is translated and always
 * contains \c rule when there is one.
 */
struct Guard
{
    bool allowed = true;
    QString code;
    QString rule;
    QString text;

    static Guard allow() { return {}; }
    static Guard refuse(QString code, QString rule, QString text)
    {
        return {false, std::move(code), std::move(rule), std::move(text)};
    }
    explicit operator bool() const { return allowed; }
};

/*! A fee the process wants to post on a claim. */
struct FeeRequest
{
    FeeType type = FeeType::Reminder;
    Money amount;
};

/*! What a claim already carries and how it stands, for the fee and step guards. */
struct ClaimFeeFacts
{
    DebtorType debtorType = DebtorType::Consumer;
    /*! Evidence that the debtor agreed to a reminder fee no later than when the debt arose
        (the terms accepted at purchase); empty when there is none (lag (1981:739) 2 §). */
    QString reminderFeeAgreement;
    /*! How many fees of each type are already posted (and not reversed) on the claim. */
    QMap<FeeType, int> feesCharged;
    /*! The day late interest starts (interestStartDate()); invalid if it has not been set. */
    QDate lateInterestFrom;

    int charged(FeeType type) const { return feesCharged.value(type, 0); }
};

/*! The content of an inkassokrav that inkassolagen (1974:182) 5 § and the fee right depend on. */
struct DemandLetterFacts
{
    QDate sentOn;          //!< sent or handed over; invalid if not (yet) sent
    int transitDays = 0;   //!< presumed postal transit of its channel (RulesSet channels)
    QDate deadline;        //!< the deadline printed in the letter
    bool amountsSeparated = false;      //!< principal, interest and costs stated separately
    bool interestDetailsStated = false; //!< interest amount, rate, period and base stated
    QList<qint64> claimIds;             //!< the claims the letter covers
    /*! All claims of the same client against the same debtor that are due for a demand now. */
    QList<qint64> combinableClaimIds;
    /*! Why the claims are not combined into one demand; empty if there is no such reason. */
    QString separateDemandReason;
};

/*! An amorteringsplan the 170 kr fee would be charged for (lag (1981:739) 3 § 2). */
struct PlanFacts
{
    bool written = false;
    bool coversWholeDebt = false;
    bool agreedWithDebtor = false;
    bool sentOrHandedOver = false;
};

/*! When interest may start (räntelagen 3–4 §§). */
struct InterestStartFacts
{
    QDate dueDate;                   //!< the agreed due date (before bank-day adjustment)
    bool dueDateAgreedInAdvance = false; //!< fixed before the debt arose (consumers: in the terms)
    QDate interestNoticeSentOn;      //!< an invoice/demand for a fixed amount announcing interest
    QDate bfServedOn;                //!< service of a BF application or summons on the debtor
};

/*! An interest amount the process wants to post. */
struct InterestPosting
{
    Percentage rate;            //!< the yearly rate applied
    Percentage statutoryRate;   //!< reference rate of the period + the statutory margin (6 §)
    QString contractualRateEvidence; //!< agreement for a higher rate; empty if none (1 §)
    QDate from;                 //!< first day interest is charged for
    Money base;                 //!< the amount the interest is computed on
    Money interestInBase;       //!< the part of \c base that is accrued interest
    Money feesInBase;           //!< the part of \c base that is fees
    QString feeInterestAgreement;   //!< the client's agreement for interest on fees; empty if none
};

/*!
 * The guards, one function per rule. All are pure and total: any input gives an answer.
 * Refusal texts are translated (Q_DECLARE_TR_FUNCTIONS(LegalGuards)).
 */
class LegalGuards final
{
    Q_DECLARE_TR_FUNCTIONS(LegalGuards)

public:
    /*! Item 1: agreement evidence, no reminder fee after förseningsersättning, one per claim, cap. */
    static Guard reminderFee(const ClaimFeeFacts &claim, const Money &amount, const Fee &cap);
    /*! Item 2: a letter meeting inkassolagen 5 §, sent; no fee after förseningsersättning; one per claim; cap. */
    static Guard inkassokravFee(const ClaimFeeFacts &claim, const DemandLetterFacts &letter,
                                const Money &amount, const Fee &cap);
    /*! Item 4: the letter's deadline is not before \a minimum (DemandDeadline::deadline()); an
        error in \a minimum refuses with its message. */
    static Guard demandDeadline(const DemandLetterFacts &letter, const Result<QDate> &minimum);
    /*! Item 5: a legal step only after a 5 § demand's deadline (\a demandDeadline) has passed. */
    static Guard legalStepAfterDeadline(const QDate &demandDeadline, const QDate &on);
    /*! Item 7: every combinable claim is in the letter, or a reason for separate demands is recorded. */
    static Guard combinedDemand(const DemandLetterFacts &letter);
    /*! Item 8: written, complete, agreed and sent plan; cap. */
    static Guard planFee(const PlanFacts &plan, const Money &amount, const Fee &cap);
    /*! Item 9: business claims only, once late interest has started, once, and not after 60/180 fees. */
    static Guard b2bCompensation(const ClaimFeeFacts &claim, const QDate &on, const Money &amount,
                                 const Fee &cap);
    /*! Item 10: a cost must be a statutory one (\a cap from the schedule) and not above its amount. */
    static Guard costWithinStatute(const FeeRequest &fee, const Result<Fee> &cap);
    /*! Item 11: a rate above the statutory one needs evidence of a contractual rate. */
    static Guard lateInterestRate(const InterestPosting &posting);
    /*! Item 12: interest is not charged from before \a start (interestStartDate()). */
    static Guard interestStart(const InterestPosting &posting, const QDate &start);
    /*! Item 14: no interest on interest; on fees only if the rules allow it and the client agreed. */
    static Guard interestBase(const InterestPosting &posting, bool rulesAllowInterestOnFees);
    /*! Item 15: a due date or deadline must be a bank day. */
    static Guard onBankDay(const QDate &date, const BankCalendar &calendar);
    /*! Item 18: no step on a time-barred claim (\a limitationDate from Limitation). */
    static Guard notTimeBarred(const QDate &limitationDate, const QDate &on);
    /*! Item 20, demands: nothing is pressed while any part of the claim is disputed. */
    static Guard notDisputed(const Money &disputedAmount);
    /*!
     * Item 20, BF: the application may only cover the undisputed part (outstanding − disputed),
     * unless a supervisor's reason is recorded (a BF with a request for transfer to court).
     */
    static Guard bfUndisputedPart(const Money &bfAmount, const Money &outstanding,
                                  const Money &disputedAmount, const QString &supervisorOverride);
    /*! Lag (1981:739) 1 §: collection costs and demands only once the claim is due (after \a dueDate). */
    static Guard claimDue(const QDate &dueDate, const QDate &on);

    /*!
     * Item 12: the day late interest starts: the due date moved to a bank day if it was fixed in
     * advance (3 §), else \a daysAfterNotice (from the rules: 30) after the interest notice
     * (4 § first paragraph), and at the latest the day the BF application or summons was served
     * (4 § third paragraph). Whether that day itself bears interest is the interest calculator's
     * convention. Errors: none of the three dates is known; a notice but \a daysAfterNotice < 1.
     */
    static Result<QDate> interestStartDate(const InterestStartFacts &facts, int daysAfterNotice,
                                           const BankCalendar &calendar);

    /*! Item 15: \a date, or the next bank day if it is not one. */
    static QDate toBankDay(const QDate &date, const BankCalendar &calendar);
};

} // namespace Fordran
