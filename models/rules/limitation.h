#pragma once

// Limitation (preskription) per claim, domain.md §6 and §13 items 18–19.
//
// Preskriptionslagen (1981:130): a claim is time-barred when its period (3 years for consumer
// goods/services claims, 10 years otherwise, 2 §) has run from its creation or from the last
// interruption (5–7 §§) without a new interruption. The periods and the alert horizon are data:
// LimitationRules (rulessections.h) from RulesSet::limitation().

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/rules/rulessections.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fordran {

/*! What interrupted limitation (preskriptionslagen 5 §). */
enum class InterruptionKind {
    DemandDelivered, //!< "demand_delivered": the debtor received a written demand (5 § 2)
    Payment,         //!< "payment": the debtor paid interest or an instalment (5 § 1)
    Acknowledgement, //!< "acknowledgement": the debtor promised payment or acknowledged the claim (5 § 1)
    LegalAction,     //!< "legal_action": BF application, summons, enforcement, bankruptcy (5 § 3)
};

/*!
 * One event that may interrupt limitation. \c evidence names what proves it (a delivery
 * receipt, the letter's register entry at the folkbokföring address, a payment id). A
 * DemandDelivered event with empty evidence does not interrupt (§13 item 19).
 */
struct InterruptionEvent
{
    QDate date;
    InterruptionKind kind = InterruptionKind::DemandDelivered;
    QString evidence;
};

/*! Where a claim stands on a given day. */
enum class LimitationStatus {
    Running,     //!< "running"
    AlertWindow, //!< "alert": within alertDays of the limitation date
    TimeBarred,  //!< "time_barred": the limitation date has passed
};

/*! The facts of one claim that limitation depends on. */
struct ClaimLimitationFacts
{
    QDate contractDate; //!< the claim's creation (contract/delivery); invalid if unknown
    QDate invoiceDate;  //!< used when contractDate is unknown
    DebtorType debtorType = DebtorType::Consumer;
    /*! A claim on a negotiable promissory note (löpande skuldebrev) keeps the general period. */
    bool negotiableNote = false;
    QList<InterruptionEvent> events; //!< in any order
};

/*! An event that did not interrupt, and why (translated). */
struct IgnoredInterruption
{
    InterruptionEvent event;
    QString reason;
};

/*!
 * The computed limitation of a claim.
 *
 * Convention: \c limitationDate is the last day of the period (start + period years; a start on
 * 29 February ends on 28 February, QDate::addYears). An interruption on that day still counts;
 * the claim is time-barred from the day after. The date is not moved off non-bank days: moving
 * it would only lengthen the period, and the engine must not rely on that.
 */
struct LimitationInfo
{
    QDate creationDate;   //!< contract date, else invoice date
    QDate startDate;      //!< creation or the last counted interruption
    QDate limitationDate; //!< last day of the running period
    QDate alertFrom;      //!< limitationDate − alertDays
    int periodYears = 0;
    std::optional<InterruptionEvent> lastInterruption;
    QList<IgnoredInterruption> ignored;

    bool isTimeBarred(const QDate &on) const { return on > limitationDate; }
    LimitationStatus status(const QDate &on) const;
};

/*! Computes limitation per claim. Pure; never throws. */
class Limitation final
{
    Q_DECLARE_TR_FUNCTIONS(Limitation)

public:
    /*!
     * The limitation of a claim. Events are taken in date order; an event counts when it has a
     * valid date on or after the creation date and on or before the then-running limitation date
     * (an interruption after expiry does not revive the claim, preskriptionslagen 8 §), and, for
     * a demand, when delivery evidence is stored. Other events are listed in \c ignored.
     * Errors: no creation date (neither contract nor invoice date), or rules with a period below
     * one year or a negative alert horizon.
     */
    static Result<LimitationInfo> compute(const ClaimLimitationFacts &facts, const LimitationRules &rules);

    /*! The period in years that applies to a claim (consumer vs other). */
    static int periodYears(const ClaimLimitationFacts &facts, const LimitationRules &rules);

    /*! Checks that the rules are usable (periods ≥ 1 year, alert days ≥ 0). */
    static Status validate(const LimitationRules &rules);
};

QString machineName(InterruptionKind value);
QString machineName(LimitationStatus value);
template<> std::optional<InterruptionKind> fromMachineName<InterruptionKind>(QStringView name);
template<> std::optional<LimitationStatus> fromMachineName<LimitationStatus>(QStringView name);

} // namespace Fordran
