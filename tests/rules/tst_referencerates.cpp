#include "models/rules/referencerates.h"

#include <QTest>

#include "domain/jsonfuzz.h"

using namespace Fordran;

class TestReferenceRates final : public QObject
{
    Q_OBJECT

private slots:
    void builtIn_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("rate"); // empty: no rate (error)
        QTest::newRow("2022-h1") << QDate(2022, 3, 1) << u"0.00"_qs;
        QTest::newRow("2023-h1") << QDate(2023, 6, 30) << u"2.50"_qs;
        QTest::newRow("2023-h2") << QDate(2023, 7, 1) << u"3.50"_qs;
        QTest::newRow("2025-h1") << QDate(2025, 1, 1) << u"3.00"_qs;
        QTest::newRow("2025-h2") << QDate(2025, 12, 31) << u"2.00"_qs;
        QTest::newRow("2026-h1") << QDate(2026, 6, 30) << u"2.00"_qs;
        QTest::newRow("2018-negative") << QDate(2018, 8, 1) << u"-0.50"_qs;
        QTest::newRow("2026-h2-missing") << QDate(2026, 7, 1) << QString();
        QTest::newRow("2026-today-missing") << QDate(2026, 11, 23) << QString();
        QTest::newRow("2015-not-in-table") << QDate(2015, 3, 1) << QString();
        QTest::newRow("2016-h1-gap") << QDate(2016, 1, 1) << QString();
        QTest::newRow("before-first-entry") << QDate(2010, 9, 9) << QString();
        QTest::newRow("2014-h2") << QDate(2014, 12, 31) << u"1.00"_qs;
        QTest::newRow("2016-h2-negative-start") << QDate(2016, 7, 1) << u"-0.50"_qs;
        QTest::newRow("2019-h1-negative-end") << QDate(2019, 6, 30) << u"-0.50"_qs;
        QTest::newRow("2019-h2-zero") << QDate(2019, 7, 1) << u"0.00"_qs;
        QTest::newRow("2021-h2-zero") << QDate(2021, 12, 31) << u"0.00"_qs;
        QTest::newRow("2022-h2") << QDate(2022, 7, 1) << u"0.50"_qs;
        QTest::newRow("2024-h1") << QDate(2024, 2, 29) << u"4.00"_qs;
        QTest::newRow("2024-h2") << QDate(2024, 7, 1) << u"4.00"_qs;
    }

    void builtIn()
    {
        QFETCH(QDate, day);
        QFETCH(QString, rate);
        const auto table = ReferenceRateTable::builtIn();
        QVERIFY(table.ok());
        const auto r = table->rateFor(day);
        if (rate.isEmpty()) {
            QVERIFY(!r.ok());
            QVERIFY2(r.error().message.contains(
                         ReferenceRateTable::halfYearStart(day).toString(Qt::ISODate)),
                     qPrintable(r.error().message));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r->toString(), rate);
        }
    }

    // The whole built-in table is domain.md §4.2: every half-year it lists, each with its source.
    void builtInTableIsTheSpecTable()
    {
        const auto table = ReferenceRateTable::builtIn();
        QVERIFY(table.ok());
        QStringList actual;
        for (const auto &e : table->entries()) {
            actual << e.validFrom.toString(Qt::ISODate) + u' ' + e.rate.toString();
            QCOMPARE(e.source, ReferenceRateTable::Source::BuiltIn);
            QVERIFY2(!e.note.isEmpty(), qPrintable(e.validFrom.toString(Qt::ISODate)));
        }
        QStringList expected {u"2014-01-01 1.00"_qs, u"2014-07-01 1.00"_qs};
        for (int y = 2016; y <= 2019; ++y) {
            for (int m : {1, 7}) {
                const QDate d(y, m, 1);
                if (d >= QDate(2016, 7, 1) && d <= QDate(2019, 1, 1))
                    expected << d.toString(Qt::ISODate) + u" -0.50"_qs;
            }
        }
        for (const QDate d : {QDate(2019, 7, 1), QDate(2020, 1, 1), QDate(2020, 7, 1),
                              QDate(2021, 1, 1), QDate(2021, 7, 1), QDate(2022, 1, 1)})
            expected << d.toString(Qt::ISODate) + u" 0.00"_qs;
        expected << u"2022-07-01 0.50"_qs << u"2023-01-01 2.50"_qs << u"2023-07-01 3.50"_qs
                 << u"2024-01-01 4.00"_qs << u"2024-07-01 4.00"_qs << u"2025-01-01 3.00"_qs
                 << u"2025-07-01 2.00"_qs << u"2026-01-01 2.00"_qs;
        QCOMPARE(actual, expected);
    }

    void beforeFirstEntryNamesTheStart()
    {
        const auto r = ReferenceRateTable::builtIn()->rateFor(QDate(2010, 9, 9));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(u"2010-07-01"_qs), qPrintable(r.error().message));
        QVERIFY2(r.error().message.contains(u"2014-01-01"_qs), qPrintable(r.error().message));
        QVERIFY(!ReferenceRateTable().rateFor(QDate(2025, 1, 1)).ok());
        QVERIFY(!ReferenceRateTable::builtIn()->rateFor(QDate()).ok());
    }

    void enteredEntries()
    {
        using Source = ReferenceRateTable::Source;
        const auto table = ReferenceRateTable::builtIn().value();
        const ReferenceRateTable::Entry first {QDate(2027, 1, 1), Percentage::fromBasisPoints(150),
                                               Source::Entered, u"a"_qs};
        const ReferenceRateTable::Entry second {QDate(2027, 1, 1), Percentage::fromBasisPoints(250),
                                                Source::Entered, u"b"_qs};
        const ReferenceRateTable::Entry midMonth {
            QDate(2027, 7, 15), Percentage::fromBasisPoints(100), Source::Entered, u"c"_qs};
        const ReferenceRateTable::Entry gap {QDate(2015, 1, 1), Percentage::fromBasisPoints(0),
                                             Source::BuiltIn, u"d"_qs};
        const auto merged = table.withEntered({first, second, midMonth, gap});
        QCOMPARE(merged.rateFor(QDate(2027, 3, 1))->toString(), u"2.50"_qs); // the later entry wins
        QCOMPARE(merged.rateFor(QDate(2015, 3, 1))->toString(),
                 u"0.00"_qs); // fills a gap, marked entered
        QVERIFY(!merged.rateFor(QDate(2027, 7, 15)).ok()); // never a mid-month start
        QCOMPARE(merged.conflicts().size(), 1);
        QCOMPARE(merged.conflicts().first().validFrom, QDate(2027, 7, 15));
        const auto gapEntry
            = std::find_if(merged.entries().cbegin(), merged.entries().cend(),
                           [](const auto &e) { return e.validFrom == QDate(2015, 1, 1); });
        QVERIFY(gapEntry != merged.entries().cend());
        QCOMPARE(gapEntry->source, Source::Entered);
        QCOMPARE(merged.entries().size(), table.entries().size() + 2);
        // The original table is unchanged.
        QVERIFY(!table.rateFor(QDate(2027, 3, 1)).ok());
    }

    void enteredExtendsButNeverOverridesBuiltIn()
    {
        const auto table = ReferenceRateTable::builtIn().value();
        ReferenceRateTable::Entry h2 {QDate(2026, 7, 1), Percentage::fromBasisPoints(175),
                                      ReferenceRateTable::Source::Entered, u"anna"_qs};
        ReferenceRateTable::Entry clash {QDate(2026, 1, 1), Percentage::fromBasisPoints(900),
                                         ReferenceRateTable::Source::Entered, u"bo"_qs};
        const auto merged = table.withEntered({h2, clash});
        QCOMPARE(merged.rateFor(QDate(2026, 9, 1))->toString(), u"1.75"_qs);
        QCOMPARE(merged.rateFor(QDate(2026, 2, 1))->toString(), u"2.00"_qs);
        QCOMPARE(merged.conflicts().size(), 1);
        QCOMPARE(merged.entries().last().source, ReferenceRateTable::Source::Entered);
        QVERIFY(
            std::is_sorted(merged.entries().cbegin(), merged.entries().cend(),
                           [](const auto &a, const auto &b) { return a.validFrom < b.validFrom; }));
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not-json") << QByteArray("{");
        QTest::newRow("mid-month")
            << QByteArray(R"({"rates":[{"from":"2025-03-01","percent":"1.00"}]})");
        QTest::newRow("bad-percent")
            << QByteArray(R"({"rates":[{"from":"2025-01-01","percent":"x"}]})");
        QTest::newRow("twice") << QByteArray(
            R"({"rates":[{"from":"2025-01-01","percent":"1.00"},{"from":"2025-01-01","percent":"2.00"}]})");
    }

    void badTables()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ReferenceRateTable::fromJson(json).ok());
    }

    void fuzz()
    {
        QRandomGenerator rng(4242);
        const QByteArray good(R"({"rates":[{"from":"2025-01-01","percent":"3.00","source":"x"}]})");
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = Fordran::Test::fuzzInput(rng, good, i);
            const auto table = ReferenceRateTable::fromJson(bytes);
            if (table.ok())
                (void)table->rateFor(QDate(2025, 3, 1));
            else
                QVERIFY(!table.error().message.isEmpty());
        }
    }

    void halfYears()
    {
        QCOMPARE(ReferenceRateTable::halfYearStart(QDate(2026, 6, 30)), QDate(2026, 1, 1));
        QCOMPARE(ReferenceRateTable::halfYearStart(QDate(2026, 7, 1)), QDate(2026, 7, 1));
        QVERIFY(ReferenceRateTable::isHalfYearStart(QDate(2027, 1, 1)));
        QVERIFY(!ReferenceRateTable::isHalfYearStart(QDate(2027, 1, 2)));
    }
};

QTEST_GUILESS_MAIN(TestReferenceRates)
#include "tst_referencerates.moc"
