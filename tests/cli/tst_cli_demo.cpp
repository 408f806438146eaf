// Runs the real fordran-cli demo (cli.md) on temporary SQLite files, and once on the default
// database of a fresh home folder the way `make run` does.
#include "clirunner.h"
#include "storage/storagetestutil.h"

#include "models/storage/caserepository.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using Fordran::Test::runCli;

namespace {

QString outputOf(const Fordran::Test::CliResult &r)
{
    return QString::fromUtf8(r.stdoutBytes + r.stderrBytes);
}

/*! The number of cases in the SQLite file \a path, or −1. */
qint64 caseCount(const QString &path)
{
    auto db = Fordran::Database::open(Fordran::DatabaseConfig::sqlite(path));
    if (!db)
        return -1;
    const auto n = Fordran::CaseRepository(*db.value()).count();
    return n ? *n : -1;
}

} // namespace

class TestCliDemo final : public QObject
{
    Q_OBJECT

private slots:
    void fillsTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_qs);
        const auto r = runCli(
            {u"demo"_qs, u"--cases"_qs, u"150"_qs, u"--seed"_qs, u"3"_qs, u"--db"_qs, path});
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        QCOMPARE(r.json.value(u"cases"_qs).toInteger(), 150);
        QVERIFY(r.json.value(u"claims"_qs).toInteger() >= 150);
        QVERIFY(r.json.value(u"debtors"_qs).toInteger() > 100);
        QVERIFY(r.json.value(u"seconds"_qs).isDouble());
        QVERIFY2(r.stderrBytes.contains("150 of 150"),
                 r.stderrBytes.constData()); // progress on stderr
        QCOMPARE(caseCount(path), 150);

        // Same seed, another file: the same data, so the same counts.
        const QString again = dir.filePath(u"again.sqlite"_qs);
        const auto r2 = runCli({u"demo"_qs, u"--cases=150"_qs, u"--seed=3"_qs, u"--db"_qs, again});
        QVERIFY2(r2.exitCode == 0, qPrintable(outputOf(r2)));
        for (const char *key : {"claims", "debtors", "ledger_lines", "events"})
            QCOMPARE(r2.json.value(QLatin1StringView(key)), r.json.value(QLatin1StringView(key)));
    }

    void ifEmptyLeavesAFilledDatabaseAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_qs);
        const QStringList ifEmpty {u"demo"_qs,       u"--cases"_qs, u"60"_qs,
                                   u"--if-empty"_qs, u"--db"_qs,    path};
        const auto first = runCli(ifEmpty);
        QVERIFY2(first.exitCode == 0, qPrintable(outputOf(first)));
        QCOMPARE(first.json.value(u"cases"_qs).toInteger(), 60);
        QCOMPARE(caseCount(path), 60);

        const auto second = runCli(ifEmpty);
        QVERIFY2(second.exitCode == 0 && second.jsonOk, qPrintable(outputOf(second)));
        QCOMPARE(second.json.value(u"cases"_qs).toInteger(), 0);
        QCOMPARE(second.json.value(u"skipped"_qs).toBool(), true);
        QCOMPARE(second.json.value(u"existing_cases"_qs).toInteger(), 60);
        QVERIFY(!second.stderrBytes.isEmpty()); // says why nothing was added
        QCOMPARE(caseCount(path), 60);

        // Without --if-empty a second run adds to the database.
        const auto more = runCli({u"demo"_qs, u"--cases"_qs, u"40"_qs, u"--db"_qs, path});
        QVERIFY2(more.exitCode == 0, qPrintable(outputOf(more)));
        QCOMPARE(caseCount(path), 100);
    }

    void defaultDatabaseOfANewUser()
    {
        // `make run` on a fresh account: no --db, no saved choice, no data folder yet.
        QTemporaryDir home;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_qs, home.path());
        env.remove(u"XDG_DATA_HOME"_qs);
        env.remove(u"XDG_CONFIG_HOME"_qs);
        p.setProcessEnvironment(env);
        p.start(Fordran::Test::cliPath(),
                {u"demo"_qs, u"--cases"_qs, u"30"_qs, u"--seed"_qs, u"1"_qs, u"--if-empty"_qs});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QString expected = home.filePath(u".local/share/fordran/fordran.sqlite"_qs);
        QVERIFY2(QFileInfo::exists(expected), qPrintable(expected));
        QCOMPARE(caseCount(expected), 30);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("zero-cases") << QStringList {u"--cases"_qs, u"0"_qs} << 1;
        QTest::newRow("negative-cases") << QStringList {u"--cases"_qs, u"-4"_qs} << 1;
        QTest::newRow("too-many-cases") << QStringList {u"--cases"_qs, u"5000001"_qs} << 1;
        QTest::newRow("cases-not-a-number") << QStringList {u"--cases"_qs, u"many"_qs} << 1;
        QTest::newRow("cases-empty") << QStringList {u"--cases="_qs} << 1;
        QTest::newRow("huge-cases")
            << QStringList {u"--cases"_qs, u"99999999999999999999999"_qs} << 1;
        QTest::newRow("seed-negative")
            << QStringList {u"--cases"_qs, u"5"_qs, u"--seed"_qs, u"-1"_qs} << 1;
        QTest::newRow("seed-text")
            << QStringList {u"--cases"_qs, u"5"_qs, u"--seed"_qs, u"abc"_qs} << 1;
        QTest::newRow("no-cases") << QStringList {} << 2;
        QTest::newRow("stray-argument") << QStringList {u"--cases"_qs, u"5"_qs, u"extra"_qs} << 2;
        QTest::newRow("unknown-option") << QStringList {u"--cases"_qs, u"5"_qs, u"--fast"_qs} << 2;
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"demo.sqlite"_qs);
        const auto r = runCli(QStringList {u"demo"_qs} + args + QStringList {u"--db"_qs, path});
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 1) {
            QVERIFY2(r.jsonOk && r.json.contains(u"error"_qs), r.stdoutBytes.constData());
        }
        QVERIFY(!QFileInfo::exists(path) || caseCount(path) == 0); // nothing stored
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "tst_cli_demo.moc"
