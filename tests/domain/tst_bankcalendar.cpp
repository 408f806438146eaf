#include "models/domain/bankcalendar.h"

#include <QRandomGenerator>
#include <QTest>

using Fordran::BankCalendar;

class TestBankCalendar final : public QObject
{
    Q_OBJECT

private slots:
    // The weekday non-bank days of domain.md §9.6, year by year.
    void weekdayNonBankDays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("2025") << 2025
                              << QStringList{u"2025-01-01"_qs, u"2025-01-06"_qs, u"2025-04-18"_qs, u"2025-04-21"_qs,
                                             u"2025-05-01"_qs, u"2025-05-29"_qs, u"2025-06-06"_qs, u"2025-06-20"_qs,
                                             u"2025-12-24"_qs, u"2025-12-25"_qs, u"2025-12-26"_qs, u"2025-12-31"_qs};
        QTest::newRow("2026") << 2026
                              << QStringList{u"2026-01-01"_qs, u"2026-01-06"_qs, u"2026-04-03"_qs, u"2026-04-06"_qs,
                                             u"2026-05-01"_qs, u"2026-05-14"_qs, u"2026-06-19"_qs, u"2026-12-24"_qs,
                                             u"2026-12-25"_qs, u"2026-12-31"_qs};
        QTest::newRow("2027") << 2027
                              << QStringList{u"2027-01-01"_qs, u"2027-01-06"_qs, u"2027-03-26"_qs, u"2027-03-29"_qs,
                                             u"2027-05-06"_qs, u"2027-06-25"_qs, u"2027-12-24"_qs, u"2027-12-31"_qs};
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

    void easter_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("easter");
        // Published Gregorian Easter dates.
        QTest::newRow("1961") << 1961 << QDate(1961, 4, 2);
        QTest::newRow("2000") << 2000 << QDate(2000, 4, 23);
        QTest::newRow("2008-early") << 2008 << QDate(2008, 3, 23);
        QTest::newRow("2011-late") << 2011 << QDate(2011, 4, 24);
        QTest::newRow("2019") << 2019 << QDate(2019, 4, 21);
        QTest::newRow("2024") << 2024 << QDate(2024, 3, 31);
        QTest::newRow("2025") << 2025 << QDate(2025, 4, 20);
        QTest::newRow("2026") << 2026 << QDate(2026, 4, 5);
        QTest::newRow("2027") << 2027 << QDate(2027, 3, 28);
        QTest::newRow("2038-latest") << 2038 << QDate(2038, 4, 25);
        QTest::newRow("2285-earliest") << 2285 << QDate(2285, 3, 22);
    }

    void easter()
    {
        QFETCH(int, year);
        QFETCH(QDate, easter);
        QCOMPARE(BankCalendar::easterSunday(year), easter);
    }

    void holidayRules_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("bankDay");
        QTest::newRow("annandag-pingst-2004-holiday") << QDate(2004, 5, 31) << false;
        QTest::newRow("annandag-pingst-2005-workday") << QDate(2005, 5, 16) << true;
        QTest::newRow("nationaldag-2004-workday") << QDate(2004, 6, 7) << true;
        QTest::newRow("nationaldag-2005-holiday-monday") << QDate(2005, 6, 6) << false;
        QTest::newRow("plain-tuesday") << QDate(2026, 11, 24) << true;
        QTest::newRow("saturday") << QDate(2026, 11, 28) << false;
        QTest::newRow("sunday") << QDate(2026, 11, 29) << false;
        QTest::newRow("invalid") << QDate() << false;
    }

    void holidayRules()
    {
        QFETCH(QDate, date);
        QFETCH(bool, bankDay);
        QCOMPARE(BankCalendar::isBankDay(date), bankDay);
    }

    void holidayNames()
    {
        const auto list = BankCalendar::holidays(2026);
        QVERIFY(std::is_sorted(list.cbegin(), list.cend(),
                               [](const Fordran::Holiday &a, const Fordran::Holiday &b) { return a.date < b.date; }));
        bool sawMidsummerEve = false;
        for (const auto &h : list) {
            QVERIFY(!h.name.isEmpty());
            if (h.date == QDate(2026, 6, 19)) {
                sawMidsummerEve = true;
                QVERIFY(!h.isPublicHoliday);
            }
        }
        QVERIFY(sawMidsummerEve);
        const auto allSaints = std::find_if(list.cbegin(), list.cend(),
                                            [](const auto &h) { return h.name == u"alla helgons dag"_qs; });
        QCOMPARE(allSaints->date, QDate(2026, 10, 31));
    }

    void nextBankDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("next");
        QTest::newRow("bank-day-itself") << QDate(2025, 6, 23) << QDate(2025, 6, 23);
        QTest::newRow("midsummer-eve") << QDate(2025, 6, 20) << QDate(2025, 6, 23);
        QTest::newRow("easter-friday") << QDate(2026, 4, 3) << QDate(2026, 4, 7);
        QTest::newRow("christmas-eve-2026") << QDate(2026, 12, 24) << QDate(2026, 12, 28);
        QTest::newRow("new-years-eve-2026") << QDate(2026, 12, 31) << QDate(2027, 1, 4);
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
        QTest::newRow("one-over-weekend") << QDate(2025, 6, 19) << 1 << QDate(2025, 6, 23);
        QTest::newRow("four-over-easter") << QDate(2026, 4, 1) << 4 << QDate(2026, 4, 9);
        QTest::newRow("five-over-christmas") << QDate(2025, 12, 22) << 5 << QDate(2026, 1, 5);
        QTest::newRow("negative-invalid") << QDate(2025, 1, 1) << -1 << QDate();
    }

    void addBankDays()
    {
        QFETCH(QDate, date);
        QFETCH(int, n);
        QFETCH(QDate, result);
        QCOMPARE(BankCalendar::addBankDays(date, n), result);
    }

    // Properties over random dates: nextBankDay is a bank day ≥ the input; addBankDays is monotone.
    void properties()
    {
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 3000; ++i) {
            const QDate d = QDate(1990, 1, 1).addDays(rng.bounded(20000));
            const QDate next = BankCalendar::nextBankDay(d);
            QVERIFY(BankCalendar::isBankDay(next));
            QVERIFY(next >= d);
            QVERIFY(d.daysTo(next) <= 5);
            const int n = rng.bounded(1, 30);
            const QDate a = BankCalendar::addBankDays(d, n);
            QVERIFY(BankCalendar::isBankDay(a));
            QVERIFY(a > BankCalendar::addBankDays(d, n - 1) || n == 1);
            QVERIFY(a > d);
        }
    }
};

QTEST_GUILESS_MAIN(TestBankCalendar)
#include "tst_bankcalendar.moc"
