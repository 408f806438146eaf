#pragma once

// Owns the database the GUI works in and switches it when the user chooses another one
// (File → Database…). Widgets that read the database connect to databaseChanged() and rebuild
// on the new one; they must let go of the old one when aboutToChangeDatabase() is emitted.

#include "models/domain/result.h"
#include "models/storage/database.h" // complete, so databaseChanged() has a meta type
#include "models/storage/databaseconfig.h"

#include <QObject>

#include <memory>

class QAction;

namespace Fordran {

/*! What "Test connection" found. */
struct ConnectionReport
{
    /*! SQLite only: false when the file does not exist yet (it is created on first use). */
    bool exists = true;
    /*! The migrations the database has; 0 for an empty one (set up on first use). */
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
};

class DatabaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseController)

public:
    explicit DatabaseController(QObject *parent = nullptr);
    /*! Closes the open database: create the controller before, and destroy it after, every
        widget that reads the database. */
    ~DatabaseController() override;

    /*! The open database (owned by the controller), or nullptr. */
    [[nodiscard]] Database *database() const { return m_database.get(); }
    /*! The choice of the open database; the default-constructed config while none is open. */
    [[nodiscard]] const DatabaseConfig &config() const { return m_config; }

    /*!
     * Opens \a config and applies pending migrations. On success the new database replaces
     * the open one: aboutToChangeDatabase() (when one was open), then databaseChanged(). The old
     * Database is destroyed once control returns to the event loop, so widgets removed with
     * deleteLater() in those slots go first. On an Error the open database stays as it was and
     * nothing is emitted. The choice is not saved: the caller saves it when it wants to.
     */
    Status open(const DatabaseConfig &config);

    /*! Closes the open database (aboutToChangeDatabase(), then databaseChanged(nullptr)). */
    void close();

    /*!
     * "Test connection": opens \a config on a temporary connection, reads its schema version
     * and closes it again, without migrating or changing anything; a SQLite file that does not
     * exist is not created (its folder must be creatable). An Error carries the driver's text
     * in detail; a database written by a newer Fordran is an Error too.
     */
    static Result<ConnectionReport> testConnection(const DatabaseConfig &config);

    /*! Keeps \a action enabled exactly while a database is open. */
    void enableWhileOpen(QAction *action);

Q_SIGNALS:
    /*! The open database is about to be replaced or closed: drop everything that reads it. */
    void aboutToChangeDatabase();
    /*! \a database is now the open one (nullptr after close()). */
    void databaseChanged(Fordran::Database *database);

private:
    void retire(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    DatabaseConfig m_config;
};

} // namespace Fordran
