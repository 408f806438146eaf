// The background checkpoint of a SQLite file (WalCheckpointer, started by Database::open): what
// is committed reaches the database file itself without the writer copying it, a reader with an
// open snapshot delays the copy without blocking anybody, and in-memory databases have none.
#include "models/storage/database.h"
#include "models/storage/unitofwork.h"
#include "models/storage/walcheckpointer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Fordran;

namespace {

/*! Commits \a transactions transactions of \a rows rows each into table t. */
void writeRows(Database &db, int transactions, int rows, int &next)
{
    QSqlQuery insert(db.connection());
    QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (id, payload) VALUES (?, ?)")));
    for (int i = 0; i < transactions; ++i) {
        UnitOfWork unit(db);
        QVERIFY(unit.ok());
        for (int r = 0; r < rows; ++r) {
            insert.bindValue(0, next++);
            insert.bindValue(1, QString(200, QChar(u'a' + next % 26)));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(unit.commit().ok());
    }
}

/*!
 * The rows of t in a copy of the database file alone (no log): what the checkpoints have
 * copied into the file. −1 if the copy cannot be read.
 */
qint64 rowsInFileAlone(const QString &path, const QString &copyPath)
{
    QFile::remove(copyPath);
    if (!QFile::copy(path, copyPath))
        return -1;
    qint64 rows = -1;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), u"copy"_qs);
        copy.setDatabaseName(copyPath);
        if (copy.open()) {
            QSqlQuery q(copy);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next())
                rows = q.value(0).toLongLong();
        }
        copy.close();
    }
    QSqlDatabase::removeDatabase(u"copy"_qs);
    return rows;
}

/*! The database file \a path with an empty table t; null if it cannot be made. */
std::unique_ptr<Database> openWithTable(const QString &path)
{
    auto opened = Database::open(DatabaseConfig::sqlite(path));
    if (!opened.ok())
        return nullptr;
    if (!QSqlQuery((*opened)->connection())
             .exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, payload TEXT)")))
        return nullptr;
    return std::move(opened).value();
}

int pragmaValue(Database &db, const QString &pragma)
{
    QSqlQuery q(db.connection());
    return q.exec(u"PRAGMA "_qs + pragma) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestWalCheckpointer final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void committedRowsReachTheFile_data()
    {
        QTest::addColumn<int>("transactions");
        QTest::addColumn<int>("rows");
        QTest::newRow("one small") << 1 << 1;
        QTest::newRow("many small") << 50 << 3;
        QTest::newRow("few large") << 4 << 2000;
    }
    void committedRowsReachTheFile()
    {
        QFETCH(int, transactions);
        QFETCH(int, rows);
        const QString path = m_dir->filePath(QStringLiteral("f.sqlite"));
        const auto opened = openWithTable(path);
        QVERIFY(opened);
        Database &db = *opened;
        QVERIFY(db.checkpointsInBackground());
        // The writer's own automatic checkpoint is off: only the thread copies.
        QCOMPARE(pragmaValue(db, QStringLiteral("wal_autocheckpoint")), 0);
        int next = 1;
        writeRows(db, transactions, rows, next);
        db.waitForCheckpoints();
        QCOMPARE(rowsInFileAlone(path, m_dir->filePath(QStringLiteral("copy.sqlite"))),
                 qint64(transactions) * rows);
    }

    void readerDelaysTheCopyWithoutBlocking_data()
    {
        QTest::addColumn<int>("transactions");
        QTest::newRow("one") << 1;
        QTest::newRow("twenty") << 20;
    }
    void readerDelaysTheCopyWithoutBlocking()
    {
        QFETCH(int, transactions);
        const QString path = m_dir->filePath(QStringLiteral("f.sqlite"));
        const auto opened = openWithTable(path);
        QVERIFY(opened);
        Database &db = *opened;
        int next = 1;
        writeRows(db, 1, 10, next);
        db.waitForCheckpoints();

        // Another workstation's reader holds its snapshot (10 rows) open.
        auto readerOpened = Database::open(DatabaseConfig::sqlite(path));
        QVERIFY(readerOpened.ok());
        Database &reader = **readerOpened;
        QSqlQuery read(reader.connection());
        QVERIFY(read.exec(QStringLiteral("BEGIN")));
        QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && read.next());
        QCOMPARE(read.value(0).toInt(), 10);
        read.finish();

        QElapsedTimer timer;
        timer.start();
        writeRows(db, transactions, 10, next);
        db.waitForCheckpoints();
        // Neither the commits nor the checkpoints waited for the reader (busy_timeout is 5 s).
        QVERIFY2(timer.elapsed() < 4000, qPrintable(QString::number(timer.elapsed())));
        // The rows the reader may still need stay in the log, not in the file.
        const QString copy = m_dir->filePath(QStringLiteral("copy.sqlite"));
        QCOMPARE(rowsInFileAlone(path, copy), qint64(10));

        QVERIFY(read.exec(QStringLiteral("COMMIT")));
        writeRows(db, 1, 1, next); // a commit asks for the next pass
        db.waitForCheckpoints();
        QCOMPARE(rowsInFileAlone(path, copy), qint64(10 + transactions * 10 + 1));
    }

    void longLogStartsOver_data()
    {
        QTest::addColumn<qint64>("limitFrames");
        QTest::addColumn<int>("passDelayMs");
        QTest::newRow("50 pages") << qint64(50) << 0;
        QTest::newRow("200 pages") << qint64(200) << 0;
        // A thread that gets little time: without the writer waiting once it is 16 commits
        // ahead, the log grows by the 100 or so transactions made during each late pass.
        QTest::newRow("200 pages, passes 100 ms late") << qint64(200) << 100;
    }
    void longLogStartsOver()
    {
        // A writer that goes on and on (an import, the daily run) with one transaction after
        // the other: the log must start over now and then instead of growing with the work.
        QFETCH(qint64, limitFrames);
        QFETCH(int, passDelayMs);
        const QString path = m_dir->filePath(QStringLiteral("f.sqlite"));
        const auto opened = openWithTable(path);
        QVERIFY(opened);
        Database &db = *opened;
        QVERIFY(db.checkpointer());
        db.checkpointer()->setLogLimitFrames(limitFrames);
        db.checkpointer()->setPassDelay(passDelayMs);
        int next = 1;
        constexpr int Transactions = 300; // of about ten pages each: 3,800 pages in a log never started over
        writeRows(db, Transactions, 180, next);
        db.waitForCheckpoints();
        const qint64 frameBytes = 4096 + 24;
        const qint64 logBytes = QFileInfo(path + u"-wal"_qs).size();
        // At most the limit and the transactions made while one pass was late (up to 16 twice,
        // of about 13 pages each): slack for twice that.
        QVERIFY2(logBytes < (limitFrames + 800) * frameBytes,
                 qPrintable(QStringLiteral("log of %1 pages").arg(logBytes / frameBytes)));
        QCOMPARE(rowsInFileAlone(path, m_dir->filePath(QStringLiteral("copy.sqlite"))),
                 qint64(Transactions) * 180);
    }

    void memoryDatabaseHasNone()
    {
        auto opened = Database::open(DatabaseConfig::sqlite(QStringLiteral(":memory:")));
        QVERIFY(opened.ok());
        QVERIFY(!(*opened)->checkpointsInBackground());
        (*opened)->waitForCheckpoints(); // returns at once
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir; //!< a fresh folder for each test row
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
