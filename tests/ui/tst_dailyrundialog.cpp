// Case → Run daily process…, offscreen, on demo data in a temporary SQLite file: the preview
// counts per action type without writing, the run with its progress and summary, a second run
// of the same date with nothing to do, Cancel part-way, and the main-window action enabled
// while a database is open. Screenshots: $FORDRAN_BUILD_DIR/screenshots/dailyrun_*.png.
#include "services/dailyrunfixture.h"
#include "settingssandbox.h"
#include "uitestutil.h"

#include "models/services/demodataservice.h"
#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/dailyrundialog.h"
#include "ui/mainactions.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Fordran;
using Fordran::Test::child;
using Fordran::Test::shotPath;

namespace {

const QDate Today(2026, 3, 2);

/*! Waits for the dialog to become idle; false on a timeout. */
bool waitIdle(DailyRunDialog &dialog)
{
    QSignalSpy idle(&dialog, &DailyRunDialog::idle);
    return dialog.isRunning() ? idle.wait(60000) : true;
}

qint64 tableTotal(const QTableWidget &table)
{
    qint64 n = 0;
    for (int row = 0; row < table.rowCount(); ++row)
        n += QLocale().toLongLong(table.item(row, 1)->text());
    return n;
}

} // namespace

class TestDailyRunDialog final : public QObject
{
    Q_OBJECT

private:
    Fordran::Test::SettingsSandbox m_settings;
    QTemporaryDir m_dir;
    DatabaseConfig m_config;

    /*! A fresh database with \a cases demo cases as of Today. */
    void makeDatabase(const QString &name, qint64 cases)
    {
        m_config = DatabaseConfig::sqlite(m_dir.filePath(name));
        auto db = Database::open(m_config);
        QVERIFY(db.ok());
        QVERIFY((*db)->migrate().ok());
        QVERIFY(DemoDataService(**db).fill({cases, 21, Today, 500}).ok());
    }

private slots:
    void initTestCase() { QVERIFY(m_settings.enter(u"tst_dailyrundialog"_qs)); }

    void previewThenRun()
    {
        makeDatabase(u"run.sqlite"_qs, 600);
        DailyRunDialog dialog(m_config, Today);
        dialog.show();
        QCOMPARE(dialog.date(), Today);
        auto *table = child<QTableWidget>(dialog, "actions");
        auto *status = child<QLabel>(dialog, "status");
        QSignalSpy finished(&dialog, &DailyRunDialog::runFinished);

        const qint64 outboxBefore = Fordran::Test::rowCount(m_config, u"outbox"_qs);
        QTest::mouseClick(child<QPushButton>(dialog, "preview"), Qt::LeftButton);
        QVERIFY(dialog.isRunning());
        QVERIFY(!child<QPushButton>(dialog, "run")->isEnabled());
        QVERIFY(waitIdle(dialog));
        QVERIFY(table->rowCount() > 0);
        const qint64 previewed = tableTotal(*table);
        QVERIFY(status->text().contains(u"Nothing was written"));
        QCOMPARE(Fordran::Test::rowCount(m_config, u"outbox"_qs), outboxBefore);
        QCOMPARE(finished.count(), 0);
        QVERIFY(dialog.grab().save(shotPath(u"dailyrun_preview.png"_qs)));

        QTest::mouseClick(child<QPushButton>(dialog, "run"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(tableTotal(*table), previewed); // the run did what the preview said
        QVERIFY(status->text().startsWith(u"Done"));
        QVERIFY(Fordran::Test::rowCount(m_config, u"outbox"_qs) > outboxBefore);
        QVERIFY(dialog.grab().save(shotPath(u"dailyrun_done.png"_qs)));

        // The same date again: nothing to do.
        dialog.startRun();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(table->rowCount(), 0);
        QVERIFY(status->text().contains(u"No actions"));
    }

    void cancelPartWay()
    {
        makeDatabase(u"cancel.sqlite"_qs, 1500);
        DailyRunDialog dialog(m_config, Today);
        dialog.setBatchSize(5);
        dialog.show();
        QSignalSpy finished(&dialog, &DailyRunDialog::runFinished);
        auto *progress = child<QProgressBar>(dialog, "progress");
        // Cancel as soon as the first batches are in (once: not the run that finishes).
        bool cancelled = false;
        connect(progress, &QProgressBar::valueChanged, &dialog, [&dialog, &cancelled](int value) {
            if (value > 0 && !cancelled) {
                cancelled = true;
                dialog.cancelRun();
            }
        });
        dialog.startRun();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(finished.count(), 1);
        const auto report = finished.first().first().value<DailyRunReport>();
        QVERIFY(report.cancelled);
        QVERIFY(report.casesExamined < report.casesDue);
        QVERIFY(child<QLabel>(dialog, "status")->text().startsWith(u"Cancelled"));
        QVERIFY(dialog.grab().save(shotPath(u"dailyrun_cancelled.png"_qs)));
        // Running the date again finishes the rest.
        dialog.setBatchSize(0);
        dialog.startRun();
        QVERIFY(waitIdle(dialog));
        const auto rest = finished.last().first().value<DailyRunReport>();
        QVERIFY(!rest.cancelled);
    }

    void mainWindowAction()
    {
        makeDatabase(u"window.sqlite"_qs, 50);
        Fordran::Test::Workstation station(Today);
        DailyRunActionHandler handler(station.window, station.controller);
        QAction *action = station.window.actions().action(ActionId::CaseRunDaily);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(station.controller.open(m_config).ok());
        QVERIFY(action->isEnabled());
        bool shown = false;
        Fordran::Test::whenModal<DailyRunDialog>(
            [](DailyRunDialog *dialog) {
                QCOMPARE(dialog->date(), QDate::currentDate());
                dialog->reject();
            },
            &shown);
        action->trigger();
        QVERIFY(shown);
        station.controller.close();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestDailyRunDialog)
#include "tst_dailyrundialog.moc"
