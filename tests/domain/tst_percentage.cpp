#include "models/domain/percentage.h"

#include <QTest>

using Fordran::Percentage;

class TestPercentage final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("bp");
        QTest::addColumn<QString>("formatted");

        QTest::newRow("whole") << u"8"_qs << true << 800 << u"8.00"_qs;
        QTest::newRow("two-decimals") << u"10.00"_qs << true << 1000 << u"10.00"_qs;
        QTest::newRow("one-decimal") << u"12.5"_qs << true << 1250 << u"12.50"_qs;
        QTest::newRow("comma") << u"12,5"_qs << true << 1250 << u"12.50"_qs;
        QTest::newRow("negative") << u"-0.50"_qs << true << -50 << u"-0.50"_qs;
        QTest::newRow("percent-sign") << u"2.00 %"_qs << true << 200 << u"2.00"_qs;
        QTest::newRow("empty") << QString() << false << 0 << QString();
        QTest::newRow("letters") << u"ten"_qs << false << 0 << QString();
        QTest::newRow("three-decimals") << u"1.005"_qs << false << 0 << QString();
        QTest::newRow("dangling-mark") << u"5."_qs << false << 0 << QString();
        QTest::newRow("huge") << u"99999999999"_qs << false << 0 << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, bp);
        QFETCH(QString, formatted);
        const auto result = Percentage::parse(text);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QCOMPARE(result.value().basisPoints(), bp);
            QCOMPARE(result.value().toString(), formatted);
        }
    }

    void addition()
    {
        QCOMPARE((Percentage::fromBasisPoints(200) + Percentage::fromPercent(8)).toString(), u"10.00"_qs);
    }
};

QTEST_GUILESS_MAIN(TestPercentage)
#include "tst_percentage.moc"
