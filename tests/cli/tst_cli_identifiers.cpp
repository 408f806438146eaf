// fordran-cli id check, ocr make, ocr check: the real binary, exit codes and JSON of cli.md.
#include "clirunner.h"

#include <QJsonArray>
#include <QTest>

using Fordran::Test::runCli;

namespace {

/*! In an expected JSON object, an "error" of AnyError only has to be a non-empty string. */
const QString AnyError = QStringLiteral("*");

QJsonObject ok(const QString &input, const QString &kind, const QString &normalized)
{
    return QJsonObject{{u"input"_qs, input}, {u"valid"_qs, true}, {u"kind"_qs, kind}, {u"normalized"_qs, normalized}};
}

QJsonObject invalid(const QString &input, const QString &error = AnyError)
{
    return QJsonObject{{u"input"_qs, input}, {u"valid"_qs, false}, {u"error"_qs, error}};
}

QJsonObject rejected(const QString &input, const QString &error = AnyError)
{
    return QJsonObject{{u"input"_qs, input}, {u"error"_qs, error}};
}

} // namespace

class TestCliIdentifiers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!Fordran::Test::cliPath().isEmpty(), "FORDRAN_CLI is not set");
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QJsonObject>("expected");

        const QString huge(100000, u'9');
        const QString arabic = QStringLiteral("\u0668\u0661\u0661\u0662\u0661\u0668-\u0669\u0668\u0667\u0666");

        // id check
        QTest::newRow("id-personnummer") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on"_qs, u"2026-01-15"_qs}
                                         << 0 << ok(u"811218-9876"_qs, u"personnummer"_qs, u"198112189876"_qs);
        QTest::newRow("id-default-date-today") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs}
                                               << 0 << ok(u"811218-9876"_qs, u"personnummer"_qs, u"198112189876"_qs);
        QTest::newRow("id-on-decides-century") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on=2081-12-18"_qs}
                                               << 0 << ok(u"811218-9876"_qs, u"personnummer"_qs, u"208112189876"_qs);
        QTest::newRow("id-plus-century") << QStringList{u"id"_qs, u"check"_qs, u"811218+9876"_qs, u"--on"_qs, u"2026-01-15"_qs}
                                         << 0 << ok(u"811218+9876"_qs, u"personnummer"_qs, u"188112189876"_qs);
        QTest::newRow("id-12-digits") << QStringList{u"id"_qs, u"check"_qs, u"198112189876"_qs}
                                      << 0 << ok(u"198112189876"_qs, u"personnummer"_qs, u"198112189876"_qs);
        QTest::newRow("id-samordningsnummer") << QStringList{u"id"_qs, u"check"_qs, u"701063-2391"_qs}
                                              << 0 << ok(u"701063-2391"_qs, u"samordningsnummer"_qs, u"197010632391"_qs);
        QTest::newRow("id-orgnr") << QStringList{u"id"_qs, u"check"_qs, u"556036-0793"_qs}
                                  << 0 << ok(u"556036-0793"_qs, u"organisationsnummer"_qs, u"5560360793"_qs);
        QTest::newRow("id-orgnr-16-prefix") << QStringList{u"id"_qs, u"check"_qs, u"165560360793"_qs}
                                            << 0 << ok(u"165560360793"_qs, u"organisationsnummer"_qs, u"5560360793"_qs);

        QTest::newRow("id-check-digit") << QStringList{u"id"_qs, u"check"_qs, u"811218-9875"_qs}
                                        << 1 << invalid(u"811218-9875"_qs, u"check digit mismatch"_qs);
        QTest::newRow("id-empty") << QStringList{u"id"_qs, u"check"_qs, QString()} << 1 << invalid(QString());
        QTest::newRow("id-letters") << QStringList{u"id"_qs, u"check"_qs, u"abcdef-ghij"_qs} << 1 << invalid(u"abcdef-ghij"_qs);
        QTest::newRow("id-feb29-non-leap") << QStringList{u"id"_qs, u"check"_qs, u"230229-1238"_qs}
                                           << 1 << invalid(u"230229-1238"_qs);
        QTest::newRow("id-month-13") << QStringList{u"id"_qs, u"check"_qs, u"811318-1237"_qs} << 1 << invalid(u"811318-1237"_qs);
        QTest::newRow("id-huge") << QStringList{u"id"_qs, u"check"_qs, huge} << 1 << invalid(huge);
        QTest::newRow("id-unicode-digits") << QStringList{u"id"_qs, u"check"_qs, arabic} << 1 << invalid(arabic);
        QTest::newRow("id-impossible-on-date") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on"_qs, u"2026-02-30"_qs}
                                               << 1 << rejected(u"811218-9876"_qs);
        QTest::newRow("id-on-not-a-date") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on"_qs, u"tomorrow"_qs}
                                          << 1 << rejected(u"811218-9876"_qs);
        QTest::newRow("id-on-empty") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on="_qs}
                                     << 1 << rejected(u"811218-9876"_qs);
        QTest::newRow("id-missing-value") << QStringList{u"id"_qs, u"check"_qs} << 2 << QJsonObject();
        QTest::newRow("id-two-values") << QStringList{u"id"_qs, u"check"_qs, u"1"_qs, u"2"_qs} << 2 << QJsonObject();
        QTest::newRow("id-on-without-date") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--on"_qs}
                                            << 2 << QJsonObject();
        QTest::newRow("id-unknown-option") << QStringList{u"id"_qs, u"check"_qs, u"811218-9876"_qs, u"--length-digit"_qs}
                                           << 2 << QJsonObject();

        // ocr make
        QTest::newRow("make-check-only") << QStringList{u"ocr"_qs, u"make"_qs, u"123"_qs} << 0 << QJsonObject{{u"ocr"_qs, u"1230"_qs}};
        QTest::newRow("make-length-digit") << QStringList{u"ocr"_qs, u"make"_qs, u"123"_qs, u"--length-digit"_qs}
                                           << 0 << QJsonObject{{u"ocr"_qs, u"12351"_qs}};
        QTest::newRow("make-letters") << QStringList{u"ocr"_qs, u"make"_qs, u"12a"_qs} << 1 << rejected(u"12a"_qs);
        QTest::newRow("make-empty") << QStringList{u"ocr"_qs, u"make"_qs, QString()} << 1 << rejected(QString());
        QTest::newRow("make-too-long") << QStringList{u"ocr"_qs, u"make"_qs, QString(25, u'1')} << 1 << rejected(QString(25, u'1'));
        QTest::newRow("make-huge") << QStringList{u"ocr"_qs, u"make"_qs, huge} << 1 << rejected(huge);
        QTest::newRow("make-missing-payload") << QStringList{u"ocr"_qs, u"make"_qs} << 2 << QJsonObject();
        QTest::newRow("make-flag-with-value") << QStringList{u"ocr"_qs, u"make"_qs, u"123"_qs, u"--length-digit=1"_qs}
                                              << 2 << QJsonObject();

        // ocr check
        QTest::newRow("check-valid") << QStringList{u"ocr"_qs, u"check"_qs, u"1230"_qs}
                                     << 0 << QJsonObject{{u"input"_qs, u"1230"_qs}, {u"valid"_qs, true}};
        QTest::newRow("check-valid-length-digit") << QStringList{u"ocr"_qs, u"check"_qs, u"12351"_qs, u"--length-digit"_qs}
                                                  << 0 << QJsonObject{{u"input"_qs, u"12351"_qs}, {u"valid"_qs, true}};
        QTest::newRow("check-digit-wrong") << QStringList{u"ocr"_qs, u"check"_qs, u"1231"_qs}
                                           << 1 << invalid(u"1231"_qs, u"check digit mismatch"_qs);
        QTest::newRow("check-length-digit-wrong") << QStringList{u"ocr"_qs, u"check"_qs, u"1230"_qs, u"--length-digit"_qs}
                                                  << 1 << invalid(u"1230"_qs);
        QTest::newRow("check-empty") << QStringList{u"ocr"_qs, u"check"_qs, QString()} << 1 << invalid(QString());
        QTest::newRow("check-letters") << QStringList{u"ocr"_qs, u"check"_qs, u"abc"_qs} << 1 << invalid(u"abc"_qs);
        QTest::newRow("check-one-digit") << QStringList{u"ocr"_qs, u"check"_qs, u"0"_qs} << 1 << invalid(u"0"_qs);
        QTest::newRow("check-huge") << QStringList{u"ocr"_qs, u"check"_qs, huge} << 1 << invalid(huge);
        QTest::newRow("check-missing-value") << QStringList{u"ocr"_qs, u"check"_qs} << 2 << QJsonObject();
    }

    void commands()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QJsonObject, expected);

        const auto r = runCli(args);
        QVERIFY2(!r.crashed, r.stderrBytes.constData());
        QCOMPARE(r.exitCode, exitCode);

        if (exitCode == 2) {
            // Usage errors: a message for people on stderr, nothing on stdout.
            QVERIFY(r.stdoutBytes.isEmpty());
            QVERIFY(!r.stderrBytes.isEmpty());
            return;
        }
        QVERIFY2(r.jsonOk, r.stdoutBytes.left(200).constData());
        QVERIFY(r.stdoutBytes.endsWith('\n'));
        QCOMPARE(r.stdoutBytes.count('\n'), 1); // one JSON document, one line
        QCOMPARE(r.json.keys(), expected.keys());
        for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
            if (it.key() == u"error" && it.value().toString() == AnyError) {
                QVERIFY(!r.json.value(it.key()).toString().isEmpty());
                continue;
            }
            QCOMPARE(r.json.value(it.key()), it.value());
        }
        if (exitCode == 0)
            QVERIFY(r.stderrBytes.isEmpty());
    }

    // What ocr make prints, ocr check accepts, for both control levels.
    void makeThenCheck_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("lengthDigit");
        QTest::newRow("case-number") << u"20260001"_qs << false;
        QTest::newRow("case-number-length-digit") << u"20260001"_qs << true;
        QTest::newRow("longest-payload") << QString(23, u'7') << true;
    }

    void makeThenCheck()
    {
        QFETCH(QString, payload);
        QFETCH(bool, lengthDigit);
        const QStringList flag = lengthDigit ? QStringList{u"--length-digit"_qs} : QStringList();

        const auto made = runCli(QStringList{u"ocr"_qs, u"make"_qs, payload} + flag);
        QCOMPARE(made.exitCode, 0);
        const QString ocr = made.json.value(u"ocr"_qs).toString();
        QVERIFY(ocr.startsWith(payload));
        QCOMPARE(ocr.size(), payload.size() + (lengthDigit ? 2 : 1));

        const auto checked = runCli(QStringList{u"ocr"_qs, u"check"_qs, ocr} + flag);
        QCOMPARE(checked.exitCode, 0);
        QCOMPARE(checked.json.value(u"valid"_qs).toBool(), true);
    }
};

QTEST_GUILESS_MAIN(TestCliIdentifiers)
#include "tst_cli_identifiers.moc"
