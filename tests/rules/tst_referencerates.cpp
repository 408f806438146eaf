#include "models/rules/referencerates.h"

#include <QTest>

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
            QVERIFY2(r.error().message.contains(ReferenceRateTable::halfYearStart(day).toString(Qt::ISODate)),
                     qPrintable(r.error().message));
        } else {
            QVERIFY(r.ok());
            QCOMPARE(r->toString(), rate);
        }
    }

    void enteredExtendsButNeverOverridesBuiltIn()
    {
        const auto table = ReferenceRateTable::builtIn().value();
        ReferenceRateTable::Entry h2{QDate(2026, 7, 1), Percentage::fromBasisPoints(175), ReferenceRateTable::Source::Entered, u"anna"_qs};
        ReferenceRateTable::Entry clash{QDate(2026, 1, 1), Percentage::fromBasisPoints(900), ReferenceRateTable::Source::Entered, u"bo"_qs};
        const auto merged = table.withEntered({h2, clash});
        QCOMPARE(merged.rateFor(QDate(2026, 9, 1))->toString(), u"1.75"_qs);
        QCOMPARE(merged.rateFor(QDate(2026, 2, 1))->toString(), u"2.00"_qs);
        QCOMPARE(merged.conflicts().size(), 1);
        QCOMPARE(merged.entries().last().source, ReferenceRateTable::Source::Entered);
        QVERIFY(std::is_sorted(merged.entries().cbegin(), merged.entries().cend(),
                               [](const auto &a, const auto &b) { return a.validFrom < b.validFrom; }));
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not-json") << QByteArray("{");
        QTest::newRow("mid-month") << QByteArray(R"({"rates":[{"from":"2025-03-01","percent":"1.00"}]})");
        QTest::newRow("bad-percent") << QByteArray(R"({"rates":[{"from":"2025-01-01","percent":"x"}]})");
        QTest::newRow("twice") << QByteArray(R"({"rates":[{"from":"2025-01-01","percent":"1.00"},{"from":"2025-01-01","percent":"2.00"}]})");
    }

    void badTables()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!ReferenceRateTable::fromJson(json).ok());
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
