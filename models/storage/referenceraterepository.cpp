#include "models/storage/referenceraterepository.h"

namespace Fordran {

namespace {

// The columns of reference_rates, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("valid_from"), QStringLiteral("rate_bp"), QStringLiteral("entered_by"), QStringLiteral("entered_at"),
};
enum Column { ValidFrom, RateBp, EnteredBy, EnteredAt };

constexpr qint32 kLowestBasisPoints = -1000;
constexpr qint32 kHighestBasisPoints = 5000;

StoredReferenceRate read(const QSqlQuery &q)
{
    return {Sql::toDate(q.value(ValidFrom)), Percentage::fromBasisPoints(q.value(RateBp).toInt()),
            q.value(EnteredBy).toString(), Sql::toTimestamp(q.value(EnteredAt))};
}

} // namespace

ReferenceRateRepository::ReferenceRateRepository(Database &database)
    : m_statements(database)
{}

bool ReferenceRateRepository::isHalfYearStart(QDate date)
{
    return date.isValid() && date.day() == 1 && (date.month() == 1 || date.month() == 7);
}

Result<QList<StoredReferenceRate>> ReferenceRateRepository::list()
{
    static const QString sql = Sql::selectSql(QStringLiteral("reference_rates"), kColumns) + u" ORDER BY valid_from";
    return Sql::fetchAll(m_statements, sql, {}, read, tr("Cannot read the reference rates"));
}

Status ReferenceRateRepository::set(QDate validFrom, Percentage rate, const QString &enteredBy)
{
    if (!isHalfYearStart(validFrom))
        return Error(tr("A reference rate applies from 1 January or 1 July, not %1")
                         .arg(validFrom.isValid() ? validFrom.toString(Qt::ISODate) : tr("an invalid date")),
                     QStringLiteral("date"));
    if (rate.basisPoints() < kLowestBasisPoints || rate.basisPoints() > kHighestBasisPoints)
        return Error(tr("A reference rate of %1 % is not plausible").arg(rate.toString()), QStringLiteral("percent"));

    static const QString sql = Sql::insertSql(QStringLiteral("reference_rates"), kColumns)
                               + u" ON CONFLICT (valid_from) DO UPDATE SET rate_bp = excluded.rate_bp, "
                                 "entered_by = excluded.entered_by, entered_at = excluded.entered_at";
    const Result<int> stored = Sql::execute(m_statements, sql,
                                            {Sql::date(validFrom), rate.basisPoints(), Sql::text(enteredBy),
                                             Sql::timestamp(Sql::nowUtc())},
                                            tr("Cannot save the reference rate"));
    if (!stored)
        return stored.error();
    return {};
}

} // namespace Fordran
