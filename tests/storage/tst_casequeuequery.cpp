// CaseQueueQuery on SQLite and PostgreSQL: reading a search text, each search kind finds its
// case, filters, the order of every sort by raw values, and paging. (Index use:
// tst_casequeueplans.)
#include "queuesamples.h"
#include "storagetestutil.h"

#include "models/services/demodataservice.h"
#include "models/storage/casequeuequery.h"

#include <QTest>

using namespace Fordran;
using namespace Fordran::Test::QueueSamples;

Q_DECLARE_METATYPE(Fordran::CaseSearchKinds)
Q_DECLARE_METATYPE(Fordran::CaseQueueSort)

namespace {

QList<CaseQueueRow> allRows(CaseQueueQuery &query, const CaseQueueFilter &filter, int pageSize,
                            qint64 total = -1)
{
    QList<CaseQueueRow> rows;
    for (qint64 offset = 0;; offset += pageSize) {
        const auto page = query.page(filter, offset, pageSize, total);
        if (!page || page->isEmpty())
            break;
        rows += *page;
    }
    return rows;
}

/*! < 0, 0, > 0 as \a a comes before, with or after \a b in \a sort's ascending order. */
int compareRows(CaseQueueSort sort, const CaseQueueRow &a, const CaseQueueRow &b)
{
    const auto cmp = [](const auto &x, const auto &y) {
        return x < y ? -1 : (y < x ? 1 : 0);
    };
    const auto text = [](const QString &x, const QString &y) {
        return x.compare(y) < 0 ? -1 : (x == y ? 0 : 1);
    };
    const auto date = [&cmp](QDate x, QDate y) {
        if (!x.isValid() || !y.isValid()) // NULL is the smallest value
            return cmp(x.isValid(), y.isValid());
        return cmp(x, y);
    };
    QList<int> keys;
    switch (sort) {
    case CaseQueueSort::CaseNo:
        keys = {text(a.caseNo, b.caseNo)};
        break;
    case CaseQueueSort::Debtor:
        keys = {text(Debtor::nameKeyFor(a.debtorName), Debtor::nameKeyFor(b.debtorName)),
                cmp(a.debtorId, b.debtorId), text(machineName(a.status), machineName(b.status))};
        break;
    case CaseQueueSort::Identity:
        keys = {text(a.debtorIdentity, b.debtorIdentity), cmp(a.debtorId, b.debtorId),
                text(machineName(a.status), machineName(b.status))};
        break;
    case CaseQueueSort::Client:
        keys = {text(a.clientName, b.clientName), cmp(a.clientId, b.clientId),
                date(a.nextActionDate, b.nextActionDate),
                text(machineName(a.status), machineName(b.status))};
        break;
    case CaseQueueSort::Status:
        keys = {text(machineName(a.status), machineName(b.status)),
                date(a.nextActionDate, b.nextActionDate)};
        break;
    case CaseQueueSort::Segment:
        keys = {text(machineName(a.segment), machineName(b.segment)),
                date(a.nextActionDate, b.nextActionDate),
                text(machineName(a.status), machineName(b.status))};
        break;
    case CaseQueueSort::Balance:
        keys = {cmp(a.balance, b.balance)};
        break;
    case CaseQueueSort::NextActionDate:
        keys = {date(a.nextActionDate, b.nextActionDate)};
        break;
    case CaseQueueSort::Officer:
        keys = {text(a.assignedUserName, b.assignedUserName),
                cmp(a.assignedUserId, b.assignedUserId), date(a.nextActionDate, b.nextActionDate)};
        break;
    }
    keys.append(cmp(a.id, b.id));
    for (int k : keys) {
        if (k != 0)
            return k;
    }
    return 0;
}

} // namespace

class TestCaseQueueQuery final : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<CaseSearchKinds>("kinds");
        using K = CaseSearchKind;
        QTest::newRow("empty") << text("   ") << CaseSearchKinds();
        QTest::newRow("case-number") << text("2026-000123") << (K::CaseNumber | K::InvoiceNumber);
        QTest::newRow("case-number-start") << text("2026-00") << (K::CaseNumber | K::InvoiceNumber);
        QTest::newRow("ocr") << text("12351") << (K::Ocr | K::InvoiceNumber);
        QTest::newRow("ocr-bad-check-digit") << text("12352") << CaseSearchKinds(K::InvoiceNumber);
        QTest::newRow("personnummer-10") << text("811218-9876") << (K::Identity | K::InvoiceNumber);
        QTest::newRow("personnummer-12")
            << text("198112189876") << (K::Identity | K::InvoiceNumber);
        QTest::newRow("orgnr-is-also-luhn")
            << text("5560360793") << (K::Identity | K::Ocr | K::InvoiceNumber);
        QTest::newRow("name") << text("Anna L") << (K::NamePrefix | K::InvoiceNumber);
        QTest::newRow("swedish-name") << text("Åsa") << (K::NamePrefix | K::InvoiceNumber);
        QTest::newRow("invoice-with-letters")
            << text("EL4100001") << (K::NamePrefix | K::InvoiceNumber);
        QTest::newRow("punctuation-only") << text("--") << CaseSearchKinds(K::InvoiceNumber);
    }
    void detect()
    {
        QFETCH(QString, input);
        QFETCH(CaseSearchKinds, kinds);
        const CaseSearch search = CaseSearch::detect(input, Today);
        QCOMPARE(search.kinds, kinds);
        if (kinds.testFlag(CaseSearchKind::Identity))
            QCOMPARE(search.identity.size() == 12 || search.identity.size() == 10, true);
        if (kinds.testFlag(CaseSearchKind::NamePrefix))
            QCOMPARE(search.nameKeyPrefix, Debtor::nameKeyFor(input));
    }

    void detectSurvivesOddInput()
    {
        const QStringList odd {QString(5000, u'9'),
                               QString(300, u'ö'),
                               QString(QChar(0)) + QChar(1),
                               text("'; DROP TABLE cases; --"),
                               text("%_*"),
                               QString(u'\uFFFF')};
        for (const QString &input : odd) {
            const CaseSearch search = CaseSearch::detect(input, Today);
            QVERIFY(search.kinds.testFlag(CaseSearchKind::InvoiceNumber));
        }
    }

    void searchFindsTheCase_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<int>>("expected");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "case-number") << caseNo(1) << QList<int> {1};
            Fordran::Test::newEngineRow(engine, "case-number-start")
                << text("2026-00000") << QList<int> {0, 1, 2, 3, 4};
            Fordran::Test::newEngineRow(engine, "ocr") << ocrOf(3) << QList<int> {3};
            Fordran::Test::newEngineRow(engine, "personnummer-12-digits")
                << QueueFixture::personnummer(QDate(1955, 3, 1), 123) << QList<int> {1};
            Fordran::Test::newEngineRow(engine, "personnummer-with-dash")
                << text("811218-9876") << QList<int> {0, 4};
            Fordran::Test::newEngineRow(engine, "orgnr")
                << QueueFixture::organisationsnummer(text("556677889")).insert(6, u'-')
                << QList<int> {2};
            Fordran::Test::newEngineRow(engine, "invoice") << text("INV-778") << QList<int> {2};
            Fordran::Test::newEngineRow(engine, "invoice-digits") << text("4711") << QList<int> {1};
            Fordran::Test::newEngineRow(engine, "invoice-letters")
                << text("EL4100001") << QList<int> {3};
            Fordran::Test::newEngineRow(engine, "name-prefix")
                << text("ev") << QList<int> {0, 1, 4};
            Fordran::Test::newEngineRow(engine, "name-prefix-any-case")
                << text("EVERT Ö") << QList<int> {1};
            Fordran::Test::newEngineRow(engine, "name-swedish-letter")
                << text("åk") << QList<int> {2};
            Fordran::Test::newEngineRow(engine, "name-not-inside") << text("ek") << QList<int> {};
            Fordran::Test::newEngineRow(engine, "nothing") << text("2027-000001") << QList<int> {};
            Fordran::Test::newEngineRow(engine, "quote-is-text")
                << text("o'brien") << QList<int> {};
        }
    }
    void searchFindsTheCase()
    {
        QFETCH(QString, search);
        QFETCH(QList<int>, expected);
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QString error;
        const QList<qint64> ids = storeKnown(fx, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        CaseQueueQuery query(test.db());
        query.setToday(Today);
        CaseQueueFilter filter;
        filter.search = search;
        filter.sort = CaseQueueSort::CaseNo;
        const auto count = query.count(filter);
        QVERIFY2(count.ok(), qPrintable(Fordran::Test::errorText(count)));
        QCOMPARE(*count, qint64(expected.size()));
        const auto page = query.page(filter, 0, 50);
        QVERIFY2(page.ok(), qPrintable(Fordran::Test::errorText(page)));
        QList<qint64> found;
        for (const CaseQueueRow &row : *page)
            found.append(row.id);
        const QList<qint64> want = idsAt(ids, expected);
        QCOMPARE(found, want);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("which");
        QTest::addColumn<QList<int>>("expected");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "status")
                << text("status:collection") << QList<int> {1};
            Fordran::Test::newEngineRow(engine, "open-only")
                << text("open") << QList<int> {0, 1, 3, 4};
            Fordran::Test::newEngineRow(engine, "client")
                << text("client:1") << QList<int> {1, 2, 4};
            Fordran::Test::newEngineRow(engine, "officer")
                << text("officer:0") << QList<int> {0, 4};
            Fordran::Test::newEngineRow(engine, "client-and-officer")
                << text("client:1 officer:0") << QList<int> {4};
            Fordran::Test::newEngineRow(engine, "search-and-status")
                << text("status:new search:eva") << QList<int> {4};
            Fordran::Test::newEngineRow(engine, "status-none")
                << text("status:bf") << QList<int> {};
        }
    }
    void filters()
    {
        QFETCH(QString, which);
        QFETCH(QList<int>, expected);
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QString error;
        const QList<qint64> ids = storeKnown(fx, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        CaseQueueFilter filter;
        filter.sort = CaseQueueSort::CaseNo;
        for (const QString &part : which.split(u' ')) {
            const QString value = part.section(u':', 1);
            if (part == u"open")
                filter.openOnly = true;
            else if (part.startsWith(u"status:"))
                filter.status = fromMachineName<CaseStatus>(value);
            else if (part.startsWith(u"client:"))
                filter.clientId = fx.clientIds.at(value.toInt());
            else if (part.startsWith(u"officer:"))
                filter.assignedUserId = fx.userIds.at(value.toInt());
            else if (part.startsWith(u"search:"))
                filter.search = value;
        }
        CaseQueueQuery query(test.db());
        const auto count = query.count(filter);
        QVERIFY2(count.ok(), qPrintable(Fordran::Test::errorText(count)));
        QCOMPARE(*count, qint64(expected.size()));
        const QList<qint64> want = idsAt(ids, expected);
        QList<qint64> found;
        for (const CaseQueueRow &row : allRows(query, filter, 2))
            found.append(row.id);
        QCOMPARE(found, want);
    }

    void rowCarriesDisplayAndRawValues_data() { Fordran::Test::addEngineRows(); }
    void rowCarriesDisplayAndRawValues()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QString error;
        const QList<qint64> ids = storeKnown(fx, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        CaseQueueQuery query(test.db());
        CaseQueueFilter filter;
        filter.search = caseNo(0);
        const auto page = query.page(filter, 0, 10);
        QVERIFY(page.ok());
        QCOMPARE(page->size(), 1);
        const CaseQueueRow &row = page->first();
        QCOMPARE(row.id, ids.at(0));
        QCOMPARE(row.caseNo, caseNo(0));
        QCOMPARE(row.ocr, ocrOf(0));
        QCOMPARE(row.debtorName, text("Eva Ek"));
        QCOMPARE(row.maskedIdentity(), text("811218-****"));
        QCOMPARE(row.clientName, text("Alfa Energi AB"));
        QCOMPARE(row.status, CaseStatus::Reminder);
        QCOMPARE(row.balance, Money::fromOre(100000));
        QCOMPARE(row.nextActionDate, QDate(2026, 2, 10));
        QCOMPARE(row.assignedUserName, text("Anna Lind"));

        filter.search = text("John");
        const auto foreign = query.page(filter, 0, 10);
        QVERIFY(foreign.ok());
        QCOMPARE(foreign->size(), 1);
        QCOMPARE(foreign->first().maskedIdentity(), QString());
        QCOMPARE(foreign->first().assignedUserId, qint64(0));
    }

    void sortOrderAndPaging_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<CaseQueueSort>("sort");
        QTest::addColumn<bool>("descending");
        for (const QString &engine : Fordran::Test::engines()) {
            for (const auto &[tag, sort] : allSorts()) {
                Fordran::Test::newEngineRow(engine,
                                            QByteArray(QByteArray(tag) + "-asc").constData())
                    << sort << false;
                Fordran::Test::newEngineRow(engine,
                                            QByteArray(QByteArray(tag) + "-desc").constData())
                    << sort << true;
            }
        }
    }
    void sortOrderAndPaging()
    {
        QFETCH(CaseQueueSort, sort);
        QFETCH(bool, descending);
        FORDRAN_TEST_DATABASE(test);
        DemoDataOptions options;
        options.cases = 120;
        options.seed = 7;
        options.today = Today;
        const auto filled = DemoDataService(test.db()).fill(options);
        QVERIFY2(filled.ok(), qPrintable(Fordran::Test::errorText(filled)));

        CaseQueueQuery query(test.db());
        CaseQueueFilter filter;
        filter.sort = sort;
        filter.order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        const auto total = query.count(filter);
        QVERIFY(total.ok());
        QCOMPARE(*total, qint64(120));

        const auto whole = query.page(filter, 0, CaseQueueQuery::MaxPageSize);
        QVERIFY2(whole.ok(), qPrintable(Fordran::Test::errorText(whole)));
        QCOMPARE(whole->size(), 120);
        for (qsizetype i = 1; i < whole->size(); ++i) {
            const int c = compareRows(sort, whole->at(i - 1), whole->at(i));
            QVERIFY2(descending ? c > 0 : c < 0,
                     qPrintable(QStringLiteral("rows %1 and %2 (%3, %4) out of order")
                                    .arg(i - 1)
                                    .arg(i)
                                    .arg(whole->at(i - 1).caseNo, whole->at(i).caseNo)));
        }
        // Pages of 37 give the same rows in the same order, each once; also when the second
        // half is read from the other end (with the count given).
        for (const qint64 known : {qint64(-1), *total}) {
            const QList<CaseQueueRow> paged = allRows(query, filter, 37, known);
            QCOMPARE(paged.size(), whole->size());
            for (qsizetype i = 0; i < paged.size(); ++i)
                QCOMPARE(paged.at(i).id, whole->at(i).id);
        }
    }

    void pageArgumentsAreClamped_data() { Fordran::Test::addEngineRows(); }
    void pageArgumentsAreClamped()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QString error;
        storeKnown(fx, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        CaseQueueQuery query(test.db());
        const CaseQueueFilter filter;
        QCOMPARE(query.page(filter, -5, 2)->size(), 2);
        QCOMPARE(query.page(filter, 0, 0)->size(), 1);
        QCOMPARE(query.page(filter, 0, 1'000'000)->size(), 5);
        QCOMPARE(query.page(filter, 1'000'000'000'000LL, 10)->size(), 0);
        // With the count: the last rows come from the other end, in the same order.
        const auto tail = query.page(filter, 3, 10);
        const auto tailFromTheEnd = query.page(filter, 3, 10, 5);
        QVERIFY(tail.ok() && tailFromTheEnd.ok());
        QCOMPARE(tailFromTheEnd->size(), 2);
        QCOMPARE(tailFromTheEnd->at(0).id, tail->at(0).id);
        QCOMPARE(tailFromTheEnd->at(1).id, tail->at(1).id);
        QCOMPARE(query.page(filter, 5, 10, 5)->size(), 0);
        QCOMPARE(query.page(filter, -3, 2, 5)->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCaseQueueQuery)
#include "tst_casequeuequery.moc"
