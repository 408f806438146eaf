#include "models/rules/demanddeadline.h"

#include "models/domain/bankcalendar.h"

#include <algorithm>

namespace Fordran {

Status DemandDeadline::validate(const DemandDeadlineRules &rules)
{
    const auto inRange = [](int days) { return days >= 0 && days <= MaxDays; };
    if (!inRange(rules.minCalendarDays))
        return Error(tr("The minimum demand deadline of %1 calendar days is outside 0 to %2.")
                         .arg(rules.minCalendarDays)
                         .arg(MaxDays),
                     QStringLiteral("demand_deadline.min_calendar_days"));
    if (!inRange(rules.minBankDaysAfterReceipt))
        return Error(tr("The minimum of %1 bank days after receipt is outside 0 to %2.")
                         .arg(rules.minBankDaysAfterReceipt)
                         .arg(MaxDays),
                     QStringLiteral("demand_deadline.min_bank_days_after_receipt"));
    return {};
}

Result<QDate> DemandDeadline::presumedReceipt(const QDate &sendDate, int transitDays, const BankCalendar &calendar)
{
    if (!sendDate.isValid())
        return Error(tr("The demand has no valid sending date."), QStringLiteral("send_date"));
    if (transitDays < 0 || transitDays > MaxDays)
        return Error(tr("The channel's transit time of %1 days is outside 0 to %2.").arg(transitDays).arg(MaxDays),
                     QStringLiteral("transit_days"));
    if (transitDays == 0)
        return sendDate;
    return calendar.addBankDays(sendDate, transitDays);
}

Result<QDate> DemandDeadline::deadline(const QDate &sendDate, int transitDays, const DemandDeadlineRules &rules,
                                       const BankCalendar &calendar)
{
    if (const Status valid = validate(rules); !valid)
        return valid.error();
    const Result<QDate> receipt = presumedReceipt(sendDate, transitDays, calendar);
    if (!receipt)
        return receipt.error();
    const QDate byCalendar = sendDate.addDays(rules.minCalendarDays);
    const QDate byBankDays = calendar.addBankDays(*receipt, rules.minBankDaysAfterReceipt);
    return calendar.nextBankDay(std::max(byCalendar, byBankDays));
}

} // namespace Fordran
