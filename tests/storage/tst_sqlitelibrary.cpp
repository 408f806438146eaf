// The SQLite library set-up (models/storage/sqlitelibrary.h): the first Database opened in a
// process turns SQLite's memory statistics off, for files and in-memory databases alike, and
// they stay off while connections work. Nothing else in this process touches SQLite first.
#include "models/storage/database.h"
#include "models/storage/sqlitelibrary.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fordran;

class TestSqliteLibrary final : public QObject
{
    Q_OBJECT

private slots:
    void statisticsOffOnceOpened_data()
    {
        QTest::addColumn<bool>("inMemory");
        QTest::addColumn<int>("rows");
        QTest::newRow("file, first connection") << false << 1000;
        QTest::newRow("in memory, later connection") << true << 1000;
        QTest::newRow("file, empty") << false << 0;
    }
    void statisticsOffOnceOpened()
    {
        QFETCH(bool, inMemory);
        QFETCH(int, rows);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path
            = inMemory ? QStringLiteral(":memory:") : folder.filePath(QStringLiteral("x.sqlite"));
        auto db = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        QVERIFY(SqliteLibrary::configure()); // done by the first open, and stays so
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, text TEXT)")));
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (text) VALUES (?)")));
        for (int i = 0; i < rows; ++i) {
            q.bindValue(0, QStringLiteral("rad %1").arg(i));
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), rows);
        q.finish();
        // With the statistics on, the open connection's memory would be counted.
        QVERIFY(SqliteLibrary::memoryStatisticsOff());
    }
};

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"
