#include "models/domain/bankcalendar.h"
#include "models/rules/demanddeadline.h"

#include "guardfixture.h"

#include <QTest>

using Fordran::BankCalendar;
using Fordran::DemandDeadline;
using Fordran::DemandDeadlineRules;

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// Bank days in (from, to]: counted day by day, independently of BankCalendar::addBankDays.
int bankDaysAfter(const QDate &from, const QDate &to)
{
    int n = 0;
    for (QDate day = from.addDays(1); day <= to; day = day.addDays(1)) {
        if (BankCalendar::isBankDay(day))
            ++n;
    }
    return n;
}

} // namespace

class TestDemandDeadline final : public QObject
{
    Q_OBJECT

private:
    DemandDeadlineRules m_rules = GuardFixture::rules().demandDeadline;
    BankCalendar m_calendar;

private slots:
    void builtInRules()
    {
        QVERIFY(DemandDeadline::validate(m_rules).ok());
        QVERIFY(m_rules.minCalendarDays > 0);
        QVERIFY(m_rules.minBankDaysAfterReceipt > 0);
    }

    void deadline_data()
    {
        QTest::addColumn<QDate>("sent");
        QTest::addColumn<int>("transit");
        QTest::addColumn<QDate>("receipt");
        QTest::addColumn<QDate>("deadline");

        // Expected dates worked out by hand from domain.md §2.4 and the §9.6 holiday tables
        // (8 calendar days from sending, 4 bank days from receipt, rolled to a bank day).
        QTest::newRow("monday-first-class") << d("2026-03-02") << 2 << d("2026-03-04") << d("2026-03-10");
        QTest::newRow("monday-digital-calendar-days-win") << d("2026-03-02") << 0 << d("2026-03-02") << d("2026-03-10");
        QTest::newRow("monday-b-post-bank-days-win") << d("2026-03-02") << 4 << d("2026-03-06") << d("2026-03-12");
        QTest::newRow("friday-post-over-weekend") << d("2026-03-06") << 2 << d("2026-03-10") << d("2026-03-16");
        QTest::newRow("digital-eighth-day-saturday-rolled") << d("2026-03-06") << 0 << d("2026-03-06") << d("2026-03-16");
        QTest::newRow("sent-on-sunday-digital") << d("2026-03-08") << 0 << d("2026-03-08") << d("2026-03-16");
        QTest::newRow("easter-2026-bank-days-skip-langfredag-annandag")
            << d("2026-03-31") << 2 << d("2026-04-02") << d("2026-04-10");
        QTest::newRow("easter-2026-eighth-day-paskafton-rolled-past-annandag")
            << d("2026-03-27") << 0 << d("2026-03-27") << d("2026-04-07");
        QTest::newRow("easter-2025-transit-over-langfredag") << d("2025-04-16") << 2 << d("2025-04-22") << d("2025-04-28");
        QTest::newRow("midsommar-2026-receipt-plus-four-skips-afton")
            << d("2026-06-11") << 2 << d("2026-06-15") << d("2026-06-22");
        QTest::newRow("midsommar-2026-eighth-day-afton-rolled") << d("2026-06-11") << 0 << d("2026-06-11") << d("2026-06-22");
        QTest::newRow("christmas-2025-through-new-year") << d("2025-12-18") << 2 << d("2025-12-22") << d("2026-01-02");
        QTest::newRow("christmas-2025-eighth-day-julafton-rolled") << d("2025-12-16") << 0 << d("2025-12-16") << d("2025-12-29");
        QTest::newRow("new-year-2026-transit-and-trettondedag") << d("2025-12-29") << 2 << d("2026-01-02") << d("2026-01-09");
        QTest::newRow("nyarsafton-2026-eighth-day-rolled") << d("2026-12-23") << 0 << d("2026-12-23") << d("2027-01-04");
        QTest::newRow("kristi-himmelsfard-2026") << d("2026-05-08") << 2 << d("2026-05-12") << d("2026-05-19");
    }

    void deadline()
    {
        QFETCH(QDate, sent);
        QFETCH(int, transit);
        QFETCH(QDate, receipt);
        QFETCH(QDate, deadline);

        const auto gotReceipt = DemandDeadline::presumedReceipt(sent, transit, m_calendar);
        QVERIFY2(gotReceipt.ok(), qPrintable(gotReceipt.ok() ? QString() : gotReceipt.error().message));
        QCOMPARE(*gotReceipt, receipt);

        const auto got = DemandDeadline::deadline(sent, transit, m_rules, m_calendar);
        QVERIFY(got.ok());
        QCOMPARE(*got, deadline);
    }

    // For every sending day of three years and every transit time: the deadline is a bank day,
    // meets both minima, and no earlier bank day would.
    void deadlineIsTheEarliestLawfulBankDay()
    {
        for (QDate sent = d("2025-01-01"); sent <= d("2027-12-31"); sent = sent.addDays(1)) {
            for (int transit = 0; transit <= 5; ++transit) {
                const auto receipt = DemandDeadline::presumedReceipt(sent, transit, m_calendar);
                const auto deadline = DemandDeadline::deadline(sent, transit, m_rules, m_calendar);
                QVERIFY(receipt.ok() && deadline.ok());
                const auto lawful = [&](const QDate &day) {
                    return BankCalendar::isBankDay(day) && sent.daysTo(day) >= m_rules.minCalendarDays
                        && bankDaysAfter(*receipt, day) >= m_rules.minBankDaysAfterReceipt;
                };
                QVERIFY2(lawful(*deadline), qPrintable(sent.toString(Qt::ISODate)));
                for (QDate earlier = sent; earlier < *deadline; earlier = earlier.addDays(1))
                    QVERIFY2(!lawful(earlier), qPrintable(sent.toString(Qt::ISODate)));
                QCOMPARE(bankDaysAfter(sent, *receipt), transit);
            }
        }
    }

    void refusals_data()
    {
        QTest::addColumn<QDate>("sent");
        QTest::addColumn<int>("transit");
        QTest::addColumn<int>("calendarDays");
        QTest::addColumn<int>("bankDays");
        QTest::addColumn<QString>("field");

        const DemandDeadlineRules ok = GuardFixture::rules().demandDeadline;
        QTest::newRow("no-send-date") << QDate() << 2 << ok.minCalendarDays << ok.minBankDaysAfterReceipt << u"send_date"_qs;
        QTest::newRow("negative-transit") << d("2026-03-02") << -1 << ok.minCalendarDays << ok.minBankDaysAfterReceipt
                                          << u"transit_days"_qs;
        QTest::newRow("huge-transit") << d("2026-03-02") << 1000000 << ok.minCalendarDays << ok.minBankDaysAfterReceipt
                                      << u"transit_days"_qs;
        QTest::newRow("negative-calendar-days") << d("2026-03-02") << 2 << -8 << ok.minBankDaysAfterReceipt
                                                << u"demand_deadline.min_calendar_days"_qs;
        QTest::newRow("huge-bank-days") << d("2026-03-02") << 2 << ok.minCalendarDays << 100000
                                        << u"demand_deadline.min_bank_days_after_receipt"_qs;
    }

    void refusals()
    {
        QFETCH(QDate, sent);
        QFETCH(int, transit);
        QFETCH(int, calendarDays);
        QFETCH(int, bankDays);
        QFETCH(QString, field);

        DemandDeadlineRules rules = m_rules;
        rules.minCalendarDays = calendarDays;
        rules.minBankDaysAfterReceipt = bankDays;
        const auto got = DemandDeadline::deadline(sent, transit, rules, m_calendar);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().field, field);
        QVERIFY(!got.error().message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemandDeadline)
#include "tst_demanddeadline.moc"
