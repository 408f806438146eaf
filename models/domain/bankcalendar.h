#pragma once

#include "models/domain/holidayrules.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace Fordran {

/*!
 * The Swedish bank-day calendar (domain.md §9.6).
 *
 * Non-bank days are Saturdays, Sundays, the public holidays of lag (1989:253) om allmänna
 * helgdagar — with annandag pingst up to 2004 and Sveriges nationaldag (6 June) from 2005
 * (SFS 2004:1320) — plus midsommarafton, julafton and nyårsafton, which skuldebrevslagen 5 § and
 * lag (1930:173) 2 § treat like holidays for due dates and deadlines. Easter follows the
 * Gregorian computus; midsommardagen is the Saturday 20–26 June and alla helgons dag the
 * Saturday 31 October–6 November. The days and their statutes are dated data:
 * resources/legal/holidays.json (HolidayRules).
 *
 * The rules are those in force since 1953 (when midsommardagen and alla helgons dag became
 * moving Saturdays); earlier years are computed by the same rules, which is not historically
 * exact. Outside FirstYear–LastYear only Saturdays and Sundays are non-bank days.
 *
 * All functions are static and thread-safe: the days of a year are computed on first use and
 * cached under a lock.
 */
class BankCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BankCalendar)

public:
    static constexpr int FirstYear = HolidayRules::FirstYear;
    static constexpr int LastYear = HolidayRules::LastYear;
    static constexpr int MaxBankDays
        = 100000; //!< the largest n addBankDays() accepts (≈ 400 years)

    static bool isBankDay(QDate date);
    /*! \a date itself if it is a bank day, else the next bank day; invalid for an invalid date. */
    static QDate nextBankDay(QDate date);
    /*!
     * The \a n th bank day after \a date: n = 1 is the first bank day after \a date (whatever
     * \a date itself is), and n = 0 gives nextBankDay(date). An invalid date for an invalid
     * \a date, n < 0 or n > MaxBankDays.
     */
    static QDate addBankDays(QDate date, int n);
    /*!
     * The public holidays of \a year that have a date of their own (Sundays as such are not
     * listed) plus midsommarafton, julafton and nyårsafton (isPublicHoliday false), in date
     * order. Empty outside FirstYear–LastYear.
     */
    static QList<Holiday> holidays(int year);
    /*! Easter Sunday of \a year (Gregorian computus); invalid outside FirstYear–LastYear. */
    static QDate easterSunday(int year);

    /*!
     * Whether the embedded holiday table loaded. It is part of the program, so a failure is a
     * broken build; the calendar then knows only Saturdays and Sundays, and this says why.
     */
    static Status status();
};

} // namespace Fordran
