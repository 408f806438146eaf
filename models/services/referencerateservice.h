#pragma once

#include "models/domain/percentage.h"
#include "models/domain/result.h"
#include "models/rules/referencerates.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Fordran {

class Database;

/*!
 * The reference rates in use on one database: the built-in table extended by the rates users
 * entered (stored in the database, so every workstation sees them).
 *
 * The Database must outlive the service.
 */
class ReferenceRateService final
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRateService)

public:
    explicit ReferenceRateService(Database &database);
    Q_DISABLE_COPY_MOVE(ReferenceRateService)

    /*! The built-in table extended by the entered rates; entered rates for a half-year the
        built-in table has are in conflicts(). An Error if either cannot be read. */
    Result<ReferenceRateTable> table();

    /*!
     * Stores \a rate for the half-year starting \a validFrom, entered by \a enteredBy, in one
     * UnitOfWork; an entered rate for the same half-year is replaced. Refused with an Error
     * (field "valid_from") when \a validFrom is not 1 January or 1 July, or when the built-in
     * table already has a confirmed rate for that half-year; the repository refuses rates
     * outside −10.00 … 50.00 %. Nothing is stored on an Error.
     */
    Status enter(QDate validFrom, Percentage rate, const QString &enteredBy);

    /*! Why \a validFrom cannot take an entered rate (not a half-year start, or built in);
        an empty Status when it can. Does not read the database. */
    static Status checkEnterable(QDate validFrom);

private:
    Database &m_database;
};

} // namespace Fordran
