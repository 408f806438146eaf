// The case queue as an officer uses it, offscreen, on a few hundred demo cases: type to search,
// Enter opens the case view of the right case, filters and "My cases". Screenshots go to
// $FORDRAN_BUILD_DIR/screenshots/ (casequeue.png, casequeue_search.png, caseview.png).

#include "settingssandbox.h"
#include "storage/storagetestutil.h"

#include "models/items/casequeuemodel.h"
#include "models/services/demodataservice.h"
#include "models/storage/casequeuequery.h"
#include "ui/casequeuewidget.h"
#include "ui/caseview.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Fordran;

namespace {

const QDate Today(2026, 11, 23);

QString shotPath(const QString &name)
{
    const QString dir
        = qEnvironmentVariable("FORDRAN_BUILD_DIR", QDir::tempPath()) + u"/screenshots";
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

QList<CaseView *> openCaseViews()
{
    QList<CaseView *> views;
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *view = qobject_cast<CaseView *>(w); view && view->isVisible())
            views.append(view);
    }
    return views;
}

void closeCaseViews()
{
    for (CaseView *view : openCaseViews())
        view->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestCaseQueueWidget final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.enter(QStringLiteral("tst_casequeuewidget")));
        m_db = std::make_unique<Fordran::Test::TestDatabase>(Fordran::Test::sqliteEngine());
        QVERIFY2(m_db->ok(), qPrintable(m_db->errorText()));
        DemoDataOptions options;
        options.cases = 400;
        options.seed = 11;
        options.today = Today;
        const auto filled = DemoDataService(m_db->db()).fill(options);
        QVERIFY2(filled.ok(), qPrintable(Fordran::Test::errorText(filled)));
    }
    void init() { Fordran::Test::SettingsSandbox::clear(); }
    void cleanup() { closeCaseViews(); }
    void cleanupTestCase() { m_db.reset(); }

    void showsTheOpenCasesInTheMainWindow()
    {
        MainWindow window;
        auto *queue = new CaseQueueWidget(m_db->db());
        window.setCentralQueueWidget(queue);
        window.setDatabaseDescription(m_db->config().displayName());
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        CaseQueueFilter open;
        open.openOnly = true;
        const qint64 openCases = *CaseQueueQuery(m_db->db()).count(open);
        QCOMPARE(qint64(queue->model()->rowCount()), openCases);
        QVERIFY(openCases > 0 && openCases < 400);
        const auto *count = queue->findChild<QLabel *>(QStringLiteral("caseCount"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QString::number(openCases)), qPrintable(count->text()));
        QVERIFY(queue->table()->currentIndex().isValid()); // Enter opens the first case at once
        const QPixmap shot = window.grab();
        QVERIFY(shot.save(shotPath(QStringLiteral("casequeue.png"))));

        // A click on the Debtor header: each debtor's cases together, by status, then by case.
        QHeaderView *header = queue->table()->horizontalHeader();
        const QPoint debtorHeader(header->sectionViewportPosition(CaseQueueModel::Debtor)
                                      + header->sectionSize(CaseQueueModel::Debtor) / 2,
                                  header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, debtorHeader);
        QTRY_COMPARE(queue->model()->filter().sort, CaseQueueSort::Debtor);
        QVERIFY(window.grab().save(shotPath(QStringLiteral("casequeue_by_debtor.png"))));
    }

    void typeToSearchThenEnterOpensTheCase_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("case-number-typed-into-table") << QStringLiteral("case_no");
        QTest::newRow("ocr-typed-into-table") << QStringLiteral("ocr");
        QTest::newRow("full-name-in-search-box") << QStringLiteral("name");
    }
    void typeToSearchThenEnterOpensTheCase()
    {
        QFETCH(QString, how);
        CaseQueueFilter all;
        all.sort = CaseQueueSort::CaseNo;
        const auto rows = CaseQueueQuery(m_db->db()).page(all, 123, 1);
        QVERIFY(rows.ok() && rows->size() == 1);
        const CaseQueueRow target = rows->first();

        MainWindow window;
        auto *queue = new CaseQueueWidget(m_db->db());
        window.setCentralQueueWidget(queue);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The target may be closed: search every status.
        auto *status = queue->findChild<QComboBox *>(QStringLiteral("statusFilter"));
        QVERIFY(status);
        status->setCurrentIndex(status->findData(QString()));

        if (how == u"name") {
            queue->searchField()->setFocus();
            QTest::keyClicks(queue->searchField(), target.debtorName);
        } else {
            queue->table()->setFocus();
            QTest::keyClicks(queue->table(), how == u"ocr" ? target.ocr : target.caseNo);
            QVERIFY(queue->searchField()->hasFocus()); // typing in the table went to the search box
        }
        QCOMPARE(queue->searchField()->text(),
                 how == u"name"      ? target.debtorName
                     : how == u"ocr" ? target.ocr
                                     : target.caseNo);
        // The queue follows the typing after a short pause.
        QTRY_VERIFY_WITH_TIMEOUT(queue->model()->filter().search == queue->searchField()->text(),
                                 3000);
        QVERIFY(queue->model()->rowCount() >= 1);
        QStringList shown;
        for (int row = 0; row < queue->model()->rowCount(); ++row)
            shown.append(queue->model()->index(row, CaseQueueModel::CaseNo).data().toString());
        QVERIFY2(shown.contains(target.caseNo), qPrintable(shown.join(u", ")));
        if (how != u"name")
            QCOMPARE(shown, QStringList {target.caseNo});
        if (how == u"case_no")
            QVERIFY(window.grab().save(shotPath(QStringLiteral("casequeue_search.png"))));

        // Arrows go from the search box to the table; Enter opens the selected case.
        QTest::keyClick(queue->searchField(), Qt::Key_Down);
        QVERIFY(queue->table()->hasFocus());
        queue->table()->setCurrentIndex(
            queue->model()->index(int(shown.indexOf(target.caseNo)), CaseQueueModel::Debtor));
        QSignalSpy opened(queue, &CaseQueueWidget::caseOpened);
        QTest::keyClick(queue->table(), Qt::Key_Return);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toLongLong(), target.id);
        const QList<CaseView *> views = openCaseViews();
        QCOMPARE(views.size(), 1);
        CaseView *view = views.first();
        QCOMPARE(view->caseNumber(), target.caseNo);
        QVERIFY(view->windowTitle().contains(target.caseNo));
        QVERIFY(view->windowTitle().contains(target.debtorName));
        QVERIFY(QTest::qWaitForWindowExposed(view));

        // What the view shows is the case's details: claims, balance and timeline.
        const CaseDetails &d = view->details();
        QCOMPARE(d.caseData.id, target.id);
        auto *claims = view->findChild<QTableWidget *>(QStringLiteral("claimsTable"));
        QVERIFY(claims);
        QCOMPARE(claims->rowCount(), int(d.claims.size()));
        QCOMPARE(claims->item(0, 0)->text().section(u' ', 0, 0), d.claims.first().claim.invoiceNo);
        auto *timeline = view->findChild<QTreeWidget *>(QStringLiteral("timeline"));
        QVERIFY(timeline);
        QCOMPARE(timeline->topLevelItemCount(), int(d.events.size()));
        QVERIFY(timeline->topLevelItemCount() > 0);
        auto *balance = view->findChild<QGroupBox *>(QStringLiteral("balanceBox"));
        QVERIFY(balance);
        bool totalShown = false;
        for (const QLabel *label : balance->findChildren<QLabel *>())
            totalShown = totalShown || label->text() == d.balance.total().toString();
        QVERIFY(totalShown);
        if (how == u"case_no")
            QVERIFY(view->grab().save(shotPath(QStringLiteral("caseview.png"))));
    }

    void doubleClickOpensTheCase()
    {
        CaseQueueWidget queue(m_db->db());
        queue.resize(1000, 600);
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        const QModelIndex second = queue.model()->index(1, CaseQueueModel::Debtor);
        const QRect cell = queue.table()->visualRect(second);
        QTest::mouseClick(queue.table()->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(queue.table()->viewport(), Qt::LeftButton, {}, cell.center());
        const QList<CaseView *> views = openCaseViews();
        QCOMPARE(views.size(), 1);
        QCOMPARE(views.first()->caseNumber(), second.data(CaseQueueModel::CaseNoRole).toString());
    }

    void filtersNarrowTheQueue()
    {
        CaseQueueWidget queue(m_db->db());
        auto *status = queue.findChild<QComboBox *>(QStringLiteral("statusFilter"));
        auto *client = queue.findChild<QComboBox *>(QStringLiteral("clientFilter"));
        QVERIFY(status && client);
        status->setCurrentIndex(status->findData(machineName(CaseStatus::Collection)));
        QVERIFY(queue.model()->rowCount() > 0);
        for (int row = 0; row < queue.model()->rowCount(); ++row)
            QCOMPARE(queue.model()
                         ->index(row, CaseQueueModel::Status)
                         .data(CaseQueueModel::RawValueRole)
                         .toString(),
                     u"collection");
        const int collection = queue.model()->rowCount();
        client->setCurrentIndex(1);
        QVERIFY(queue.model()->rowCount() < collection);
        const QString clientName = client->currentText();
        for (int row = 0; row < queue.model()->rowCount(); ++row)
            QCOMPARE(queue.model()->index(row, CaseQueueModel::Client).data().toString(),
                     clientName);
    }

    void myCasesFollowsTheLogin()
    {
        CaseQueueWidget queue(m_db->db());
        auto *mine = queue.findChild<QCheckBox *>(QStringLiteral("myCases"));
        QVERIFY(mine);
        queue.setCurrentUserLogin(QStringLiteral("nobody-here"));
        QVERIFY(!mine->isEnabled());
        QVERIFY(mine->toolTip().contains(u"nobody-here"));

        kUserLogin.setValue(QStringLiteral("anna.lind")); // a demo officer
        queue.setCurrentUserLogin(QString());
        QVERIFY(mine->isEnabled());
        QVERIFY(queue.currentUserId() > 0);
        mine->setChecked(true);
        QCOMPARE(queue.model()->filter().assignedUserId,
                 std::optional<qint64>(queue.currentUserId()));
        QVERIFY(queue.model()->rowCount() > 0);
        for (int row = 0; row < queue.model()->rowCount(); ++row)
            QCOMPARE(queue.model()->index(row, CaseQueueModel::Officer).data().toString(),
                     u"Anna Lind");
        mine->setChecked(false);
        QCOMPARE(queue.model()->filter().assignedUserId, std::nullopt);
    }

    void escapeClearsAndOpenActionFocusesSearch()
    {
        CaseQueueWidget queue(m_db->db());
        queue.show();
        QVERIFY(QTest::qWaitForWindowExposed(&queue));
        const int all = queue.model()->rowCount();
        queue.searchField()->setFocus();
        QTest::keyClicks(queue.searchField(), QStringLiteral("zzzz-no-such-thing"));
        QTest::keyClick(queue.searchField(), Qt::Key_Return); // applies at once; nothing to open
        QCOMPARE(queue.model()->rowCount(), 0);
        QVERIFY(openCaseViews().isEmpty());
        auto *nothing = queue.findChild<QLabel *>(QStringLiteral("nothingFound"));
        QVERIFY(nothing && nothing->isVisible());
        QVERIFY(nothing->text().contains(u"zzzz-no-such-thing"));
        QVERIFY(queue.grab().save(shotPath(QStringLiteral("casequeue_nothing_found.png"))));
        QTest::keyClick(queue.searchField(), Qt::Key_Escape);
        QCOMPARE(queue.searchField()->text(), QString());
        QCOMPARE(queue.model()->rowCount(), all);
        QVERIFY(!nothing->isVisible());

        queue.table()->setFocus();
        queue.searchField()->setText(QStringLiteral("old"));
        queue.focusSearch();
        QVERIFY(queue.searchField()->hasFocus());
        QCOMPARE(queue.searchField()->selectedText(), QStringLiteral("old"));
    }

private:
    Fordran::Test::SettingsSandbox m_settings;
    std::unique_ptr<Fordran::Test::TestDatabase> m_db;
};

QTEST_MAIN(TestCaseQueueWidget)
#include "tst_casequeuewidget.moc"
