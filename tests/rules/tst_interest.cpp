#include "models/rules/interest.h"

#include <QTest>

using namespace Fordran;

class TestInterest final : public QObject
{
    Q_OBJECT

    InterestCalculator calculator() const
    {
        return InterestCalculator(ReferenceRateTable::builtIn().value(), InterestConventions::defaults().value());
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
        QTest::newRow("cli-example") << qint64(1000000) << QDate(2025, 1, 15) << QDate(2025, 8, 20) << QString()
                                     << qint64(64000)
                                     << QStringList{u"2025-01-16/2025-06-30/166/11.00/50027"_qs,
                                                    u"2025-07-01/2025-08-20/51/10.00/13973"_qs};
        // domain.md §4.3: 10 000 kr at 10 % for 30 days = 82.19 kr (H1 2026 is 2.00 + 8).
        QTest::newRow("spec-30-days") << qint64(1000000) << QDate(2026, 1, 1) << QDate(2026, 2, 1) << QString()
                                      << qint64(8219) << QStringList{u"2026-01-03/2026-02-01/30/10.00/8219"_qs};
        // Due on Saturday 2025-06-21 (after midsommar): moved to Monday 23rd, interest from the 24th.
        QTest::newRow("due-on-weekend") << qint64(100000) << QDate(2025, 6, 21) << QDate(2025, 6, 30) << QString()
                                        << qint64(211) << QStringList{u"2025-06-24/2025-06-30/7/11.00/211"_qs};
        QTest::newRow("to-before-first-day") << qint64(100000) << QDate(2025, 3, 3) << QDate(2025, 3, 3) << QString()
                                             << qint64(0) << QStringList{};
        QTest::newRow("fixed-rate") << qint64(1000000) << QDate(2025, 1, 15) << QDate(2025, 8, 20) << u"12.50"_qs
                                    << qint64(74315)
                                    << QStringList{u"2025-01-16/2025-06-30/166/12.50/56849"_qs,
                                                   u"2025-07-01/2025-08-20/51/12.50/17466"_qs};
        QTest::newRow("three-half-years") << qint64(50000) << QDate(2024, 6, 3) << QDate(2025, 1, 31) << QString()
                                          << qint64(3936)
                                          << QStringList{u"2024-06-04/2024-06-30/27/12.00/444"_qs,
                                                         u"2024-07-01/2024-12-31/184/12.00/3025"_qs,
                                                         u"2025-01-01/2025-01-31/31/11.00/467"_qs};
        QTest::newRow("negative-reference-rate") << qint64(1000000) << QDate(2018, 1, 2) << QDate(2018, 1, 12)
                                                 << QString() << qint64(2055)
                                                 << QStringList{u"2018-01-03/2018-01-12/10/7.50/2055"_qs};
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
        QStringList actual;
        qint64 sum = 0;
        for (const auto &s : r->segments) {
            actual << QStringLiteral("%1/%2/%3/%4/%5").arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate))
                          .arg(s.days).arg(s.rate.toString()).arg(s.interest.ore());
            sum += s.interest.ore();
        }
        QCOMPARE(actual, segments);
        QCOMPARE(r->total.ore(), total);
        QCOMPARE(sum, total);
    }

    void missingHalfYear()
    {
        const auto r = calculator().compute(Money::fromOre(100000), QDate(2026, 5, 4), QDate(2026, 8, 1));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"2026-07-01"_qs), qPrintable(r.error().message));
    }

    void enteredRateFillsHalfYear()
    {
        ReferenceRateTable::Entry h2;
        h2.validFrom = QDate(2026, 7, 1);
        h2.rate = Percentage::fromBasisPoints(175);
        const InterestCalculator calc(ReferenceRateTable::builtIn()->withEntered({h2}),
                                      InterestConventions::defaults().value());
        const auto r = calc.compute(Money::fromOre(1000000), QDate(2026, 6, 30), QDate(2026, 7, 10));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.size(), 1);
        QCOMPARE(r->segments.first().rate.toString(), u"9.75"_qs);
        QCOMPARE(r->segments.first().days, 10);
    }

    void marginOverride()
    {
        const auto r = calculator().compute(Money::fromOre(1000000), QDate(2026, 1, 1), QDate(2026, 2, 1), std::nullopt,
                                            Percentage::fromPercent(20));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.first().rate.toString(), u"22.00"_qs);
    }

    void scheduleStopsInterestOnPaidPart()
    {
        // 10 000 kr due 2026-01-01 (holiday → 2026-01-02), 4 000 kr paid on 2026-01-17.
        const auto r = calculator().computeSchedule(
            {PrincipalStep{QDate(2026, 1, 1), Money::fromOre(1000000)}, PrincipalStep{QDate(2026, 1, 17), Money::fromOre(600000)}},
            QDate(2026, 1, 1), QDate(2026, 1, 31));
        QVERIFY(r.ok());
        QCOMPARE(r->segments.size(), 2);
        QCOMPARE(r->segments.at(0).days, 14); // 3rd–16th
        QCOMPARE(r->segments.at(0).interest.ore(), 3836); // 10 000 × 10 % × 14 / 365 = 38.356
        QCOMPARE(r->segments.at(1).days, 15); // 17th–31st
        QCOMPARE(r->segments.at(1).interest.ore(), 2466); // 6 000 × 10 % × 15 / 365 = 24.657
    }

    void badInput()
    {
        const auto calc = calculator();
        QVERIFY(!calc.compute(Money::fromOre(-1), QDate(2025, 1, 1), QDate(2025, 2, 1)).ok());
        QVERIFY(!calc.compute(Money::fromOre(1), QDate(), QDate(2025, 2, 1)).ok());
        QVERIFY(!calc.compute(Money::fromOre(1), QDate(2025, 1, 1), QDate()).ok());
        // 1 000 % a year for three years on the largest amount cannot be represented: an error, not a wrong sum.
        QVERIFY(!calc.compute(Money::fromOre(std::numeric_limits<qint64>::max() / 2), QDate(2022, 1, 1), QDate(2025, 1, 1),
                              Percentage::fromPercent(1000))
                     .ok());
        QVERIFY(!calc.compute(Money::fromOre(100), QDate(2022, 1, 1), QDate(2025, 1, 1), Percentage::fromPercent(-1)).ok());
    }
};

QTEST_GUILESS_MAIN(TestInterest)
#include "tst_interest.moc"
