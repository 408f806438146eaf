#include "storagetestutil.h"

#include "models/storage/referenceraterepository.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::errorText;

class TestReferenceRatesStorage final : public QObject
{
    Q_OBJECT

private slots:
    void halfYearStarts_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("start");
        QTest::newRow("1-january") << QDate(2026, 1, 1) << true;
        QTest::newRow("1-july") << QDate(2026, 7, 1) << true;
        QTest::newRow("2-january") << QDate(2026, 1, 2) << false;
        QTest::newRow("1-june") << QDate(2026, 6, 1) << false;
        QTest::newRow("31-december") << QDate(2025, 12, 31) << false;
        QTest::newRow("invalid") << QDate() << false;
    }
    void halfYearStarts()
    {
        QFETCH(QDate, date);
        QFETCH(bool, start);
        QCOMPARE(ReferenceRateRepository::isHalfYearStart(date), start);
    }

    void setAndList_data() { Fordran::Test::addEngineRows(); }
    void setAndList()
    {
        FORDRAN_TEST_DATABASE(test);
        ReferenceRateRepository rates(test.db());
        QVERIFY(rates.list()->isEmpty());
        QVERIFY(rates.set(QDate(2027, 1, 1), Percentage::fromBasisPoints(175), u"anna"_qs).ok());
        QVERIFY(rates.set(QDate(2026, 7, 1), Percentage::fromBasisPoints(200), u"bo"_qs).ok());
        QVERIFY(rates.set(QDate(2027, 7, 1), Percentage::fromBasisPoints(-50), u"bo"_qs).ok());
        const auto list = rates.list();
        QVERIFY2(list.ok(), qPrintable(errorText(list)));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(0).validFrom, QDate(2026, 7, 1)); // oldest first
        QCOMPARE(list->at(0).rate, Percentage::fromBasisPoints(200));
        QCOMPARE(list->at(0).enteredBy, u"bo"_qs);
        QVERIFY(list->at(0).enteredAt.isValid());
        QCOMPARE(list->at(2).rate, Percentage::fromBasisPoints(-50));
    }

    void setReplacesTheSameHalfYear_data() { Fordran::Test::addEngineRows(); }
    void setReplacesTheSameHalfYear()
    {
        FORDRAN_TEST_DATABASE(test);
        ReferenceRateRepository rates(test.db());
        QVERIFY(rates.set(QDate(2026, 7, 1), Percentage::fromBasisPoints(200), u"anna"_qs).ok());
        QVERIFY(rates.set(QDate(2026, 7, 1), Percentage::fromBasisPoints(225), u"bo"_qs).ok());
        const auto list = rates.list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 1);
        QCOMPARE(list->first().rate, Percentage::fromBasisPoints(225));
        QCOMPARE(list->first().enteredBy, u"bo"_qs);
    }

    void refusedEntries_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("field");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "mid-year") << QDate(2026, 3, 1) << 200 << u"date"_qs;
            Fordran::Test::newEngineRow(engine, "second-of-july") << QDate(2026, 7, 2) << 200 << u"date"_qs;
            Fordran::Test::newEngineRow(engine, "invalid-date") << QDate() << 200 << u"date"_qs;
            Fordran::Test::newEngineRow(engine, "implausibly-high") << QDate(2026, 1, 1) << 5001 << u"percent"_qs;
            Fordran::Test::newEngineRow(engine, "implausibly-low") << QDate(2026, 1, 1) << -1001 << u"percent"_qs;
        }
    }
    void refusedEntries()
    {
        QFETCH(QDate, from);
        QFETCH(int, basisPoints);
        QFETCH(QString, field);
        FORDRAN_TEST_DATABASE(test);
        ReferenceRateRepository rates(test.db());
        const auto refused = rates.set(from, Percentage::fromBasisPoints(basisPoints), u"anna"_qs);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, field);
        QVERIFY(rates.list()->isEmpty());
    }

    void ratesAreSharedBetweenWorkstations_data() { Fordran::Test::addEngineRows(); }
    void ratesAreSharedBetweenWorkstations()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(ReferenceRateRepository(test.db()).set(QDate(2026, 7, 1), Percentage::fromBasisPoints(200), u"a"_qs).ok());
        auto other = test.openAnother();
        QVERIFY(other.ok());
        const auto seen = ReferenceRateRepository(*other.value()).list();
        QVERIFY(seen.ok());
        QCOMPARE(seen->size(), 1);
        QCOMPARE(seen->first().rate, Percentage::fromBasisPoints(200));
    }
};

QTEST_GUILESS_MAIN(TestReferenceRatesStorage)
#include "tst_referencerates_storage.moc"
