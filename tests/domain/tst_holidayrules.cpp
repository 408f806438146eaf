#include "models/domain/holidayrules.h"

#include <QTest>

#include "domain/jsonfuzz.h"

using Fordran::Holiday;
using Fordran::HolidayRules;

namespace {

QByteArray table(const QByteArray &days)
{
    return "{\"days\":[" + days + "]}";
}

QStringList datesOf(const QList<Holiday> &list)
{
    QStringList out;
    for (const Holiday &h : list)
        out << h.date.toString(Qt::ISODate);
    return out;
}

} // namespace

class TestHolidayRules final : public QObject
{
    Q_OBJECT

private slots:
    void builtInCitesEveryDay()
    {
        const auto &rules = HolidayRules::builtIn();
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
        QCOMPARE(rules->rules().size(), 17);
        for (const auto &rule : rules->rules()) {
            QVERIFY2(!rule.statute.isEmpty(), qPrintable(rule.name));
            QVERIFY2(rule.statute.contains(u"1989:253"_qs) || !rule.isPublicHoliday,
                     qPrintable(rule.name));
        }
    }

    // Custom rules: each kind, offsets, and the validity window (valid_until is exclusive).
    void kinds_data()
    {
        QTest::addColumn<QByteArray>("days");
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("dates");
        const QByteArray tail = R"(, "public_holiday": true, "statute": "s"})";
        QTest::newRow("fixed") << table(R"({"name":"a","rule":"fixed","month":3,"day":15)" + tail)
                               << 2025 << QStringList {u"2025-03-15"_qs};
        QTest::newRow("fixed-29-feb-leap")
            << table(R"({"name":"a","rule":"fixed","month":2,"day":29)" + tail) << 2024
            << QStringList {u"2024-02-29"_qs};
        QTest::newRow("fixed-29-feb-common-year")
            << table(R"({"name":"a","rule":"fixed","month":2,"day":29)" + tail) << 2025
            << QStringList {};
        QTest::newRow("easter-minus-3")
            << table(R"({"name":"a","rule":"easter","offset":-3)" + tail) << 2025
            << QStringList {u"2025-04-17"_qs};
        QTest::newRow("saturday-from-a-saturday")
            << table(R"({"name":"a","rule":"saturday_from","month":6,"day":20)" + tail) << 2026
            << QStringList {u"2026-06-20"_qs};
        QTest::newRow("saturday-from-offset")
            << table(R"({"name":"a","rule":"saturday_from","month":6,"day":20,"offset":-1)" + tail)
            << 2021 << QStringList {u"2021-06-25"_qs};
        QTest::newRow("offset-leaves-the-year")
            << table(R"({"name":"a","rule":"saturday_from","month":1,"day":1,"offset":-7)" + tail)
            << 2025 << QStringList {};
        QTest::newRow("valid-from-day-counts") << table(
            R"({"name":"a","rule":"fixed","month":6,"day":6,"valid_from":"2025-06-06")" + tail)
                                               << 2025 << QStringList {u"2025-06-06"_qs};
        QTest::newRow("before-valid-from") << table(
            R"({"name":"a","rule":"fixed","month":6,"day":6,"valid_from":"2025-06-07")" + tail)
                                           << 2025 << QStringList {};
        QTest::newRow("valid-until-exclusive") << table(
            R"({"name":"a","rule":"fixed","month":6,"day":6,"valid_until":"2025-06-06")" + tail)
                                               << 2025 << QStringList {};
        QTest::newRow("sorted") << table(R"({"name":"b","rule":"fixed","month":12,"day":1)" + tail
                                         + R"(,{"name":"a","rule":"fixed","month":1,"day":2)"
                                         + tail)
                                << 2025 << QStringList {u"2025-01-02"_qs, u"2025-12-01"_qs};
        QTest::newRow("outside-range")
            << table(R"({"name":"a","rule":"fixed","month":1,"day":2)" + tail) << 1500
            << QStringList {};
    }

    void kinds()
    {
        QFETCH(QByteArray, days);
        QFETCH(int, year);
        QFETCH(QStringList, dates);
        const auto rules = HolidayRules::fromJson(days);
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().message));
        QCOMPARE(datesOf(rules->holidaysOf(year)), dates);
    }

    void badTables_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("errorPart");
        QTest::newRow("not-json") << QByteArray("{") << u"JSON"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"JSON"_qs;
        QTest::newRow("no-days") << QByteArray("{}") << u"no days"_qs;
        QTest::newRow("day-not-object") << table("1") << u"days[0]"_qs;
        QTest::newRow("no-name") << table(
            R"({"rule":"fixed","month":1,"day":1,"public_holiday":true,"statute":"s"})")
                                 << u"name"_qs;
        QTest::newRow("unknown-rule")
            << table(R"({"name":"a","rule":"moon","public_holiday":true,"statute":"s"})")
            << u"rule"_qs;
        QTest::newRow("30-february") << table(
            R"({"name":"a","rule":"fixed","month":2,"day":30,"public_holiday":true,"statute":"s"})")
                                     << u"month"_qs;
        QTest::newRow("month-13") << table(
            R"({"name":"a","rule":"fixed","month":13,"day":1,"public_holiday":true,"statute":"s"})")
                                  << u"month"_qs;
        QTest::newRow("fractional-day") << table(
            R"({"name":"a","rule":"fixed","month":1,"day":1.5,"public_holiday":true,"statute":"s"})")
                                        << u"month"_qs;
        QTest::newRow("fixed-with-offset") << table(
            R"({"name":"a","rule":"fixed","month":1,"day":1,"offset":1,"public_holiday":true,"statute":"s"})")
                                           << u"offset"_qs;
        QTest::newRow("easter-without-offset")
            << table(R"({"name":"a","rule":"easter","public_holiday":true,"statute":"s"})")
            << u"offset"_qs;
        QTest::newRow("huge-offset") << table(
            R"({"name":"a","rule":"easter","offset":1e12,"public_holiday":true,"statute":"s"})")
                                     << u"offset"_qs;
        QTest::newRow("public-not-bool") << table(
            R"({"name":"a","rule":"easter","offset":1,"public_holiday":"yes","statute":"s"})")
                                         << u"public_holiday"_qs;
        QTest::newRow("no-statute")
            << table(R"({"name":"a","rule":"easter","offset":1,"public_holiday":true})")
            << u"statute"_qs;
        QTest::newRow("bad-valid-from") << table(
            R"({"name":"a","rule":"easter","offset":1,"public_holiday":true,"statute":"s","valid_from":"2005-13-01"})")
                                        << u"valid_from"_qs;
        QTest::newRow("empty-window") << table(
            R"({"name":"a","rule":"easter","offset":1,"public_holiday":true,"statute":"s","valid_from":"2005-04-01","valid_until":"2005-04-01"})")
                                      << u"valid_until"_qs;
    }

    void badTables()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, errorPart);
        const auto rules = HolidayRules::fromJson(json);
        QVERIFY(!rules.ok());
        QVERIFY2(rules.error().message.contains(errorPart), qPrintable(rules.error().message));
    }

    // Random bytes and mangled copies of the real table: an Error or a table, never a crash.
    void fuzz()
    {
        QRandomGenerator rng(9601);
        const QByteArray good = table(
            R"({"name":"a","rule":"saturday_from","month":6,"day":20,"offset":-1,"public_holiday":false,"statute":"s"})");
        for (int i = 0; i < 2000; ++i) {
            const QByteArray bytes = Fordran::Test::fuzzInput(rng, good, i);
            const auto rules = HolidayRules::fromJson(bytes);
            if (rules.ok()) {
                for (int year : {1583, 2025, 9999})
                    (void)rules->holidaysOf(year);
            } else {
                QVERIFY(!rules.error().message.isEmpty());
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestHolidayRules)
#include "tst_holidayrules.moc"
