// Runs the real fordran-cli for bankday and interest (cli.md), good and bad input.
#include "clirunner.h"

#include <QJsonArray>

using Fordran::Test::runCli;

class TestCliCalculators final : public QObject
{
    Q_OBJECT

private slots:
    void interestExample()
    {
        const auto r = runCli({u"interest"_qs, u"--principal"_qs, u"10 000,00"_qs, u"--due"_qs, u"2025-01-15"_qs,
                               u"--to"_qs, u"2025-08-20"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.jsonOk);
        QCOMPARE(r.json.value(u"principal_ore").toInteger(), 1000000);
        QCOMPARE(r.json.value(u"interest_ore").toInteger(), 64000);
        const QJsonArray segments = r.json.value(u"segments").toArray();
        QCOMPARE(segments.size(), 2);
        const QJsonObject first = segments.at(0).toObject();
        QCOMPARE(first.value(u"from").toString(), u"2025-01-16"_qs);
        QCOMPARE(first.value(u"to").toString(), u"2025-06-30"_qs);
        QCOMPARE(first.value(u"days").toInt(), 166);
        QCOMPARE(first.value(u"rate_percent").toString(), u"11.00"_qs);
        QCOMPARE(first.value(u"interest_ore").toInteger(), 50027);
        const QJsonObject second = segments.at(1).toObject();
        QCOMPARE(second.value(u"from").toString(), u"2025-07-01"_qs);
        QCOMPARE(second.value(u"days").toInt(), 51);
        QCOMPARE(second.value(u"rate_percent").toString(), u"10.00"_qs);
        QCOMPARE(second.value(u"interest_ore").toInteger(), 13973);
    }

    void interestOptions_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<qint64>("interest");
        QTest::newRow("margin-0") << QStringList{u"--margin"_qs, u"0"_qs} << qint64(13644 + 2795); // 3.00 % for 166 days + 2.00 % for 51 days
        QTest::newRow("fixed-12.5") << QStringList{u"--fixed-rate"_qs, u"12.5"_qs} << qint64(74315);
    }

    void interestOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(qint64, interest);
        const auto r = runCli(QStringList{u"interest"_qs, u"--principal"_qs, u"10000"_qs, u"--due"_qs, u"2025-01-15"_qs,
                                          u"--to"_qs, u"2025-08-20"_qs} + extra);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"interest_ore").toInteger(), interest);
    }

    void bankday_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("date");
        QTest::newRow("next-midsummer-eve") << QStringList{u"next"_qs, u"2025-06-20"_qs} << u"2025-06-23"_qs;
        QTest::newRow("next-itself") << QStringList{u"next"_qs, u"2025-06-23"_qs} << u"2025-06-23"_qs;
        QTest::newRow("add-over-new-year") << QStringList{u"add"_qs, u"2025-12-22"_qs, u"5"_qs} << u"2026-01-05"_qs;
        QTest::newRow("add-zero") << QStringList{u"add"_qs, u"2026-04-03"_qs, u"0"_qs} << u"2026-04-07"_qs;
    }

    void bankday()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, date);
        const auto r = runCli(QStringList{u"bankday"_qs} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"date").toString(), date);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorPart");
        const QStringList base{u"interest"_qs, u"--due"_qs, u"2025-01-15"_qs, u"--to"_qs, u"2025-08-20"_qs, u"--principal"_qs};
        QTest::newRow("empty-amount") << base + QStringList{QString()} << u"amount"_qs;
        QTest::newRow("letters") << base + QStringList{u"tusen"_qs} << u"tusen"_qs;
        QTest::newRow("huge") << base + QStringList{u"99999999999999999999999"_qs} << u"too large"_qs;
        QTest::newRow("negative") << base + QStringList{u"-5"_qs} << u"negative"_qs;
        QTest::newRow("missing-half-year")
            << QStringList{u"interest"_qs, u"--principal"_qs, u"100"_qs, u"--due"_qs, u"2026-05-01"_qs, u"--to"_qs, u"2026-08-01"_qs}
            << u"2026-07-01"_qs;
        QTest::newRow("impossible-date")
            << QStringList{u"interest"_qs, u"--principal"_qs, u"100"_qs, u"--due"_qs, u"2025-02-30"_qs, u"--to"_qs, u"2025-08-01"_qs}
            << u"2025-02-30"_qs;
        QTest::newRow("bad-margin") << base + QStringList{u"100"_qs, u"--margin"_qs, u"x"_qs} << u"--margin"_qs;
        QTest::newRow("bankday-bad-date") << QStringList{u"bankday"_qs, u"next"_qs, u"2025-13-01"_qs} << u"2025-13-01"_qs;
        QTest::newRow("bankday-letters") << QStringList{u"bankday"_qs, u"next"_qs, u"tomorrow"_qs} << u"tomorrow"_qs;
        QTest::newRow("bankday-negative") << QStringList{u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"-3"_qs} << u"-3"_qs;
        QTest::newRow("bankday-huge") << QStringList{u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"99999999999"_qs} << u"N"_qs;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorPart);
        const auto r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.jsonOk);
        QVERIFY2(r.json.value(u"error").toString().contains(errorPart), qPrintable(r.json.value(u"error").toString()));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no-to") << QStringList{u"interest"_qs, u"--principal"_qs, u"1"_qs, u"--due"_qs, u"2025-01-01"_qs};
        QTest::newRow("both-rates") << QStringList{u"interest"_qs, u"--principal"_qs, u"1"_qs, u"--due"_qs, u"2025-01-01"_qs,
                                                   u"--to"_qs, u"2025-02-01"_qs, u"--margin"_qs, u"1"_qs, u"--fixed-rate"_qs, u"2"_qs};
        QTest::newRow("bankday-no-date") << QStringList{u"bankday"_qs, u"next"_qs};
        QTest::newRow("bankday-extra") << QStringList{u"bankday"_qs, u"next"_qs, u"2025-01-01"_qs, u"x"_qs};
        QTest::newRow("unknown-option") << QStringList{u"bankday"_qs, u"next"_qs, u"2025-01-01"_qs, u"--fast"_qs};
    }

    void usage()
    {
        QFETCH(QStringList, args);
        const auto r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.stdoutBytes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCalculators)
#include "tst_cli_calculators.moc"
