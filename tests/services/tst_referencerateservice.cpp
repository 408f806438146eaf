// ReferenceRateService on SQLite and PostgreSQL: the table in use is the built-in one extended
// by the entered rates, entering a rate stores it for every connection, and built-in half-years,
// dates that do not start a half-year and implausible rates are refused without storing anything.

#include "storage/storagetestutil.h"

#include "models/services/referencerateservice.h"
#include "models/storage/referenceraterepository.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::errorText;

class TestReferenceRateService final : public QObject
{
    Q_OBJECT

private slots:
    void tableIsBuiltInWithoutEnteredRates_data() { Fordran::Test::addEngineRows(); }
    void tableIsBuiltInWithoutEnteredRates()
    {
        FORDRAN_TEST_DATABASE(test);
        const auto table = ReferenceRateService(test.db()).table();
        QVERIFY2(table.ok(), qPrintable(errorText(table)));
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        QCOMPARE(table->entries().size(), builtIn->entries().size());
        QVERIFY(table->conflicts().isEmpty());
    }

    void enteredRateExtendsTheTable_data() { Fordran::Test::addEngineRows(); }
    void enteredRateExtendsTheTable()
    {
        FORDRAN_TEST_DATABASE(test);
        const QDate h2(2026, 7, 1);
        ReferenceRateService service(test.db());
        QVERIFY(!service.table()->rateFor(QDate(2026, 11, 23)).ok());

        const Status entered = service.enter(h2, Percentage::fromBasisPoints(175), u"anna"_qs);
        QVERIFY2(entered.ok(), qPrintable(entered.error().message));

        const auto table = service.table();
        QVERIFY2(table.ok(), qPrintable(errorText(table)));
        QCOMPARE(table->rateFor(QDate(2026, 11, 23)).valueOr({}), Percentage::fromBasisPoints(175));
        const auto entry = std::find_if(table->entries().cbegin(), table->entries().cend(),
                                        [&h2](const auto &e) { return e.validFrom == h2; });
        QVERIFY(entry != table->entries().cend());
        QCOMPARE(entry->source, ReferenceRateTable::Source::Entered);
        QVERIFY2(entry->note.contains(u"anna"_qs), qPrintable(entry->note));

        // Another workstation (connection) sees it.
        auto other = test.openAnother();
        QVERIFY2(other.ok(), qPrintable(errorText(other)));
        QCOMPARE(ReferenceRateService(*other.value()).table()->rateFor(h2).valueOr({}),
                 Percentage::fromBasisPoints(175));
    }

    void enteringAgainReplaces_data() { Fordran::Test::addEngineRows(); }
    void enteringAgainReplaces()
    {
        FORDRAN_TEST_DATABASE(test);
        ReferenceRateService service(test.db());
        const QDate h2(2026, 7, 1);
        QVERIFY(service.enter(h2, Percentage::fromBasisPoints(175), u"anna"_qs).ok());
        QVERIFY(service.enter(h2, Percentage::fromBasisPoints(200), u"bo"_qs).ok());
        QCOMPARE(service.table()->rateFor(h2).valueOr({}), Percentage::fromBasisPoints(200));
        QCOMPARE(ReferenceRateRepository(test.db()).list()->size(), 1);
    }

    void refused_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QDate>("validFrom");
        QTest::addColumn<int>("basisPoints");
        QTest::addColumn<QString>("enteredBy");
        QTest::addColumn<QString>("messageNames"); // the error message contains this
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "built-in-half-year")
                << QDate(2026, 1, 1) << 175 << u"anna"_qs << u"2026-01-01"_qs;
            Fordran::Test::newEngineRow(engine, "built-in-old-half-year")
                << QDate(2014, 1, 1) << 100 << u"anna"_qs << u"built-in"_qs;
            Fordran::Test::newEngineRow(engine, "not-a-half-year-start")
                << QDate(2026, 8, 1) << 175 << u"anna"_qs << u"2026-08-01"_qs;
            Fordran::Test::newEngineRow(engine, "invalid-date")
                << QDate() << 175 << u"anna"_qs << u"1 July"_qs;
            Fordran::Test::newEngineRow(engine, "implausible-rate")
                << QDate(2026, 7, 1) << 9000 << u"anna"_qs << u"90.00"_qs;
            Fordran::Test::newEngineRow(engine, "nobody-entered-it")
                << QDate(2026, 7, 1) << 175 << u"  "_qs << u"entered"_qs;
        }
    }
    void refused()
    {
        QFETCH(QDate, validFrom);
        QFETCH(int, basisPoints);
        QFETCH(QString, enteredBy);
        QFETCH(QString, messageNames);
        FORDRAN_TEST_DATABASE(test);
        const Status entered = ReferenceRateService(test.db()).enter(
            validFrom, Percentage::fromBasisPoints(basisPoints), enteredBy);
        QVERIFY(!entered.ok());
        QVERIFY2(entered.error().message.contains(messageNames),
                 qPrintable(entered.error().message));
        QVERIFY(ReferenceRateRepository(test.db()).list()->isEmpty());
        QVERIFY(!test.db().inTransaction());
    }

    void checkEnterable_data()
    {
        QTest::addColumn<QDate>("validFrom");
        QTest::addColumn<bool>("enterable");
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        for (const ReferenceRateTable::Entry &entry : builtIn->entries())
            QTest::addRow("built-in-%s", qPrintable(entry.validFrom.toString(Qt::ISODate)))
                << entry.validFrom << false;
        QTest::newRow("2026-07-01") << QDate(2026, 7, 1) << true;
        QTest::newRow("2015-01-01-gap") << QDate(2015, 1, 1) << true;
        QTest::newRow("2030-01-01") << QDate(2030, 1, 1) << true;
        QTest::newRow("2026-07-02") << QDate(2026, 7, 2) << false;
        QTest::newRow("invalid") << QDate() << false;
    }
    void checkEnterable()
    {
        QFETCH(QDate, validFrom);
        QFETCH(bool, enterable);
        const Status status = ReferenceRateService::checkEnterable(validFrom);
        QCOMPARE(status.ok(), enterable);
        if (!status.ok())
            QCOMPARE(status.error().field, u"valid_from"_qs);
    }
};

QTEST_GUILESS_MAIN(TestReferenceRateService)
#include "tst_referencerateservice.moc"
