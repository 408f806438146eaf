// Runs the real fordran-cli for init, client add and refrate (cli.md) on a new SQLite file
// (--db) and, when FORDRAN_TEST_PG_URL is set, on a new PostgreSQL database (--db-url).
#include "clirunner.h"
#include "storage/storagetestutil.h"

#include "models/domain/bankcalendar.h"
#include "models/rules/referencerates.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

#include <memory>

using Fordran::Database;
using Fordran::ReferenceRateTable;
using Fordran::Test::runCli;

namespace {

/*! The database options for one engine: a file the CLI must create, or a fresh PostgreSQL database. */
class CliDatabase final
{
public:
    explicit CliDatabase(const QString &engine)
    {
        if (engine == Fordran::Test::sqliteEngine()) {
            m_path = m_dir.filePath(u"new/folder/fordran.sqlite"_qs);
            m_args = {u"--db"_qs, m_path};
        } else {
            m_postgres = std::make_unique<Fordran::Test::TestDatabase>(engine, false);
            m_args = {u"--db-url"_qs, m_postgres->config().toUrl()};
        }
    }
    bool ok() const { return !m_postgres || m_postgres->ok(); }
    QString errorText() const { return m_postgres ? m_postgres->errorText() : QString(); }
    const QStringList &args() const { return m_args; }
    const QString &sqlitePath() const { return m_path; }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Fordran::Test::TestDatabase> m_postgres;
    QStringList m_args;
};

/*! A half-year the built-in table does not have: five years after its last entry. */
QDate futureHalfYear()
{
    const auto table = ReferenceRateTable::builtIn();
    const QDate last = table.ok() && !table->entries().isEmpty() ? table->entries().last().validFrom : QDate(2026, 1, 1);
    return QDate(last.year() + 5, 1, 1);
}

QString errorOf(const Fordran::Test::CliResult &r)
{
    return QString::fromUtf8(r.stdoutBytes + r.stderrBytes);
}

} // namespace

#define FORDRAN_CLI_DATABASE(var)                        \
    QFETCH(QString, engine);                             \
    FORDRAN_REQUIRE_ENGINE(engine);                      \
    CliDatabase var(engine);                             \
    QVERIFY2(var.ok(), qPrintable(var.errorText()))

class TestCliDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void initCreatesAndMigrates_data() { Fordran::Test::addEngineRows(); }
    void initCreatesAndMigrates()
    {
        FORDRAN_CLI_DATABASE(db);
        for (int round = 0; round < 2; ++round) { // the second run finds nothing to do
            const auto r = runCli(QStringList{u"init"_qs} + db.args());
            QVERIFY2(r.exitCode == 0, qPrintable(errorOf(r)));
            QVERIFY(r.jsonOk);
            QCOMPARE(r.json.value(u"schema_version").toInt(), Database::latestSchemaVersion());
        }
        if (!db.sqlitePath().isEmpty())
            QVERIFY(QFileInfo::exists(db.sqlitePath()));
    }

    void clientAdd_data() { Fordran::Test::addEngineRows(); }
    void clientAdd()
    {
        FORDRAN_CLI_DATABASE(db);
        const auto added = runCli(QStringList{u"client"_qs, u"add"_qs, u"556036-0793"_qs, u"Elbolaget AB"_qs,
                                              u"--bankgiro"_qs, u"5050-1055"_qs} + db.args());
        QVERIFY2(added.exitCode == 0, qPrintable(errorOf(added)));
        QVERIFY(added.json.value(u"client_id").toInteger() > 0);
        QCOMPARE(added.json.value(u"orgnr").toString(), u"5560360793"_qs);

        const auto second = runCli(QStringList{u"client"_qs, u"add"_qs, u"5592021231"_qs, u"Annan AB"_qs} + db.args());
        QCOMPARE(second.exitCode, 0);
        QVERIFY(second.json.value(u"client_id").toInteger() != added.json.value(u"client_id").toInteger());

        const auto duplicate = runCli(QStringList{u"client"_qs, u"add"_qs, u"5560360793"_qs, u"Same AB"_qs} + db.args());
        QCOMPARE(duplicate.exitCode, 1);
        QVERIFY(duplicate.jsonOk);
        QVERIFY(!duplicate.json.value(u"error").toString().isEmpty());
        QCOMPARE(duplicate.json.value(u"field").toString(), u"orgnr"_qs);
    }

    void clientAddRefusesBadInput_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "check-digit") << QStringList{u"5560360794"_qs, u"X AB"_qs} << 1;
            Fordran::Test::newEngineRow(engine, "not-a-number") << QStringList{u"abc"_qs, u"X AB"_qs} << 1;
            Fordran::Test::newEngineRow(engine, "blank-name") << QStringList{u"5560360793"_qs, u"  "_qs} << 1;
            Fordran::Test::newEngineRow(engine, "bad-bankgiro")
                << QStringList{u"5560360793"_qs, u"X AB"_qs, u"--bankgiro"_qs, u"5050-1056"_qs} << 1;
            Fordran::Test::newEngineRow(engine, "missing-name") << QStringList{u"5560360793"_qs} << 2;
            Fordran::Test::newEngineRow(engine, "unknown-option")
                << QStringList{u"5560360793"_qs, u"X AB"_qs, u"--plusgiro"_qs, u"1"_qs} << 2;
        }
    }
    void clientAddRefusesBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        FORDRAN_CLI_DATABASE(db);
        const auto r = runCli(QStringList{u"client"_qs, u"add"_qs} + args + db.args());
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.crashed);
        if (exitCode == 1) {
            QVERIFY(r.jsonOk);
            QVERIFY(!r.json.value(u"error").toString().isEmpty());
        }
    }

    void refrateSetExtendsTheTable_data() { Fordran::Test::addEngineRows(); }
    void refrateSetExtendsTheTable()
    {
        FORDRAN_CLI_DATABASE(db);
        const QDate from = futureHalfYear();
        const auto set = runCli(QStringList{u"refrate"_qs, u"set"_qs, from.toString(Qt::ISODate), u"1.75"_qs} + db.args());
        QVERIFY2(set.exitCode == 0, qPrintable(errorOf(set)));

        const auto list = runCli(QStringList{u"refrate"_qs, u"list"_qs} + db.args());
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rates = list.json.value(u"rates").toArray();
        const auto builtIn = ReferenceRateTable::builtIn();
        QVERIFY(builtIn.ok());
        QCOMPARE(rates.size(), builtIn->entries().size() + 1);
        for (qsizetype i = 0; i < builtIn->entries().size(); ++i) {
            const QJsonObject rate = rates.at(i).toObject();
            QCOMPARE(rate.value(u"from").toString(), builtIn->entries().at(i).validFrom.toString(Qt::ISODate));
            QCOMPARE(rate.value(u"percent").toString(), builtIn->entries().at(i).rate.toString());
            QCOMPARE(rate.value(u"source").toString(), u"built-in"_qs);
        }
        const QJsonObject entered = rates.last().toObject();
        QCOMPARE(entered.value(u"from").toString(), from.toString(Qt::ISODate));
        QCOMPARE(entered.value(u"percent").toString(), u"1.75"_qs);
        QCOMPARE(entered.value(u"source").toString(), u"entered"_qs);

        // Changing the entered rate replaces it.
        QCOMPARE(runCli(QStringList{u"refrate"_qs, u"set"_qs, from.toString(Qt::ISODate), u"2,25"_qs} + db.args()).exitCode, 0);
        const auto again = runCli(QStringList{u"refrate"_qs, u"list"_qs} + db.args());
        QCOMPARE(again.json.value(u"rates").toArray().size(), rates.size());
        QCOMPARE(again.json.value(u"rates").toArray().last().toObject().value(u"percent").toString(), u"2.25"_qs);
    }

    void interestUsesEnteredRates_data() { Fordran::Test::addEngineRows(); }
    void interestUsesEnteredRates()
    {
        FORDRAN_CLI_DATABASE(db);
        const QDate from = futureHalfYear();
        const QDate due = Fordran::BankCalendar::nextBankDay(from.addDays(14));
        const QStringList interest{u"interest"_qs, u"--principal"_qs, u"10000"_qs, u"--due"_qs,
                                   due.toString(Qt::ISODate), u"--to"_qs, due.addDays(17).toString(Qt::ISODate)};
        const auto before = runCli(interest + db.args());
        QCOMPARE(before.exitCode, 1); // no rate for that half-year yet: never a guess
        QVERIFY(before.json.value(u"error").toString().contains(from.toString(Qt::ISODate)));

        QCOMPARE(runCli(QStringList{u"refrate"_qs, u"set"_qs, from.toString(Qt::ISODate), u"1.75"_qs} + db.args()).exitCode, 0);
        const auto after = runCli(interest + db.args());
        QVERIFY2(after.exitCode == 0, qPrintable(errorOf(after)));
        const QJsonArray segments = after.json.value(u"segments").toArray();
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.first().toObject().value(u"rate_percent").toString(), u"9.75"_qs); // 1.75 + 8
        QCOMPARE(segments.first().toObject().value(u"days").toInt(), 17);
        // 1 000 000 öre × 9.75 % × 17 / 365, rounded half away from zero.
        QCOMPARE(after.json.value(u"interest_ore").toInteger(), qint64((1000000LL * 975 * 17 + 1825000) / 3650000));
    }

    void refrateSetRefusesBadInput_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("percent");
        const QString builtInDate = [] {
            const auto table = ReferenceRateTable::builtIn();
            return table.ok() && !table->entries().isEmpty() ? table->entries().last().validFrom.toString(Qt::ISODate)
                                                            : QString();
        }();
        const QString future = futureHalfYear().toString(Qt::ISODate);
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "mid-year") << future.left(5) + u"03-01" << u"2.00"_qs;
            Fordran::Test::newEngineRow(engine, "not-a-date") << u"2026-13-01"_qs << u"2.00"_qs;
            Fordran::Test::newEngineRow(engine, "bad-percent") << future << u"two"_qs;
            Fordran::Test::newEngineRow(engine, "three-decimals") << future << u"2.001"_qs;
            Fordran::Test::newEngineRow(engine, "implausible") << future << u"75"_qs;
            Fordran::Test::newEngineRow(engine, "built-in-half-year") << builtInDate << u"9.00"_qs;
        }
    }
    void refrateSetRefusesBadInput()
    {
        QFETCH(QString, date);
        QFETCH(QString, percent);
        FORDRAN_CLI_DATABASE(db);
        const auto r = runCli(QStringList{u"refrate"_qs, u"set"_qs, date, percent} + db.args());
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.jsonOk);
        QVERIFY(!r.json.value(u"error").toString().isEmpty());
        const auto list = runCli(QStringList{u"refrate"_qs, u"list"_qs} + db.args());
        QCOMPARE(list.exitCode, 0);
        for (const QJsonValue &rate : list.json.value(u"rates").toArray())
            QCOMPARE(rate.toObject().value(u"source").toString(), u"built-in"_qs);
    }

    void databaseOptionErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("both-options") << QStringList{u"--db"_qs, u"x.sqlite"_qs, u"--db-url"_qs, u"postgresql://a@h/d"_qs} << 2;
        QTest::newRow("bad-url") << QStringList{u"--db-url"_qs, u"mysql://a@h/d"_qs} << 1;
        QTest::newRow("empty-path") << QStringList{u"--db"_qs, u""_qs} << 1;
        QTest::newRow("path-is-a-folder") << QStringList{u"--db"_qs, QDir::tempPath()} << 1;
        QTest::newRow("nobody-listening") << QStringList{u"--db-url"_qs, u"postgresql://nobody@127.0.0.1:1/none"_qs} << 1;
        QTest::newRow("db-without-value") << QStringList{u"--db"_qs} << 2;
    }
    void databaseOptionErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        const auto r = runCli(QStringList{u"init"_qs} + args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(!r.crashed);
        if (exitCode == 1) {
            QVERIFY(r.jsonOk);
            QVERIFY(!r.json.value(u"error").toString().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliDatabase)
#include "tst_cli_database.moc"
