#include "models/storage/databaseconfig.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using Fordran::DatabaseConfig;

class TestDatabaseConfig final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString file = QSettings(u"Fordran"_qs, u"fordran"_qs).fileName();
        QVERIFY2(file.contains(u".qttest"), qPrintable(u"settings would not be isolated: "_qs + file));
        QFile::remove(file);
    }

    void cleanupTestCase()
    {
        QFile::remove(QSettings(u"Fordran"_qs, u"fordran"_qs).fileName());
    }

    void goodUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("options");

        QTest::newRow("full") << u"postgresql://anna:secret@db.example.se:6543/fordran"_qs << u"anna"_qs
                              << u"secret"_qs << u"db.example.se"_qs << 6543 << u"fordran"_qs << QString();
        QTest::newRow("short-scheme") << u"postgres://anna@localhost/fordran"_qs << u"anna"_qs << QString()
                                      << u"localhost"_qs << 5432 << u"fordran"_qs << QString();
        QTest::newRow("default-port") << u"postgresql://fordran@127.0.0.1/postgres"_qs << u"fordran"_qs << QString()
                                      << u"127.0.0.1"_qs << 5432 << u"postgres"_qs << QString();
        QTest::newRow("percent-encoded") << u"postgresql://us%20er:p%40ss%3Aw%2Fd@h/my%20db"_qs << u"us er"_qs
                                         << u"p@ss:w/d"_qs << u"h"_qs << 5432 << u"my db"_qs << QString();
        QTest::newRow("ipv6") << u"postgresql://a@[::1]:5433/db"_qs << u"a"_qs << QString() << u"::1"_qs << 5433
                              << u"db"_qs << QString();
        QTest::newRow("no-user") << u"postgresql://host/db"_qs << QString() << QString() << u"host"_qs << 5432
                                 << u"db"_qs << QString();
        QTest::newRow("local-socket") << u"postgresql:///db"_qs << QString() << QString() << QString() << 5432
                                      << u"db"_qs << QString();
        QTest::newRow("options") << u"postgresql://a@h/db?sslmode=require&connect_timeout=5"_qs << u"a"_qs
                                 << QString() << u"h"_qs << 5432 << u"db"_qs
                                 << u"sslmode=require;connect_timeout=5"_qs;
        QTest::newRow("upper-case-scheme") << u"PostgreSQL://a@h/db"_qs << u"a"_qs << QString() << u"h"_qs << 5432
                                           << u"db"_qs << QString();
        QTest::newRow("surrounding-space") << u"  postgresql://a@h/db "_qs << u"a"_qs << QString() << u"h"_qs << 5432
                                           << u"db"_qs << QString();
    }
    void goodUrls()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, database);
        QFETCH(QString, options);
        const auto config = DatabaseConfig::fromUrl(url);
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().message));
        QCOMPARE(config->engine, DatabaseConfig::Engine::Postgres);
        QCOMPARE(config->user, user);
        QCOMPARE(config->password, password);
        QCOMPARE(config->host, host);
        QCOMPARE(config->port, port);
        QCOMPARE(config->database, database);
        QCOMPARE(config->options, options);

        // The URL without the password reads back to the same configuration.
        const auto again = DatabaseConfig::fromUrl(config->toUrl());
        QVERIFY2(again.ok(), qPrintable(config->toUrl()));
        DatabaseConfig expected = *config;
        expected.password.clear();
        QCOMPARE(*again, expected);
        if (!password.isEmpty()) {
            QVERIFY(!config->displayName().contains(password));
            QVERIFY(!config->toUrl().contains(password));
        }
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_qs;
        QTest::newRow("other-scheme") << u"mysql://a@h/db"_qs;
        QTest::newRow("sqlite-scheme") << u"sqlite:///tmp/x.sqlite"_qs;
        QTest::newRow("no-scheme") << u"a@h/db"_qs;
        QTest::newRow("plain-path") << u"/tmp/fordran.sqlite"_qs;
        QTest::newRow("no-database") << u"postgresql://a@h"_qs;
        QTest::newRow("empty-database") << u"postgresql://a@h/"_qs;
        QTest::newRow("nested-path") << u"postgresql://a@h/db/extra"_qs;
        QTest::newRow("letters-in-port") << u"postgresql://a@h:abc/db"_qs;
        QTest::newRow("port-zero") << u"postgresql://a@h:0/db"_qs;
        QTest::newRow("port-too-big") << u"postgresql://a@h:70000/db"_qs;
        QTest::newRow("fragment") << u"postgresql://a@h/db#x"_qs;
        QTest::newRow("option-without-value") << u"postgresql://a@h/db?sslmode"_qs;
        QTest::newRow("option-with-semicolon") << u"postgresql://a@h/db?sslmode=a%3Bb"_qs;
        QTest::newRow("space-in-host") << u"postgresql://a@h st/db"_qs;
        QTest::newRow("garbage") << QString::fromLatin1("\x01\x02postgresql://\xff");
    }
    void badUrls()
    {
        QFETCH(QString, url);
        const auto config = DatabaseConfig::fromUrl(url);
        QVERIFY(!config.ok());
        QVERIFY(!config.error().message.isEmpty());
        QCOMPARE(config.error().field, u"db-url"_qs);
    }

    void randomInputNeverCrashes()
    {
        QRandomGenerator random(20260101);
        for (int i = 0; i < 2000; ++i) {
            QString text = u"postgresql://"_qs;
            const int length = int(random.bounded(40));
            for (int j = 0; j < length; ++j)
                text += QChar(char16_t(random.bounded(32, 127)));
            const auto config = DatabaseConfig::fromUrl(text);
            if (config.ok())
                QVERIFY(!config->database.isEmpty());
        }
    }

    void defaultPathIsInTheUserDataFolder()
    {
        const QString path = DatabaseConfig::defaultSqlitePath();
        QVERIFY(path.endsWith(u"/fordran/fordran.sqlite"));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)));
    }

    void settingsDefaultToTheSqliteFile()
    {
        QSettings(u"Fordran"_qs, u"fordran"_qs).clear();
        const DatabaseConfig config = DatabaseConfig::fromSettings();
        QCOMPARE(config.engine, DatabaseConfig::Engine::Sqlite);
        QCOMPARE(config.sqlitePath, DatabaseConfig::defaultSqlitePath());
    }

    void settingsRoundTripWithoutPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("postgres") << u"postgresql://anna:hemligt@db.example.se:6543/fordran?sslmode=require"_qs;
        QTest::newRow("sqlite") << QString();
    }
    void settingsRoundTripWithoutPassword()
    {
        QFETCH(QString, url);
        DatabaseConfig config = url.isEmpty() ? DatabaseConfig::sqlite(u"/tmp/some/other.sqlite"_qs)
                                              : DatabaseConfig::fromUrl(url).value();
        config.saveToSettings();
        DatabaseConfig expected = config;
        expected.password.clear();
        QCOMPARE(DatabaseConfig::fromSettings(), expected);
        QFile file(QSettings(u"Fordran"_qs, u"fordran"_qs).fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hemligt"));
    }

    void displayNames_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("contains");
        QTest::newRow("postgres") << u"postgresql://anna:pw@h:1234/db"_qs << u"anna@h:1234/db"_qs;
        QTest::newRow("sqlite") << QString() << u"/tmp/x.sqlite"_qs;
    }
    void displayNames()
    {
        QFETCH(QString, url);
        QFETCH(QString, contains);
        const DatabaseConfig config = url.isEmpty() ? DatabaseConfig::sqlite(u"/tmp/x.sqlite"_qs)
                                                    : DatabaseConfig::fromUrl(url).value();
        QVERIFY2(config.displayName().contains(contains), qPrintable(config.displayName()));
        QVERIFY(!config.displayName().contains(u":pw"));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseConfig)
#include "tst_databaseconfig.moc"
