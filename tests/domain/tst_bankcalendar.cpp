#include "models/domain/bankcalendar.h"

#include <QRandomGenerator>
#include <QTest>

#include <thread>
#include <vector>

using Fordran::BankCalendar;
using Fordran::Holiday;

namespace {

// Easter Sunday by Knuth's formulation of the Gregorian computus (TAOCP vol. 1, 1.3.2 ex. 14):
// golden number, century corrections and epact, independent of the Meeus algorithm under test.
QDate knuthEaster(int y)
{
    const int g = y % 19 + 1;
    const int c = y / 100 + 1;
    const int x = 3 * c / 4 - 12;
    const int z = (8 * c + 5) / 25 - 5;
    const int d = 5 * y / 4 - x - 10;
    int e = (11 * g + 20 + z - x) % 30;
    if ((e == 25 && g > 11) || e == 24)
        ++e;
    int n = 44 - e;
    if (n < 21)
        n += 30;
    n = n + 7 - (d + n) % 7;
    return n > 31 ? QDate(y, 4, n - 31) : QDate(y, 3, n);
}

// Bank days in (from, to], counted day by day from the §9.6 rule for weekdays.
int bankDaysBetween(QDate from, QDate to)
{
    int count = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        count += BankCalendar::isBankDay(d) ? 1 : 0;
    return count;
}

QStringList describe(const QList<Holiday> &list)
{
    QStringList out;
    for (const Holiday &h : list)
        out << QStringLiteral("%1 %2%3").arg(h.date.toString(Qt::ISODate), h.name,
                                             h.isPublicHoliday ? QString() : u" (eve)"_qs);
    return out;
}

} // namespace

class TestBankCalendar final : public QObject
{
    Q_OBJECT

private slots:
    void tableLoads()
    {
        const auto status = BankCalendar::status();
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }

    // The weekday non-bank days of domain.md §9.6, year by year.
    void weekdayNonBankDays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2025") << 2025
                              << QStringList {u"2025-01-01"_qs, u"2025-01-06"_qs, u"2025-04-18"_qs,
                                              u"2025-04-21"_qs, u"2025-05-01"_qs, u"2025-05-29"_qs,
                                              u"2025-06-06"_qs, u"2025-06-20"_qs, u"2025-12-24"_qs,
                                              u"2025-12-25"_qs, u"2025-12-26"_qs, u"2025-12-31"_qs};
        QTest::newRow("2026") << 2026
                              << QStringList {u"2026-01-01"_qs, u"2026-01-06"_qs, u"2026-04-03"_qs,
                                              u"2026-04-06"_qs, u"2026-05-01"_qs, u"2026-05-14"_qs,
                                              u"2026-06-19"_qs, u"2026-12-24"_qs, u"2026-12-25"_qs,
                                              u"2026-12-31"_qs};
        QTest::newRow("2027") << 2027
                              << QStringList {u"2027-01-01"_qs, u"2027-01-06"_qs, u"2027-03-26"_qs,
                                              u"2027-03-29"_qs, u"2027-05-06"_qs, u"2027-06-25"_qs,
                                              u"2027-12-24"_qs, u"2027-12-31"_qs};
    }

    void weekdayNonBankDays()
    {
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        QStringList actual;
        for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
            if (d.dayOfWeek() <= 5 && !BankCalendar::isBankDay(d))
                actual << d.toString(Qt::ISODate);
        }
        QCOMPARE(actual, expected);
    }

    // Every day of 2025 and of 2004 (before SFS 2004:1320) with its name and kind.
    void holidayList_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2025") << 2025
                              << QStringList {u"2025-01-01 nyårsdagen"_qs,
                                              u"2025-01-06 trettondedag jul"_qs,
                                              u"2025-04-18 långfredagen"_qs,
                                              u"2025-04-20 påskdagen"_qs,
                                              u"2025-04-21 annandag påsk"_qs,
                                              u"2025-05-01 första maj"_qs,
                                              u"2025-05-29 Kristi himmelsfärdsdag"_qs,
                                              u"2025-06-06 Sveriges nationaldag"_qs,
                                              u"2025-06-08 pingstdagen"_qs,
                                              u"2025-06-20 midsommarafton (eve)"_qs,
                                              u"2025-06-21 midsommardagen"_qs,
                                              u"2025-11-01 alla helgons dag"_qs,
                                              u"2025-12-24 julafton (eve)"_qs,
                                              u"2025-12-25 juldagen"_qs,
                                              u"2025-12-26 annandag jul"_qs,
                                              u"2025-12-31 nyårsafton (eve)"_qs};
        QTest::newRow("2004-annandag-pingst-no-nationaldag")
            << 2004
            << QStringList {u"2004-01-01 nyårsdagen"_qs,
                            u"2004-01-06 trettondedag jul"_qs,
                            u"2004-04-09 långfredagen"_qs,
                            u"2004-04-11 påskdagen"_qs,
                            u"2004-04-12 annandag påsk"_qs,
                            u"2004-05-01 första maj"_qs,
                            u"2004-05-20 Kristi himmelsfärdsdag"_qs,
                            u"2004-05-30 pingstdagen"_qs,
                            u"2004-05-31 annandag pingst"_qs,
                            u"2004-06-25 midsommarafton (eve)"_qs,
                            u"2004-06-26 midsommardagen"_qs,
                            u"2004-11-06 alla helgons dag"_qs,
                            u"2004-12-24 julafton (eve)"_qs,
                            u"2004-12-25 juldagen"_qs,
                            u"2004-12-26 annandag jul"_qs,
                            u"2004-12-31 nyårsafton (eve)"_qs};
    }

    void holidayList()
    {
        QFETCH(int, year);
        QFETCH(QStringList, expected);
        const QList<Holiday> list = BankCalendar::holidays(year);
        QCOMPARE(describe(list), expected);
        for (const Holiday &h : list)
            QVERIFY2(!h.statute.isEmpty(), qPrintable(h.name));
    }

    // Published Gregorian Easter dates, 2000–2040 and outliers (earliest 22 March, latest 25
    // April).
    void easter_data()
    {
        QTest::addColumn<QDate>("easter");
        const QString published
            = u"2000-04-23 2001-04-15 2002-03-31 2003-04-20 2004-04-11 2005-03-27 2006-04-16 "
              "2007-04-08 2008-03-23 2009-04-12 2010-04-04 2011-04-24 2012-04-08 2013-03-31 "
              "2014-04-20 2015-04-05 2016-03-27 2017-04-16 2018-04-01 2019-04-21 2020-04-12 "
              "2021-04-04 2022-04-17 2023-04-09 2024-03-31 2025-04-20 2026-04-05 2027-03-28 "
              "2028-04-16 2029-04-01 2030-04-21 2031-04-13 2032-03-28 2033-04-17 2034-04-09 "
              "2035-03-25 2036-04-13 2037-04-05 2038-04-25 2039-04-10 2040-04-01 "
              "1583-04-10 1700-04-11 1818-03-22 1943-04-25 1961-04-02 1981-04-19 2285-03-22 "
              "2399-03-28 3000-04-13"_qs;
        for (const QString &text : published.split(u' ')) {
            const QDate d = QDate::fromString(text, Qt::ISODate);
            QTest::newRow(qPrintable(text)) << d;
        }
    }

    void easter()
    {
        QFETCH(QDate, easter);
        QCOMPARE(BankCalendar::easterSunday(easter.year()), easter);
        QCOMPARE(easter.dayOfWeek(), 7);
    }

    // The Meeus algorithm agrees with Knuth's epact-based formulation for every supported year.
    void easterAgreesWithIndependentComputus()
    {
        for (int y = BankCalendar::FirstYear; y <= BankCalendar::LastYear; ++y) {
            const QDate e = BankCalendar::easterSunday(y);
            if (e != knuthEaster(y))
                QFAIL(qPrintable(
                    QStringLiteral("%1: %2 vs %3")
                        .arg(y)
                        .arg(e.toString(Qt::ISODate), knuthEaster(y).toString(Qt::ISODate))));
            QVERIFY(e >= QDate(y, 3, 22) && e <= QDate(y, 4, 25));
        }
    }

    void holidayRules_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("bankDay");
        QTest::newRow("annandag-pingst-2004-holiday") << QDate(2004, 5, 31) << false;
        QTest::newRow("annandag-pingst-2005-workday") << QDate(2005, 5, 16) << true;
        QTest::newRow("annandag-pingst-1990-holiday") << QDate(1990, 6, 4) << false;
        QTest::newRow("nationaldag-2004-workday") << QDate(2004, 6, 7) << true;
        QTest::newRow("nationaldag-2003-workday-friday") << QDate(2003, 6, 6) << true;
        QTest::newRow("nationaldag-2005-holiday-monday") << QDate(2005, 6, 6) << false;
        QTest::newRow("skartorsdag-workday") << QDate(2025, 4, 17) << true;
        QTest::newRow("day-after-ascension-workday") << QDate(2025, 5, 30) << true;
        QTest::newRow("plain-tuesday") << QDate(2026, 11, 24) << true;
        QTest::newRow("saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("sunday") << QDate(2026, 11, 29) << false;
        QTest::newRow("invalid") << QDate() << false;
        QTest::newRow("before-range-weekday")
            << QDate(1500, 1, 1) << true; // only weekends outside the range
    }

    void holidayRules()
    {
        QFETCH(QDate, date);
        QFETCH(bool, bankDay);
        QCOMPARE(BankCalendar::isBankDay(date), bankDay);
    }

    // midsommardagen: the Saturday 20–26 June; alla helgons dag: the Saturday 31 Oct–6 Nov.
    void movingSaturdays_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QDate>("date");
        QTest::newRow("midsommar-earliest-2026") << u"midsommardagen"_qs << QDate(2026, 6, 20);
        QTest::newRow("midsommar-latest-2021") << u"midsommardagen"_qs << QDate(2021, 6, 26);
        QTest::newRow("midsommarafton-earliest-2026") << u"midsommarafton"_qs << QDate(2026, 6, 19);
        QTest::newRow("midsommarafton-latest-2021") << u"midsommarafton"_qs << QDate(2021, 6, 25);
        QTest::newRow("alla-helgon-earliest-2026") << u"alla helgons dag"_qs << QDate(2026, 10, 31);
        QTest::newRow("alla-helgon-latest-2021") << u"alla helgons dag"_qs << QDate(2021, 11, 6);
        QTest::newRow("alla-helgon-2025") << u"alla helgons dag"_qs << QDate(2025, 11, 1);
    }

    void movingSaturdays()
    {
        QFETCH(QString, name);
        QFETCH(QDate, date);
        const auto list = BankCalendar::holidays(date.year());
        const auto it = std::find_if(list.cbegin(), list.cend(),
                                     [&name](const Holiday &h) { return h.name == name; });
        QVERIFY(it != list.cend());
        QCOMPARE(it->date, date);
    }

    // Over many years: exactly the listed days and the weekends are non-bank days, moving Saturdays
    // stay in their windows, and the eves are the only days that are not public holidays.
    void listAndBankDaysAgree()
    {
        for (int year = 1953; year <= 2100; ++year) {
            const QList<Holiday> list = BankCalendar::holidays(year);
            QCOMPARE(list.size(), 16);
            QSet<QDate> listed;
            for (const Holiday &h : list) {
                listed.insert(h.date);
                QCOMPARE(h.date.year(), year);
                QVERIFY(!BankCalendar::isBankDay(h.date));
                const bool eve = h.name == u"midsommarafton"_qs || h.name == u"julafton"_qs
                    || h.name == u"nyårsafton"_qs;
                QCOMPARE(h.isPublicHoliday, !eve);
                if (h.name == u"midsommardagen"_qs || h.name == u"alla helgons dag"_qs)
                    QCOMPARE(h.date.dayOfWeek(), 6);
                if (h.name == u"midsommarafton"_qs)
                    QCOMPARE(h.date.dayOfWeek(), 5);
                if (h.name == u"Kristi himmelsfärdsdag"_qs)
                    QCOMPARE(h.date.dayOfWeek(), 4);
                if (h.name == u"pingstdagen"_qs || h.name == u"påskdagen"_qs)
                    QCOMPARE(h.date.dayOfWeek(), 7);
            }
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                QCOMPARE(BankCalendar::isBankDay(d), d.dayOfWeek() <= 5 && !listed.contains(d));
        }
    }

    void nextBankDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("next");
        QTest::newRow("bank-day-itself") << QDate(2025, 6, 23) << QDate(2025, 6, 23);
        QTest::newRow("midsummer-eve") << QDate(2025, 6, 20) << QDate(2025, 6, 23);
        QTest::newRow("easter-friday") << QDate(2026, 4, 3) << QDate(2026, 4, 7);
        QTest::newRow("easter-saturday") << QDate(2025, 4, 19) << QDate(2025, 4, 22);
        QTest::newRow("christmas-eve-2026") << QDate(2026, 12, 24) << QDate(2026, 12, 28);
        QTest::newRow("christmas-eve-2025-five-days") << QDate(2025, 12, 24) << QDate(2025, 12, 29);
        QTest::newRow("new-years-eve-2026") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
        QTest::newRow("ascension-2025") << QDate(2025, 5, 29) << QDate(2025, 5, 30);
        QTest::newRow("last-supported-day") << QDate(9999, 12, 31) << QDate(10000, 1, 3);
        QTest::newRow("invalid") << QDate() << QDate();
    }

    void nextBankDay()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, next);
        QCOMPARE(BankCalendar::nextBankDay(date), next);
    }

    void addBankDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("n");
        QTest::addColumn<QDate>("result");
        QTest::newRow("zero-is-next") << QDate(2025, 6, 21) << 0 << QDate(2025, 6, 23);
        QTest::newRow("zero-on-bank-day") << QDate(2025, 6, 23) << 0 << QDate(2025, 6, 23);
        QTest::newRow("one-over-weekend") << QDate(2025, 6, 19) << 1 << QDate(2025, 6, 23);
        QTest::newRow("one-from-holiday") << QDate(2025, 6, 20) << 1 << QDate(2025, 6, 23);
        QTest::newRow("four-over-easter") << QDate(2026, 4, 1) << 4 << QDate(2026, 4, 9);
        QTest::newRow("five-over-christmas") << QDate(2025, 12, 22) << 5 << QDate(2026, 1, 5);
        QTest::newRow("ten-over-new-year-2027") << QDate(2026, 12, 18) << 10 << QDate(2027, 1, 8);
        QTest::newRow("negative-invalid") << QDate(2025, 1, 1) << -1 << QDate();
        QTest::newRow("too-many-invalid")
            << QDate(2025, 1, 1) << BankCalendar::MaxBankDays + 1 << QDate();
        QTest::newRow("invalid-date") << QDate() << 3 << QDate();
    }

    void addBankDays()
    {
        QFETCH(QDate, date);
        QFETCH(int, n);
        QFETCH(QDate, result);
        QCOMPARE(BankCalendar::addBankDays(date, n), result);
    }

    void outOfRange()
    {
        QVERIFY(BankCalendar::holidays(0).isEmpty());
        QVERIFY(BankCalendar::holidays(-400).isEmpty());
        QVERIFY(BankCalendar::holidays(BankCalendar::FirstYear - 1).isEmpty());
        QVERIFY(BankCalendar::holidays(BankCalendar::LastYear + 1).isEmpty());
        QVERIFY(!BankCalendar::holidays(BankCalendar::FirstYear).isEmpty());
        QVERIFY(!BankCalendar::easterSunday(0).isValid());
        QVERIFY(!BankCalendar::easterSunday(1582).isValid());
        QVERIFY(!BankCalendar::easterSunday(std::numeric_limits<int>::min()).isValid());
        // The largest n finishes and lands about 400 years later.
        const QDate far = BankCalendar::addBankDays(QDate(2025, 1, 1), BankCalendar::MaxBankDays);
        QVERIFY(BankCalendar::isBankDay(far));
        QVERIFY(far.year() > 2400 && far.year() < 2430);
    }

    // Properties over random dates: nextBankDay is the first bank day ≥ the input; addBankDays
    // passes exactly n bank days and is strictly increasing in n.
    void properties()
    {
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 3000; ++i) {
            const QDate d = QDate(1960, 1, 1).addDays(rng.bounded(40000));
            const QDate next = BankCalendar::nextBankDay(d);
            QVERIFY(BankCalendar::isBankDay(next));
            QVERIFY(next >= d);
            QVERIFY(d.daysTo(next) <= 5);
            QCOMPARE(bankDaysBetween(d.addDays(-1), next.addDays(-1)), 0);
            const int n = rng.bounded(1, 40);
            const QDate a = BankCalendar::addBankDays(d, n);
            QVERIFY(BankCalendar::isBankDay(a));
            QCOMPARE(bankDaysBetween(d, a), n);
            QVERIFY(a > BankCalendar::addBankDays(d, n - 1) || (n == 1 && a == next && next > d));
            QVERIFY(a > d);
            QCOMPARE(BankCalendar::addBankDays(d, 0), next);
        }
    }

    // Several threads filling the year cache at once get the same answers as one thread.
    void threadSafe()
    {
        const QDate start(2200, 1, 1); // years no other test has touched
        constexpr int Days = 366 * 40;
        std::vector<std::thread> threads;
        int mismatches = 0;
        std::vector<QList<bool>> seen(4);
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&seen, &start, t] {
                for (int i = 0; i < Days; ++i)
                    seen[std::size_t(t)].append(
                        BankCalendar::isBankDay(start.addDays(t % 2 ? Days - 1 - i : i)));
            });
        }
        for (auto &th : threads)
            th.join();
        for (int i = 0; i < Days; ++i) {
            const QDate d = start.addDays(i);
            const bool expected = BankCalendar::isBankDay(d);
            for (int t = 0; t < 4; ++t) {
                if (seen[std::size_t(t)].at(t % 2 ? Days - 1 - i : i) != expected)
                    ++mismatches;
            }
        }
        QCOMPARE(mismatches, 0);
    }
};

QTEST_GUILESS_MAIN(TestBankCalendar)
#include "tst_bankcalendar.moc"
