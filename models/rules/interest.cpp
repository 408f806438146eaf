#include "models/rules/interest.h"

#include "models/domain/bankcalendar.h"
#include "models/rules/legaldata.h"

#include <QJsonObject>

namespace Fordran {

namespace {

Result<InterestConventions> parseConventions(const QJsonObject &o)
{
    InterestConventions c;
    const auto margin = Percentage::parse(o.value(u"margin_percent").toString());
    if (!margin)
        return Error(InterestCalculator::tr("margin_percent: %1").arg(margin.error().message));
    c.margin = margin.value();
    const int basis = o.value(u"day_basis").toInt(0);
    if (basis != 360 && basis != 365 && basis != 366)
        return Error(InterestCalculator::tr("day_basis: must be 360, 365 or 366"));
    c.dayBasis = basis;
    const QString start = o.value(u"start").toString();
    if (start == u"day_after_due")
        c.startDayAfterDue = true;
    else if (start == u"due_date")
        c.startDayAfterDue = false;
    else
        return Error(InterestCalculator::tr("start: must be 'day_after_due' or 'due_date'"));
    c.adjustDueToBankDay = o.value(u"adjust_due_to_bank_day").toBool(true);
    const int afterNotice = o.value(u"days_after_notice").toInt(-1);
    if (afterNotice < 0 || afterNotice > 365)
        return Error(
            InterestCalculator::tr("days_after_notice: must be a number of days from 0 to 365"));
    c.daysAfterNotice = afterNotice;
    const QString rounding = o.value(u"rounding").toString();
    if (rounding == u"half_away_from_zero")
        c.rounding = Rounding::HalfAwayFromZero;
    else if (rounding == u"half_even")
        c.rounding = Rounding::HalfEven;
    else
        return Error(
            InterestCalculator::tr("rounding: must be 'half_away_from_zero' or 'half_even'"));
    return c;
}

QDate endOfHalfYear(QDate day)
{
    return day.month() <= 6 ? QDate(day.year(), 6, 30) : QDate(day.year(), 12, 31);
}

} // namespace

Result<InterestConventions> InterestConventions::defaults()
{
    static const Result<InterestConventions> conventions = []() -> Result<InterestConventions> {
        const auto root = Internal::loadJsonResource(QStringLiteral(":/rules/interest.json"));
        if (!root)
            return root.error();
        return parseConventions(root.value());
    }();
    return conventions;
}

Result<InterestConventions> InterestConventions::fromJson(const QByteArray &json)
{
    const auto root
        = Internal::parseJsonObject(json, InterestCalculator::tr("the interest conventions"));
    if (!root)
        return root.error();
    return parseConventions(root.value());
}

InterestCalculator::InterestCalculator(ReferenceRateTable rates, InterestConventions conventions)
    : m_rates(std::move(rates))
    , m_conventions(conventions)
{
}

QDate InterestCalculator::firstInterestDay(QDate due) const
{
    QDate d = m_conventions.adjustDueToBankDay ? BankCalendar::nextBankDay(due) : due;
    return m_conventions.startDayAfterDue ? d.addDays(1) : d;
}

Result<InterestResult> InterestCalculator::compute(Money principal, QDate due, QDate to,
                                                   std::optional<Percentage> fixedRate,
                                                   std::optional<Percentage> margin) const
{
    return computeSchedule({PrincipalStep {due, principal}}, due, to, fixedRate, margin);
}

Result<InterestResult> InterestCalculator::computeSchedule(const QList<PrincipalStep> &steps,
                                                           QDate due, QDate to,
                                                           std::optional<Percentage> fixedRate,
                                                           std::optional<Percentage> margin) const
{
    if (!due.isValid())
        return Error(tr("the due date is not a valid date"), QStringLiteral("due"));
    if (!to.isValid())
        return Error(tr("the end date is not a valid date"), QStringLiteral("to"));
    if (m_conventions.adjustDueToBankDay) {
        const Status calendar = BankCalendar::status();
        if (!calendar)
            return calendar.error();
    }
    if (steps.isEmpty())
        return Error(tr("no principal given"), QStringLiteral("principal"));
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).principal.isNegative())
            return Error(tr("the principal must not be negative"), QStringLiteral("principal"));
        if (i > 0 && steps.at(i).from < steps.at(i - 1).from)
            return Error(tr("principal changes must be in date order"),
                         QStringLiteral("principal"));
    }
    if (fixedRate && (fixedRate->basisPoints() < 0 || fixedRate->basisPoints() > 100000))
        return Error(tr("the fixed rate %1 % is out of range").arg(fixedRate->toString()),
                     QStringLiteral("fixed_rate"));

    InterestResult result;
    result.principal = steps.first().principal;
    result.firstInterestDay = firstInterestDay(due);
    const Percentage usedMargin = margin.value_or(m_conventions.margin);

    QDate day = result.firstInterestDay;
    qsizetype stepIndex = 0;
    const auto principalOn = [&steps, &stepIndex](QDate d) {
        while (stepIndex + 1 < steps.size() && steps.at(stepIndex + 1).from <= d)
            ++stepIndex;
        return steps.at(stepIndex).principal;
    };
    while (day <= to) {
        QDate segmentEnd = std::min(endOfHalfYear(day), to);
        const Money principal = principalOn(day);
        // Split where the principal changes next.
        if (stepIndex + 1 < steps.size() && steps.at(stepIndex + 1).from <= segmentEnd)
            segmentEnd = steps.at(stepIndex + 1).from.addDays(-1);

        Percentage rate;
        if (fixedRate) {
            rate = *fixedRate;
        } else {
            const auto reference = m_rates.rateFor(day);
            if (!reference)
                return reference.error();
            rate = reference.value() + usedMargin;
            if (rate.basisPoints() < 0)
                rate = Percentage();
        }
        const int days = int(day.daysTo(segmentEnd)) + 1;
        const auto interest
            = principal.multiplied(qint64(rate.basisPoints()) * days,
                                   qint64(10000) * m_conventions.dayBasis, m_conventions.rounding);
        if (!interest)
            return Error(tr("the interest does not fit in an amount"), QStringLiteral("principal"));
        const auto total = result.total.checkedAdd(*interest);
        if (!total)
            return Error(tr("the interest does not fit in an amount"), QStringLiteral("principal"));
        result.total = *total;
        result.segments.append(InterestSegment {day, segmentEnd, days, rate, principal, *interest});
        day = segmentEnd.addDays(1);
    }
    return result;
}

} // namespace Fordran
