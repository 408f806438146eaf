#include "models/rules/scoring.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace Fordran {

namespace {

int nonNegative(int value)
{
    return std::max(value, 0);
}

/*! Paid ÷ (paid + outstanding) in whole percent, rounded down; 0 when nothing was paid. */
int paidPercent(Money paid, Money outstanding)
{
    qint64 p = std::max<qint64>(paid.ore(), 0);
    qint64 o = std::max<qint64>(outstanding.ore(), 0);
    if (p == 0)
        return 0;
    constexpr qint64 half = std::numeric_limits<qint64>::max() / 2;
    if (p > half || o > half) {
        p /= 2;
        o /= 2;
    }
    const auto percent = Money::fromOre(p).multiplied(100, p + o, Rounding::TowardZero);
    return int(std::clamp<qint64>(percent.value_or(Money()).ore(), 0, 100));
}

} // namespace

int ScoreResult::pointsOf(QStringView factor) const
{
    for (const ScoreReason &r : reasons) {
        if (r.factor == factor)
            return r.points;
    }
    return 0;
}

ScoringModel::ScoringModel(ScoringConfig config)
    : m_config(std::move(config))
{}

QStringList ScoringModel::factorIds()
{
    return {u"base"_qs,
            u"days_past_due"_qs,
            u"amount"_qs,
            u"debtor_type"_qs,
            u"earlier_cases"_qs,
            u"earlier_cases_paid"_qs,
            u"earlier_cases_unpaid"_qs,
            u"broken_promises"_qs,
            u"phone"_qs,
            u"email"_qs,
            u"address"_qs,
            u"partial_payments"_qs,
            u"external_credit_score"_qs};
}

ScoreResult ScoringModel::score(const ScoringFacts &f) const
{
    const ScoringConfig &c = m_config;
    ScoreResult result;
    auto add = [&result](int points, const char16_t *factor, QString text) {
        result.reasons.append({points, QString::fromUtf16(factor), std::move(text)});
    };

    add(c.basePoints, u"base", tr("Starting points"));

    const int days = nonNegative(f.daysPastDue);
    add(c.daysPastDue.pointsFor(days), u"days_past_due",
        days == 0 ? tr("Not past due") : tr("%n day(s) past due", nullptr, days));

    const Money amount = Money::fromOre(std::max<qint64>(f.amount.ore(), 0));
    add(c.amountOre.pointsFor(amount.ore()), u"amount", tr("%1 outstanding").arg(amount.toString()));

    const bool business = f.debtorType == DebtorType::Business;
    add(business ? c.businessPoints : c.consumerPoints, u"debtor_type",
        business ? tr("Business debtor") : tr("Consumer debtor"));

    const int earlier = nonNegative(f.earlierCases);
    add(c.earlierCases.pointsFor(earlier), u"earlier_cases",
        earlier == 0 ? tr("No earlier cases with this debtor")
                     : tr("%n earlier case(s) with this debtor", nullptr, earlier));
    const int paidCases = nonNegative(f.earlierCasesPaid);
    add(c.earlierCasesPaid.pointsFor(paidCases), u"earlier_cases_paid",
        tr("%n earlier case(s) paid in full", nullptr, paidCases));
    const int unpaidCases = nonNegative(f.earlierCasesUnpaid);
    add(c.earlierCasesUnpaid.pointsFor(unpaidCases), u"earlier_cases_unpaid",
        tr("%n earlier case(s) ended unpaid", nullptr, unpaidCases));
    const int broken = nonNegative(f.brokenPromises);
    add(c.brokenPromises.pointsFor(broken), u"broken_promises",
        tr("%n broken payment promise(s)", nullptr, broken));

    add(f.hasPhone ? 0 : c.phoneMissingPoints, u"phone",
        f.hasPhone ? tr("Phone number known") : tr("No phone number"));
    add(f.hasEmail ? 0 : c.emailMissingPoints, u"email",
        f.hasEmail ? tr("E-mail address known") : tr("No e-mail address"));
    add(f.hasAddress ? 0 : c.addressMissingPoints, u"address",
        f.hasAddress ? tr("Postal address known") : tr("No postal address"));

    const int percent = paidPercent(f.partiallyPaid, amount);
    add(c.partialPaidPercent.pointsFor(percent), u"partial_payments",
        percent == 0 && !f.partiallyPaid.isPositive()
            ? tr("No partial payments")
            : tr("%1 % of the debt already paid (%2)").arg(percent).arg(f.partiallyPaid.toString()));

    if (f.externalCreditScore) {
        const int credit = std::clamp(*f.externalCreditScore, 0, 100);
        add(c.externalCreditScore.pointsFor(credit), u"external_credit_score",
            tr("External credit score %1 of 100").arg(credit));
    } else {
        add(c.externalMissingPoints, u"external_credit_score",
            tr("No external credit score in the client file"));
    }

    for (const ScoreReason &r : std::as_const(result.reasons))
        result.rawValue += r.points;
    result.value = std::clamp(result.rawValue, 0, 100);
    result.segment = segmentFor(result, false, std::nullopt, QDate());
    result.segmentReason = result.segment == Segment::Risk
                               ? tr("Score %1 is at or above the risk threshold %2")
                                     .arg(result.value)
                                     .arg(c.riskThreshold)
                               : tr("Score %1 is below the risk threshold %2")
                                     .arg(result.value)
                                     .arg(c.riskThreshold);
    return result;
}

Segment ScoringModel::segmentFor(const ScoreResult &result, bool onVipList,
                                 const std::optional<SegmentPin> &pin, QDate today) const
{
    if (pin && pin->isActiveOn(today))
        return pin->segment;
    if (onVipList)
        return Segment::Vip;
    return result.value >= m_config.riskThreshold ? Segment::Risk : Segment::Normal;
}

ScoreResult ScoringModel::assess(const ScoringFacts &facts, bool onVipList,
                                 const std::optional<SegmentPin> &pin, QDate today) const
{
    ScoreResult result = score(facts);
    result.segment = segmentFor(result, onVipList, pin, today);
    if (pin && pin->isActiveOn(today)) {
        result.pinned = true;
        result.pinReason = pin->reason;
        result.segmentReason = tr("Pinned to %1 until %2: %3")
                                   .arg(EntityText::displayName(pin->segment),
                                        pin->until.toString(Qt::ISODate), pin->reason);
    } else if (onVipList) {
        result.segmentReason = tr("On the client's VIP list");
    }
    return result;
}

} // namespace Fordran
