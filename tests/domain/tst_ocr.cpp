#include "models/domain/ocr.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

namespace Ocr = Fordran::Ocr;

class TestOcr final : public QObject
{
    Q_OBJECT

private slots:
    void make_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("lengthDigit");
        QTest::addColumn<QString>("ocr");
        QTest::addColumn<QString>("error");

        // domain.md §9.3 examples.
        QTest::newRow("spec-123-check-only") << u"123"_qs << false << u"1230"_qs << QString();
        QTest::newRow("spec-123-with-length-digit") << u"123"_qs << true << u"12351"_qs << QString();

        QTest::newRow("one-digit-payload") << u"1"_qs << false << u"18"_qs << QString();
        QTest::newRow("one-digit-payload-length") << u"1"_qs << true << u"133"_qs << QString();
        QTest::newRow("zero-payload") << u"0"_qs << false << u"00"_qs << QString();
        QTest::newRow("leading-zeros-kept") << u"00042"_qs << false << u"000422"_qs << QString();
        QTest::newRow("leading-zeros-length") << u"00042"_qs << true << u"0004275"_qs << QString();
        QTest::newRow("length-10-gives-digit-0") << u"12345678"_qs << true << u"1234567806"_qs << QString();
        QTest::newRow("length-11-gives-digit-1") << u"123456789"_qs << true << u"12345678911"_qs << QString();
        QTest::newRow("surrounding-space") << u" 123 "_qs << false << u"1230"_qs << QString();
        QTest::newRow("max-25-check-only") << QString(24, u'9') << false << u"9999999999999999999999994"_qs << QString();
        QTest::newRow("max-25-with-length") << QString(23, u'1') << true << u"1111111111111111111111155"_qs << QString();

        QTest::newRow("empty") << QString() << false << QString() << u"empty OCR payload"_qs;
        QTest::newRow("blank") << u"  "_qs << true << QString() << u"empty OCR payload"_qs;
        QTest::newRow("letters") << u"12a"_qs << false << QString() << u"'a' in the OCR payload: digits only"_qs;
        QTest::newRow("inner-space") << u"1 2"_qs << false << QString() << u"' ' in the OCR payload: digits only"_qs;
        QTest::newRow("negative") << u"-5"_qs << false << QString() << u"'-' in the OCR payload: digits only"_qs;
        QTest::newRow("arabic-indic-digit") << QStringLiteral("1\u0662") << false << QString()
                                            << QStringLiteral("'\u0662' in the OCR payload: digits only");
        QTest::newRow("control-character") << QString(u"1"_qs + QChar(7)) << false << QString()
                                           << u"U+0007 in the OCR payload: digits only"_qs;
        QTest::newRow("26-check-only") << QString(25, u'1') << false << QString()
                                       << u"the OCR payload is too long: 26 digits with check digits, at most 25"_qs;
        QTest::newRow("26-with-length") << QString(24, u'1') << true << QString()
                                        << u"the OCR payload is too long: 26 digits with check digits, at most 25"_qs;
        QTest::newRow("huge") << QString(100000, u'1') << false << QString()
                              << u"the OCR payload is too long: 100001 digits with check digits, at most 25"_qs;
    }

    void make()
    {
        QFETCH(QString, payload);
        QFETCH(bool, lengthDigit);
        QFETCH(QString, ocr);
        QFETCH(QString, error);

        const auto result = Ocr::make(payload, lengthDigit);
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result.value(), ocr);
            QVERIFY(Ocr::check(result.value(), lengthDigit).ok());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
        }
    }

    void check_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("lengthDigit");
        QTest::addColumn<QString>("error");

        QTest::newRow("spec-1230") << u"1230"_qs << false << QString();
        QTest::newRow("spec-12351") << u"12351"_qs << true << QString();
        QTest::newRow("12351-without-length-check") << u"12351"_qs << false << QString();
        QTest::newRow("shortest") << u"18"_qs << false << QString();
        QTest::newRow("shortest-with-length") << u"133"_qs << true << QString();
        QTest::newRow("trimmed") << u" 1230\n"_qs << false << QString();
        QTest::newRow("longest") << u"9999999999999999999999994"_qs << false << QString();

        QTest::newRow("check-digit") << u"1231"_qs << false << u"check digit mismatch"_qs;
        QTest::newRow("check-digit-with-length") << u"12350"_qs << true << u"check digit mismatch"_qs;
        QTest::newRow("transposed") << u"1320"_qs << false << u"check digit mismatch"_qs;
        QTest::newRow("length-digit-missing") << u"1230"_qs << true
                                              << u"length digit mismatch: 4 digits need length digit 4, not 3"_qs;
        QTest::newRow("length-digit-wrong") << u"12361"_qs << true
                                            << u"length digit mismatch: 5 digits need length digit 5, not 6"_qs;
        QTest::newRow("digit-dropped") << u"1351"_qs << true
                                       << u"length digit mismatch: 4 digits need length digit 4, not 5"_qs;
        QTest::newRow("empty") << QString() << false << u"empty OCR reference"_qs;
        QTest::newRow("blank") << u" "_qs << true << u"empty OCR reference"_qs;
        QTest::newRow("one-digit") << u"0"_qs << false << u"an OCR reference has 2–25 digits, not 1"_qs;
        QTest::newRow("two-digits-with-length") << u"18"_qs << true << u"an OCR reference has 3–25 digits, not 2"_qs;
        QTest::newRow("26-digits") << QString(26, u'0') << false << u"an OCR reference has 2–25 digits, not 26"_qs;
        QTest::newRow("huge") << QString(100000, u'0') << true << u"an OCR reference has 3–25 digits, not 100000"_qs;
        QTest::newRow("letters") << u"12a0"_qs << false << u"'a' in the OCR reference: digits only"_qs;
        QTest::newRow("inner-space") << u"12 30"_qs << false << u"' ' in the OCR reference: digits only"_qs;
        QTest::newRow("dash") << u"-1230"_qs << false << u"'-' in the OCR reference: digits only"_qs;
        QTest::newRow("fullwidth-digits") << QStringLiteral("\uff11\uff12\uff13\uff10") << false
                                          << QStringLiteral("'\uff11' in the OCR reference: digits only");
    }

    void check()
    {
        QFETCH(QString, value);
        QFETCH(bool, lengthDigit);
        QFETCH(QString, error);

        const auto status = Ocr::check(value, lengthDigit);
        QCOMPARE(status.ok(), error.isEmpty());
        if (!error.isEmpty())
            QCOMPARE(status.error().message, error);
    }

    // The case reference of the demo data and the claims import: case number digits + length + check.
    void forCaseNumber_data()
    {
        QTest::addColumn<QString>("caseNo");
        QTest::addColumn<QString>("ocr");
        QTest::addColumn<QString>("error");

        QTest::newRow("first-of-2026") << u"2026-000001"_qs << u"202600000121"_qs << QString();
        QTest::newRow("seven-digit-number") << u"2026-1000000"_qs << u"2026100000036"_qs << QString();
        QTest::newRow("no-digits") << u"-"_qs << QString() << u"empty OCR payload"_qs;
        QTest::newRow("letters") << u"2026-00000A"_qs << QString() << u"'A' in the OCR payload: digits only"_qs;
    }

    void forCaseNumber()
    {
        QFETCH(QString, caseNo);
        QFETCH(QString, ocr);
        QFETCH(QString, error);

        const auto result = Ocr::forCaseNumber(caseNo);
        if (!error.isEmpty()) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(*result, ocr);
        QVERIFY(Ocr::check(*result, true).ok());
        QVERIFY(result->startsWith(QString(caseNo).remove(u'-')));
    }

    // Case numbers either side of the six-digit width never share a reference.
    void forCaseNumberUnique()
    {
        QSet<QString> seen;
        for (const QString &caseNo : {u"2026-100000"_qs, u"2026-1000000"_qs, u"2026-000010"_qs, u"2026-0000100"_qs,
                                      u"2025-999999"_qs, u"2026-999999"_qs}) {
            const auto ocr = Ocr::forCaseNumber(caseNo);
            QVERIFY(ocr.ok());
            QVERIFY2(!seen.contains(*ocr), qPrintable(caseNo));
            seen.insert(*ocr);
        }
    }

    // Every payload length, both control levels: make() output passes check(), a changed digit fails.
    void roundTrip_data()
    {
        QTest::addColumn<bool>("lengthDigit");
        QTest::newRow("check-digit-only") << false;
        QTest::newRow("with-length-digit") << true;
    }

    void roundTrip()
    {
        QFETCH(bool, lengthDigit);
        QRandomGenerator rng(lengthDigit ? 1235 : 1230);
        const int maxPayload = Ocr::MaxLength - (lengthDigit ? 2 : 1);
        for (int n = 1; n <= maxPayload; ++n) {
            QString payload;
            for (int i = 0; i < n; ++i)
                payload += QChar(char16_t(u'0' + rng.bounded(10)));
            const auto ocr = Ocr::make(payload, lengthDigit);
            QVERIFY2(ocr.ok(), qPrintable(payload));
            QCOMPARE(ocr->size(), n + (lengthDigit ? 2 : 1));
            QVERIFY(ocr->startsWith(payload));
            QVERIFY(Ocr::check(*ocr, lengthDigit).ok());
            for (qsizetype i = 0; i < ocr->size(); ++i) {
                QString changed = *ocr;
                changed[i] = QChar(char16_t(u'0' + (changed.at(i).unicode() - u'0' + 1 + rng.bounded(9)) % 10));
                QVERIFY2(!Ocr::check(changed, lengthDigit).ok(), qPrintable(changed));
            }
        }
        QVERIFY(!Ocr::make(QString(maxPayload + 1, u'1'), lengthDigit).ok());
    }

    void fuzz()
    {
        QRandomGenerator rng(9310);
        for (int round = 0; round < 4000; ++round) {
            QString text;
            const int length = int(rng.bounded(30));
            for (int i = 0; i < length; ++i)
                text += round % 2 ? QChar(char16_t(rng.bounded(0x10000))) : QChar(char16_t(u'0' + rng.bounded(10)));
            const bool lengthDigit = rng.bounded(2) == 1;
            const auto made = Ocr::make(text, lengthDigit);
            if (made.ok())
                QVERIFY(Ocr::check(*made, lengthDigit).ok());
            else
                QVERIFY(!made.error().message.isEmpty());
            const auto checked = Ocr::check(text, lengthDigit);
            if (!checked.ok())
                QVERIFY(!checked.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestOcr)
#include "tst_ocr.moc"
