#pragma once

#include "models/domain/money.h"
#include "models/domain/percentage.h"
#include "models/domain/result.h"
#include "models/rules/referencerates.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace Fordran {

/*!
 * How late interest is counted (cli.md `interest`, domain.md §4). Documented defaults live in
 * resources/rules/interest.json; each is a setting, not a literal in code.
 */
struct InterestConventions
{
    Percentage margin = Percentage::fromPercent(8); //!< over the reference rate (räntelagen 6 §)
    int dayBasis = 365; //!< simple interest, actual/dayBasis
    bool startDayAfterDue = true; //!< first interest day is the day after the due date
    bool adjustDueToBankDay = true; //!< a due date on a non-bank day moves forward
    Rounding rounding = Rounding::HalfAwayFromZero; //!< per segment, to whole öre
    int daysAfterNotice = 30; //!< räntelagen 4 §: start without a fixed due date

    /*! The built-in conventions from resources/rules/interest.json. */
    static Result<InterestConventions> defaults();
    static Result<InterestConventions> fromJson(const QByteArray &json);
};

/*! One stretch of days with a single rate and principal. */
struct InterestSegment
{
    QDate from;
    QDate to; //!< inclusive
    int days = 0;
    Percentage rate;
    Money principal;
    Money interest;
};

struct InterestResult
{
    Money principal; //!< the principal at the start
    Money total; //!< sum of the rounded segments
    QDate firstInterestDay;
    QList<InterestSegment> segments;
};

/*! A change of the principal from a date on (a payment reduces it from its booking date). */
struct PrincipalStep
{
    QDate from;
    Money principal;
};

/*!
 * Late interest (dröjsmålsränta) on a principal. The calculator only ever takes a principal:
 * there is no way to compute interest on fees or on interest (domain.md §4.3, §13 item 14).
 *
 * The period after the (bank-day adjusted) due date up to and including \a to is split at every
 * 1 January and 1 July; each segment is principal × rate × days / dayBasis rounded to whole öre;
 * the total is the sum of the rounded segments. The rate is the reference rate of the segment's
 * half-year + margin (a sum below zero counts as 0 %), or a fixed yearly rate (0–1000 %). A
 * half-year with no reference rate is an Error naming the first such half-year; no partial
 * result is returned. If \a to is before the first interest day the interest is zero with no
 * segments. An amount that does not fit in Money is an Error, never a wrapped sum.
 */
class InterestCalculator
{
    Q_DECLARE_TR_FUNCTIONS(InterestCalculator)

public:
    InterestCalculator(ReferenceRateTable rates, InterestConventions conventions);

    /*! The first day interest accrues for a claim due on \a due. */
    QDate firstInterestDay(QDate due) const;

    Result<InterestResult> compute(Money principal, QDate due, QDate to,
                                   std::optional<Percentage> fixedRate = std::nullopt,
                                   std::optional<Percentage> margin = std::nullopt) const;

    /*!
     * Interest on a principal that changes over time: \a steps in date order, the first one
     * giving the principal at the due date. A step's principal applies from its date on, so a
     * payment booked on a day stops the interest on the paid part from that day (the booking
     * day itself bears interest only on what is left). Segments also split at every step.
     * An Error for no steps, steps out of order or a negative principal.
     */
    Result<InterestResult> computeSchedule(const QList<PrincipalStep> &steps, QDate due, QDate to,
                                           std::optional<Percentage> fixedRate = std::nullopt,
                                           std::optional<Percentage> margin = std::nullopt) const;

    const ReferenceRateTable &rates() const { return m_rates; }
    const InterestConventions &conventions() const { return m_conventions; }

private:
    ReferenceRateTable m_rates;
    InterestConventions m_conventions;
};

} // namespace Fordran
