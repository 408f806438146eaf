#pragma once

// File → Import claims…: a client's claims file (formats.md) through ClaimsImportService. The
// officer picks the file and the client; Check reads the whole file without writing and lists
// every rejected row with its line, column and reason, and the cases the file would make;
// Import stores them. Both work in a thread of their own, on their own database connection
// (DatabaseTask),
// with a progress bar and Cancel; a cancelled or failed import keeps nothing (one transaction).
//
//   ImportClaimsActionHandler handler(window, controller); // enables File.ImportClaims

#include "models/domain/entities.h"
#include "models/services/claimsimportservice.h"
#include "models/storage/databaseconfig.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QObject>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace Fordran {

class DatabaseController;
class DatabaseTask;
class MainWindow;

class ImportClaimsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportClaimsDialog)

public:
    /*!
     * For the database \a config names, whose clients are \a clients (the combo box lists them
     * by name); \a today is the import date (invalid: today).
     */
    ImportClaimsDialog(DatabaseConfig config, const QList<Client> &clients, QDate today = {},
                       QWidget *parent = nullptr);
    ~ImportClaimsDialog() override;

    [[nodiscard]] QString filePath() const;
    void setFilePath(const QString &path);
    /*! Selects the client with organisationsnummer \a orgnr; false if it is not in the list. */
    bool setClient(const QString &orgnr);
    void setAcceptValid(bool accept);
    /*! The user recorded on the import (default: the saved login or the system's). */
    void setUser(const QString &user) { m_user = user; }

    /*! True while a check or import works. */
    [[nodiscard]] bool isRunning() const { return m_running; }
    /*! The report of the last check or import (empty before the first). */
    [[nodiscard]] const ClaimsImportReport &lastReport() const { return m_report; }

    /*! Starts the check (no writes) or the import of the chosen file. */
    void startCheck() { start(false); }
    void startImport() { start(true); }
    /*! Asks a running import to stop; nothing of it is kept. */
    void cancelWork();

    /*! Close: while work runs, cancels it and closes once it has stopped. */
    void reject() override;

Q_SIGNALS:
    /*! An import wrote cases (the queue should be refreshed). */
    void imported(const Fordran::ClaimsImportReport &report);
    /*! A check or import ended, well or not (for tests and the window). */
    void idle();

private:
    void browse();
    void start(bool write);
    void showReport(const ClaimsImportReport &report, bool written);
    void showProgress(qint64 done, qint64 total);
    void showFailure(const QString &message, const QString &detail);
    void setRunning(bool running);
    void updateButtons();
    void inputChanged();
    [[nodiscard]] ClaimsImportOptions options() const;

    DatabaseConfig m_config;
    QDate m_today;
    QString m_user;
    DatabaseTask *m_task = nullptr;
    bool m_running = false;
    bool m_write = false;
    bool m_closeWhenIdle = false;
    bool m_checked = false; //!< the current file, client and option were checked without problems
    ClaimsImportReport m_report;

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QComboBox *m_client = nullptr;
    QCheckBox *m_acceptValid = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_rejected = nullptr;
    QTableWidget *m_cases = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

/*!
 * File → Import claims… in the main window: enabled while a database is open; opens the dialog
 * on it. imported() after an import that wrote cases, so the window can refresh its queue.
 */
class ImportClaimsActionHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportClaimsActionHandler)

public:
    /*! Both must outlive the handler, which is a child of \a window. */
    ImportClaimsActionHandler(MainWindow &window, DatabaseController &controller);
    ~ImportClaimsActionHandler() override;

    /*! Opens the dialog (modal) on the open database. */
    void showDialog();

Q_SIGNALS:
    void imported();

private:
    MainWindow &m_window;
    DatabaseController &m_controller;
};

} // namespace Fordran
