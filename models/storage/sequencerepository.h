#pragma once

#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QString>

namespace Fordran {

class Database;

/*!
 * Running numbers kept in the table counters(name, value), such as case numbers per year.
 *
 * Safe across workstations: the counter row is incremented inside the caller's transaction (or
 * a transaction of its own), so on PostgreSQL the row lock makes a second workstation wait until
 * the first commits, and on SQLite the write lock does the same. A number taken in a transaction
 * that rolls back is given again; one that is committed never is. Keep transactions that take
 * numbers short, since they serialise on the counter.
 */
class SequenceRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SequenceRepository)

public:
    explicit SequenceRepository(Database &database);
    Q_DISABLE_COPY_MOVE(SequenceRepository)

    /*! The next value of counter \a name: 1 for a new counter. */
    Result<qint64> next(const QString &name);
    /*! Reserves \a count consecutive values and gives the first (bulk imports, demo data). */
    Result<qint64> reserve(const QString &name, qint64 count);

    /*! The next case number of \a year: "2026-000001", "2026-000002", … (counter "case_no/2026"). */
    Result<QString> nextCaseNumber(int year);
    /*!
     * Reserves \a count consecutive case numbers of \a year (the counter nextCaseNumber() takes
     * from) and gives the first running number: format them with formatCaseNumber().
     */
    Result<qint64> reserveCaseNumbers(int year, qint64 count);
    /*! The counter of the case numbers of \a year: "case_no/2026". */
    static QString caseNumberCounter(int year);
    /*! "YYYY-NNNNNN": the year and the running number, at least six digits. */
    static QString formatCaseNumber(int year, qint64 number);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
