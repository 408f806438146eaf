#include "storagetestutil.h"

#include "models/storage/migrations.h"
#include "models/storage/schemainfo.h"

#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Fordran::Database;
using Fordran::DatabaseConfig;
using Fordran::Migration;
using Fordran::Migrations;
using Fordran::SchemaInfo;
using Fordran::SqlDialect;
using Fordran::Test::TestDatabase;

namespace {

QList<Migration> builtIn()
{
    const auto loaded = Migrations::load();
    return loaded.ok() ? loaded.value() : QList<Migration>{};
}

int countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(u"SELECT COUNT(*) FROM " + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool hasTable(Database &db, const QString &table)
{
    return db.connection().tables().contains(table);
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private slots:
    void embeddedMigrationsLoad()
    {
        const auto loaded = Migrations::load();
        QVERIFY2(loaded.ok(), qPrintable(Fordran::Test::errorText(loaded)));
        QVERIFY(!loaded->isEmpty());
        for (qsizetype i = 0; i < loaded->size(); ++i) {
            QCOMPARE(loaded->at(i).version, int(i + 1));
            QVERIFY(!loaded->at(i).sql.trimmed().isEmpty());
        }
        QCOMPARE(Database::latestSchemaVersion(), loaded->last().version);
        QCOMPARE(loaded->first().name, u"initial"_qs);
    }

    void loadRefusesBadFolders_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("gap") << QStringList{u"0001_a.sql"_qs, u"0003_c.sql"_qs};
        QTest::newRow("duplicate-number") << QStringList{u"0001_a.sql"_qs, u"0001_b.sql"_qs};
        QTest::newRow("not-starting-at-one") << QStringList{u"0002_b.sql"_qs};
        QTest::newRow("bad-name") << QStringList{u"0001_a.sql"_qs, u"2_b.sql"_qs};
        QTest::newRow("upper-case-name") << QStringList{u"0001_Initial.sql"_qs};
        QTest::newRow("empty-folder") << QStringList{};
    }
    void loadRefusesBadFolders()
    {
        QFETCH(QStringList, files);
        QTemporaryDir dir;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("CREATE TABLE t (id INTEGER);\n");
        }
        const auto loaded = Migrations::load(dir.path());
        QVERIFY(!loaded.ok());
        QVERIFY(!loaded.error().message.isEmpty());
    }

    void dialectExpands_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("sqlite");
        QTest::addColumn<QString>("postgres");
        QTest::newRow("id") << u"id {{ID}}"_qs << u"id INTEGER PRIMARY KEY AUTOINCREMENT"_qs
                            << u"id BIGSERIAL PRIMARY KEY"_qs;
        QTest::newRow("date") << u"d {{DATE}} NOT NULL"_qs << u"d DATE_TEXT NOT NULL"_qs << u"d DATE NOT NULL"_qs;
        QTest::newRow("timestamp") << u"{{TIMESTAMP}}"_qs << u"TIMESTAMP_TEXT"_qs << u"TIMESTAMPTZ"_qs;
        QTest::newRow("bool-and-default") << u"{{BOOL}} DEFAULT {{FALSE}}"_qs << u"BOOLEAN_INTEGER DEFAULT 0"_qs
                                          << u"BOOLEAN DEFAULT FALSE"_qs;
        QTest::newRow("bytewise") << u"k TEXT {{BYTEWISE}}"_qs << u"k TEXT "_qs << u"k TEXT COLLATE \"C\""_qs;
        QTest::newRow("no-tokens") << u"SELECT 1"_qs << u"SELECT 1"_qs << u"SELECT 1"_qs;
        QTest::newRow("adjacent") << u"{{TRUE}}{{FALSE}}"_qs << u"10"_qs << u"TRUEFALSE"_qs;
    }
    void dialectExpands()
    {
        QFETCH(QString, sql);
        QFETCH(QString, sqlite);
        QFETCH(QString, postgres);
        const auto s = SqlDialect::expand(sql, DatabaseConfig::Engine::Sqlite);
        const auto p = SqlDialect::expand(sql, DatabaseConfig::Engine::Postgres);
        QVERIFY(s.ok() && p.ok());
        QCOMPARE(*s, sqlite);
        QCOMPARE(*p, postgres);
    }

    void dialectRefusesUnknownTokens_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("unknown") << u"x {{MONEYS}}"_qs;
        QTest::newRow("lower-case") << u"x {{id}}"_qs;
        QTest::newRow("unclosed") << u"x {{ID"_qs;
        QTest::newRow("empty-token") << u"x {{}}"_qs;
    }
    void dialectRefusesUnknownTokens()
    {
        QFETCH(QString, sql);
        QVERIFY(!SqlDialect::expand(sql, DatabaseConfig::Engine::Sqlite).ok());
        QVERIFY(!SqlDialect::expand(sql, DatabaseConfig::Engine::Postgres).ok());
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("two") << u"CREATE TABLE a (x INTEGER);\nCREATE TABLE b (y INTEGER);\n"_qs
                             << QStringList{u"CREATE TABLE a (x INTEGER)"_qs, u"CREATE TABLE b (y INTEGER)"_qs};
        QTest::newRow("multi-line") << u"CREATE TABLE a (\n  x INTEGER\n);"_qs
                                    << QStringList{u"CREATE TABLE a (\n  x INTEGER\n)"_qs};
        QTest::newRow("comments-dropped") << u"-- note; with semicolon;\nSELECT 1;\n  -- end\n"_qs
                                          << QStringList{u"SELECT 1"_qs};
        QTest::newRow("semicolon-inside-line") << u"SELECT ';' AS x;\n"_qs << QStringList{u"SELECT ';' AS x"_qs};
        QTest::newRow("last-without-semicolon") << u"SELECT 1;\nSELECT 2"_qs
                                                << QStringList{u"SELECT 1"_qs, u"SELECT 2"_qs};
        QTest::newRow("blank") << u"\n\n  \n"_qs << QStringList{};
        QTest::newRow("crlf") << u"SELECT 1;\r\nSELECT 2;\r\n"_qs << QStringList{u"SELECT 1"_qs, u"SELECT 2"_qs};
    }
    void splitStatements()
    {
        QFETCH(QString, sql);
        QFETCH(QStringList, statements);
        QCOMPARE(SqlDialect::splitStatements(sql), statements);
    }

    void migrateEmptyDatabase_data() { Fordran::Test::addEngineRows(); }
    void migrateEmptyDatabase()
    {
        QFETCH(QString, engine);
        FORDRAN_REQUIRE_ENGINE(engine);
        TestDatabase test(engine, false);
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        QCOMPARE(test.db().schemaVersion(), 0);
        const auto migrated = test.db().migrate();
        QVERIFY2(migrated.ok(), qPrintable(Fordran::Test::errorText(migrated)));
        QCOMPARE(test.db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(countRows(test.db(), u"schema_version"_qs), Database::latestSchemaVersion());
    }

    void migrateTwiceIsNoOp_data() { Fordran::Test::addEngineRows(); }
    void migrateTwiceIsNoOp()
    {
        FORDRAN_TEST_DATABASE(test);
        const auto before = SchemaInfo::read(test.db());
        QVERIFY(before.ok());
        const auto again = test.db().migrate();
        QVERIFY2(again.ok(), qPrintable(Fordran::Test::errorText(again)));
        QCOMPARE(test.db().schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(countRows(test.db(), u"schema_version"_qs), Database::latestSchemaVersion());
        const auto after = SchemaInfo::read(test.db());
        QVERIFY(after.ok());
        QCOMPARE(after->describe(), before->describe());
    }

    void schemaIsTheSameOnBothEngines()
    {
        for (const QString &engine : Fordran::Test::engines())
            FORDRAN_REQUIRE_ENGINE(engine);
        TestDatabase sqlite(Fordran::Test::sqliteEngine());
        TestDatabase postgres(Fordran::Test::postgresEngine());
        QVERIFY2(sqlite.ok(), qPrintable(sqlite.errorText()));
        QVERIFY2(postgres.ok(), qPrintable(postgres.errorText()));
        const auto s = SchemaInfo::read(sqlite.db());
        const auto p = SchemaInfo::read(postgres.db());
        QVERIFY2(s.ok(), qPrintable(Fordran::Test::errorText(s)));
        QVERIFY2(p.ok(), qPrintable(Fordran::Test::errorText(p)));
        QVERIFY(!s->tables.isEmpty());
        // Compare line by line first: a failure names the first differing table, column or index.
        const QStringList sl = s->describe();
        const QStringList pl = p->describe();
        for (qsizetype i = 0; i < std::min(sl.size(), pl.size()); ++i)
            QCOMPARE(sl.at(i), pl.at(i));
        QCOMPARE(sl.size(), pl.size());
        QVERIFY(*s == *p);
        for (const SchemaInfo::Table &table : s->tables) {
            for (const SchemaInfo::Column &column : table.columns)
                QVERIFY2(!column.type.startsWith(u"other:"), qPrintable(table.name + u'.' + column.name));
        }
    }

    void queueIndexesExist_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("leadingColumns");
        QTest::addColumn<bool>("unique");
        struct Row { const char *tag; const char16_t *table; QStringList columns; bool unique; };
        const QList<Row> rows{
            {"case-no", u"cases", {u"case_no"_qs}, true},
            {"ocr", u"cases", {u"ocr"_qs}, true},
            {"status-next", u"cases", {u"status"_qs, u"next_action_date"_qs}, false},
            {"client", u"cases", {u"client_id"_qs}, false},
            {"assigned", u"cases", {u"assigned_user_id"_qs}, false},
            {"next-action", u"cases", {u"next_action_date"_qs}, false},
            {"balance", u"cases", {u"balance_ore"_qs}, false},
            {"debtor-identity", u"debtors", {u"identity"_qs}, true},
            {"debtor-name-key", u"debtors", {u"name_key"_qs}, false},
            {"claim-invoice", u"claims", {u"client_id"_qs, u"invoice_no"_qs}, true},
            {"claim-case", u"claims", {u"case_id"_qs}, false},
            {"ledger-claim", u"ledger", {u"claim_id"_qs}, false},
            {"ledger-case", u"ledger", {u"case_id"_qs}, false},
            {"events-case-date", u"events", {u"case_id"_qs, u"occurred_on"_qs}, false},
            {"case-debtors-debtor", u"case_debtors", {u"debtor_id"_qs}, false},
            {"users-login", u"users", {u"login"_qs}, true},
            {"clients-orgnr", u"clients", {u"orgnr"_qs}, true},
        };
        for (const QString &engine : Fordran::Test::engines()) {
            for (const Row &row : rows)
                Fordran::Test::newEngineRow(engine, row.tag)
                    << QString::fromUtf16(row.table) << row.columns << row.unique;
        }
    }
    void queueIndexesExist()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, leadingColumns);
        QFETCH(bool, unique);
        FORDRAN_TEST_DATABASE(test);
        const auto schema = SchemaInfo::read(test.db());
        QVERIFY(schema.ok());
        bool found = false;
        for (const SchemaInfo::Index &index : schema->indexes) {
            if (index.table == table && index.columns.mid(0, leadingColumns.size()) == leadingColumns
                && (!unique || index.unique))
                found = true;
        }
        QVERIFY2(found, qPrintable(u"no index on " + table + u'(' + leadingColumns.join(u", ") + u')'));
    }

    void failingMigrationRollsBack_data() { Fordran::Test::addEngineRows(); }
    void failingMigrationRollsBack()
    {
        FORDRAN_TEST_DATABASE(test);
        const int version = test.db().schemaVersion();
        QList<Migration> migrations = builtIn();
        migrations.append({version + 1, u"broken"_qs,
                           u"CREATE TABLE probe (id INTEGER);\n"
                           "INSERT INTO probe (id) VALUES (1);\n"
                           "INSERT INTO no_such_table (id) VALUES (1);\n"_qs});
        const auto result = test.db().migrate(migrations);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"broken"));
        QVERIFY(!result.error().detail.isEmpty());
        QCOMPARE(test.db().schemaVersion(), version);
        QVERIFY(!hasTable(test.db(), u"probe"_qs));
        QVERIFY(!test.db().inTransaction());
        // The database is usable afterwards and the good migrations still apply.
        QVERIFY(test.db().migrate().ok());
    }

    void failingFirstMigrationLeavesEmptyDatabase_data() { Fordran::Test::addEngineRows(); }
    void failingFirstMigrationLeavesEmptyDatabase()
    {
        QFETCH(QString, engine);
        FORDRAN_REQUIRE_ENGINE(engine);
        TestDatabase test(engine, false);
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        const QList<Migration> migrations{{1, u"broken"_qs,
                                           u"CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT);\n"
                                           "CREATE TABLE probe (id INTEGER);\n"
                                           "SELECT * FROM nothing_here;\n"_qs}};
        QVERIFY(!test.db().migrate(migrations).ok());
        QCOMPARE(test.db().schemaVersion(), 0);
        QVERIFY(!hasTable(test.db(), u"probe"_qs));
        QVERIFY(!hasTable(test.db(), u"schema_version"_qs));
    }

    void newerDatabaseIsRefused_data() { Fordran::Test::addEngineRows(); }
    void newerDatabaseIsRefused()
    {
        FORDRAN_TEST_DATABASE(test);
        QList<Migration> future = builtIn();
        future.append({int(future.size()) + 1, u"future"_qs, u"CREATE TABLE future_probe (id INTEGER);"_qs});
        QVERIFY(test.db().migrate(future).ok());
        QCOMPARE(test.db().schemaVersion(), Database::latestSchemaVersion() + 1);
        const auto refused = test.db().migrate();
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QString::number(Database::latestSchemaVersion() + 1)));
    }

    void foreignKeysAreEnforced_data() { Fordran::Test::addEngineRows(); }
    void foreignKeysAreEnforced()
    {
        FORDRAN_TEST_DATABASE(test);
        QSqlQuery q(test.db().connection());
        QVERIFY(q.prepare(u"INSERT INTO case_debtors (case_id, debtor_id, role) VALUES (?, ?, ?)"_qs));
        q.addBindValue(qint64(4242));
        q.addBindValue(qint64(4343));
        q.addBindValue(u"main"_qs);
        QVERIFY(!q.exec());
        QCOMPARE(countRows(test.db(), u"case_debtors"_qs), 0);
    }

    void sqliteIsInWalModeWithForeignKeys()
    {
        TestDatabase test(Fordran::Test::sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        QSqlQuery q(test.db().connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), u"wal"_qs);
        QVERIFY(q.exec(u"PRAGMA foreign_keys"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.exec(u"PRAGMA busy_timeout"_qs) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
    }

    void sqliteCreatesMissingFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/fordran.sqlite"_qs);
        {
            auto db = Database::open(DatabaseConfig::sqlite(path));
            QVERIFY2(db.ok(), qPrintable(Fordran::Test::errorText(db)));
            QVERIFY(db.value()->migrate().ok());
        }
        QVERIFY(QFile::exists(path));
    }

    void openRefusesBadTargets_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("sqlite-folder") << u"folder"_qs;
        QTest::newRow("sqlite-empty-path") << u"empty"_qs;
        QTest::newRow("postgres-nobody-listening") << u"closed-port"_qs;
    }
    void openRefusesBadTargets()
    {
        QFETCH(QString, what);
        QTemporaryDir dir;
        DatabaseConfig config = DatabaseConfig::sqlite(dir.path());
        if (what == u"empty")
            config = DatabaseConfig::sqlite({});
        else if (what == u"closed-port")
            config = DatabaseConfig::fromUrl(u"postgresql://nobody@127.0.0.1:1/none").value();
        const auto db = Database::open(config);
        QVERIFY(!db.ok());
        QVERIFY(!db.error().message.isEmpty());
    }

    void connectionNamesAreReleased()
    {
        QTemporaryDir dir;
        const QString name = u"fordran-test-named"_qs;
        {
            auto db = Database::open(DatabaseConfig::sqlite(dir.filePath(u"x.sqlite"_qs)), name);
            QVERIFY(db.ok());
            QCOMPARE(db.value()->connectionName(), name);
            QVERIFY(!Database::open(DatabaseConfig::sqlite(dir.filePath(u"y.sqlite"_qs)), name).ok());
        }
        QVERIFY(!QSqlDatabase::contains(name));
        QVERIFY(Database::open(DatabaseConfig::sqlite(dir.filePath(u"x.sqlite"_qs)), name).ok());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
