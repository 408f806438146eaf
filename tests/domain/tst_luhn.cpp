#include "models/domain/luhn.h"

#include <QTest>

namespace Luhn = Fordran::Luhn;

class TestLuhn final : public QObject
{
    Q_OBJECT

private slots:
    void checkDigit_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<int>("check");

        // The worked examples of domain.md §9.1–9.3.
        QTest::newRow("personnummer-811218-987") << u"811218987"_qs << 6;
        QTest::newRow("samordningsnummer-701063-239") << u"701063239"_qs << 1;
        QTest::newRow("orgnr-saab") << u"556036079"_qs << 3;
        QTest::newRow("orgnr-stockholm") << u"212000014"_qs << 2;
        QTest::newRow("ocr-123") << u"123"_qs << 0;
        QTest::newRow("ocr-123-length-5") << u"1235"_qs << 1;
        // Weight 2 falls on the rightmost digit, whatever the length.
        QTest::newRow("single-1") << u"1"_qs << 8;
        QTest::newRow("single-4") << u"4"_qs << 2;
        QTest::newRow("single-5-product-10") << u"5"_qs << 9;
        QTest::newRow("single-9-product-18") << u"9"_qs << 1;
        QTest::newRow("two-digits") << u"12"_qs << 5;
        QTest::newRow("zeros") << u"0000"_qs << 0;
        QTest::newRow("nines-even") << u"9999"_qs << 4;
        QTest::newRow("nines-24") << u"999999999999999999999999"_qs << 4;

        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("letter") << u"12a4"_qs << -1;
        QTest::newRow("space") << u"12 4"_qs << -1;
        QTest::newRow("arabic-indic-digit") << QStringLiteral("12\u0663") << -1;
        QTest::newRow("fullwidth-digit") << QStringLiteral("\uff11\uff12") << -1;
    }

    void checkDigit()
    {
        QFETCH(QString, digits);
        QFETCH(int, check);
        QCOMPARE(Luhn::checkDigit(digits), check);
    }

    void isValid_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("valid");

        QTest::newRow("personnummer") << u"8112189876"_qs << true;
        QTest::newRow("personnummer-wrong-check") << u"8112189875"_qs << false;
        QTest::newRow("ocr-1230") << u"1230"_qs << true;
        QTest::newRow("ocr-12351") << u"12351"_qs << true;
        QTest::newRow("transposed-digits") << u"1320"_qs << false;
        QTest::newRow("shortest") << u"18"_qs << true;
        QTest::newRow("single-digit") << u"0"_qs << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("letter-as-check") << u"123x"_qs << false;
        QTest::newRow("letter-in-payload") << u"1x30"_qs << false;
        QTest::newRow("dash") << u"811218-9876"_qs << false;
    }

    void isValid()
    {
        QFETCH(QString, value);
        QFETCH(bool, valid);
        QCOMPARE(Luhn::isValid(value), valid);
    }

    // Every single-digit change of a valid number is caught (the Luhn guarantee).
    void singleDigitErrorsDetected_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("personnummer") << u"8112189876"_qs;
        QTest::newRow("orgnr") << u"5560360793"_qs;
        QTest::newRow("bankgiro") << u"50501055"_qs;
    }

    void singleDigitErrorsDetected()
    {
        QFETCH(QString, value);
        QVERIFY(Luhn::isValid(value));
        for (qsizetype i = 0; i < value.size(); ++i) {
            for (char16_t d = u'0'; d <= u'9'; ++d) {
                if (value.at(i) == QChar(d))
                    continue;
                QString changed = value;
                changed[i] = QChar(d);
                QVERIFY2(!Luhn::isValid(changed), qPrintable(changed));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLuhn)
#include "tst_luhn.moc"
