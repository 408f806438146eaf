// ReferenceRateCheck: which half-year lacks a reference rate as of a day, on small tables built
// for the test and on the built-in table (which stops at the half-year starting 2026-01-01).

#include "models/rules/referencerates.h"
#include "models/services/referenceratecheck.h"

#include <QTest>

using namespace Fordran;

namespace {

/*! A table with one rate of 2.00 % for each of \a starts ("YYYY-MM-DD"). */
ReferenceRateTable tableOf(const QStringList &starts)
{
    QByteArray json = "{\"rates\": [";
    for (qsizetype i = 0; i < starts.size(); ++i) {
        if (i > 0)
            json += ',';
        json += "{\"from\": \"" + starts.at(i).toLatin1() + "\", \"percent\": \"2.00\"}";
    }
    json += "]}";
    const auto table = ReferenceRateTable::fromJson(json);
    if (!table)
        qFatal("test table: %s", qPrintable(table.error().message));
    return *table;
}

QList<QDate> dates(const QStringList &texts)
{
    QList<QDate> out;
    for (const QString &text : texts)
        out.append(QDate::fromString(text, Qt::ISODate));
    return out;
}

} // namespace

class TestReferenceRateCheck final : public QObject
{
    Q_OBJECT

private slots:
    void missingCurrentHalfYear_data()
    {
        QTest::addColumn<QStringList>("table"); // half-years with a rate
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("missing"); // invalid: nothing missing

        const QStringList h2025 {u"2025-01-01"_qs, u"2025-07-01"_qs};
        QTest::newRow("covered-first-day") << h2025 << QDate(2025, 1, 1) << QDate();
        QTest::newRow("covered-mid-half-year") << h2025 << QDate(2025, 4, 15) << QDate();
        QTest::newRow("covered-last-day-of-year") << h2025 << QDate(2025, 12, 31) << QDate();
        QTest::newRow("missing-first-day") << h2025 << QDate(2026, 1, 1) << QDate(2026, 1, 1);
        QTest::newRow("missing-last-day") << h2025 << QDate(2026, 6, 30) << QDate(2026, 1, 1);
        QTest::newRow("missing-second-half") << h2025 << QDate(2026, 11, 23) << QDate(2026, 7, 1);
        QTest::newRow("gap-in-the-middle") << QStringList {u"2024-01-01"_qs, u"2025-01-01"_qs}
                                           << QDate(2024, 9, 30) << QDate(2024, 7, 1);
        QTest::newRow("before-the-table") << h2025 << QDate(2019, 2, 28) << QDate(2019, 1, 1);
        QTest::newRow("leap-day") << QStringList {u"2024-01-01"_qs} << QDate(2024, 2, 29)
                                  << QDate();
        QTest::newRow("empty-table") << QStringList() << QDate(2026, 11, 23) << QDate(2026, 7, 1);
        QTest::newRow("invalid-today") << QStringList() << QDate() << QDate();
    }
    void missingCurrentHalfYear()
    {
        QFETCH(QStringList, table);
        QFETCH(QDate, today);
        QFETCH(QDate, missing);
        const std::optional<QDate> found
            = ReferenceRateCheck::missingCurrentHalfYear(tableOf(table), today);
        QCOMPARE(found.has_value(), missing.isValid());
        if (found)
            QCOMPARE(*found, missing);
    }

    void builtInTable_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("missing");
        QTest::newRow("2026-h1-built-in") << QDate(2026, 3, 2) << QDate();
        QTest::newRow("2026-06-30-built-in") << QDate(2026, 6, 30) << QDate();
        QTest::newRow("2026-07-01-missing") << QDate(2026, 7, 1) << QDate(2026, 7, 1);
        QTest::newRow("2026-11-23-missing") << QDate(2026, 11, 23) << QDate(2026, 7, 1);
    }
    void builtInTable()
    {
        QFETCH(QDate, today);
        QFETCH(QDate, missing);
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        const std::optional<QDate> found
            = ReferenceRateCheck::missingCurrentHalfYear(*builtIn, today);
        QCOMPARE(found.has_value(), missing.isValid());
        if (found)
            QCOMPARE(*found, missing);
    }

    void enteredRateCoversTheHalfYear()
    {
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        const QDate today(2026, 11, 23);
        QVERIFY(ReferenceRateCheck::missingCurrentHalfYear(*builtIn, today).has_value());
        const ReferenceRateTable extended
            = builtIn->withEntered({{QDate(2026, 7, 1), Percentage::fromBasisPoints(175),
                                     ReferenceRateTable::Source::Entered, u"anna"_qs}});
        QVERIFY(!ReferenceRateCheck::missingCurrentHalfYear(extended, today).has_value());
        // The next half-year is missing again once it starts.
        QCOMPARE(ReferenceRateCheck::missingCurrentHalfYear(extended, QDate(2027, 1, 1)),
                 std::optional<QDate>(QDate(2027, 1, 1)));
    }

    void missingHalfYears_data()
    {
        QTest::addColumn<QStringList>("table");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QStringList>("missing"); // oldest first

        QTest::newRow("none-missing") << QStringList {u"2025-01-01"_qs, u"2025-07-01"_qs}
                                      << QDate(2025, 8, 1) << QStringList();
        QTest::newRow("current-only") << QStringList {u"2025-01-01"_qs, u"2025-07-01"_qs}
                                      << QDate(2026, 2, 1) << QStringList {u"2026-01-01"_qs};
        QTest::newRow("gaps-and-current")
            << QStringList {u"2024-01-01"_qs, u"2025-01-01"_qs} << QDate(2025, 11, 23)
            << QStringList {u"2024-07-01"_qs, u"2025-07-01"_qs};
        QTest::newRow("two-years-behind")
            << QStringList {u"2024-01-01"_qs} << QDate(2025, 12, 31)
            << QStringList {u"2024-07-01"_qs, u"2025-01-01"_qs, u"2025-07-01"_qs};
        QTest::newRow("future-entry-is-not-a-gap")
            << QStringList {u"2025-01-01"_qs, u"2027-01-01"_qs} << QDate(2025, 3, 1)
            << QStringList();
        QTest::newRow("today-before-the-table")
            << QStringList {u"2025-01-01"_qs} << QDate(2024, 3, 1) << QStringList();
        QTest::newRow("empty-table")
            << QStringList() << QDate(2026, 11, 23) << QStringList {u"2026-07-01"_qs};
        QTest::newRow("invalid-today")
            << QStringList {u"2025-01-01"_qs} << QDate() << QStringList();
    }
    void missingHalfYears()
    {
        QFETCH(QStringList, table);
        QFETCH(QDate, today);
        QFETCH(QStringList, missing);
        QCOMPARE(ReferenceRateCheck::missingHalfYears(tableOf(table), today), dates(missing));
    }

    void missingHalfYearsAgreeWithRateFor()
    {
        // Every half-year reported has no rate, every other one up to today has one.
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        const QDate today(2026, 11, 23);
        const QList<QDate> missing = ReferenceRateCheck::missingHalfYears(*builtIn, today);
        QVERIFY(missing.contains(QDate(2026, 7, 1)));
        for (QDate start = builtIn->entries().constFirst().validFrom; start <= today;
             start = start.addMonths(6)) {
            QCOMPARE(missing.contains(start), !builtIn->rateFor(start).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestReferenceRateCheck)
#include "tst_referenceratecheck.moc"
