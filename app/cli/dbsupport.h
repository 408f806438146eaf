#pragma once

// Opening the database for fordran-cli's database commands (cli.md "Database").

#include "app/cli/cli.h"
#include "models/domain/result.h"
#include "models/storage/database.h"
#include "models/storage/databaseconfig.h"

#include <functional>
#include <memory>

namespace Fordran::Cli {

/*!
 * The database the invocation names: --db PATH (a SQLite file, created if missing),
 * --db-url postgresql://…, else the user's saved default (DatabaseConfig::fromSettings(), the
 * same one the GUI opens: by default the SQLite file at DatabaseConfig::defaultSqlitePath()).
 * Both options at once, an empty path or a bad URL is an Error.
 */
Result<DatabaseConfig> databaseConfig(const Invocation &inv);

/*! Opens the database of databaseConfig() and migrates it to the current schema. */
Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv);

/*!
 * Opens and migrates the database, then runs \a body on it and returns its exit code. A database
 * that cannot be opened prints {"error": …, "detail": …} (exit 1); --db with --db-url is a usage
 * error (exit 2).
 */
int withDatabase(const Invocation &inv, const std::function<int(Database &)> &body);

/*! reject() for a core Error: "error" is the message; "field" and "detail" are added when set. */
int rejectError(const Error &error, QJsonObject extra = {});

} // namespace Fordran::Cli
