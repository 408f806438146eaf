// Runs the real fordran-cli on demo data: `run --date` (cli.md) twice for the same date (the
// second changes nothing), --dry-run (writes nothing and says what the run will do), --verbose,
// bad input; the rules commands (show, export, import as a new version); and the process
// commands `case pause`, `case resume` and `client pin`.
#include "clirunner.h"
#include "services/dailyrunfixture.h"
#include "storage/storagetestutil.h"

#include "models/rules/rulesset.h"
#include "models/storage/caserepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Fordran;
using Fordran::Test::CliResult;
using Fordran::Test::runCli;

namespace {

QString outputOf(const CliResult &r)
{
    return QString::fromUtf8(r.stdoutBytes + r.stderrBytes);
}

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

qint64 actionTotal(const QJsonObject &json)
{
    qint64 n = 0;
    const QJsonObject actions = json.value(u"actions").toObject();
    for (auto it = actions.begin(); it != actions.end(); ++it)
        n += it.value().toInteger();
    return n;
}

qint64 rows(const QString &path, const QString &table)
{
    return Fordran::Test::rowCount(DatabaseConfig::sqlite(path), table);
}

} // namespace

class TestCliRun final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QDate m_today = QDate::currentDate();

    QStringList withDb(QStringList args) const { return args << u"--db"_qs << m_db; }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"run.sqlite"_qs);
        const auto r
            = runCli(withDb({u"demo"_qs, u"--cases"_qs, u"400"_qs, u"--seed"_qs, u"5"_qs}));
        QVERIFY2(r.exitCode == 0, qPrintable(outputOf(r)));
    }

    void dryRunThenRunTwice()
    {
        const QString date = iso(m_today);
        const qint64 eventsBefore = rows(m_db, u"events"_qs);
        const auto dry = runCli(withDb({u"run"_qs, u"--date"_qs, date, u"--dry-run"_qs}));
        QVERIFY2(dry.exitCode == 0 && dry.jsonOk, qPrintable(outputOf(dry)));
        QCOMPARE(dry.json.value(u"dry_run").toBool(), true);
        QCOMPARE(rows(m_db, u"events"_qs), eventsBefore);
        QCOMPARE(rows(m_db, u"outbox"_qs), 0);
        QVERIFY(actionTotal(dry.json) > 0);

        const auto first = runCli(withDb({u"run"_qs, u"--date"_qs, date}));
        QVERIFY2(first.exitCode == 0 && first.jsonOk, qPrintable(outputOf(first)));
        QCOMPARE(first.json.value(u"date").toString(), date);
        QCOMPARE(first.json.value(u"cases_examined"), dry.json.value(u"cases_examined"));
        QCOMPARE(first.json.value(u"actions"), dry.json.value(u"actions"));
        QVERIFY(first.stderrBytes.contains("cases (100 %)")); // progress on stderr
        QVERIFY(rows(m_db, u"events"_qs) > eventsBefore);

        const auto second = runCli(withDb({u"run"_qs, u"--date"_qs, date}));
        QVERIFY2(second.exitCode == 0 && second.jsonOk, qPrintable(outputOf(second)));
        QCOMPARE(actionTotal(second.json), 0);
        QCOMPARE(second.json.value(u"cases_changed").toInteger(), 0);
        const QJsonObject actions = second.json.value(u"actions").toObject();
        QVERIFY(actions.contains(u"inkassokrav_letter"));
        QVERIFY(actions.contains(u"fee_posted"));
    }

    void verboseListsTheCases()
    {
        const auto r = runCli(withDb(
            {u"run"_qs, u"--date"_qs, iso(m_today.addDays(30)), u"--dry-run"_qs, u"--verbose"_qs}));
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        const QJsonArray cases = r.json.value(u"cases").toArray();
        QCOMPARE(cases.size(), r.json.value(u"cases_changed").toInteger());
        QVERIFY(!cases.isEmpty());
        qint64 listed = 0;
        for (const QJsonValue &c : cases) {
            QVERIFY(!c.toObject().value(u"case_no").toString().isEmpty());
            QVERIFY(c.toObject().value(u"next_action").isObject());
            listed += c.toObject().value(u"actions").toArray().size();
        }
        QCOMPARE(listed, actionTotal(r.json));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("no date") << QStringList {u"run"_qs} << 2;
        QTest::newRow("bad date") << QStringList {u"run"_qs, u"--date"_qs, u"2026-13-01"_qs} << 1;
        QTest::newRow("unknown flag")
            << QStringList {u"run"_qs, u"--date"_qs, u"2026-01-01"_qs, u"--fast"_qs} << 2;
        QTest::newRow("batch size 0")
            << QStringList {u"run"_qs, u"--date"_qs, u"2026-01-01"_qs, u"--batch-size"_qs, u"0"_qs}
            << 1;
        QTest::newRow("date before the last run")
            << QStringList {u"run"_qs, u"--date"_qs, u"2000-01-03"_qs} << 1;
        QTest::newRow("pause without until")
            << QStringList {u"case"_qs, u"pause"_qs, u"2026-000001"_qs, u"--reason"_qs, u"x"_qs}
            << 2;
        QTest::newRow("pin of a bad orgnr")
            << QStringList {u"client"_qs,    u"pin"_qs,       u"123"_qs,      u"198112189876"_qs,
                            u"--segment"_qs, u"vip"_qs,       u"--reason"_qs, u"x"_qs,
                            u"--until"_qs,   u"2099-01-01"_qs}
            << 1;
    }
    void badInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = runCli(withDb(args));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.crashed);
        if (exitCode == 1) {
            QVERIFY(r.jsonOk);
            QVERIFY(!r.json.value(u"error").toString().isEmpty());
        }
    }

    void rulesShowExportImport()
    {
        const auto shown = runCli(withDb({u"rules"_qs, u"show"_qs}));
        QVERIFY2(shown.exitCode == 0 && shown.jsonOk, qPrintable(outputOf(shown)));
        const QJsonObject active = shown.json.value(u"active").toObject();
        QCOMPARE(active.value(u"version").toString(), RulesSet::builtIn().value().version());
        QCOMPARE(active.value(u"stored").toBool(), true); // the run stored it

        const QString file = m_dir.filePath(u"rules.json"_qs);
        const auto exported = runCli(withDb({u"rules"_qs, u"export"_qs, file}));
        QVERIFY2(exported.exitCode == 0, qPrintable(outputOf(exported)));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto rules = RulesSet::fromJson(f.readAll());
        QVERIFY(rules.ok());
        QCOMPARE(rules->contentHash(), active.value(u"hash").toString());

        // The same file again is no new version; a renamed one is.
        const auto same = runCli(withDb({u"rules"_qs, u"import"_qs, file}));
        QCOMPARE(same.exitCode, 1);
        const QString changed = m_dir.filePath(u"rules-next.json"_qs);
        QFile out(changed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rules->withVersion(u"2099.1"_qs, m_today.addDays(365)).value().toJson());
        out.close();
        const auto imported = runCli(withDb({u"rules"_qs, u"import"_qs, changed}));
        QVERIFY2(imported.exitCode == 0, qPrintable(outputOf(imported)));
        QCOMPARE(imported.json.value(u"version").toString(), u"2099.1"_qs);
        const auto later
            = runCli(withDb({u"rules"_qs, u"show"_qs, u"--date"_qs, iso(m_today.addDays(366))}));
        QCOMPARE(later.json.value(u"active").toObject().value(u"version").toString(), u"2099.1"_qs);
        QCOMPARE(later.json.value(u"versions").toArray().size(), 2);
        const auto broken = m_dir.filePath(u"broken.json"_qs);
        QFile b(broken);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"format\": 1, \"version\": ");
        b.close();
        QCOMPARE(runCli(withDb({u"rules"_qs, u"import"_qs, broken})).exitCode, 1);
    }

    void pauseResumeAndPin()
    {
        // An open case of the demo data and its client and debtor.
        Case open;
        Client client;
        Debtor debtor;
        {
            auto database = Database::open(DatabaseConfig::sqlite(m_db));
            QVERIFY(database.ok());
            QSqlQuery q((*database)->connection());
            QVERIFY(q.exec(u"SELECT id FROM cases WHERE status IN ('new', 'reminder', "
                           "'collection') ORDER BY id LIMIT 1"_qs)
                    && q.next());
            open = CaseRepository(**database).byId(q.value(0).toLongLong()).value().value();
            client = ClientRepository(**database).byId(open.clientId).value().value();
            debtor = DebtorRepository(**database).byId(open.debtorId).value().value();
        }
        const QString until = iso(m_today.addDays(20));
        const auto paused = runCli(withDb({u"case"_qs, u"pause"_qs, open.caseNo, u"--reason"_qs,
                                           u"client_request"_qs, u"--until"_qs, until}));
        QVERIFY2(paused.exitCode == 0 && paused.jsonOk, qPrintable(outputOf(paused)));
        QCOMPARE(paused.json.value(u"scope").toString(), u"case"_qs);
        const auto shown = runCli(withDb({u"case"_qs, u"show"_qs, open.caseNo}));
        QCOMPARE(shown.json.value(u"status").toString(), u"paused"_qs);
        QCOMPARE(shown.json.value(u"next_action").toObject().value(u"date").toString(), until);

        const auto unknown = runCli(withDb({u"case"_qs, u"pause"_qs, open.caseNo, u"--reason"_qs,
                                            u"holiday"_qs, u"--until"_qs, until}));
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.json.value(u"field").toString(), u"reason"_qs);

        const auto resumed = runCli(withDb({u"case"_qs, u"resume"_qs, open.caseNo}));
        QVERIFY2(resumed.exitCode == 0, qPrintable(outputOf(resumed)));
        QCOMPARE(resumed.json.value(u"pauses_ended").toInt(), 1);
        QVERIFY(resumed.json.value(u"status").toString() != u"paused");
        QCOMPARE(runCli(withDb({u"case"_qs, u"resume"_qs, open.caseNo})).exitCode, 1);

        const auto pinned = runCli(
            withDb({u"client"_qs, u"pin"_qs, client.orgnr, debtor.identity, u"--segment"_qs,
                    u"vip"_qs, u"--reason"_qs, u"Key account"_qs, u"--until"_qs, until}));
        QVERIFY2(pinned.exitCode == 0 && pinned.jsonOk, qPrintable(outputOf(pinned)));
        QVERIFY(pinned.json.value(u"cases").toInt() >= 1);
        const auto preview = runCli(withDb({u"case"_qs, u"show"_qs, open.caseNo}));
        QCOMPARE(preview.json.value(u"score").toObject().value(u"segment").toString(), u"vip"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
