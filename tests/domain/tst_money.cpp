#include "models/domain/money.h"

#include <QTest>

using Fordran::Money;
using Fordran::Rounding;

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("ore");

        QTest::newRow("whole") << u"1234"_qs << true << qint64(123400);
        QTest::newRow("dot-decimals") << u"1234.50"_qs << true << qint64(123450);
        QTest::newRow("comma-decimals") << u"1234,50"_qs << true << qint64(123450);
        QTest::newRow("grouped") << u"1 234,50"_qs << true << qint64(123450);
        QTest::newRow("grouped-nbsp") << QStringLiteral("1\u00a0234,50") << true << qint64(123450);
        QTest::newRow("grouped-millions") << u"12 345 678,90"_qs << true << qint64(1234567890);
        QTest::newRow("one-decimal") << u"5,5"_qs << true << qint64(550);
        QTest::newRow("with-kr") << u"1 234,50 kr"_qs << true << qint64(123450);
        QTest::newRow("negative") << u"-12,05"_qs << true << qint64(-1205);
        QTest::newRow("zero") << u"0"_qs << true << qint64(0);
        QTest::newRow("surrounding-space") << u"  99 "_qs << true << qint64(9900);
        QTest::newRow("max") << u"999999999999.99"_qs << true << qint64(99999999999999);

        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("blank") << u"   "_qs << false << qint64(0);
        QTest::newRow("letters") << u"abc"_qs << false << qint64(0);
        QTest::newRow("trailing-letters") << u"12x"_qs << false << qint64(0);
        QTest::newRow("three-decimals") << u"1,234"_qs << false << qint64(0);
        QTest::newRow("two-marks") << u"1.234,50"_qs << false << qint64(0);
        QTest::newRow("bad-group") << u"12 34,50"_qs << false << qint64(0);
        QTest::newRow("space-at-end-of-group") << u"1 2345"_qs << false << qint64(0);
        QTest::newRow("no-whole") << u",50"_qs << false << qint64(0);
        QTest::newRow("no-decimals") << u"12,"_qs << false << qint64(0);
        QTest::newRow("too-large") << u"1000000000000"_qs << false << qint64(0);
        QTest::newRow("huge") << u"99999999999999999999999999"_qs << false << qint64(0);
        QTest::newRow("minus-only") << u"-"_qs << false << qint64(0);
        QTest::newRow("plus-sign") << u"+5"_qs << false << qint64(0);
        QTest::newRow("exponent") << u"1e5"_qs << false << qint64(0);
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, ore);
        const auto result = Money::parse(text);
        QCOMPARE(result.ok(), valid);
        if (valid)
            QCOMPARE(result.value().ore(), ore);
        else
            QVERIFY(!result.error().message.isEmpty());
    }

    void format_data()
    {
        QTest::addColumn<qint64>("ore");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");

        QTest::newRow("zero") << qint64(0) << QStringLiteral("0,00\u00a0kr") << u"0.00"_qs;
        QTest::newRow("one-ore") << qint64(1) << QStringLiteral("0,01\u00a0kr") << u"0.01"_qs;
        QTest::newRow("thousands") << qint64(123450) << QStringLiteral("1\u00a0234,50\u00a0kr") << u"1234.50"_qs;
        QTest::newRow("millions") << qint64(123456789) << QStringLiteral("1\u00a0234\u00a0567,89\u00a0kr") << u"1234567.89"_qs;
        QTest::newRow("hundreds") << qint64(99900) << QStringLiteral("999,00\u00a0kr") << u"999.00"_qs;
        QTest::newRow("negative") << qint64(-123450) << QStringLiteral("-1\u00a0234,50\u00a0kr") << u"-1234.50"_qs;
        QTest::newRow("min") << std::numeric_limits<qint64>::min()
                             << QStringLiteral("-92233720368547758,08\u00a0kr") << u"-92233720368547758.08"_qs;
    }

    void format()
    {
        QFETCH(qint64, ore);
        QFETCH(QString, text);
        QFETCH(QString, plain);
        const Money m = Money::fromOre(ore);
        if (ore != std::numeric_limits<qint64>::min())
            QCOMPARE(m.toString(), text);
        QCOMPARE(m.toPlainString(), plain);
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("ore");
        for (qint64 v : {qint64(0), qint64(5), qint64(100), qint64(123456), qint64(-98765), qint64(99999999999999)})
            QTest::newRow(qPrintable(QString::number(v))) << v;
    }

    void roundTrip()
    {
        QFETCH(qint64, ore);
        const Money m = Money::fromOre(ore);
        QCOMPARE(Money::parse(m.toString()).value(), m);
        QCOMPARE(Money::parse(m.toPlainString()).value(), m);
    }

    void arithmetic()
    {
        const Money a = Money::fromOre(1050);
        const Money b = Money::fromOre(-250);
        QCOMPARE((a + b).ore(), 800);
        QCOMPARE((a - b).ore(), 1300);
        QCOMPARE((-a).ore(), -1050);
        QVERIFY(b < a);
        QVERIFY(a == Money::fromOre(1050));
        Money c = a;
        c += b;
        c -= a;
        QCOMPARE(c, b);
        QCOMPARE(Money::fromKronor(12)->ore(), 1200);
    }

    void overflow()
    {
        const Money top = Money::fromOre(std::numeric_limits<qint64>::max());
        QVERIFY(!top.checkedAdd(Money::fromOre(1)));
        QVERIFY(!Money::fromOre(std::numeric_limits<qint64>::min()).checkedSubtract(Money::fromOre(1)));
        QVERIFY_THROWS_EXCEPTION(Fordran::MoneyOverflow, top + Money::fromOre(1));
        QVERIFY_THROWS_EXCEPTION(Fordran::MoneyOverflow, -Money::fromOre(std::numeric_limits<qint64>::min()));
        QVERIFY(!Money::fromKronor(std::numeric_limits<qint64>::max() / 10));
        QVERIFY(!top.multiplied(2, 1));
        QVERIFY(!top.multiplied(1, 0));
    }

    void multiplied_data()
    {
        QTest::addColumn<qint64>("ore");
        QTest::addColumn<qint64>("num");
        QTest::addColumn<qint64>("den");
        QTest::addColumn<int>("mode");
        QTest::addColumn<qint64>("expected");

        const int away = int(Rounding::HalfAwayFromZero);
        const int even = int(Rounding::HalfEven);
        const int trunc = int(Rounding::TowardZero);
        // 10 000 kr at 10 % for 30 days = 82.19 kr (domain spec §4.3).
        QTest::newRow("spec-example") << qint64(1000000) << qint64(1000 * 30) << qint64(10000 * 365) << away << qint64(8219);
        // CLI spec interest example segments.
        QTest::newRow("cli-segment-1") << qint64(1000000) << qint64(1100 * 166) << qint64(10000 * 365) << away << qint64(50027);
        QTest::newRow("cli-segment-2") << qint64(1000000) << qint64(1000 * 51) << qint64(10000 * 365) << away << qint64(13973);
        QTest::newRow("half-up-away") << qint64(5) << qint64(1) << qint64(2) << away << qint64(3);
        QTest::newRow("half-down-away") << qint64(-5) << qint64(1) << qint64(2) << away << qint64(-3);
        QTest::newRow("half-even-down") << qint64(5) << qint64(1) << qint64(2) << even << qint64(2);
        QTest::newRow("half-even-up") << qint64(7) << qint64(1) << qint64(2) << even << qint64(4);
        QTest::newRow("truncate") << qint64(9) << qint64(1) << qint64(2) << trunc << qint64(4);
        QTest::newRow("below-half") << qint64(1) << qint64(49) << qint64(100) << away << qint64(0);
        QTest::newRow("negative-den") << qint64(10) << qint64(1) << qint64(-4) << away << qint64(-3);
        // Intermediate product beyond 64 bits stays exact.
        QTest::newRow("wide-intermediate") << qint64(99999999999999) << qint64(2000 * 366) << qint64(10000 * 365) << away
                                           << qint64(20054794520548);
    }

    void multiplied()
    {
        QFETCH(qint64, ore);
        QFETCH(qint64, num);
        QFETCH(qint64, den);
        QFETCH(int, mode);
        QFETCH(qint64, expected);
        const auto result = Money::fromOre(ore).multiplied(num, den, Rounding(mode));
        QVERIFY(result.has_value());
        QCOMPARE(result->ore(), expected);
    }

    void variant()
    {
        const QVariant v = QVariant::fromValue(Money::fromOre(42));
        QCOMPARE(v.value<Money>().ore(), 42);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
