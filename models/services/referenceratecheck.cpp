#include "models/services/referenceratecheck.h"

#include "models/rules/referencerates.h"

namespace Fordran {

std::optional<QDate> ReferenceRateCheck::missingCurrentHalfYear(const ReferenceRateTable &table,
                                                                QDate today)
{
    if (!today.isValid() || table.rateFor(today))
        return std::nullopt;
    return ReferenceRateTable::halfYearStart(today);
}

QList<QDate> ReferenceRateCheck::missingHalfYears(const ReferenceRateTable &table, QDate today)
{
    QList<QDate> missing;
    if (!today.isValid())
        return missing;
    const QDate current = ReferenceRateTable::halfYearStart(today);
    QDate start = table.entries().isEmpty() ? current : table.entries().constFirst().validFrom;
    for (; start <= current; start = start.addMonths(6)) {
        if (!table.rateFor(start))
            missing.append(start);
    }
    return missing;
}

} // namespace Fordran
