// Statements run straight on SQLite (models/storage/sqlitestatements.h) store every kind of value
// exactly as Qt's SQLite driver does (same storage class, same bytes), and report errors the
// way the repositories read them (a unique violation is one).
#include "models/storage/database.h"
#include "models/storage/sqlitestatements.h"
#include "models/storage/sqlsupport.h"

#include <QDateTime>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Fordran;

class TestSqliteStatements final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto db = Database::open(DatabaseConfig::sqlite(QStringLiteral(":memory:")));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(db).value();
        QSqlQuery q(m_db->connection());
        // No declared type: the column keeps each value's storage class as bound.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE v (path TEXT NOT NULL, value)")));
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE u (k TEXT NOT NULL UNIQUE)")));
    }

    void storesWhatQtStores_data()
    {
        QTest::addColumn<QVariant>("value");
        const QDateTime stamp(QDate(2026, 11, 23), QTime(17, 5, 9, 42), Qt::UTC);
        QTest::newRow("null") << QVariant();
        QTest::newRow("typed null date") << QVariant(QMetaType::fromType<QDate>());
        QTest::newRow("typed null id") << QVariant(QMetaType::fromType<qint64>());
        QTest::newRow("null string") << QVariant(QString());
        QTest::newRow("empty string") << QVariant(QStringLiteral(""));
        QTest::newRow("text") << QVariant(QStringLiteral("Åsa Öberg, 50 % — \"citat\"; 'x'"));
        QTest::newRow("text with NUL") << QVariant(QString(u"a\0b"_qs));
        QTest::newRow("emoji") << QVariant(QStringLiteral("betalt 👍"));
        QTest::newRow("date") << QVariant(QDate(2026, 2, 28));
        QTest::newRow("time stamp") << QVariant(stamp);
        QTest::newRow("invalid time stamp, not null") << QVariant(QDateTime(QDate(), QTime(1, 0)));
        QTest::newRow("null time") << QVariant(QTime());
        QTest::newRow("null uuid") << QVariant(QUuid());
        QTest::newRow("uuid") << QVariant(QUuid(u"{67c8770b-44f1-410a-ab9a-f9b5446f13ee}"_qs));
        QTest::newRow("time") << QVariant(QTime(8, 30, 1, 5));
        QTest::newRow("int") << QVariant(-42);
        QTest::newRow("uint") << QVariant(4000000000u);
        QTest::newRow("öre, large") << QVariant(qint64(922337203685477580LL));
        QTest::newRow("ulonglong") << QVariant(quint64(18000000000000000000ULL));
        QTest::newRow("true") << QVariant(true);
        QTest::newRow("false") << QVariant(false);
        QTest::newRow("bytes") << QVariant(QByteArray("\x00\x01\xff", 3));
        QTest::newRow("empty bytes") << QVariant(QByteArray(""));
        QTest::newRow("double") << QVariant(0.5);
    }
    void storesWhatQtStores()
    {
        QFETCH(QVariant, value);
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        static const QString insert = QStringLiteral("INSERT INTO v (path, value) VALUES (?, ?)");
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(insert));
        q.bindValue(0, QString(u"qt/" + tag));
        q.bindValue(1, value);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        Sql::SqliteStatements direct(Sql::SqliteStatements::handleOf(m_db->connection()));
        int changed = 0;
        QSqlError error;
        QVERIFY2(direct.execute(insert, {QString(u"direct/" + tag), value}, changed, error),
                 qPrintable(error.text()));
        QCOMPARE(changed, 1);

        const auto stored = [&](const QString &path) {
            QSqlQuery read(m_db->connection());
            read.prepare(QStringLiteral("SELECT typeof(value) || ':' || quote(value) FROM v "
                                        "WHERE path = ?"));
            read.bindValue(0, path);
            return read.exec() && read.next() ? read.value(0).toString() : u"(missing)"_qs;
        };
        QCOMPARE(stored(u"direct/" + tag), stored(u"qt/" + tag));
    }

    void errorsAsTheRepositoriesReadThem_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("duplicate");
        const QString insert = QStringLiteral("INSERT INTO u (k) VALUES (?)");
        QTest::newRow("stored") << insert << QVariantList {u"a"_qs} << true << false;
        QTest::newRow("unique violation") << insert << QVariantList {u"taken"_qs} << false << true;
        QTest::newRow("NOT NULL") << insert << QVariantList {QVariant()} << false << false;
        QTest::newRow("too few values") << insert << QVariantList {} << false << false;
        QTest::newRow("too many values") << insert << QVariantList {u"b"_qs, 1} << false << false;
        QTest::newRow("no such table")
            << QStringLiteral("INSERT INTO nothing (k) VALUES (?)") << QVariantList {u"c"_qs}
            << false << false;
        QTest::newRow("two statements")
            << QStringLiteral("INSERT INTO u (k) VALUES (?); DELETE FROM u") << QVariantList {u"d"_qs}
            << false << false;
        QTest::newRow("no statement") << QStringLiteral("  ") << QVariantList {} << false << false;
        QTest::newRow("trailing blanks and semicolon")
            << QStringLiteral("INSERT INTO u (k) VALUES (?);  \n") << QVariantList {u"e"_qs}
            << true << false;
        QTest::newRow("changes nothing")
            << QStringLiteral("UPDATE u SET k = k WHERE k = ?") << QVariantList {u"none"_qs}
            << true << false;
    }
    void errorsAsTheRepositoriesReadThem()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(bool, ok);
        QFETCH(bool, duplicate);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT OR IGNORE INTO u (k) VALUES ('taken')")));
        Sql::SqliteStatements direct(Sql::SqliteStatements::handleOf(m_db->connection()));
        int changed = -1;
        QSqlError error;
        QCOMPARE(direct.execute(sql, values, changed, error), ok);
        if (ok) {
            QCOMPARE(changed, sql.startsWith(u"INSERT") ? 1 : 0);
        } else {
            QVERIFY(!error.text().isEmpty());
            QCOMPARE(Sql::isUniqueViolation(error), duplicate);
        }
        // The statement is usable again after a failure.
        QVERIFY(direct.execute(QStringLiteral("INSERT INTO u (k) VALUES (?)"),
                               {QString(u"after/" + QString::fromUtf8(QTest::currentDataTag()))},
                               changed, error));
    }

    // Statements that outlive their Database: it finalizes them before it closes the
    // connection (SQLite closes none with statements left, Qt's driver finalizes only its own),
    // so the close succeeds and the last connection removes the log; they fail cleanly after.
    void statementsFinalizedBeforeClose()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("close.sqlite"));
        auto db = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY(db.ok());
        std::unique_ptr<Database> database = std::move(db).value();
        Sql::SqliteStatements direct(Sql::SqliteStatements::handleOf(database->connection()));
        direct.attachTo(*database);
        int changed = 0;
        QSqlError error;
        QVERIFY(direct.execute(QStringLiteral("CREATE TABLE t (k TEXT)"), {}, changed, error));
        QVERIFY2(direct.execute(QStringLiteral("INSERT INTO t (k) VALUES (?)"), {u"x"_qs}, changed,
                                error),
                 qPrintable(error.text()));
        QVERIFY(QFileInfo::exists(path + u"-wal"));
        database.reset();
        QVERIFY2(!QFileInfo::exists(path + u"-wal"), "the connection did not close");
        QVERIFY(!direct.execute(QStringLiteral("INSERT INTO t (k) VALUES (?)"), {u"y"_qs}, changed,
                                error));
    }

    void notSqlite()
    {
        QCOMPARE(Sql::SqliteStatements::handleOf(QSqlDatabase()), nullptr);
    }

    void cleanupTestCase() { m_db.reset(); }

private:
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestSqliteStatements)
#include "tst_sqlitestatements.moc"
