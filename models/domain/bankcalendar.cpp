#include "models/domain/bankcalendar.h"

#include <QHash>
#include <QMutex>
#include <QSet>

namespace Fordran {

namespace {

// The holidays and non-bank eves of each year used so far, with a set for quick look-ups.
struct YearCache
{
    struct Year
    {
        QList<Holiday> holidays;
        QSet<QDate> dates;
    };

    QMutex mutex;
    QHash<int, Year> years;

    // Looked up or computed under the lock; the returned copy is shared (implicitly) and safe.
    Year year(int y)
    {
        QMutexLocker lock(&mutex);
        auto it = years.constFind(y);
        if (it == years.constEnd()) {
            Year entry;
            if (const auto &rules = HolidayRules::builtIn())
                entry.holidays = rules->holidaysOf(y);
            for (const Holiday &h : std::as_const(entry.holidays))
                entry.dates.insert(h.date);
            it = years.insert(y, entry);
        }
        return *it;
    }

    bool contains(QDate date)
    {
        if (date.year() < BankCalendar::FirstYear || date.year() > BankCalendar::LastYear)
            return false;
        QMutexLocker lock(&mutex);
        auto it = years.constFind(date.year());
        if (it != years.constEnd())
            return it->dates.contains(date);
        lock.unlock();
        return year(date.year()).dates.contains(date);
    }
};

YearCache &cache()
{
    static YearCache instance;
    return instance;
}

} // namespace

QDate BankCalendar::easterSunday(int year)
{
    return HolidayRules::easterSunday(year);
}

QList<Holiday> BankCalendar::holidays(int year)
{
    if (year < FirstYear || year > LastYear)
        return {};
    return cache().year(year).holidays;
}

Status BankCalendar::status()
{
    const auto &rules = HolidayRules::builtIn();
    if (!rules)
        return rules.error();
    return {};
}

bool BankCalendar::isBankDay(QDate date)
{
    if (!date.isValid())
        return false;
    if (date.dayOfWeek() >= 6)
        return false;
    return !cache().contains(date);
}

QDate BankCalendar::nextBankDay(QDate date)
{
    // At most a few days ahead (the longest run of non-bank days is five, e.g. 24–28 December).
    QDate d = date;
    while (d.isValid() && !isBankDay(d))
        d = d.addDays(1);
    return d;
}

QDate BankCalendar::addBankDays(QDate date, int n)
{
    if (!date.isValid() || n < 0 || n > MaxBankDays)
        return {};
    if (n == 0)
        return nextBankDay(date);
    QDate d = date;
    while (n > 0 && d.isValid()) {
        d = d.addDays(1);
        if (isBankDay(d))
            --n;
    }
    return d;
}

} // namespace Fordran
