#pragma once

// Case → Run daily process…: the daily run (DailyRunService) for a chosen date, with a preview
// of what it will do (a dry run: counts per action type), a progress bar and Cancel. The run
// works in a thread of its own with its own database connection (DatabaseTask), so the window stays
// responsive; Cancel stops it between batches (every case is then fully advanced or untouched,
// and running the date again finishes the rest).
//
//   DailyRunActionHandler handler(window, controller); // enables Case.RunDaily, opens the dialog

#include "models/services/dailyrunservice.h"
#include "models/storage/databaseconfig.h"

#include <QDate>
#include <QDialog>
#include <QObject>

class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Fordran {

class DatabaseController;
class DatabaseTask;
class MainWindow;

class DailyRunDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyRunDialog)

public:
    /*! For the database \a config names; \a today is the date offered (invalid: today). */
    explicit DailyRunDialog(DatabaseConfig config, QDate today = {}, QWidget *parent = nullptr);
    ~DailyRunDialog() override;

    [[nodiscard]] QDate date() const;
    void setDate(QDate date);
    /*! Cases per transaction (0: DailyRunOptions' default); smaller batches cancel sooner. */
    void setBatchSize(int cases) { m_batchSize = cases; }
    /*! True while a run or preview works. */
    [[nodiscard]] bool isRunning() const { return m_running; }

    /*! Starts a preview (dry run) or the run of the chosen date. */
    void startPreview() { start(true); }
    void startRun() { start(false); }
    /*! Asks a running run to stop after its batch. */
    void cancelRun();

    /*! Close: while a run works, cancels it and closes once it has stopped. */
    void reject() override;

Q_SIGNALS:
    /*! A run (not a preview) ended; the database changed unless the report says otherwise. */
    void runFinished(const Fordran::DailyRunReport &report);
    /*! A run or preview ended, well or not (for tests and the window). */
    void idle();

private:
    void start(bool dryRun);
    void showProgress(qint64 done, qint64 total);
    void showReport(const DailyRunReport &report);
    void showFailure(const QString &message, const QString &detail);
    void setRunning(bool running);

    DatabaseConfig m_config;
    DatabaseTask *m_task = nullptr;
    bool m_running = false;
    bool m_dryRun = false;
    bool m_closeWhenIdle = false; //!< Close was pressed during a run
    int m_batchSize = 0;
    QDateEdit *m_date = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
};

/*!
 * Case → Run daily process… in the main window: enabled while a database is open; opens the
 * dialog on it. runFinished() after a real run, so that the window can refresh its queue.
 */
class DailyRunActionHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyRunActionHandler)

public:
    /*! Both must outlive the handler, which is a child of \a window. */
    DailyRunActionHandler(MainWindow &window, DatabaseController &controller);
    ~DailyRunActionHandler() override;

    /*! Opens the dialog (modal) on the open database. */
    void showDialog();

Q_SIGNALS:
    void runFinished();

private:
    MainWindow &m_window;
    DatabaseController &m_controller;
};

} // namespace Fordran
