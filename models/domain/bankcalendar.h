#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Fordran {

/*! A public holiday or another non-bank weekday of one year. */
struct Holiday
{
    QDate date;
    QString name;                //!< Swedish name, e.g. "långfredagen"
    bool isPublicHoliday = true; //!< false for midsommarafton, julafton and nyårsafton
};

/*!
 * The Swedish bank-day calendar (domain.md §9.6).
 *
 * Non-bank days are Saturdays, Sundays, the public holidays of lag (1989:253) om allmänna
 * helgdagar — with annandag pingst up to 2004 and nationaldagen from 2005 (SFS 2004:1320) —
 * plus midsommarafton, julafton and nyårsafton, which skuldebrevslagen 5 § and lag (1930:173) 2 §
 * treat like holidays for due dates and deadlines. Easter follows the Gregorian computus.
 *
 * All functions are static and thread-safe (years are computed on demand and cached). An
 * instance is an empty value that callers may pass around as "the calendar in use".
 */
class BankCalendar
{
    Q_DECLARE_TR_FUNCTIONS(BankCalendar)

public:
    static bool isBankDay(QDate date);
    /*! \a date itself if it is a bank day, else the next bank day. */
    static QDate nextBankDay(QDate date);
    /*! The \a n th bank day after \a date (n ≥ 1); n == 0 gives nextBankDay(date); n < 0 gives an invalid date. */
    static QDate addBankDays(QDate date, int n);
    /*! Holidays and other non-bank weekdays and Saturdays of \a year, in date order. */
    static QList<Holiday> holidays(int year);
    /*! Easter Sunday of \a year (Gregorian computus). */
    static QDate easterSunday(int year);
};

} // namespace Fordran
