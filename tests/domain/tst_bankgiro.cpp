#include "models/domain/bankgiro.h"

#include <QRandomGenerator>
#include <QTest>

namespace Bankgiro = Fordran::Bankgiro;

class TestBankgiro final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("error");

        QTest::newRow("eight-with-dash") << u"5050-1055"_qs << u"50501055"_qs << QString();
        QTest::newRow("eight-plain") << u"50501055"_qs << u"50501055"_qs << QString();
        QTest::newRow("eight-with-space") << u"5050 1055"_qs << u"50501055"_qs << QString();
        QTest::newRow("surrounding-space") << u"  5050-1055 "_qs << u"50501055"_qs << QString();
        QTest::newRow("seven-with-dash") << u"555-5552"_qs << u"5555552"_qs << QString();
        QTest::newRow("seven-plain") << u"5555552"_qs << u"5555552"_qs << QString();
        QTest::newRow("ninety-account-low") << u"900-0001"_qs << u"9000001"_qs << QString();
        QTest::newRow("ninety-account-high") << u"9049-9997"_qs << u"90499997"_qs << QString();

        QTest::newRow("check-digit") << u"5050-1056"_qs << QString() << u"check digit mismatch"_qs;
        QTest::newRow("check-digit-seven") << u"555-5553"_qs << QString() << u"check digit mismatch"_qs;
        QTest::newRow("empty") << QString() << QString() << u"no bankgiro number given"_qs;
        QTest::newRow("blank") << u" \t"_qs << QString() << u"no bankgiro number given"_qs;
        QTest::newRow("six-digits") << u"123456"_qs << QString() << u"a bankgiro number has 7 or 8 digits, not 6"_qs;
        QTest::newRow("nine-digits") << u"1234-56789"_qs << QString() << u"a bankgiro number has 7 or 8 digits, not 9"_qs;
        QTest::newRow("dash-only") << u"-"_qs << QString() << u"a bankgiro number has 7 or 8 digits, not 0"_qs;
        QTest::newRow("huge") << QString(100000, u'1') << QString()
                              << u"a bankgiro number has 7 or 8 digits, not 100000"_qs;
        QTest::newRow("two-dashes") << u"5050--1055"_qs << QString() << u"'-' is not allowed in a bankgiro number"_qs;
        QTest::newRow("prefix-letters") << u"BG 5050-1055"_qs << QString() << u"'B' is not allowed in a bankgiro number"_qs;
        QTest::newRow("arabic-indic-digit") << QStringLiteral("5050-105\u0665") << QString()
                                            << QStringLiteral("'\u0665' is not allowed in a bankgiro number");
        QTest::newRow("nul") << QString(u"5050"_qs + QChar(0) + u"1055"_qs) << QString()
                             << u"U+0000 is not allowed in a bankgiro number"_qs;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, digits);
        QFETCH(QString, error);

        const auto result = Bankgiro::parse(text);
        if (error.isEmpty()) {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(result.value(), digits);
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().message, error);
        }
    }

    void format_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QString>("formatted");

        QTest::newRow("eight") << u"50501055"_qs << u"5050-1055"_qs;
        QTest::newRow("seven") << u"5555552"_qs << u"555-5552"_qs;
        QTest::newRow("too-short-unchanged") << u"123"_qs << u"123"_qs;
        QTest::newRow("nine-unchanged") << u"123456789"_qs << u"123456789"_qs;
        QTest::newRow("letters-unchanged") << u"abcdefg"_qs << u"abcdefg"_qs;
        QTest::newRow("empty") << QString() << QString();
    }

    void format()
    {
        QFETCH(QString, digits);
        QFETCH(QString, formatted);
        QCOMPARE(Bankgiro::format(digits), formatted);
    }

    // What format() writes, parse() reads back.
    void formatParses_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::newRow("eight") << u"50501055"_qs;
        QTest::newRow("seven") << u"5555552"_qs;
    }

    void formatParses()
    {
        QFETCH(QString, digits);
        const auto again = Bankgiro::parse(Bankgiro::format(digits));
        QVERIFY(again.ok());
        QCOMPARE(again.value(), digits);
    }

    void fuzz()
    {
        QRandomGenerator rng(50501055);
        const QString alphabet = u"0123456789- 0123456789"_qs;
        for (int round = 0; round < 4000; ++round) {
            QString text;
            const int length = int(rng.bounded(14));
            for (int i = 0; i < length; ++i)
                text += round % 2 ? QChar(char16_t(rng.bounded(0x10000))) : alphabet.at(rng.bounded(int(alphabet.size())));
            const auto result = Bankgiro::parse(text);
            if (!result.ok()) {
                QVERIFY(!result.error().message.isEmpty());
                continue;
            }
            QVERIFY(result->size() == 7 || result->size() == 8);
            const auto again = Bankgiro::parse(Bankgiro::format(*result));
            QVERIFY(again.ok() && again.value() == result.value());
        }
    }
};

QTEST_GUILESS_MAIN(TestBankgiro)
#include "tst_bankgiro.moc"
