#pragma once

// The main window: menus built from the action registry, a central case-queue area and a
// status bar. It only lays things out; features connect to actions by id and put their
// widgets in through the setters below.

#include <QMainWindow>

class QLabel;
class QProgressBar;
class QStackedWidget;

namespace Fordran {

class ActionRegistry;
class EmptyStateWidget;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /*! Every action of the window by stable id (owned by the window). */
    [[nodiscard]] ActionRegistry &actions() const { return *m_actions; }

    /*! Shows which database is in use, e.g. "SQLite – /home/anna/fordran.sqlite"; an empty
        text shows "No database open". */
    void setDatabaseDescription(const QString &description);
    [[nodiscard]] QString databaseDescription() const { return m_databaseDescription; }

    /*! Puts \a queue (the case queue) into the central area, taking ownership and deleting
        the queue widget set before; nullptr brings back the empty state. */
    void setCentralQueueWidget(QWidget *queue);
    /*! The widget set with setCentralQueueWidget(), or nullptr while the empty state shows. */
    [[nodiscard]] QWidget *centralQueueWidget() const { return m_queue; }

    /*! Permanent progress bar at the right of the status bar, hidden until a task shows it. */
    [[nodiscard]] QProgressBar *progressBar() const { return m_progress; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildCentralArea();
    void buildStatusBar();
    void restoreWindowState();
    void showAbout();

    ActionRegistry *m_actions;
    QStackedWidget *m_queueArea = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QWidget *m_queue = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QString m_databaseDescription;
};

} // namespace Fordran
