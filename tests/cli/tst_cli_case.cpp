// `fordran-cli case list` and `case show` (cli.md) on a temporary SQLite file with known cases.
#include "clirunner.h"
#include "storage/queuefixture.h"
#include "storage/storagetestutil.h"

#include "models/rules/interest.h"
#include "models/rules/referencerates.h"
#include "models/storage/casequeuequery.h"
#include "models/storage/referenceraterepository.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <algorithm>

using namespace Fordran;
using Fordran::Test::QueueCase;
using Fordran::Test::QueueFixture;
using Fordran::Test::runCli;

namespace {

QString text(const char *s)
{
    return QString::fromUtf8(s);
}

QString outputOf(const Fordran::Test::CliResult &r)
{
    return QString::fromUtf8(r.stdoutBytes + r.stderrBytes);
}

QStringList caseNumbers(const QJsonObject &json)
{
    QStringList numbers;
    for (const QJsonValue &c : json.value(u"cases").toArray())
        numbers.append(c.toObject().value(u"case_no").toString());
    return numbers;
}

const QDate Due(2025, 12, 31);
const QDate PaidOn(2026, 2, 4); // QueueCase: opened 2026-01-15, payment 20 days later

} // namespace

class TestCliCase final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(text("cases.sqlite"));
        auto db = Database::open(DatabaseConfig::sqlite(m_path));
        QVERIFY2(db.ok(), qPrintable(Fordran::Test::errorText(db)));
        QVERIFY(db.value()->migrate().ok());
        QueueFixture fx(*db.value());
        QVERIFY(fx.addBasics().ok());
        const QList<std::pair<const char *, const char *>> people {
            {"Eva Ek", "INV-1"}, {"Evert Öberg", "INV-2"}, {"Lars Berg", "INV-3"}};
        for (int i = 0; i < people.size(); ++i) {
            QueueCase c;
            c.debtorName = text(people.at(i).first);
            c.identity = QueueFixture::personnummer(QDate(1970 + i, 5, 10), 100 + i);
            c.invoiceNo = text(people.at(i).second);
            c.principalOre = 100000 * (i + 1);
            c.feeOre = i == 0 ? 6000 : 0;
            c.paidOre = i == 0 ? 20000 : 0;
            c.dueDate = Due;
            c.status = i == 2 ? CaseStatus::Closed : CaseStatus::Collection;
            c.nextActionDate = i == 2 ? QDate() : QDate(2026, 3, 1 + i);
            c.client = i == 1 ? 1 : 0;
            c.officer = i == 0 ? 0 : -1;
            const auto stored = fx.add(c);
            QVERIFY2(stored.ok(), qPrintable(Fordran::Test::errorText(stored)));
            m_cases.append(stored.value());
        }
    }

    void listsTheQueue()
    {
        const auto r = runCli({text("case"), text("list"), text("--db"), m_path});
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        QCOMPARE(r.json.value(u"total").toInteger(), 3);
        // Next action date first, no date counting as the smallest.
        QCOMPARE(caseNumbers(r.json),
                 (QStringList {m_cases.at(2).caseNo, m_cases.at(0).caseNo, m_cases.at(1).caseNo}));
        const QJsonObject first = r.json.value(u"cases").toArray().at(1).toObject();
        QCOMPARE(first.value(u"debtor").toString(), text("Eva Ek"));
        QCOMPARE(first.value(u"client").toString(), text("Alfa Energi AB"));
        QCOMPARE(first.value(u"status").toString(), text("collection"));
        QCOMPARE(first.value(u"segment").toString(), text("normal"));
        QCOMPARE(first.value(u"balance_ore").toInteger(), 100000 + 6000 - 20000);
        QCOMPARE(first.value(u"next_action_date").toString(), text("2026-03-01"));
        QVERIFY(
            r.json.value(u"cases").toArray().at(0).toObject().value(u"next_action_date").isNull());
        QVERIFY(first.value(u"identity").toString().endsWith(u"-****"));
    }

    void listFiltersAndSearches_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("search-case-number")
            << QStringList {text("--search"), text("2026-000002")} << QList<int> {1};
        QTest::newRow("search-name")
            << QStringList {text("--search"), text("ev")} << QList<int> {0, 1};
        QTest::newRow("search-invoice")
            << QStringList {text("--search"), text("INV-3")} << QList<int> {2};
        QTest::newRow("search-personnummer")
            << QStringList {text("--search"),
                            QueueFixture::personnummer(QDate(1971, 5, 10), 101)
                                .mid(2)
                                .insert(6, u'-')}
            << QList<int> {1};
        QTest::newRow("status") << QStringList {text("--status"), text("closed")} << QList<int> {2};
        QTest::newRow("status-open")
            << QStringList {text("--status"), text("open")} << QList<int> {0, 1};
        QTest::newRow("client") << QStringList {text("--client"), text("556559-4230")}
                                << QList<int> {1};
        QTest::newRow("limit-offset")
            << QStringList {text("--limit"), text("1"), text("--offset"), text("1")}
            << QList<int> {0};
        QTest::newRow("sort-balance-desc")
            << QStringList {text("--sort"), text("balance"), text("--desc")}
            << QList<int> {2, 1, 0}; // the closed case keeps its ledger balance here
    }
    void listFiltersAndSearches()
    {
        QFETCH(QStringList, options);
        QFETCH(QList<int>, expected);
        const auto r
            = runCli(QStringList {text("case"), text("list"), text("--db"), m_path} + options);
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        QStringList want;
        for (int i : expected)
            want.append(m_cases.at(i).caseNo);
        QCOMPARE(caseNumbers(r.json), want);
    }

    void listUsesTheQueueQueryLayer()
    {
        auto db = Database::open(DatabaseConfig::sqlite(m_path));
        QVERIFY(db.ok());
        CaseQueueFilter filter;
        filter.sort = CaseQueueSort::Debtor;
        filter.order = Qt::DescendingOrder;
        const auto rows = CaseQueueQuery(*db.value()).page(filter, 0, 50);
        QVERIFY(rows.ok());
        QStringList want;
        for (const CaseQueueRow &row : *rows)
            want.append(row.caseNo);
        const auto r = runCli({text("case"), text("list"), text("--db"), m_path,
                               text("--sort=debtor"), text("--desc")});
        QVERIFY2(r.exitCode == 0, qPrintable(outputOf(r)));
        QCOMPARE(caseNumbers(r.json), want);
    }

    void listRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown-status") << QStringList {text("--status"), text("sleeping")} << 1;
        QTest::newRow("limit-zero") << QStringList {text("--limit"), text("0")} << 1;
        QTest::newRow("limit-text") << QStringList {text("--limit"), text("many")} << 1;
        QTest::newRow("negative-offset") << QStringList {text("--offset"), text("-1")} << 1;
        QTest::newRow("invalid-orgnr") << QStringList {text("--client"), text("5560360794")} << 1;
        QTest::newRow("unknown-client") << QStringList {text("--client"), text("5567129084")} << 1;
        QTest::newRow("unknown-sort") << QStringList {text("--sort"), text("colour")} << 1;
        QTest::newRow("unknown-option") << QStringList {text("--colour"), text("red")} << 2;
        QTest::newRow("positional") << QStringList {text("extra")} << 2;
    }
    void listRefusesBadInput()
    {
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        const auto r
            = runCli(QStringList {text("case"), text("list"), text("--db"), m_path} + options);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.crashed);
        if (exitCode == 1)
            QVERIFY2(r.jsonOk && !r.json.value(u"error").toString().isEmpty(),
                     qPrintable(outputOf(r)));
    }

    void showsTheCaseAsOfADate()
    {
        const QDate asOf(2026, 3, 31);
        const auto r = runCli({text("case"), text("show"), m_cases.at(0).caseNo, text("--as-of"),
                               asOf.toString(Qt::ISODate), text("--db"), m_path});
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        QCOMPARE(r.json.value(u"case_no").toString(), m_cases.at(0).caseNo);
        QCOMPARE(r.json.value(u"ocr").toString(), m_cases.at(0).ocr);
        QCOMPARE(r.json.value(u"status").toString(), text("collection"));

        // Interest on 1 000 kr from the due date, on 800 kr after the payment against principal.
        const auto rates = ReferenceRateTable::builtIn();
        const auto conventions = InterestConventions::defaults();
        QVERIFY(rates.ok() && conventions.ok());
        const auto interest
            = InterestCalculator(*rates, *conventions)
                  .computeSchedule({{Due, Money::fromOre(100000)}, {PaidOn, Money::fromOre(80000)}},
                                   Due, asOf);
        QVERIFY2(interest.ok(), qPrintable(Fordran::Test::errorText(interest)));
        QVERIFY(interest->total.isPositive());

        const QJsonObject balance = r.json.value(u"balance").toObject();
        QCOMPARE(balance.value(u"principal_ore").toInteger(), 100000);
        QCOMPARE(balance.value(u"fees_ore").toInteger(), 6000);
        QCOMPARE(balance.value(u"paid_ore").toInteger(), 20000);
        QCOMPARE(balance.value(u"interest_ore").toInteger(), interest->total.ore());
        QCOMPARE(balance.value(u"total_ore").toInteger(),
                 100000 + 6000 - 20000 + interest->total.ore());

        const QJsonArray fees = r.json.value(u"fees").toArray();
        QCOMPARE(fees.size(), 1);
        QCOMPARE(fees.at(0).toObject().value(u"type").toString(), text("reminder"));
        QCOMPARE(fees.at(0).toObject().value(u"amount_ore").toInteger(), 6000);
        QCOMPARE(fees.at(0).toObject().value(u"claim").toString(), text("INV-1"));
        QCOMPARE(fees.at(0).toObject().value(u"date").toString(), text("2026-01-16"));

        const QJsonObject next = r.json.value(u"next_action").toObject();
        QCOMPARE(next.value(u"date").toString(), text("2026-03-01"));
        QCOMPARE(next.value(u"action").toString(), text("reminder_letter"));
        const QJsonObject score = r.json.value(u"score").toObject();
        // The process engine's score as of the date: the points of the reasons add up to it.
        const int value = score.value(u"value").toInt(-1);
        QVERIFY(value >= 0 && value <= 100);
        QVERIFY(!score.value(u"segment").toString().isEmpty());
        int points = 0;
        for (const QJsonValue &reason : score.value(u"reasons").toArray()) {
            QVERIFY(!reason.toObject().value(u"text").toString().isEmpty());
            points += reason.toObject().value(u"points").toInt();
        }
        QVERIFY(!score.value(u"reasons").toArray().isEmpty());
        QCOMPARE(std::clamp(points, 0, 100), value);
        const QJsonArray events = r.json.value(u"events").toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(u"type").toString(), text("registered"));
        QVERIFY(r.json.value(u"warnings").toArray().isEmpty());

        // Before the payment and the fee: only the principal and the interest so far.
        const auto early = runCli({text("case"), text("show"), m_cases.at(0).caseNo,
                                   text("--as-of=2026-01-15"), text("--db"), m_path});
        QVERIFY2(early.exitCode == 0, qPrintable(outputOf(early)));
        QCOMPARE(early.json.value(u"balance").toObject().value(u"fees_ore").toInteger(), 0);
        QCOMPARE(early.json.value(u"balance").toObject().value(u"paid_ore").toInteger(), 0);
        QVERIFY(early.json.value(u"fees").toArray().isEmpty());
    }

    void missingReferenceRateIsNamedNotGuessed()
    {
        const auto rates = ReferenceRateTable::builtIn();
        QVERIFY(rates.ok());
        const QDate asOf
            = rates->entries().last().validFrom.addMonths(6); // the half-year after the table
        const QString missing
            = ReferenceRateTable::halfYearLabel(ReferenceRateTable::halfYearStart(asOf));
        const QStringList show {text("case"),
                                text("show"),
                                m_cases.at(1).caseNo,
                                text("--as-of"),
                                asOf.toString(Qt::ISODate),
                                text("--db"),
                                m_path};
        const auto r = runCli(show);
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        const QJsonArray warnings = r.json.value(u"warnings").toArray();
        QCOMPARE(warnings.size(), 1);
        QVERIFY2(warnings.at(0).toString().contains(missing),
                 qPrintable(warnings.at(0).toString()));
        QVERIFY(r.stderrBytes.contains(missing.toUtf8()));
        // Interest up to the day before that half-year, and nothing after it.
        const auto conventions = InterestConventions::defaults();
        QVERIFY(conventions.ok());
        const QDate lastKnown = ReferenceRateTable::halfYearStart(asOf).addDays(-1);
        const auto known = InterestCalculator(*rates, *conventions)
                               .compute(Money::fromOre(200000), Due, lastKnown);
        QVERIFY(known.ok() && known->total.isPositive());
        const QJsonObject balance = r.json.value(u"balance").toObject();
        QCOMPARE(balance.value(u"interest_ore").toInteger(), known->total.ore());
        QCOMPARE(balance.value(u"total_ore").toInteger(), 200000 + known->total.ore());

        // Once the rate is entered, the interest is there and the warning is gone.
        QVERIFY(runCli({text("refrate"), text("set"),
                        ReferenceRateTable::halfYearStart(asOf).toString(Qt::ISODate), text("2.00"),
                        text("--db"), m_path})
                    .exitCode
                == 0);
        const auto again = runCli(show);
        QVERIFY2(again.exitCode == 0, qPrintable(outputOf(again)));
        QVERIFY(again.json.value(u"warnings").toArray().isEmpty());
        QVERIFY(again.json.value(u"balance").toObject().value(u"interest_ore").toInteger()
                > known->total.ore());
    }

    void showRefusesBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown-case") << QStringList {text("2099-000001")} << 1;
        QTest::newRow("bad-as-of")
            << QStringList {text("2026-000001"), text("--as-of"), text("2026-02-30")} << 1;
        QTest::newRow("no-case-number") << QStringList {} << 2;
    }
    void showRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r
            = runCli(QStringList {text("case"), text("show"), text("--db"), m_path} + args);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 1)
            QVERIFY2(r.jsonOk && r.json.contains(u"error"), qPrintable(outputOf(r)));
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    QList<Fordran::Test::StoredQueueCase> m_cases;
};

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
