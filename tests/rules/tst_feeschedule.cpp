#include "models/rules/feeschedule.h"

#include <QSet>
#include <QTest>

#include "domain/jsonfuzz.h"

using namespace Fordran;

class TestFeeSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void lookup_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<qint64>("ore"); // -1: no fee on that date
        QTest::addColumn<QString>("statutePart");
        QTest::addColumn<bool>("cap");
        QTest::newRow("reminder") << u"reminder"_qs << QDate(2026, 1, 1) << qint64(6000)
                                  << u"4 § 1"_qs << true;
        QTest::newRow("inkassokrav")
            << u"inkassokrav"_qs << QDate(2026, 1, 1) << qint64(18000) << u"4 § 2"_qs << true;
        QTest::newRow("plan") << u"plan"_qs << QDate(2026, 1, 1) << qint64(17000) << u"4 § 3"_qs
                              << true;
        QTest::newRow("b2b") << u"b2b_compensation"_qs << QDate(2026, 1, 1) << qint64(45000)
                             << u"4 a §"_qs << false;
        QTest::newRow("bf-application") << u"bf_application"_qs << QDate(2026, 1, 1)
                                        << qint64(30000) << u"1992:1094"_qs << false;
        QTest::newRow("bf-agent") << u"bf_agent"_qs << QDate(2026, 1, 1) << qint64(38000)
                                  << u"48 §"_qs << true;
        QTest::newRow("enforcement") << u"enforcement"_qs << QDate(2026, 1, 1) << qint64(60000)
                                     << u"grundavgift"_qs << false;
        QTest::newRow("valid-from-day")
            << u"inkassokrav"_qs << QDate(2013, 3, 16) << qint64(18000) << u"2013:56"_qs << true;
        QTest::newRow("before-2013-reform")
            << u"inkassokrav"_qs << QDate(2013, 3, 15) << qint64(-1) << QString() << true;
        QTest::newRow("bf-agent-before-2014")
            << u"bf_agent"_qs << QDate(2013, 12, 31) << qint64(-1) << QString() << true;
    }

    void lookup()
    {
        QFETCH(QString, type);
        QFETCH(QDate, on);
        QFETCH(qint64, ore);
        QFETCH(QString, statutePart);
        QFETCH(bool, cap);
        const auto schedule = FeeSchedule::builtIn();
        QVERIFY(schedule.ok());
        const auto t = feeTypeFromName(type);
        QVERIFY(t.has_value());
        QCOMPARE(feeTypeName(*t), type);
        const auto fee = schedule->lookup(*t, on);
        if (ore < 0) {
            QVERIFY(!fee.ok());
            QVERIFY(fee.error().message.contains(type));
        } else {
            QVERIFY(fee.ok());
            QCOMPARE(fee->amount.ore(), ore);
            QVERIFY2(fee->statute.contains(statutePart), qPrintable(fee->statute));
            QCOMPARE(fee->charge == FeeCharge::Cap, cap);
            QVERIFY(fee->validFrom <= on);
        }
    }

    void laterEntryWins()
    {
        const auto s = FeeSchedule::fromJson(R"({"fees":[
            {"type":"reminder","amount_ore":6000,"valid_from":"2013-03-16","statute":"a","charge":"cap"},
            {"type":"reminder","amount_ore":5000,"valid_from":"2027-01-01","statute":"b","charge":"cap"}]})");
        QVERIFY(s.ok());
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2026, 12, 31))->amount.ore(), 6000);
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2027, 1, 1))->amount.ore(), 5000);
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2027, 1, 1))->statute, u"b"_qs);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("unknown-type") << QByteArray(
            R"({"fees":[{"type":"x","amount_ore":1,"valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("fractional") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1.5,"valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("no-statute")
            << QByteArray(R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-01-01"}]})");
        QTest::newRow("no-charge") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-01-01","statute":"s"}]})");
        QTest::newRow("bad-charge") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-01-01","statute":"s","charge":"max"}]})");
        QTest::newRow("negative") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":-1,"valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("amount-text") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":"170","valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("twice") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-01-01","statute":"s","charge":"cap"},{"type":"plan","amount_ore":2,"valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("huge") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1e30,"valid_from":"2020-01-01","statute":"s","charge":"cap"}]})");
        QTest::newRow("not-json") << QByteArray("{\"fees\":");
        QTest::newRow("bad-date") << QByteArray(
            R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-13-01","statute":"s","charge":"cap"}]})");
    }

    // Every fee type has a value for every day since the last of them took effect (2014-01-01).
    void everyTypeHasAFee()
    {
        const auto schedule = FeeSchedule::builtIn();
        QVERIFY(schedule.ok());
        QCOMPARE(allFeeTypes().size(), 7);
        for (const FeeType type : allFeeTypes()) {
            for (const QDate on : {QDate(2014, 1, 1), QDate(2025, 6, 30), QDate(2026, 11, 23)}) {
                const auto fee = schedule->lookup(type, on);
                QVERIFY2(fee.ok(), qPrintable(feeTypeName(type)));
                QCOMPARE(fee->type, type);
                QVERIFY(fee->amount.isPositive());
            }
            QVERIFY(!schedule->lookup(type, QDate()).ok());
            QVERIFY(!schedule->lookup(type, QDate(1990, 1, 1)).ok());
        }
    }

    void names()
    {
        QVERIFY(!feeTypeFromName(u"Reminder"_qs).has_value());
        QVERIFY(!feeTypeFromName(QString()).has_value());
        QVERIFY(!feeTypeFromName(u"payment_plan"_qs).has_value());
        QSet<QString> seen;
        for (const FeeType type : allFeeTypes())
            seen.insert(feeTypeName(type));
        QCOMPARE(
            seen,
            (QSet<QString> {u"reminder"_qs, u"inkassokrav"_qs, u"plan"_qs, u"b2b_compensation"_qs,
                            u"bf_application"_qs, u"bf_agent"_qs, u"enforcement"_qs}));
    }

    void badTables()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!FeeSchedule::fromJson(json).ok());
    }
    // Random bytes and mangled copies of a valid table: an Error or a table, never a crash.
    void fuzz()
    {
        QRandomGenerator rng(1981739);
        const QByteArray good(
            R"({"fees":[{"type":"plan","amount_ore":17000,"valid_from":"2013-03-16","statute":"s","charge":"cap"}]})");
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = Fordran::Test::fuzzInput(rng, good, i);
            const auto schedule = FeeSchedule::fromJson(bytes);
            if (schedule.ok())
                (void)schedule->lookup(FeeType::Plan, QDate(2026, 1, 1));
            else
                QVERIFY(!schedule.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestFeeSchedule)
#include "tst_feeschedule.moc"
