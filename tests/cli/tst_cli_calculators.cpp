// Runs the real fordran-cli for bankday and interest (cli.md), good and bad input.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

using Fordran::Test::runCli;

class TestCliCalculators final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    // No saved settings or default database of the user running the tests: the rates are the
    // built-in table only, so a rate someone entered for 2026-H2 cannot change the results.
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("XDG_CONFIG_HOME");
        qunsetenv("XDG_DATA_HOME");
    }

    // cli.md's example document, value for value.
    void interestExampleIsTheSpecDocument()
    {
        const QByteArray spec = R"({"principal_ore": 1000000, "interest_ore": 64000,
 "segments": [{"from": "2025-01-16", "to": "2025-06-30", "days": 166, "rate_percent": "11.00", "interest_ore": 50027},
              {"from": "2025-07-01", "to": "2025-08-20", "days": 51, "rate_percent": "10.00", "interest_ore": 13973}]})";
        const auto r = runCli({u"interest"_qs, u"--principal"_qs, u"10000"_qs, u"--due"_qs,
                               u"2025-01-15"_qs, u"--to"_qs, u"2025-08-20"_qs});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.jsonOk);
        QCOMPARE(r.json, QJsonDocument::fromJson(spec).object());
        QVERIFY(r.stdoutBytes.endsWith('\n'));
        QCOMPARE(r.stdoutBytes.count('\n'), 1); // one document, one line
    }

    void interestExample()
    {
        const auto r = runCli({u"interest"_qs, u"--principal"_qs, u"10 000,00"_qs, u"--due"_qs,
                               u"2025-01-15"_qs, u"--to"_qs, u"2025-08-20"_qs});
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
        QTest::newRow("margin-0") << QStringList {u"--margin"_qs, u"0"_qs}
                                  << qint64(13644
                                            + 2795); // 3.00 % for 166 days + 2.00 % for 51 days
        QTest::newRow("fixed-12.5")
            << QStringList {u"--fixed-rate"_qs, u"12.5"_qs} << qint64(74315);
        QTest::newRow("fixed-12,50")
            << QStringList {u"--fixed-rate"_qs, u"12,50"_qs} << qint64(74315);
        QTest::newRow("margin-8-is-default")
            << QStringList {u"--margin"_qs, u"8.00"_qs} << qint64(64000);
        QTest::newRow("fixed-zero") << QStringList {u"--fixed-rate"_qs, u"0"_qs} << qint64(0);
    }

    void interestOptions()
    {
        QFETCH(QStringList, extra);
        QFETCH(qint64, interest);
        const auto r
            = runCli(QStringList {u"interest"_qs, u"--principal"_qs, u"10000"_qs, u"--due"_qs,
                                  u"2025-01-15"_qs, u"--to"_qs, u"2025-08-20"_qs}
                     + extra);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"interest_ore").toInteger(), interest);
    }

    // Nothing accrued yet: zero and no segments (the due date on Saturday moves to Monday).
    void interestBeforeFirstDay()
    {
        const auto r = runCli({u"interest"_qs, u"--principal"_qs, u"1 234,50"_qs, u"--due"_qs,
                               u"2025-06-21"_qs, u"--to"_qs, u"2025-06-23"_qs});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"principal_ore").toInteger(), 123450);
        QCOMPARE(r.json.value(u"interest_ore").toInteger(), 0);
        QVERIFY(r.json.value(u"segments").isArray());
        QVERIFY(r.json.value(u"segments").toArray().isEmpty());
    }

    void bankday_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("date");
        QTest::newRow("next-midsummer-eve")
            << QStringList {u"next"_qs, u"2025-06-20"_qs} << u"2025-06-23"_qs;
        QTest::newRow("next-itself")
            << QStringList {u"next"_qs, u"2025-06-23"_qs} << u"2025-06-23"_qs;
        QTest::newRow("add-over-new-year")
            << QStringList {u"add"_qs, u"2025-12-22"_qs, u"5"_qs} << u"2026-01-05"_qs;
        QTest::newRow("add-zero") << QStringList {u"add"_qs, u"2026-04-03"_qs, u"0"_qs}
                                  << u"2026-04-07"_qs;
        QTest::newRow("next-christmas-eve-2025")
            << QStringList {u"next"_qs, u"2025-12-24"_qs} << u"2025-12-29"_qs;
        QTest::newRow("next-nyarsafton-2026")
            << QStringList {u"next"_qs, u"2026-12-31"_qs} << u"2027-01-04"_qs;
        QTest::newRow("next-ascension-2026")
            << QStringList {u"next"_qs, u"2026-05-14"_qs} << u"2026-05-15"_qs;
        QTest::newRow("next-2004-annandag-pingst")
            << QStringList {u"next"_qs, u"2004-05-31"_qs} << u"2004-06-01"_qs;
        QTest::newRow("add-four-over-easter")
            << QStringList {u"add"_qs, u"2026-04-01"_qs, u"4"_qs} << u"2026-04-09"_qs;
        QTest::newRow("add-one-from-midsummer-eve")
            << QStringList {u"add"_qs, u"2025-06-20"_qs, u"1"_qs} << u"2025-06-23"_qs;
    }

    void bankday()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, date);
        const auto r = runCli(QStringList {u"bankday"_qs} + args);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(u"date").toString(), date);
    }

    void rejected_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("errorPart");
        const QStringList base {u"interest"_qs, u"--due"_qs,      u"2025-01-15"_qs,
                                u"--to"_qs,     u"2025-08-20"_qs, u"--principal"_qs};
        QTest::newRow("empty-amount") << base + QStringList {QString()} << u"amount"_qs;
        QTest::newRow("letters") << base + QStringList {u"tusen"_qs} << u"tusen"_qs;
        QTest::newRow("huge") << base + QStringList {u"99999999999999999999999"_qs}
                              << u"too large"_qs;
        QTest::newRow("negative") << base + QStringList {u"-5"_qs} << u"negative"_qs;
        QTest::newRow("missing-half-year")
            << QStringList {u"interest"_qs,   u"--principal"_qs, u"100"_qs,       u"--due"_qs,
                            u"2026-05-01"_qs, u"--to"_qs,        u"2026-08-01"_qs}
            << u"2026-07-01"_qs;
        QTest::newRow("impossible-date")
            << QStringList {u"interest"_qs,   u"--principal"_qs, u"100"_qs,       u"--due"_qs,
                            u"2025-02-30"_qs, u"--to"_qs,        u"2025-08-01"_qs}
            << u"2025-02-30"_qs;
        QTest::newRow("bad-margin")
            << base + QStringList {u"100"_qs, u"--margin"_qs, u"x"_qs} << u"--margin"_qs;
        QTest::newRow("bankday-bad-date")
            << QStringList {u"bankday"_qs, u"next"_qs, u"2025-13-01"_qs} << u"2025-13-01"_qs;
        QTest::newRow("bankday-letters")
            << QStringList {u"bankday"_qs, u"next"_qs, u"tomorrow"_qs} << u"tomorrow"_qs;
        QTest::newRow("bankday-negative")
            << QStringList {u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"-3"_qs} << u"-3"_qs;
        QTest::newRow("bankday-huge")
            << QStringList {u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"99999999999"_qs}
            << u"N"_qs;
        QTest::newRow("bankday-n-letters")
            << QStringList {u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"five"_qs} << u"five"_qs;
        QTest::newRow("bankday-n-fraction")
            << QStringList {u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs, u"1.5"_qs} << u"1.5"_qs;
        QTest::newRow("bankday-far-year")
            << QStringList {u"bankday"_qs, u"next"_qs, u"9999-12-31"_qs} << u"outside"_qs;
        QTest::newRow("bankday-loose-date")
            << QStringList {u"bankday"_qs, u"next"_qs, u"2025-6-1"_qs} << u"2025-6-1"_qs;
        QTest::newRow("bankday-empty")
            << QStringList {u"bankday"_qs, u"next"_qs, QString()} << u"date"_qs;
        QTest::newRow("bankday-binary")
            << QStringList {u"bankday"_qs, u"next"_qs, QString::fromLatin1("\x01\xff\x7f")}
            << u"date"_qs;
        QTest::newRow("interest-2026-h2-to-only")
            << QStringList {u"interest"_qs,   u"--principal"_qs, u"100"_qs,       u"--due"_qs,
                            u"2026-06-29"_qs, u"--to"_qs,        u"2026-07-01"_qs}
            << u"2026-07-01"_qs;
        QTest::newRow("fixed-rate-negative")
            << base + QStringList {u"100"_qs, u"--fixed-rate"_qs, u"-1"_qs} << u"--fixed-rate"_qs;
        QTest::newRow("fixed-rate-absurd")
            << base + QStringList {u"100"_qs, u"--fixed-rate"_qs, u"5000"_qs} << u"--fixed-rate"_qs;
        QTest::newRow("margin-negative")
            << base + QStringList {u"100"_qs, u"--margin"_qs, u"-3"_qs} << u"--margin"_qs;
        QTest::newRow("bad-to") << QStringList {u"interest"_qs, u"--principal"_qs, u"100"_qs,
                                                u"--due"_qs,    u"2025-01-01"_qs,  u"--to"_qs,
                                                u"soon"_qs}
                                << u"--to"_qs;
        QTest::newRow("ore-fraction") << base + QStringList {u"10.005"_qs} << u"10.005"_qs;
    }

    void rejected()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, errorPart);
        const auto r = runCli(args);
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.jsonOk);
        QVERIFY2(r.json.value(u"error").toString().contains(errorPart),
                 qPrintable(r.json.value(u"error").toString()));
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no-to") << QStringList {u"interest"_qs, u"--principal"_qs, u"1"_qs,
                                               u"--due"_qs, u"2025-01-01"_qs};
        QTest::newRow("both-rates")
            << QStringList {u"interest"_qs,   u"--principal"_qs,  u"1"_qs,          u"--due"_qs,
                            u"2025-01-01"_qs, u"--to"_qs,         u"2025-02-01"_qs, u"--margin"_qs,
                            u"1"_qs,          u"--fixed-rate"_qs, u"2"_qs};
        QTest::newRow("bankday-no-date") << QStringList {u"bankday"_qs, u"next"_qs};
        QTest::newRow("bankday-extra")
            << QStringList {u"bankday"_qs, u"next"_qs, u"2025-01-01"_qs, u"x"_qs};
        QTest::newRow("unknown-option")
            << QStringList {u"bankday"_qs, u"next"_qs, u"2025-01-01"_qs, u"--fast"_qs};
        QTest::newRow("no-principal") << QStringList {u"interest"_qs, u"--due"_qs, u"2025-01-01"_qs,
                                                      u"--to"_qs, u"2025-02-01"_qs};
        QTest::newRow("no-due") << QStringList {u"interest"_qs, u"--principal"_qs, u"1"_qs,
                                                u"--to"_qs, u"2025-02-01"_qs};
        QTest::newRow("option-without-value") << QStringList {u"interest"_qs, u"--principal"_qs};
        QTest::newRow("interest-positional") << QStringList {u"interest"_qs, u"100"_qs};
        QTest::newRow("bankday-add-no-n")
            << QStringList {u"bankday"_qs, u"add"_qs, u"2025-01-01"_qs};
        QTest::newRow("bankday-unknown-verb")
            << QStringList {u"bankday"_qs, u"previous"_qs, u"2025-01-01"_qs};
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
