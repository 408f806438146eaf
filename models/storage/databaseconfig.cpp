#include "models/storage/databaseconfig.h"

#include <QSettings>
#include <QStandardPaths>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace Fordran {

namespace {

QSettings fordranSettings()
{
    return QSettings(QStringLiteral("Fordran"), QStringLiteral("fordran"));
}

const QString kEngineKey = QStringLiteral("Database/engine");
const QString kPathKey = QStringLiteral("Database/sqlitePath");
const QString kHostKey = QStringLiteral("Database/host");
const QString kPortKey = QStringLiteral("Database/port");
const QString kDatabaseKey = QStringLiteral("Database/database");
const QString kUserKey = QStringLiteral("Database/user");
const QString kOptionsKey = QStringLiteral("Database/options");

constexpr int kDefaultPort = 5432;

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(QStringView url)
{
    const QString text = url.trimmed().toString();
    if (text.isEmpty())
        return Error(tr("The database URL is empty"), QStringLiteral("db-url"));

    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid())
        return Error(tr("The database URL is not valid: %1").arg(parsed.errorString()), QStringLiteral("db-url"));
    const QString scheme = parsed.scheme().toLower();
    if (scheme != u"postgresql" && scheme != u"postgres")
        return Error(tr("The database URL must start with postgresql://"), QStringLiteral("db-url"));
    if (!parsed.fragment().isEmpty())
        return Error(tr("The database URL must not have a '#' part"), QStringLiteral("db-url"));

    // QUrl takes "host:abc" as a port error but "host:" as no port; a port of 0 is as wrong as none.
    const int port = parsed.port(kDefaultPort);
    if (port < 1 || port > 65535)
        return Error(tr("The database URL has an invalid port"), QStringLiteral("db-url"));

    QString path = parsed.path(QUrl::FullyDecoded);
    if (path.startsWith(u'/'))
        path.remove(0, 1);
    if (path.isEmpty())
        return Error(tr("The database URL names no database (postgresql://user@host/DATABASE)"),
                     QStringLiteral("db-url"));
    if (path.contains(u'/'))
        return Error(tr("The database name in the URL must not contain '/'"), QStringLiteral("db-url"));

    DatabaseConfig config;
    config.engine = Engine::Postgres;
    config.host = parsed.host(QUrl::FullyDecoded);
    config.port = port;
    config.database = path;
    config.user = parsed.userName(QUrl::FullyDecoded);
    config.password = parsed.password(QUrl::FullyDecoded);

    QStringList options;
    const auto items = QUrlQuery(parsed).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.isEmpty() || value.isEmpty() || value.contains(u';') || key.contains(u';'))
            return Error(tr("The database URL has an invalid option '%1'").arg(key), QStringLiteral("db-url"));
        options.append(key + u'=' + value);
    }
    config.options = options.join(u';');
    return config;
}

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.engine = Engine::Sqlite;
    config.sqlitePath = path;
    return config;
}

QString DatabaseConfig::defaultSqlitePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/fordran/fordran.sqlite");
}

DatabaseConfig DatabaseConfig::fromSettings()
{
    const QSettings settings = fordranSettings();
    if (settings.value(kEngineKey).toString() == engineName(Engine::Postgres)) {
        DatabaseConfig config;
        config.engine = Engine::Postgres;
        config.host = settings.value(kHostKey).toString();
        config.port = settings.value(kPortKey, kDefaultPort).toInt();
        config.database = settings.value(kDatabaseKey).toString();
        config.user = settings.value(kUserKey).toString();
        config.options = settings.value(kOptionsKey).toString();
        return config;
    }
    const QString path = settings.value(kPathKey).toString();
    return sqlite(path.isEmpty() ? defaultSqlitePath() : path);
}

void DatabaseConfig::saveToSettings() const
{
    QSettings settings = fordranSettings();
    settings.setValue(kEngineKey, engineName(engine));
    if (engine == Engine::Sqlite) {
        settings.setValue(kPathKey, sqlitePath);
        for (const QString &key : {kHostKey, kPortKey, kDatabaseKey, kUserKey, kOptionsKey})
            settings.remove(key);
    } else {
        settings.remove(kPathKey);
        settings.setValue(kHostKey, host);
        settings.setValue(kPortKey, port);
        settings.setValue(kDatabaseKey, database);
        settings.setValue(kUserKey, user);
        settings.setValue(kOptionsKey, options);
    }
    settings.sync();
}

QString DatabaseConfig::toUrl() const
{
    if (engine == Engine::Sqlite)
        return QUrl::fromLocalFile(sqlitePath).toString();
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user, QUrl::DecodedMode);
    url.setHost(host, QUrl::DecodedMode);
    url.setPort(port);
    url.setPath(u'/' + database, QUrl::DecodedMode);
    if (!options.isEmpty()) {
        QUrlQuery query;
        for (const QString &option : options.split(u';', Qt::SkipEmptyParts)) {
            const qsizetype eq = option.indexOf(u'=');
            query.addQueryItem(option.left(eq), option.mid(eq + 1));
        }
        url.setQuery(query);
    }
    return url.toString(QUrl::FullyEncoded);
}

QString DatabaseConfig::displayName() const
{
    if (engine == Engine::Sqlite)
        return tr("SQLite %1").arg(sqlitePath);
    const QString who = user.isEmpty() ? QString() : user + u'@';
    const QString where = host.isEmpty() ? tr("local socket") : host;
    return tr("PostgreSQL %1%2:%3/%4").arg(who, where, QString::number(port), database);
}

QString DatabaseConfig::engineName(Engine engine)
{
    return engine == Engine::Postgres ? QStringLiteral("postgres") : QStringLiteral("sqlite");
}

} // namespace Fordran
