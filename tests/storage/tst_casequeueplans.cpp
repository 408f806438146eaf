// The case queue reads indexes on SQLite (EXPLAIN QUERY PLAN): every search kind, every sort and
// the open-case filter pick a page's ids without a full scan and, where the order has an index,
// without sorting. The planner has no statistics here, as on a user's database, so the plans are
// the ones a million cases get (bench_casequeue times them).
#include "queuesamples.h"
#include "storagetestutil.h"

#include "models/storage/casequeuequery.h"

#include <QHash>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace Fordran;
using namespace Fordran::Test::QueueSamples;

Q_DECLARE_METATYPE(Fordran::CaseQueueSort)

namespace {

/*! The EXPLAIN QUERY PLAN lines of \a statement inside the subquery that picks a page's ids. */
QStringList innerPlan(Database &db, const CaseQueueQuery::Statement &statement, bool *ok)
{
    QSqlQuery q(db.connection());
    *ok = q.prepare(u"EXPLAIN QUERY PLAN " + statement.sql);
    for (int i = 0; i < statement.values.size(); ++i)
        q.bindValue(i, statement.values.at(i));
    *ok = *ok && q.exec();
    QHash<int, int> parent;
    QHash<int, QString> detail;
    QList<int> order;
    int root = -1;
    while (q.next()) {
        const int id = q.value(0).toInt();
        parent.insert(id, q.value(1).toInt());
        detail.insert(id, q.value(3).toString());
        order.append(id);
        if (root < 0
            && (detail.value(id).startsWith(u"CO-ROUTINE p")
                || detail.value(id).startsWith(u"MATERIALIZE p")))
            root = id;
    }
    if (statement.sql.startsWith(u"SELECT COUNT(*)"))
        root = 0;
    QStringList lines;
    for (int id : order) {
        for (int p = parent.value(id); root >= 0; p = parent.value(p)) {
            if (p == root) {
                lines.append(detail.value(id));
                break;
            }
            if (p == 0)
                break;
        }
    }
    return lines;
}

bool hasFullScan(const QStringList &plan)
{
    for (const QString &line : plan) {
        if (line.startsWith(u"SCAN ") && !line.contains(u"USING"))
            return true;
    }
    return false;
}

} // namespace

class TestCaseQueuePlans final : public QObject
{
    Q_OBJECT

private slots:
    void searchesAndSortsReadIndexes_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<bool>("openOnly");
        QTest::addColumn<CaseQueueSort>("sort");
        QTest::addColumn<QString>("index");
        QTest::newRow("case-number")
            << caseNo(1) << false << CaseQueueSort::NextActionDate << text("ux_cases_case_no");
        QTest::newRow("ocr") << ocrOf(1) << false << CaseQueueSort::NextActionDate
                             << text("ux_cases_ocr");
        QTest::newRow("identity") << text("811218-9876") << false << CaseQueueSort::NextActionDate
                                  << text("ux_debtors_identity");
        QTest::newRow("invoice") << text("INV-778") << true << CaseQueueSort::Balance
                                 << text("ix_claims_invoice");
        QTest::newRow("name-prefix")
            << text("eva e") << false << CaseQueueSort::Debtor << text("ix_debtors_name_key");
        for (const auto &[tag, sort] : allSorts()) {
            const char *index = "";
            switch (sort) {
            case CaseQueueSort::CaseNo:
                index = "ux_cases_case_no";
                break;
            case CaseQueueSort::Debtor:
                index = "ix_debtors_name_key";
                break;
            case CaseQueueSort::Identity:
                index = "ux_debtors_identity";
                break;
            case CaseQueueSort::Client:
                index = "ix_cases_client_next|ix_cases_client_status";
                break;
            case CaseQueueSort::Status:
                index = "ix_cases_status_next";
                break;
            case CaseQueueSort::Segment:
                index = "ix_cases_segment_status";
                break;
            case CaseQueueSort::Balance:
                index = "ix_cases_balance";
                break;
            case CaseQueueSort::NextActionDate:
                index = "ix_cases_next_action";
                break;
            case CaseQueueSort::Officer:
                index = "ix_cases_assigned_next|ix_cases_assigned_status";
                break;
            }
            QTest::newRow(QByteArray(QByteArray("sort-") + tag).constData())
                << QString() << false << sort << text(index);
        }
        QTest::newRow("open-next-action")
            << QString() << true << CaseQueueSort::NextActionDate << text("ix_cases_open_next");
        QTest::newRow("open-balance")
            << QString() << true << CaseQueueSort::Balance << text("ix_cases_open_balance");
        // The open filter must not pull the other orders onto the partial indexes (and a sort).
        QTest::newRow("open-debtor") << QString() << true << CaseQueueSort::Debtor
                                     << text("ix_debtors_name_key&ix_cases_debtor_status");
        QTest::newRow("open-identity") << QString() << true << CaseQueueSort::Identity
                                       << text("ux_debtors_identity&ix_cases_debtor_status");
        QTest::newRow("open-client")
            << QString() << true << CaseQueueSort::Client << text("ix_cases_client_status");
        QTest::newRow("open-status")
            << QString() << true << CaseQueueSort::Status << text("ix_cases_status_next");
        QTest::newRow("open-segment")
            << QString() << true << CaseQueueSort::Segment << text("ix_cases_segment_status");
        QTest::newRow("open-case-no")
            << QString() << true << CaseQueueSort::CaseNo << text("ux_cases_case_no");
        // Filters with the open view: the status is read from the same index.
        QTest::newRow("open-name-search") << text("eva") << true << CaseQueueSort::NextActionDate
                                          << text("ix_cases_debtor_status");
    }
    void searchesAndSortsReadIndexes()
    {
        QFETCH(QString, search);
        QFETCH(bool, openOnly);
        QFETCH(CaseQueueSort, sort);
        QFETCH(QString, index);
        Fordran::Test::TestDatabase test(Fordran::Test::sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        QueueFixture fx(test.db());
        QString error;
        storeKnown(fx, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        CaseQueueQuery query(test.db());
        CaseQueueFilter filter;
        filter.search = search;
        filter.openOnly = openOnly;
        filter.sort = sort;
        bool ok = false;
        const QStringList plan = innerPlan(test.db(), query.pageStatement(filter, 400, 200), &ok);
        QVERIFY(ok);
        QVERIFY2(!plan.isEmpty(), "no plan for the page's ids");
        const QString joined = plan.join(u" | ");
        // "a|b": either index; "a&b": both.
        for (const QString &required : index.split(u'&')) {
            const QStringList alternatives = required.split(u'|');
            QVERIFY2(std::any_of(alternatives.begin(), alternatives.end(),
                                 [&joined](const QString &name) {
                                     return joined.contains(u"INDEX " + name + u' ')
                                         || joined.endsWith(u"INDEX " + name);
                                 }),
                     qPrintable(index + u": " + joined));
        }
        QVERIFY2(!hasFullScan(plan), qPrintable(joined));
        // Without a search the order comes from the index, except for the officer's name.
        if (search.isEmpty() && sort != CaseQueueSort::Officer)
            QVERIFY2(!joined.contains(u"TEMP B-TREE"), qPrintable(joined));

        const QStringList countPlan = innerPlan(test.db(), query.countStatement(filter), &ok);
        QVERIFY(ok);
        QVERIFY2(!hasFullScan(countPlan), qPrintable(countPlan.join(u" | ")));
    }
};

QTEST_GUILESS_MAIN(TestCaseQueuePlans)
#include "tst_casequeueplans.moc"
