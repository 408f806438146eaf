#pragma once

// Runs storage tests on both engines. A test function gets the column "engine" from
// addEngineRows() (or newEngineRow() for tables with more columns) and opens a fresh database:
//
//     void roundTrip_data() { Fordran::Test::addEngineRows(); }
//     void roundTrip() { FORDRAN_TEST_DATABASE(test); ClientRepository clients(test.db()); … }
//
// SQLite: a new file in a temporary folder. PostgreSQL: a new database
// fordran_test_<random> on the server of FORDRAN_TEST_PG_URL (scripts/run-tests.sh starts one),
// dropped afterwards, so every test row starts empty and tests are independent.
// Without FORDRAN_TEST_PG_URL the postgres rows are skipped, or fail when FORDRAN_REQUIRE_PG=1.

#include "models/storage/database.h"
#include "models/storage/databaseconfig.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace Fordran::Test {

inline QString sqliteEngine() { return QStringLiteral("sqlite"); }
inline QString postgresEngine() { return QStringLiteral("postgres"); }
inline QStringList engines() { return {sqliteEngine(), postgresEngine()}; }

/*! The column "engine" with one row per engine, tagged "sqlite" / "postgres". */
inline void addEngineRows()
{
    QTest::addColumn<QString>("engine");
    for (const QString &engine : engines())
        QTest::newRow(qPrintable(engine)) << engine;
}

/*! A row tagged "engine/tag" with the engine already filled in (column "engine" must be first). */
inline QTestData &newEngineRow(const QString &engine, const char *tag)
{
    return QTest::newRow(qPrintable(engine + u'/' + QString::fromUtf8(tag))) << engine;
}

/*! "message: detail" of a failed Result, empty for a good one (safe inside QVERIFY2). */
template<typename T>
QString errorText(const Result<T> &result)
{
    if (result.ok())
        return {};
    return result.error().message + u": " + result.error().detail;
}

/*! Why \a engine cannot be tested on this machine; empty if it can. */
inline QString engineUnavailable(const QString &engine)
{
    if (engine == postgresEngine() && qEnvironmentVariable("FORDRAN_TEST_PG_URL").isEmpty())
        return QStringLiteral("FORDRAN_TEST_PG_URL is not set (scripts/run-tests.sh starts a PostgreSQL server)");
    return {};
}

/*! True if a missing \a engine must fail the test instead of skipping it. */
inline bool engineRequired(const QString &engine)
{
    return engine == postgresEngine() && qEnvironmentVariable("FORDRAN_REQUIRE_PG") == u"1";
}

/*! The server of FORDRAN_TEST_PG_URL, for creating and dropping test databases. */
inline Result<DatabaseConfig> postgresServerConfig()
{
    return DatabaseConfig::fromUrl(qEnvironmentVariable("FORDRAN_TEST_PG_URL"));
}

/*! Runs one statement on the server's maintenance database (CREATE/DROP DATABASE). */
inline Status runOnPostgresServer(const QString &sql)
{
    const Result<DatabaseConfig> server = postgresServerConfig();
    if (!server)
        return server.error();
    Result<std::unique_ptr<Database>> admin = Database::open(*server);
    if (!admin)
        return admin.error();
    QSqlQuery query(admin.value()->connection());
    if (!query.exec(sql))
        return Error(QStringLiteral("PostgreSQL test set-up failed"), {}, sql + u": " + query.lastError().text());
    return {};
}

/*! A fresh, empty database of one engine; optionally migrated to the latest schema. */
class TestDatabase final
{
public:
    explicit TestDatabase(const QString &engine, bool migrate = true)
    {
        if (engine == sqliteEngine()) {
            m_config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("fordran.sqlite")));
        } else {
            const Result<DatabaseConfig> server = postgresServerConfig();
            if (!server) {
                m_error = server.error().message;
                return;
            }
            const QString name = QStringLiteral("fordran_test_%1")
                                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
            if (const Status created = runOnPostgresServer(u"CREATE DATABASE " + name); !created) {
                m_error = created.error().detail;
                return;
            }
            m_postgresName = name;
            m_config = *server;
            m_config.database = name;
        }
        Result<std::unique_ptr<Database>> opened = Database::open(m_config);
        if (!opened) {
            m_error = opened.error().message + u": " + opened.error().detail;
            return;
        }
        m_database = std::move(opened).value();
        if (migrate) {
            if (const Status migrated = m_database->migrate(); !migrated)
                m_error = migrated.error().message + u": " + migrated.error().detail;
        }
    }

    ~TestDatabase()
    {
        m_database.reset();
        if (!m_postgresName.isEmpty())
            runOnPostgresServer(u"DROP DATABASE IF EXISTS " + m_postgresName + u" WITH (FORCE)");
    }

    Q_DISABLE_COPY_MOVE(TestDatabase)

    bool ok() const { return m_error.isEmpty() && m_database; }
    QString errorText() const { return m_error; }
    Database &db() { return *m_database; }
    const DatabaseConfig &config() const { return m_config; }

    /*! Another connection to the same database, as a second workstation would have. */
    Result<std::unique_ptr<Database>> openAnother() const { return Database::open(m_config); }

private:
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    QString m_postgresName;
    std::unique_ptr<Database> m_database;
    QString m_error;
};

} // namespace Fordran::Test

/*! Skips (or, when required, fails) the current row if \a engine cannot be tested here. */
#define FORDRAN_REQUIRE_ENGINE(engine)                                                   \
    do {                                                                                 \
        if (const QString why_ = Fordran::Test::engineUnavailable(engine); !why_.isEmpty()) { \
            if (Fordran::Test::engineRequired(engine))                                   \
                QFAIL(qPrintable(why_));                                                 \
            QSKIP(qPrintable(why_));                                                     \
        }                                                                                \
    } while (false)

/*! Fetches "engine", and opens \a var: a fresh migrated Fordran::Test::TestDatabase. */
#define FORDRAN_TEST_DATABASE(var)                 \
    QFETCH(QString, engine);                       \
    FORDRAN_REQUIRE_ENGINE(engine);                \
    Fordran::Test::TestDatabase var(engine);       \
    QVERIFY2(var.ok(), qPrintable(var.errorText()))
