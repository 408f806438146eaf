#include "models/domain/bankcalendar.h"

#include <QHash>
#include <QMutex>
#include <QSet>

#include <algorithm>

namespace Fordran {

namespace {

// The day in [first, last] of a month that falls on a given weekday (1 = Monday … 7 = Sunday).
QDate weekdayBetween(int year, int month, int firstDay, int dayOfWeek)
{
    QDate d(year, month, firstDay);
    while (d.dayOfWeek() != dayOfWeek)
        d = d.addDays(1);
    return d;
}

QList<Holiday> computeHolidays(int year)
{
    QList<Holiday> list;
    const auto add = [&list](QDate date, const char *name, bool isPublic) {
        list.append(Holiday{date, QString::fromUtf8(name), isPublic});
    };
    const QDate easter = BankCalendar::easterSunday(year);

    add(QDate(year, 1, 1), "nyårsdagen", true);
    add(QDate(year, 1, 6), "trettondedag jul", true);
    add(easter.addDays(-2), "långfredagen", true);
    add(easter, "påskdagen", true);
    add(easter.addDays(1), "annandag påsk", true);
    add(QDate(year, 5, 1), "första maj", true);
    add(easter.addDays(39), "Kristi himmelsfärdsdag", true);
    add(easter.addDays(49), "pingstdagen", true);
    if (year <= 2004)
        add(easter.addDays(50), "annandag pingst", true); // no longer a holiday from 2005 (SFS 2004:1320)
    else
        add(QDate(year, 6, 6), "Sveriges nationaldag", true); // a holiday from 2005 (SFS 2004:1320)
    const QDate midsommardagen = weekdayBetween(year, 6, 20, 6);
    add(midsommardagen.addDays(-1), "midsommarafton", false);
    add(midsommardagen, "midsommardagen", true);
    // Alla helgons dag: the Saturday between 31 October and 6 November.
    add(QDate(year, 10, 31).dayOfWeek() == 6 ? QDate(year, 10, 31) : weekdayBetween(year, 11, 1, 6),
        "alla helgons dag", true);
    add(QDate(year, 12, 24), "julafton", false);
    add(QDate(year, 12, 25), "juldagen", true);
    add(QDate(year, 12, 26), "annandag jul", true);
    add(QDate(year, 12, 31), "nyårsafton", false);

    std::sort(list.begin(), list.end(), [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

struct YearCache
{
    QMutex mutex;
    QHash<int, QSet<QDate>> nonBankDays;

    bool contains(QDate date)
    {
        QMutexLocker lock(&mutex);
        auto it = nonBankDays.constFind(date.year());
        if (it == nonBankDays.constEnd()) {
            QSet<QDate> days;
            for (const Holiday &h : computeHolidays(date.year()))
                days.insert(h.date);
            it = nonBankDays.insert(date.year(), days);
        }
        return it->contains(date);
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
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<Holiday> BankCalendar::holidays(int year)
{
    return computeHolidays(year);
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
    if (!date.isValid())
        return {};
    QDate d = date;
    while (!isBankDay(d))
        d = d.addDays(1);
    return d;
}

QDate BankCalendar::addBankDays(QDate date, int n)
{
    if (!date.isValid() || n < 0)
        return {};
    if (n == 0)
        return nextBankDay(date);
    QDate d = date;
    while (n > 0) {
        d = d.addDays(1);
        if (isBankDay(d))
            --n;
    }
    return d;
}

} // namespace Fordran
