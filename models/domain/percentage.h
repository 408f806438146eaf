#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringView>

#include <compare>

namespace Fordran {

/*!
 * A yearly rate in hundredths of a percent (basis points): 10.00 % is 1000, −0.50 % is −50.
 * Exact, so rates can be added (reference rate + 8 pp) and printed ("10.00") without floating
 * point. Interest is Money::multiplied(rate.basisPoints() × days, 10000 × daysInYear).
 */
class Percentage
{
    Q_DECLARE_TR_FUNCTIONS(Percentage)

public:
    constexpr Percentage() = default;
    static constexpr Percentage fromBasisPoints(qint32 bp) { return Percentage(bp); }
    static constexpr Percentage fromPercent(qint32 whole) { return Percentage(whole * 100); }

    /*! "8", "8.5", "10.00", "-0.50", "12,5", optionally followed by "%". At most two decimals. */
    static Result<Percentage> parse(QStringView text);

    constexpr qint32 basisPoints() const { return m_bp; }
    /*! "10.00" — always two decimals, '.' as decimal mark (the CLI and file format). */
    QString toString() const;

    constexpr Percentage operator+(Percentage o) const { return Percentage(m_bp + o.m_bp); }
    constexpr Percentage operator-(Percentage o) const { return Percentage(m_bp - o.m_bp); }
    constexpr auto operator<=>(const Percentage &) const = default;
    constexpr bool operator==(const Percentage &) const = default;

private:
    constexpr explicit Percentage(qint32 bp)
        : m_bp(bp)
    {}
    qint32 m_bp = 0;
};

} // namespace Fordran

Q_DECLARE_METATYPE(Fordran::Percentage)
