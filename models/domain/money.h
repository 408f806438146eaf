#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>
#include <optional>
#include <stdexcept>

namespace Fordran {

/*! Thrown by Money's operators when a result would not fit: never a wrong amount. */
class MoneyOverflow : public std::overflow_error
{
public:
    MoneyOverflow()
        : std::overflow_error("Money overflow")
    {}
};

/*! How Money::multiplied rounds a result that falls between two öre. */
enum class Rounding {
    HalfAwayFromZero, //!< 0.5 öre → 1 öre, −0.5 öre → −1 öre (the convention for interest)
    HalfEven,         //!< banker's rounding
    TowardZero,       //!< truncate
};

/*!
 * An amount in Swedish kronor, held as integer öre. No floating point anywhere.
 *
 * Construction is explicit: Money::fromOre(150), Money::fromKronor(12), Money::parse(u"1 234,50").
 * Addition and subtraction throw MoneyOverflow rather than wrap; checkedAdd() and
 * checkedSubtract() return nothing instead. Formatting is Swedish: "1 234,50 kr", with a
 * no-break space (U+00A0) as thousands separator and before "kr".
 */
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    /*! The largest amount parse() accepts: 999 999 999 999,99 kr. Sums of many such amounts still fit. */
    static constexpr qint64 MaxParsedOre = 99'999'999'999'999LL;

    constexpr Money() = default;

    static constexpr Money fromOre(qint64 ore) { return Money(ore); }
    /*! Whole kronor; nothing if kronor × 100 would overflow. */
    static std::optional<Money> fromKronor(qint64 kronor);

    /*!
     * Parses "1234", "1234.50", "1234,50", "1 234,50", "1 234,50 kr", with an optional leading
     * minus sign. At most two decimals; spaces (also no-break and narrow no-break) only as
     * thousands separators between groups of three digits. Anything else, or an amount above
     * MaxParsedOre, is an Error naming what is wrong.
     */
    static Result<Money> parse(QStringView text);

    constexpr qint64 ore() const { return m_ore; }
    constexpr bool isZero() const { return m_ore == 0; }
    constexpr bool isNegative() const { return m_ore < 0; }
    constexpr bool isPositive() const { return m_ore > 0; }

    /*! "1 234,50 kr" (Swedish, no-break spaces). */
    QString toString() const;
    /*! "1 234,50" without the currency. */
    QString toNumberString() const;
    /*! "1234.50": plain, for files and machine-readable output. */
    QString toPlainString() const;

    /*!
     * This amount × numerator / denominator, rounded to whole öre with \a rounding.
     * The intermediate product is exact (128-bit); nothing if the denominator is zero or the
     * result does not fit in qint64. Interest is principal.multiplied(bp × days, 10000 × 365).
     */
    std::optional<Money> multiplied(qint64 numerator, qint64 denominator,
                                    Rounding rounding = Rounding::HalfAwayFromZero) const;

    std::optional<Money> checkedAdd(Money other) const;
    std::optional<Money> checkedSubtract(Money other) const;

    Money operator+(Money other) const;
    Money operator-(Money other) const;
    Money operator-() const;
    Money &operator+=(Money other);
    Money &operator-=(Money other);

    constexpr auto operator<=>(const Money &) const = default;
    constexpr bool operator==(const Money &) const = default;

    static constexpr Money min(Money a, Money b) { return a < b ? a : b; }
    static constexpr Money max(Money a, Money b) { return a < b ? b : a; }

private:
    constexpr explicit Money(qint64 ore)
        : m_ore(ore)
    {}

    qint64 m_ore = 0;
};

} // namespace Fordran

Q_DECLARE_METATYPE(Fordran::Money)
