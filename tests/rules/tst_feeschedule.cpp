#include "models/rules/feeschedule.h"

#include <QTest>

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
        QTest::newRow("reminder") << u"reminder"_qs << QDate(2026, 1, 1) << qint64(6000) << u"4 § 1"_qs;
        QTest::newRow("inkassokrav") << u"inkassokrav"_qs << QDate(2026, 1, 1) << qint64(18000) << u"4 § 2"_qs;
        QTest::newRow("plan") << u"plan"_qs << QDate(2026, 1, 1) << qint64(17000) << u"4 § 3"_qs;
        QTest::newRow("b2b") << u"b2b_compensation"_qs << QDate(2026, 1, 1) << qint64(45000) << u"4 a §"_qs;
        QTest::newRow("bf-application") << u"bf_application"_qs << QDate(2026, 1, 1) << qint64(30000) << u"1992:1094"_qs;
        QTest::newRow("bf-agent") << u"bf_agent"_qs << QDate(2026, 1, 1) << qint64(38000) << u"48 §"_qs;
        QTest::newRow("enforcement") << u"enforcement"_qs << QDate(2026, 1, 1) << qint64(60000) << u"grundavgift"_qs;
        QTest::newRow("valid-from-day") << u"inkassokrav"_qs << QDate(2013, 3, 16) << qint64(18000) << u"2013:56"_qs;
        QTest::newRow("before-2013-reform") << u"inkassokrav"_qs << QDate(2013, 3, 15) << qint64(-1) << QString();
        QTest::newRow("bf-agent-before-2014") << u"bf_agent"_qs << QDate(2013, 12, 31) << qint64(-1) << QString();
    }

    void lookup()
    {
        QFETCH(QString, type);
        QFETCH(QDate, on);
        QFETCH(qint64, ore);
        QFETCH(QString, statutePart);
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
        }
    }

    void laterEntryWins()
    {
        const auto s = FeeSchedule::fromJson(R"({"fees":[
            {"type":"reminder","amount_ore":6000,"valid_from":"2013-03-16","statute":"a"},
            {"type":"reminder","amount_ore":5000,"valid_from":"2027-01-01","statute":"b"}]})");
        QVERIFY(s.ok());
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2026, 12, 31))->amount.ore(), 6000);
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2027, 1, 1))->amount.ore(), 5000);
        QCOMPARE(s->lookup(FeeType::Reminder, QDate(2027, 1, 1))->statute, u"b"_qs);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("empty") << QByteArray("{}");
        QTest::newRow("unknown-type") << QByteArray(R"({"fees":[{"type":"x","amount_ore":1,"valid_from":"2020-01-01","statute":"s"}]})");
        QTest::newRow("fractional") << QByteArray(R"({"fees":[{"type":"plan","amount_ore":1.5,"valid_from":"2020-01-01","statute":"s"}]})");
        QTest::newRow("no-statute") << QByteArray(R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-01-01"}]})");
        QTest::newRow("bad-date") << QByteArray(R"({"fees":[{"type":"plan","amount_ore":1,"valid_from":"2020-13-01","statute":"s"}]})");
    }

    void badTables()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!FeeSchedule::fromJson(json).ok());
    }
};

QTEST_GUILESS_MAIN(TestFeeSchedule)
#include "tst_feeschedule.moc"
