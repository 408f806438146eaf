#include "ui/databasecontroller.h"

#include "models/storage/database.h"

#include <QAction>
#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>

#include <utility>

namespace Fordran {

namespace Internal {

/*! Keeps a replaced Database alive until the event loop has deleted its readers. */
class RetiredDatabase final : public QObject
{
public:
    RetiredDatabase(std::unique_ptr<Database> database, QObject *parent)
        : QObject(parent)
        , m_database(std::move(database))
    {
    }

private:
    std::unique_ptr<Database> m_database;
};

} // namespace Internal

namespace {

QString testConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fordran-connection-test-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

/*! The nearest folder of \a path that exists (the file's own folder when it does). */
QFileInfo nearestExistingFolder(const QString &path)
{
    QDir dir = QFileInfo(path).absoluteDir();
    while (!dir.exists() && !dir.isRoot()) {
        if (!dir.cdUp())
            break;
    }
    return QFileInfo(dir.absolutePath());
}

} // namespace

DatabaseController::DatabaseController(QObject *parent)
    : QObject(parent)
{
}

DatabaseController::~DatabaseController() = default;

Status DatabaseController::open(const DatabaseConfig &config)
{
    auto opened = Database::open(config);
    if (!opened)
        return opened.error();
    std::unique_ptr<Database> database = std::move(opened).value();
    if (const Status migrated = database->migrate(); !migrated)
        return migrated;

    if (m_database)
        Q_EMIT aboutToChangeDatabase();
    retire(std::exchange(m_database, std::move(database)));
    m_config = config;
    Q_EMIT databaseChanged(m_database.get());
    return {};
}

void DatabaseController::close()
{
    if (!m_database)
        return;
    Q_EMIT aboutToChangeDatabase();
    retire(std::exchange(m_database, nullptr));
    m_config = {};
    Q_EMIT databaseChanged(nullptr);
}

void DatabaseController::retire(std::unique_ptr<Database> database)
{
    if (database)
        (new Internal::RetiredDatabase(std::move(database), this))->deleteLater();
}

Result<ConnectionReport> DatabaseController::testConnection(const DatabaseConfig &config)
{
    ConnectionReport report;
    report.latestSchemaVersion = Database::latestSchemaVersion();
    if (config.engine == DatabaseConfig::Engine::Sqlite && !config.sqlitePath.isEmpty()) {
        const QFileInfo file(config.sqlitePath);
        if (file.isDir())
            return Error(tr("%1 is a folder, not a database file").arg(config.sqlitePath));
        if (!file.exists()) {
            const QFileInfo folder = nearestExistingFolder(config.sqlitePath);
            if (!folder.isDir() || !folder.isWritable())
                return Error(tr("Cannot create the file %1: the folder %2 is not writable")
                                 .arg(QDir::toNativeSeparators(config.sqlitePath),
                                      QDir::toNativeSeparators(folder.absoluteFilePath())));
            report.exists = false;
            return report;
        }
    }

    auto opened = Database::open(config, testConnectionName());
    if (!opened)
        return opened.error();
    report.schemaVersion = opened.value()->schemaVersion();
    if (report.schemaVersion < 0)
        return Error(
            tr("Connected, but %1 does not look like a Fordran database: its schema version "
               "cannot be read")
                .arg(config.displayName()));
    if (report.schemaVersion > report.latestSchemaVersion)
        return Error(
            tr("%1 was set up by a newer version of Fordran (schema %2; this version knows "
               "up to %3)")
                .arg(config.displayName())
                .arg(report.schemaVersion)
                .arg(report.latestSchemaVersion));
    return report;
}

void DatabaseController::enableWhileOpen(QAction *action)
{
    action->setEnabled(m_database != nullptr);
    connect(this, &DatabaseController::databaseChanged, action,
            [action](Database *database) { action->setEnabled(database != nullptr); });
}

} // namespace Fordran
