#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace Fordran {

/*!
 * Which database to open: a SQLite file or a PostgreSQL server.
 *
 * The CLI builds one from --db PATH (sqlite()) or --db-url (fromUrl()); without either, the CLI
 * and the GUI both use fromSettings(), which is the SQLite file at defaultSqlitePath() until the
 * GUI saves another choice with saveToSettings().
 *
 * Passwords are never written to the settings: a saved PostgreSQL choice gets its password the
 * way libpq does, from ~/.pgpass (or PGPASSFILE, PGPASSWORD).
 */
struct DatabaseConfig
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConfig)

public:
    enum class Engine { Sqlite, Postgres };

    Engine engine = Engine::Sqlite;
    QString sqlitePath; //!< Sqlite: the file (created with its folder if missing)
    QString host;       //!< Postgres: host name or address; empty = local socket
    int port = 5432;
    QString database;
    QString user;
    QString password;
    /*! Postgres: extra libpq options from the URL query, "key=value" joined by ';'. */
    QString options;

    /*!
     * postgresql://user:password@host:port/database?sslmode=require (also postgres://).
     * User, password and database are percent-decoded; an IPv6 host is written [::1].
     * A missing port is 5432. Anything else — another scheme, no database, a bad port — is an Error.
     */
    static Result<DatabaseConfig> fromUrl(QStringView url);

    static DatabaseConfig sqlite(const QString &path);

    /*! QStandardPaths::GenericDataLocation + "/fordran/fordran.sqlite". */
    static QString defaultSqlitePath();

    /*! The saved choice (QSettings "Fordran"/"fordran", group "Database"); default: the SQLite file. */
    static DatabaseConfig fromSettings();
    /*! Saves this choice for the GUI and the CLI, without the password. */
    void saveToSettings() const;

    /*! "postgresql://user@host:port/database" with percent-encoding and no password. */
    QString toUrl() const;

    /*! For people and logs: "SQLite /path/fordran.sqlite", "PostgreSQL fordran@host:5432/db". Never the password. */
    QString displayName() const;

    /*! "sqlite" or "postgres". */
    static QString engineName(Engine engine);

    bool operator==(const DatabaseConfig &) const = default;
};

} // namespace Fordran
