#include "models/rules/interest.h"

#include "models/domain/bankcalendar.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace Fordran;

namespace {

// "from/to/days/rate/interest", or with the principal in place of the rate for schedules.
QString describe(const InterestSegment &s, bool withPrincipal = false)
{
    return QStringLiteral("%1/%2/%3/%4/%5")
        .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
        .arg(s.days)
        .arg(withPrincipal ? QString::number(s.principal.ore()) : s.rate.toString())
        .arg(s.interest.ore());
}

// Every segment described, and their interest summed.
std::pair<QStringList, qint64> describeAll(const InterestResult &r, bool withPrincipal = false)
{
    QStringList out;
    qint64 sum = 0;
    for (const InterestSegment &s : r.segments) {
        out << describe(s, withPrincipal);
        sum += s.interest.ore();
    }
    return {out, sum};
}

} // namespace

class TestInterest final : public QObject
{
    Q_OBJECT

    InterestCalculator calculator() const
    {
        return InterestCalculator(ReferenceRateTable::builtIn().value(),
                                  InterestConventions::defaults().value());
    }

private slots:
    void conventionsLoad()
    {
        const auto c = InterestConventions::defaults();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        QCOMPARE(c->margin.toString(), u"8.00"_qs);
        QCOMPARE(c->dayBasis, 365);
        QVERIFY(c->startDayAfterDue);
        QCOMPARE(c->daysAfterNotice, 30);
    }

    void compute_data()
    {
        QTest::addColumn<qint64>("principal");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("fixed");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<QStringList>("segments"); // "from/to/days/rate/interest"

        // The worked example of cli.md `interest`.
        QTest::newRow("cli-example") << qint64(1000000) << QDate(2025, 1, 15) << QDate(2025, 8, 20)
                                     << QString() << qint64(64000)
                                     << QStringList {u"2025-01-16/2025-06-30/166/11.00/50027"_qs,
                                                     u"2025-07-01/2025-08-20/51/10.00/13973"_qs};
        // domain.md §4.3: 10 000 kr at 10 % for 30 days = 82.19 kr (H1 2026 is 2.00 + 8).
        QTest::newRow("spec-30-days")
            << qint64(1000000) << QDate(2026, 1, 1) << QDate(2026, 2, 1) << QString()
            << qint64(8219) << QStringList {u"2026-01-03/2026-02-01/30/10.00/8219"_qs};
        // Due on Saturday 2025-06-21 (after midsommar): moved to Monday 23rd, interest from the
        // 24th.
        QTest::newRow("due-on-weekend")
            << qint64(100000) << QDate(2025, 6, 21) << QDate(2025, 6, 30) << QString()
            << qint64(211) << QStringList {u"2025-06-24/2025-06-30/7/11.00/211"_qs};
        QTest::newRow("to-before-first-day")
            << qint64(100000) << QDate(2025, 3, 3) << QDate(2025, 3, 3) << QString() << qint64(0)
            << QStringList {};
        QTest::newRow("fixed-rate") << qint64(1000000) << QDate(2025, 1, 15) << QDate(2025, 8, 20)
                                    << u"12.50"_qs << qint64(74315)
                                    << QStringList {u"2025-01-16/2025-06-30/166/12.50/56849"_qs,
                                                    u"2025-07-01/2025-08-20/51/12.50/17466"_qs};
        QTest::newRow("three-half-years")
            << qint64(50000) << QDate(2024, 6, 3) << QDate(2025, 1, 31) << QString() << qint64(3936)
            << QStringList {u"2024-06-04/2024-06-30/27/12.00/444"_qs,
                            u"2024-07-01/2024-12-31/184/12.00/3025"_qs,
                            u"2025-01-01/2025-01-31/31/11.00/467"_qs};
        // A due date on a public holiday (trettondedag jul, Monday) moves to Tuesday.
        QTest::newRow("due-on-holiday")
            << qint64(1000000) << QDate(2025, 1, 6) << QDate(2025, 1, 10) << QString()
            << qint64(904) << QStringList {u"2025-01-08/2025-01-10/3/11.00/904"_qs};
        // Leap years: 29 February is a day like any other; H1 2024 has 182 days (actual/365).
        QTest::newRow("leap-day-counted")
            << qint64(1000000) << QDate(2024, 2, 27) << QDate(2024, 3, 2) << QString()
            << qint64(1315) << QStringList {u"2024-02-28/2024-03-02/4/12.00/1315"_qs};
        QTest::newRow("leap-half-year")
            << qint64(1000000) << QDate(2023, 12, 29) << QDate(2024, 6, 30) << QString()
            << qint64(60466)
            << QStringList {u"2023-12-30/2023-12-31/2/11.50/630"_qs,
                            u"2024-01-01/2024-06-30/182/12.00/59836"_qs};
        // A negative reference rate (−0.50 %) still gives 7.50 %; two whole half-years.
        QTest::newRow("negative-reference-year")
            << qint64(1000000) << QDate(2016, 6, 30) << QDate(2017, 6, 30) << QString()
            << qint64(75000)
            << QStringList {u"2016-07-01/2016-12-31/184/7.50/37808"_qs,
                            u"2017-01-01/2017-06-30/181/7.50/37192"_qs};
        // A fixed rate needs no reference rate, even for half-years the table does not have.
        QTest::newRow("fixed-rate-without-table")
            << qint64(1000000) << QDate(2026, 6, 29) << QDate(2026, 7, 2) << u"10.00"_qs
            << qint64(822)
            << QStringList {u"2026-06-30/2026-06-30/1/10.00/274"_qs,
                            u"2026-07-01/2026-07-02/2/10.00/548"_qs};
        // Half an öre rounds away from zero: 1 825 öre × 10 % × 1 / 365 = 0.5 öre.
        QTest::newRow("half-ore-rounds-up")
            << qint64(1825) << QDate(2025, 3, 3) << QDate(2025, 3, 4) << u"10.00"_qs << qint64(1)
            << QStringList {u"2025-03-04/2025-03-04/1/10.00/1"_qs};
        QTest::newRow("zero-principal")
            << qint64(0) << QDate(2025, 3, 3) << QDate(2025, 3, 10) << QString() << qint64(0)
            << QStringList {u"2025-03-04/2025-03-10/7/11.00/0"_qs};
        QTest::newRow("to-long-before-due")
            << qint64(100000) << QDate(2025, 3, 3) << QDate(2024, 1, 1) << QString() << qint64(0)
            << QStringList {};
        QTest::newRow("negative-reference-rate")
            << qint64(1000000) << QDate(2018, 1, 2) << QDate(2018, 1, 12) << QString()
            << qint64(2055) << QStringList {u"2018-01-03/2018-01-12/10/7.50/2055"_qs};
    }

    void compute()
    {
        QFETCH(qint64, principal);
        QFETCH(QDate, due);
        QFETCH(QDate, to);
        QFETCH(QString, fixed);
        QFETCH(qint64, total);
        QFETCH(QStringList, segments);
        std::optional<Percentage> fixedRate;
        if (!fixed.isEmpty())
            fixedRate = Percentage::parse(fixed).value();
        const auto r = calculator().compute(Money::fromOre(principal), due, to, fixedRate);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto [actual, sum] = describeAll(r.value());
        QCOMPARE(actual, segments);
        QCOMPARE(r->total.ore(), total);
        QCOMPARE(sum, total);
    }

    // The first half-year without a reference rate is named; no partial result is given.
    void missingHalfYear_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("missing");
        QTest::newRow("2026-h2") << QDate(2026, 5, 4) << QDate(2026, 8, 1) << u"2026-07-01"_qs;
        QTest::newRow("2026-h2-only")
            << QDate(2026, 7, 1) << QDate(2026, 7, 31) << u"2026-07-01"_qs;
        QTest::newRow("gap-2015") << QDate(2014, 12, 1) << QDate(2016, 8, 1) << u"2015-01-01"_qs;
        QTest::newRow("before-table") << QDate(2012, 3, 1) << QDate(2014, 3, 1) << u"2012-01-01"_qs;
    }

    void missingHalfYear()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, to);
        QFETCH(QString, missing);
        const auto r = calculator().compute(Money::fromOre(100000), due, to);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(missing), qPrintable(r.error().message));
        QCOMPARE(r.error().field, u"reference_rate"_qs);
    }

    void conventions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("segment");
        const QByteArray base = R"("margin_percent":"8.00","days_after_notice":30)";
        // From the due date itself; the Saturday due date is not moved.
        QTest::newRow("due-date-unadjusted") << QByteArray(
            R"({)" + base
            + R"(,"day_basis":365,"start":"due_date","adjust_due_to_bank_day":false,"rounding":"half_away_from_zero"})")
                                             << QDate(2025, 6, 21) << QDate(2025, 6, 30)
                                             << u"2025-06-21/2025-06-30/10/11.00/3014"_qs;
        QTest::newRow("day-after-unadjusted") << QByteArray(
            R"({)" + base
            + R"(,"day_basis":365,"start":"day_after_due","adjust_due_to_bank_day":false,"rounding":"half_away_from_zero"})")
                                              << QDate(2025, 6, 21) << QDate(2025, 6, 30)
                                              << u"2025-06-22/2025-06-30/9/11.00/2712"_qs;
        QTest::newRow("due-date-adjusted") << QByteArray(
            R"({)" + base
            + R"(,"day_basis":365,"start":"due_date","adjust_due_to_bank_day":true,"rounding":"half_away_from_zero"})")
                                           << QDate(2025, 6, 21) << QDate(2025, 6, 30)
                                           << u"2025-06-23/2025-06-30/8/11.00/2411"_qs;
        // Due Sunday 31 Dec → Tuesday 2 Jan; 10 000 kr × 12 % × 180 / 366 = 590.16 kr.
        QTest::newRow("basis-366") << QByteArray(
            R"({)" + base
            + R"(,"day_basis":366,"start":"day_after_due","adjust_due_to_bank_day":true,"rounding":"half_away_from_zero"})")
                                   << QDate(2023, 12, 31) << QDate(2024, 6, 30)
                                   << u"2024-01-03/2024-06-30/180/12.00/59016"_qs;
    }

    void conventions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QDate, due);
        QFETCH(QDate, to);
        QFETCH(QString, segment);
        const auto c = InterestConventions::fromJson(json);
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().message));
        const InterestCalculator calc(ReferenceRateTable::builtIn().value(), c.value());
        const auto r = calc.compute(Money::fromOre(1000000), due, to);
        QVERIFY(r.ok());
        QCOMPARE(r->segments.size(), 1);
        QCOMPARE(describe(r->segments.first()), segment);
    }

    void halfEvenRounding()
    {
        auto c = InterestConventions::defaults().value();
        c.rounding = Rounding::HalfEven;
        const InterestCalculator calc(ReferenceRateTable::builtIn().value(), c);
        const auto r = calc.compute(Money::fromOre(1825), QDate(2025, 3, 3), QDate(2025, 3, 4),
                                    Percentage::fromPercent(10));
        QVERIFY(r.ok());
        QCOMPARE(r->total.ore(), 0); // 0.5 öre to the even 0
    }

    void badConventions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        const QByteArray ok
            = R"("margin_percent":"8.00","day_basis":365,"start":"day_after_due","days_after_notice":30,"rounding":"half_away_from_zero")";
        QTest::newRow("not-json") << QByteArray("{") << u"JSON"_qs;
        QTest::newRow("no-margin") << QByteArray(R"({"day_basis":365})") << u"margin_percent"_qs;
        QTest::newRow("basis-100") << QByteArray(
            R"({"margin_percent":"8.00","day_basis":100,"start":"day_after_due","days_after_notice":30,"rounding":"half_away_from_zero"})")
                                   << u"day_basis"_qs;
        QTest::newRow("bad-start") << QByteArray(
            R"({"margin_percent":"8.00","day_basis":365,"start":"tomorrow","days_after_notice":30,"rounding":"half_away_from_zero"})")
                                   << u"start"_qs;
        QTest::newRow("bad-rounding") << QByteArray(
            R"({"margin_percent":"8.00","day_basis":365,"start":"due_date","days_after_notice":30,"rounding":"down"})")
                                      << u"rounding"_qs;
        QTest::newRow("bad-notice") << QByteArray(
            R"({"margin_percent":"8.00","day_basis":365,"start":"due_date","days_after_notice":-1,"rounding":"half_even"})")
                                    << u"days_after_notice"_qs;
        QTest::newRow("control-ok") << QByteArray("{" + ok + "}") << QString();
    }

    void badConventions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        const auto c = InterestConventions::fromJson(json);
        if (errorPart.isEmpty()) {
            QVERIFY(c.ok());
            return;
        }
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(errorPart), qPrintable(c.error().message));
    }

    void enteredRateFillsHalfYear()
    {
        ReferenceRateTable::Entry h2;
        h2.validFrom = QDate(2026, 7, 1);
        h2.rate = Percentage::fromBasisPoints(175);
        const InterestCalculator calc(ReferenceRateTable::builtIn()->withEntered({h2}),
                                      InterestConventions::defaults().value());
        const auto r
            = calc.compute(Money::fromOre(1000000), QDate(2026, 6, 30), QDate(2026, 7, 10));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.size(), 1);
        QCOMPARE(r->segments.first().rate.toString(), u"9.75"_qs);
        QCOMPARE(r->segments.first().days, 10);
    }

    void marginOverride()
    {
        const auto r
            = calculator().compute(Money::fromOre(1000000), QDate(2026, 1, 1), QDate(2026, 2, 1),
                                   std::nullopt, Percentage::fromPercent(20));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.first().rate.toString(), u"22.00"_qs);
    }

    void scheduleStopsInterestOnPaidPart()
    {
        // 10 000 kr due 2026-01-01 (holiday → 2026-01-02), 4 000 kr paid on 2026-01-17.
        const auto r = calculator().computeSchedule(
            {PrincipalStep {QDate(2026, 1, 1), Money::fromOre(1000000)},
             PrincipalStep {QDate(2026, 1, 17), Money::fromOre(600000)}},
            QDate(2026, 1, 1), QDate(2026, 1, 31));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.size(), 2);
        QCOMPARE(r->segments.at(0).days, 14); // 3rd–16th
        QCOMPARE(r->segments.at(0).interest.ore(), 3836); // 10 000 × 10 % × 14 / 365 = 38.356
        QCOMPARE(r->segments.at(1).days, 15); // 17th–31st
        QCOMPARE(r->segments.at(1).interest.ore(), 2466); // 6 000 × 10 % × 15 / 365 = 24.657
    }

    // Principal steps "from/principal" in order, for a claim due Friday 2025-01-03; expected
    // segments "from/to/days/principal/interest".
    void schedule_data()
    {
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("segments");
        // 10 000 kr, 3 000 kr paid on 2025-02-10 and 7 000 kr on 2025-03-03: no interest on the
        // paid part from its booking date.
        QTest::newRow("two-payments-to-zero")
            << QStringList {u"2025-01-03/1000000"_qs, u"2025-02-10/700000"_qs, u"2025-03-03/0"_qs}
            << QDate(2025, 3, 10)
            << QStringList {u"2025-01-04/2025-02-09/37/1000000/11151"_qs,
                            u"2025-02-10/2025-03-02/21/700000/4430"_qs,
                            u"2025-03-03/2025-03-10/8/0/0"_qs};
        QTest::newRow("nothing-accrued-yet")
            << QStringList {u"2025-01-03/1000000"_qs, u"2025-01-03/500000"_qs} << QDate(2025, 1, 3)
            << QStringList {};
        // A payment booked on the due date lowers the principal from the first interest day.
        QTest::newRow("paid-on-due-date")
            << QStringList {u"2025-01-03/1000000"_qs, u"2025-01-03/500000"_qs} << QDate(2025, 3, 10)
            << QStringList {u"2025-01-04/2025-03-10/66/500000/9945"_qs};
        // A payment on 1 July makes no extra split.
        QTest::newRow("paid-on-half-year-start")
            << QStringList {u"2025-01-03/1000000"_qs, u"2025-07-01/400000"_qs} << QDate(2025, 7, 10)
            << QStringList {u"2025-01-04/2025-06-30/178/1000000/53644"_qs,
                            u"2025-07-01/2025-07-10/10/400000/1096"_qs};
        // A payment after the end date changes nothing.
        QTest::newRow("paid-after-end")
            << QStringList {u"2025-01-03/1000000"_qs, u"2025-03-11/0"_qs} << QDate(2025, 3, 10)
            << QStringList {u"2025-01-04/2025-03-10/66/1000000/19890"_qs};
    }

    void schedule()
    {
        QFETCH(QStringList, steps);
        QFETCH(QDate, to);
        QFETCH(QStringList, segments);
        QList<PrincipalStep> list;
        for (const QString &step : steps) {
            const QStringList parts = step.split(u'/');
            list.append(PrincipalStep {QDate::fromString(parts.at(0), Qt::ISODate),
                                       Money::fromOre(parts.at(1).toLongLong())});
        }
        const auto r = calculator().computeSchedule(list, QDate(2025, 1, 3), to);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto [actual, sum] = describeAll(r.value(), true);
        QCOMPARE(actual, segments);
        QCOMPARE(r->total.ore(), sum);
    }

    void badSchedules()
    {
        const auto calc = calculator();
        const QDate due(2025, 1, 3);
        QVERIFY(!calc.computeSchedule({}, due, QDate(2025, 2, 1)).ok());
        QVERIFY(!calc.computeSchedule(
                         {{due, Money::fromOre(100)}, {QDate(2025, 1, 2), Money::fromOre(50)}}, due,
                         QDate(2025, 2, 1))
                     .ok());
        QVERIFY(!calc.computeSchedule(
                         {{due, Money::fromOre(100)}, {QDate(2025, 1, 20), Money::fromOre(-50)}},
                         due, QDate(2025, 2, 1))
                     .ok());
    }

    // Random claims against an independent day-by-day count: the days of each half-year, the
    // rate of that half-year, exact rounding of principal × bp × days / (10000 × 365).
    void agreesWithDayByDayCount()
    {
        const auto table = ReferenceRateTable::builtIn().value();
        const auto calc = calculator();
        QRandomGenerator rng(635);
        for (int i = 0; i < 400; ++i) {
            const QDate due = QDate(2016, 7, 1).addDays(rng.bounded(3000));
            const QDate to = due.addDays(rng.bounded(-5, 1200));
            const qint64 principal = rng.bounded(1, 2'000'000'000);
            const bool pastTable = to >= QDate(2026, 7, 1);
            const auto r = calc.compute(Money::fromOre(principal), due, to);
            QCOMPARE(r.ok(), !pastTable);
            if (pastTable)
                continue;
            QMap<QDate, int> daysPerHalfYear;
            const QDate first = BankCalendar::nextBankDay(due).addDays(1);
            for (QDate d = first; d <= to; d = d.addDays(1))
                ++daysPerHalfYear[ReferenceRateTable::halfYearStart(d)];
            QCOMPARE(r->segments.size(), daysPerHalfYear.size());
            qint64 expectedTotal = 0;
            qsizetype k = 0;
            for (auto it = daysPerHalfYear.cbegin(); it != daysPerHalfYear.cend(); ++it, ++k) {
                const qint64 bp = table.rateFor(it.key())->basisPoints() + 800;
                const __int128 numerator = __int128(principal) * bp * it.value();
                const __int128 denominator = __int128(10000) * 365;
                const qint64 rounded = qint64((2 * numerator + denominator) / (2 * denominator));
                const auto &seg = r->segments.at(k);
                QCOMPARE(seg.days, it.value());
                QCOMPARE(seg.rate.basisPoints(), bp);
                QCOMPARE(seg.interest.ore(), rounded);
                QCOMPARE(ReferenceRateTable::halfYearStart(seg.from), it.key());
                QCOMPARE(ReferenceRateTable::halfYearStart(seg.to), it.key());
                expectedTotal += rounded;
            }
            QCOMPARE(r->total.ore(), expectedTotal);
            if (!r->segments.isEmpty()) {
                QCOMPARE(r->segments.first().from, first);
                QCOMPARE(r->segments.last().to, to);
            }
        }
    }

    void badInput()
    {
        const auto calc = calculator();
        QVERIFY(!calc.compute(Money::fromOre(-1), QDate(2025, 1, 1), QDate(2025, 2, 1)).ok());
        QVERIFY(!calc.compute(Money::fromOre(1), QDate(), QDate(2025, 2, 1)).ok());
        QVERIFY(!calc.compute(Money::fromOre(1), QDate(2025, 1, 1), QDate()).ok());
        // 1 000 % a year for three years on the largest amount cannot be represented: an error, not
        // a wrong sum.
        QVERIFY(!calc.compute(Money::fromOre(std::numeric_limits<qint64>::max() / 2),
                              QDate(2022, 1, 1), QDate(2025, 1, 1), Percentage::fromPercent(1000))
                     .ok());
        QVERIFY(!calc.compute(Money::fromOre(100), QDate(2022, 1, 1), QDate(2025, 1, 1),
                              Percentage::fromPercent(-1))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestInterest)
#include "tst_interest.moc"
