#pragma once

// The main window's database actions: File → Database… (choose and open another database),
// Settings → Reference rates… and the reference-rate check at start-up. File → Database… is
// always enabled (a database that failed to open must be replaceable); Reference rates… is
// enabled while a database is open.
//
//   DatabaseController controller;               // outlives the window
//   MainWindow window;
//   DatabaseActionHandler handler(window, controller);
//   controller.open(DatabaseConfig::fromSettings());
//   window.show();
//   QTimer::singleShot(0, &handler, &DatabaseActionHandler::checkReferenceRate);

#include <QDate>
#include <QObject>

#include <optional>

namespace Fordran {

class Database;
class DatabaseController;
class MainWindow;

class DatabaseActionHandler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseActionHandler)

public:
    /*! Connects File.Database and Settings.ReferenceRates of \a window to \a controller (both
        must outlive the handler, which is a child of \a window) and keeps the window's database
        description up to date. */
    DatabaseActionHandler(MainWindow &window, DatabaseController &controller);
    ~DatabaseActionHandler() override;

    /*! The day the reference-rate check uses; an invalid date (default) is the current date. */
    void setToday(QDate today) { m_today = today; }
    [[nodiscard]] QDate today() const;

    /*! The start of today's half-year when the open database's rates (built-in and entered)
        have none for it; std::nullopt when they have one, no database is open or the rates
        cannot be read. */
    [[nodiscard]] std::optional<QDate> missingReferenceRate() const;

    /*! File → Database…: the dialog, then the chosen database is opened and, once it is open,
        saved as the choice for the GUI and the CLI. A database that cannot be opened is
        reported in a message box and the open one stays. */
    void chooseDatabase();
    /*! Settings → Reference rates… (modal), with \a select selected when given. */
    void showReferenceRates(QDate select = {});
    /*!
     * The start-up check: when missingReferenceRate() finds today's half-year without a rate,
     * emits referenceRateMissing(), says so in a message box naming the half-year and opens the
     * reference-rate dialog on it. Returns the half-year that was missing, if any.
     */
    std::optional<QDate> checkReferenceRate();

Q_SIGNALS:
    /*! Today's half-year, starting \a halfYearStart, has no reference rate. */
    void referenceRateMissing(QDate halfYearStart);

private:
    void databaseChanged(Database *database);

    MainWindow &m_window;
    DatabaseController &m_controller;
    QDate m_today;
};

} // namespace Fordran
