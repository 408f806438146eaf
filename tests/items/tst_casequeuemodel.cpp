// CaseQueueModel over a few thousand demo cases: QAbstractItemModelTester, lazy paging with a
// bounded page cache, raw and display values, sorting and filtering through the query layer.
#include "storage/storagetestutil.h"

#include "models/items/casequeuemodel.h"
#include "models/services/demodataservice.h"
#include "models/storage/casequeuequery.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Fordran;

Q_DECLARE_METATYPE(Fordran::CaseQueueModel::Column)

namespace {

const QDate Today(2026, 11, 23);
constexpr int DemoCases = 2500;

} // namespace

class TestCaseQueueModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_db = std::make_unique<Fordran::Test::TestDatabase>(Fordran::Test::sqliteEngine());
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        DemoDataOptions options;
        options.cases = DemoCases;
        options.seed = 3;
        options.today = Today;
        const auto filled = DemoDataService(m_db->db()).fill(options);
        QVERIFY2(filled.ok(), qPrintable(Fordran::Test::errorText(filled)));
    }
    void cleanupTestCase() { m_db.reset(); }

    void passesTheModelTester()
    {
        CaseQueueModel model(m_db->db());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), DemoCases);
        QCOMPARE(model.columnCount(), int(CaseQueueModel::ColumnCount));
        model.sort(CaseQueueModel::Balance, Qt::DescendingOrder);
        model.setStatusFilter(CaseStatus::Collection);
        model.setSearchText(QStringLiteral("a"));
        model.setStatusFilter(std::nullopt, true);
        model.setSearchText(QString());
        model.sort(CaseQueueModel::Debtor, Qt::AscendingOrder);
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.errorText().isEmpty());
    }

    void fetchesLazilyWithABoundedCache()
    {
        CaseQueueModel model(m_db->db());
        QCOMPARE(model.cachedPageCount(), 0);
        QCOMPARE(model.pageFetchCount(), 0);
        int maxHeld = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!model.index(row, CaseQueueModel::CaseNo).data().toString().isEmpty());
            maxHeld = std::max(maxHeld, model.cachedPageCount());
        }
        QCOMPARE(maxHeld, CaseQueueModel::MaxCachedPages);
        const int pages = (DemoCases + CaseQueueModel::PageSize - 1) / CaseQueueModel::PageSize;
        QCOMPARE(model.pageFetchCount(), pages); // a sequential walk reads each page once

        // Back to the start: the first page was dropped long ago and is read again.
        QVERIFY(model.index(0, 0).data().isValid());
        QCOMPARE(model.pageFetchCount(), pages + 1);
        // Within cached pages nothing is read.
        QVERIFY(model.index(5, 0).data().isValid());
        QCOMPARE(model.pageFetchCount(), pages + 1);
    }

    void rawAndDisplayValues_data()
    {
        QTest::addColumn<CaseQueueModel::Column>("column");
        QTest::newRow("balance") << CaseQueueModel::Balance;
        QTest::newRow("next-action") << CaseQueueModel::NextActionDate;
        QTest::newRow("identity") << CaseQueueModel::Identity;
        QTest::newRow("status") << CaseQueueModel::Status;
    }
    void rawAndDisplayValues()
    {
        QFETCH(CaseQueueModel::Column, column);
        CaseQueueModel model(m_db->db());
        static const QRegularExpression masked(QStringLiteral("^[0-9]{6}-([*]{4}|[0-9]{4})$"));
        int checked = 0;
        for (int row = 0; row < model.rowCount(); row += 7) {
            const QModelIndex index = model.index(row, column);
            const QVariant raw = index.data(CaseQueueModel::RawValueRole);
            const QString shown = index.data().toString();
            QVERIFY(index.data(CaseQueueModel::CaseIdRole).toLongLong() > 0);
            switch (column) {
            case CaseQueueModel::Balance:
                QVERIFY(raw.canConvert<Money>());
                QCOMPARE(shown, raw.value<Money>().toString());
                QCOMPARE(index.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight,
                         Qt::AlignRight);
                break;
            case CaseQueueModel::NextActionDate:
                QCOMPARE(raw.metaType(), QMetaType::fromType<QDate>());
                QCOMPARE(shown,
                         raw.toDate().isValid()
                             ? QLocale().toString(raw.toDate(), QLocale::ShortFormat)
                             : QString());
                break;
            case CaseQueueModel::Identity:
                if (!raw.toString().isEmpty()) {
                    QVERIFY2(masked.match(shown).hasMatch(), qPrintable(shown));
                    if (raw.toString().size() == 12) // a person: never the last four digits
                        QVERIFY2(shown.endsWith(u"-****"), qPrintable(shown));
                }
                break;
            case CaseQueueModel::Status:
                QCOMPARE(shown,
                         EntityText::displayName(*fromMachineName<CaseStatus>(raw.toString())));
                break;
            default:
                break;
            }
            ++checked;
        }
        QVERIFY(checked > 300);
    }

    void sortingAsksTheQueryLayer_data()
    {
        QTest::addColumn<CaseQueueModel::Column>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("balance-desc") << CaseQueueModel::Balance << Qt::DescendingOrder;
        QTest::newRow("next-action-asc") << CaseQueueModel::NextActionDate << Qt::AscendingOrder;
        QTest::newRow("debtor-asc") << CaseQueueModel::Debtor << Qt::AscendingOrder;
        QTest::newRow("officer-desc") << CaseQueueModel::Officer << Qt::DescendingOrder;
    }
    void sortingAsksTheQueryLayer()
    {
        QFETCH(CaseQueueModel::Column, column);
        QFETCH(Qt::SortOrder, order);
        CaseQueueModel model(m_db->db());
        model.sort(column, order);
        QCOMPARE(model.filter().sort, CaseQueueModel::sortFor(column));
        QCOMPARE(model.columnFor(model.filter().sort), column);

        CaseQueueQuery query(m_db->db());
        const auto expected = query.page(model.filter(), 400, 300);
        QVERIFY(expected.ok());
        QCOMPARE(expected->size(), 300);
        for (int i = 0; i < expected->size(); ++i)
            QCOMPARE(model.caseId(400 + i), expected->at(i).id);
        if (column == CaseQueueModel::Balance) {
            for (int row = 1; row < 1000; ++row) {
                const Money before = model.index(row - 1, column)
                                         .data(CaseQueueModel::RawValueRole)
                                         .value<Money>();
                const Money here
                    = model.index(row, column).data(CaseQueueModel::RawValueRole).value<Money>();
                QVERIFY(before >= here);
            }
        }
    }

    void filtersCountAndSignal()
    {
        CaseQueueModel model(m_db->db());
        QSignalSpy counted(&model, &CaseQueueModel::countChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setStatusFilter(CaseStatus::Collection);
        QCOMPARE(counted.size(), 1);
        QCOMPARE(reset.size(), 1);
        CaseQueueQuery query(m_db->db());
        CaseQueueFilter f;
        f.status = CaseStatus::Collection;
        QCOMPARE(counted.first().first().toLongLong(), *query.count(f));
        QCOMPARE(qint64(model.rowCount()), *query.count(f));
        QVERIFY(model.rowCount() > 0);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, CaseQueueModel::Status)
                         .data(CaseQueueModel::RawValueRole)
                         .toString(),
                     u"collection");

        model.setStatusFilter(CaseStatus::Collection); // the same filter: nothing happens
        QCOMPARE(reset.size(), 1);

        const QString caseNo = model.index(0, CaseQueueModel::CaseNo).data().toString();
        model.setStatusFilter(std::nullopt);
        model.setSearchText(u"  " + caseNo + u" ");
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, CaseQueueModel::Debtor).data(CaseQueueModel::CaseNoRole).toString(),
                 caseNo);
        QCOMPARE(model.rowAt(0)->caseNo, caseNo);
        QVERIFY(!model.rowAt(1));
        QCOMPARE(model.caseId(5), qint64(0));
    }

private:
    std::unique_ptr<Fordran::Test::TestDatabase> m_db;
};

QTEST_GUILESS_MAIN(TestCaseQueueModel)
#include "tst_casequeuemodel.moc"
