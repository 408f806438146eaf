#include "app/cli/dbsupport.h"

#include <QCoreApplication>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

const QString DbOption = QStringLiteral("--db");
const QString DbUrlOption = QStringLiteral("--db-url");

} // namespace

Result<DatabaseConfig> databaseConfig(const Invocation &inv)
{
    if (inv.has(DbOption) && inv.has(DbUrlOption))
        return Error(tr("give either --db or --db-url, not both"), QStringLiteral("db"));
    if (inv.has(DbUrlOption))
        return DatabaseConfig::fromUrl(inv.option(DbUrlOption));
    if (inv.has(DbOption)) {
        const QString path = inv.option(DbOption);
        if (path.trimmed().isEmpty())
            return Error(tr("--db needs the path of a SQLite file"), QStringLiteral("db"));
        return DatabaseConfig::sqlite(path);
    }
    return DatabaseConfig::fromSettings();
}

Result<std::unique_ptr<Database>> openDatabase(const Invocation &inv)
{
    const Result<DatabaseConfig> config = databaseConfig(inv);
    if (!config)
        return config.error();
    Result<std::unique_ptr<Database>> database = Database::open(*config);
    if (!database)
        return database;
    if (const Status migrated = database.value()->migrate(); !migrated)
        return migrated.error();
    return database;
}

int withDatabase(const Invocation &inv, const std::function<int(Database &)> &body)
{
    if (inv.has(DbOption) && inv.has(DbUrlOption))
        return usageError(tr("give either --db or --db-url, not both"));
    Result<std::unique_ptr<Database>> database = openDatabase(inv);
    if (!database)
        return rejectError(database.error());
    return body(*database.value());
}

int rejectError(const Error &error, QJsonObject extra)
{
    if (!error.field.isEmpty())
        extra.insert(QStringLiteral("field"), error.field);
    if (!error.detail.isEmpty())
        extra.insert(QStringLiteral("detail"), error.detail);
    return reject(error.message, extra);
}

} // namespace Fordran::Cli
