#pragma once

#include <QDate>
#include <QList>

#include <optional>

namespace Fordran {

class ReferenceRateTable;

/*!
 * Which half-years a reference-rate table lacks, as of a day.
 *
 * Interest is never computed on a guessed rate (räntelagen 9 §: the Riksbank fixes the rate for
 * each half-year), so the GUI asks at start-up whether the half-year of today has a rate, and
 * the reference-rate dialog highlights every half-year without one.
 *
 * \a table is the table in use: the built-in one extended by the rates entered in the database
 * (ReferenceRateService::table()). An invalid \a today finds nothing missing.
 */
class ReferenceRateCheck final
{
public:
    /*! The start of the half-year containing \a today (1 January or 1 July) when \a table has
        no rate for it; std::nullopt when it has one. */
    static std::optional<QDate> missingCurrentHalfYear(const ReferenceRateTable &table,
                                                       QDate today);

    /*! Every half-year from the first one in \a table through the one containing \a today
        that has no rate, oldest first. An empty table has nothing to start from: only
        today's half-year is reported. */
    static QList<QDate> missingHalfYears(const ReferenceRateTable &table, QDate today);
};

} // namespace Fordran
