#pragma once

#include "models/domain/percentage.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>

namespace Fordran {

class Database;

/*! A reference rate entered by a user (räntelagen 9 §): valid from 1 January or 1 July. */
struct StoredReferenceRate
{
    QDate validFrom;
    Percentage rate;
    QString enteredBy;
    QDateTime enteredAt;
};

/*!
 * Reference rates entered by users. They are kept in the database so every workstation sees them,
 * and extend (or, for the same half-year, override) the built-in dated table.
 */
class ReferenceRateRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRateRepository)

public:
    explicit ReferenceRateRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ReferenceRateRepository)

    /*! Every entered rate, oldest first. */
    Result<QList<StoredReferenceRate>> list();

    /*!
     * Stores (or replaces) the rate of the half-year starting \a validFrom, which must be
     * 1 January or 1 July. Rates outside −10.00 … 50.00 % are refused as typing mistakes.
     */
    Status set(QDate validFrom, Percentage rate, const QString &enteredBy);

    /*! Whether \a date starts a half-year (1 January or 1 July). */
    static bool isHalfYearStart(QDate date);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
