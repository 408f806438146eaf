#pragma once

// The inkassokrav deadline (domain.md §2.4, §13 items 4 and 15): not shorter than a number of
// calendar days from sending, and at least a number of bank days from presumed receipt, then
// rolled forward to a bank day. The numbers come from the rules (DemandDeadlineRules from
// RulesSet::demandDeadline(), a Channel's transitDays); the bank days from BankCalendar.

#include "models/domain/result.h"
#include "models/rules/rulessections.h"

#include <QCoreApplication>
#include <QDate>

namespace Fordran {

class BankCalendar;

/*! Computes presumed receipt and the shortest allowed deadline of a demand. Pure. */
class DemandDeadline final
{
    Q_DECLARE_TR_FUNCTIONS(DemandDeadline)

public:
    /*! Upper bound for transit and rule day counts; anything above is refused as a data error. */
    static constexpr int MaxDays = 366;

    /*!
     * The day the debtor is presumed to receive a demand sent on \a sendDate through a channel
     * with \a transitDays of postal transit.
     *
     * Choice: transit days are bank days, because post is not delivered on Saturdays, Sundays
     * and holidays (a letter posted on a Friday with 2 transit days arrives on Tuesday). So
     * receipt = sendDate + transitDays bank days. A channel with 0 transit days (digital
     * mailbox) delivers on the sending day itself, whatever day that is.
     * Errors: invalid date, transit days outside 0..MaxDays.
     */
    static Result<QDate> presumedReceipt(const QDate &sendDate, int transitDays, const BankCalendar &calendar);

    /*!
     * The shortest allowed deadline: max(sendDate + minCalendarDays, presumed receipt +
     * minBankDaysAfterReceipt bank days), moved to the next bank day if it is not one.
     * Errors: as presumedReceipt(), and rule values outside 0..MaxDays.
     */
    static Result<QDate> deadline(const QDate &sendDate, int transitDays, const DemandDeadlineRules &rules,
                                  const BankCalendar &calendar);

    /*! Checks the rule values (0..MaxDays each). */
    static Status validate(const DemandDeadlineRules &rules);
};

} // namespace Fordran
