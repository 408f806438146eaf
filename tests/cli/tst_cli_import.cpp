// Runs the real fordran-cli for `import claims FILE --client ORGNR [--accept-valid]` (cli.md) on a
// new SQLite file: the JSON shape ({"imported", "cases": [{"line", "case_no", "ocr"}], "rejected":
// [{"line", "field", "error"}]}), exit 0 for an import, 1 for a rejected file (with "error" and
// "errors", and the database unchanged), 2 for usage errors; progress on stderr only.
#include "clirunner.h"
#include "domain/claimsfilebuilder.h"
#include "services/dailyrunfixture.h"

#include "models/domain/ocr.h"
#include "models/storage/databaseconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace Fordran;
using Fordran::Test::CliResult;
using Fordran::Test::runCli;
using ClaimsFileTest::idFor;

namespace {

const QString ImportDate = u"2026-03-02"_qs;

QString outputOf(const CliResult &r)
{
    return QString::fromUtf8(r.stdoutBytes + r.stderrBytes);
}

const QString Header
    = u"debtor_id;debtor_name;address;postal_code;city;invoice_no;invoice_date;due_date;"
      "amount;description"_qs;

QString row(const QString &id, const QString &invoiceNo, const QString &amount = u"100,00"_qs)
{
    return QStringList {
        id,        u"Test Testsson"_qs, u"Provgatan 1"_qs, u"123 45"_qs, u"Teststad"_qs,
        invoiceNo, u"2025-11-01"_qs,    u"2025-12-01"_qs,  amount,       u"Tjänst"_qs}
        .join(u';');
}

} // namespace

class TestCliImport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_good; // three claims of two debtors
    QString m_mixed; // one good row, one bad debtor_id, one negative amount

    QStringList withDb(QStringList args) const { return args << u"--db"_qs << m_db; }

    QString write(const QString &name, const QStringList &lines) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write((lines.join(u'\n') + u'\n').toUtf8());
        return path;
    }

    qint64 rows(const QString &table) const
    {
        return Fordran::Test::rowCount(DatabaseConfig::sqlite(m_db), table);
    }

    QMap<QString, qint64> counts() const
    {
        QMap<QString, qint64> c;
        for (const char *table :
             {"cases", "claims", "debtors", "ledger", "events", "import_batches"})
            c.insert(QString::fromLatin1(table), rows(QString::fromLatin1(table)));
        return c;
    }

    static void checkRejected(const QJsonArray &rejected, const QStringList &expected)
    {
        QCOMPARE(rejected.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QJsonObject e = rejected.at(i).toObject();
            const QStringList parts = expected.at(i).split(u'|');
            QCOMPARE(e.value(u"line").toInt(), parts.at(0).toInt());
            if (parts.at(1).isEmpty())
                QVERIFY(e.value(u"field").isNull());
            else
                QCOMPARE(e.value(u"field").toString(), parts.at(1));
            QVERIFY2(e.value(u"error").toString().contains(parts.at(2)),
                     qPrintable(e.value(u"error").toString()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(u"import.sqlite"_qs);
        const QString anna = idFor(u"850115234"_qs);
        const QString bertil = idFor(u"620330456"_qs);
        m_good = write(u"good.csv"_qs,
                       {Header, row(anna, u"F-1"_qs), row(bertil, u"F-2"_qs, u"1 250,50"_qs),
                        row(anna, u"F-3"_qs, u"10"_qs)});
        m_mixed = write(u"mixed.csv"_qs,
                        {Header, row(anna, u"M-1"_qs), row(anna.chopped(1) + u"0"_qs, u"M-2"_qs),
                         row(bertil, u"M-3"_qs, u"-5"_qs)});

        // `client add` (cli.md): the client the files belong to.
        const auto added
            = runCli(withDb({u"client"_qs, u"add"_qs, u"556036-0793"_qs, u"Testbolaget AB"_qs}));
        QVERIFY2(added.exitCode == 0 && added.jsonOk, qPrintable(outputOf(added)));
        QVERIFY(added.json.value(u"client_id").toInteger() > 0);
        QCOMPARE(added.json.value(u"orgnr").toString(), u"5560360793"_qs);
    }

    void importsAFile()
    {
        const auto r = runCli(withDb({u"import"_qs, u"claims"_qs, m_good, u"--client"_qs,
                                      u"556036-0793"_qs, u"--date"_qs, ImportDate}));
        QVERIFY2(r.exitCode == 0 && r.jsonOk, qPrintable(outputOf(r)));
        QCOMPARE(r.json.value(u"imported").toInt(), 3);
        QVERIFY(r.json.value(u"rejected").isArray());
        QVERIFY(r.json.value(u"rejected").toArray().isEmpty());
        QVERIFY(!r.json.contains(u"error"));
        const QJsonArray cases = r.json.value(u"cases").toArray();
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases.at(0).toObject().value(u"line").toInt(), 2);
        QCOMPARE(cases.at(1).toObject().value(u"line").toInt(), 3);
        QCOMPARE(cases.at(0).toObject().value(u"claims").toInt(), 2);
        QCOMPARE(cases.at(0).toObject().value(u"amount_ore").toInteger(), 11000);
        QCOMPARE(cases.at(1).toObject().value(u"amount_ore").toInteger(), 125050);
        for (const QJsonValue &c : cases) {
            const QString caseNo = c.toObject().value(u"case_no").toString();
            const QString ocr = c.toObject().value(u"ocr").toString();
            QVERIFY2(caseNo.startsWith(u"2026-"), qPrintable(caseNo));
            QVERIFY2(Ocr::check(ocr, true).ok(), qPrintable(ocr));
        }
        QCOMPARE(cases.at(0).toObject().value(u"case_no").toString(), u"2026-000001"_qs);
        QCOMPARE(cases.at(1).toObject().value(u"case_no").toString(), u"2026-000002"_qs);
        QVERIFY(r.stderrBytes.contains("import:")); // progress on stderr, JSON alone on stdout
        QCOMPARE(rows(u"claims"_qs), 3);
        QCOMPARE(rows(u"import_batches"_qs), 1);

        // The imported case is there for `case show`.
        const auto shown = runCli(
            withDb({u"case"_qs, u"show"_qs, u"2026-000001"_qs, u"--as-of"_qs, ImportDate}));
        QVERIFY2(shown.exitCode == 0 && shown.jsonOk, qPrintable(outputOf(shown)));
        QCOMPARE(shown.json.value(u"status").toString(), u"new"_qs);
        QCOMPARE(shown.json.value(u"balance").toObject().value(u"principal_ore").toInteger(),
                 11000);
    }

    void sameFileAgainIsRejected()
    {
        const auto before = counts();
        const auto r = runCli(withDb({u"import"_qs, u"claims"_qs, m_good, u"--client"_qs,
                                      u"5560360793"_qs, u"--date"_qs, ImportDate}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.jsonOk, qPrintable(outputOf(r)));
        QVERIFY(r.json.value(u"error").toString().contains(u"nothing was imported"));
        QCOMPARE(r.json.value(u"imported").toInt(), 0);
        QVERIFY(r.json.value(u"cases").toArray().isEmpty());
        checkRejected(r.json.value(u"rejected").toArray(),
                      {u"2|invoice_no|already imported"_qs, u"3|invoice_no|already imported"_qs,
                       u"4|invoice_no|already imported"_qs});
        QCOMPARE(r.json.value(u"errors"), r.json.value(u"rejected"));
        QCOMPARE(counts(), before);
    }

    void invalidRowsWithoutAndWithAcceptValid()
    {
        const auto before = counts();
        const QStringList expected {u"3|debtor_id|check digit mismatch"_qs,
                                    u"4|amount|greater than zero"_qs};
        const auto strict = runCli(withDb({u"import"_qs, u"claims"_qs, m_mixed, u"--client"_qs,
                                           u"556036-0793"_qs, u"--date"_qs, ImportDate}));
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.jsonOk, qPrintable(outputOf(strict)));
        QVERIFY(strict.json.value(u"error").toString().contains(u"2 row(s)"));
        QCOMPARE(strict.json.value(u"imported").toInt(), 0);
        checkRejected(strict.json.value(u"rejected").toArray(), expected);
        checkRejected(strict.json.value(u"errors").toArray(), expected);
        QCOMPARE(counts(), before);

        const auto lenient
            = runCli(withDb({u"import"_qs, u"claims"_qs, m_mixed, u"--client"_qs, u"556036-0793"_qs,
                             u"--accept-valid"_qs, u"--date"_qs, ImportDate}));
        QVERIFY2(lenient.exitCode == 0 && lenient.jsonOk, qPrintable(outputOf(lenient)));
        QCOMPARE(lenient.json.value(u"imported").toInt(), 1);
        QCOMPARE(lenient.json.value(u"cases").toArray().size(), 1);
        QCOMPARE(lenient.json.value(u"cases").toArray().first().toObject().value(u"line").toInt(),
                 2);
        checkRejected(lenient.json.value(u"rejected").toArray(), expected);
        QVERIFY(!lenient.json.contains(u"error"));
        QCOMPARE(rows(u"claims"_qs), before.value(u"claims"_qs) + 1);
        QVERIFY(lenient.stderrBytes.contains("rejected: line 3"));
    }

    void fileRejectedAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("acceptValid");
        QTest::addColumn<QString>("expected"); // "line|field|message part"
        QTest::newRow("empty") << QByteArray() << false << u"1||empty"_qs;
        QTest::newRow("header-only") << (Header + u"\n"_qs).toUtf8() << true << u"1||no claims"_qs;
        QTest::newRow("unknown-column")
            << (Header + u";notes\n"_qs).toUtf8() << true << u"1|notes|unknown column"_qs;
        QTest::newRow("binary") << QByteArray("PK\x03\x04\x00\x00\x08\x00", 8) << true
                                << u"1||binary"_qs;
    }
    void fileRejectedAsAWhole()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, acceptValid);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(u"whole.csv"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        const auto before = counts();
        QStringList args {u"import"_qs, u"claims"_qs, path, u"--client"_qs, u"556036-0793"_qs};
        if (acceptValid)
            args << u"--accept-valid"_qs;
        const auto r = runCli(withDb(args));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.jsonOk, qPrintable(outputOf(r)));
        QVERIFY(
            r.json.value(u"error").toString().contains(u"nothing in whole.csv can be imported"));
        checkRejected(r.json.value(u"rejected").toArray(), {expected});
        checkRejected(r.json.value(u"errors").toArray(), {expected});
        QCOMPARE(counts(), before);
    }

    void badInvocations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("field"); // of the JSON error, for exit 1
        const QString missing = m_dir.filePath(u"missing.csv"_qs);
        QTest::newRow("no client")
            << QStringList {u"import"_qs, u"claims"_qs, m_good} << 2 << QString();
        QTest::newRow("no file") << QStringList {u"import"_qs, u"claims"_qs, u"--client"_qs,
                                                 u"5560360793"_qs}
                                 << 2 << QString();
        QTest::newRow("two files") << QStringList {u"import"_qs, u"claims"_qs,   m_good,
                                                   m_good,       u"--client"_qs, u"5560360793"_qs}
                                   << 2 << QString();
        QTest::newRow("unknown option")
            << QStringList {u"import"_qs,   u"claims"_qs,     m_good,
                            u"--client"_qs, u"5560360793"_qs, u"--force"_qs}
            << 2 << QString();
        QTest::newRow("unknown client")
            << QStringList {u"import"_qs, u"claims"_qs, m_good, u"--client"_qs, u"212000-0142"_qs}
            << 1 << u"client"_qs;
        QTest::newRow("bad orgnr")
            << QStringList {u"import"_qs, u"claims"_qs, m_good, u"--client"_qs, u"556036-0794"_qs}
            << 1 << u"client"_qs;
        QTest::newRow("missing file")
            << QStringList {u"import"_qs, u"claims"_qs, missing, u"--client"_qs, u"5560360793"_qs}
            << 1 << u"file"_qs;
        QTest::newRow("bad date") << QStringList {u"import"_qs,    u"claims"_qs,     m_good,
                                                  u"--client"_qs,  u"5560360793"_qs, u"--date"_qs,
                                                  u"2026-02-30"_qs}
                                  << 1 << u"date"_qs;
    }
    void badInvocations()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, field);
        const auto before = counts();
        const auto r = runCli(withDb(args));
        QVERIFY(!r.crashed);
        QCOMPARE(r.exitCode, exitCode);
        if (exitCode == 1) {
            QVERIFY2(r.jsonOk, qPrintable(outputOf(r)));
            QVERIFY(!r.json.value(u"error").toString().isEmpty());
            QCOMPARE(r.json.value(u"field").toString(), field);
        } else {
            QVERIFY(r.stdoutBytes.isEmpty());
        }
        QCOMPARE(counts(), before);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cli_import.moc"
