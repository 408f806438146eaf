#pragma once

// Shared by the ClaimsImportService suites: claims files written to a temporary folder, a
// database on each engine with two clients, and a snapshot of every table an import writes.

#include "domain/claimsfilebuilder.h"
#include "services/dailyrunfixture.h"
#include "storage/storagetestutil.h"

#include "models/domain/ocr.h"
#include "models/services/claimsimportservice.h"
#include "models/services/dailyrunservice.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/importbatchrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sequencerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Fordran;
using namespace Fordran::Test;

namespace ClaimsImportTest {

using namespace ClaimsFileTest;

// All data is synthetic: fictional names, identity numbers with generated check digits.
const QDate Today(2026, 3, 2); // a Monday
const QString ClientOrgnr = u"5560360793"_qs;
const QString OtherClientOrgnr = u"5565475489"_qs;

/*! The 12- or 10-digit form the database stores. */
QString normalized(const QString &id)
{
    return Identity::parse(id, Today).value().normalized();
}

/*! Anna twice (lines 2 and 4), a company (line 3) and Bertil (line 5): three cases. */
QByteArray fourClaims()
{
    return file({header(),
                 row({{u"invoice_no"_qs, u"F-1"_qs},
                      {u"amount"_qs, u"1 250,00"_qs},
                      {u"reminder_fee_agreed"_qs, u"yes"_qs},
                      {u"phone"_qs, u"070-123 45 67"_qs}}),
                 row({{u"debtor_id"_qs, company()},
                      {u"debtor_name"_qs, u"Exempelbolaget AB"_qs},
                      {u"address"_qs, u"Box 12"_qs},
                      {u"postal_code"_qs, u"54321"_qs},
                      {u"invoice_no"_qs, u"F-2"_qs},
                      {u"amount"_qs, u"8400.50"_qs},
                      {u"interest"_qs, u"ref+10"_qs}}),
                 row({{u"invoice_no"_qs, u"F-3"_qs},
                      {u"amount"_qs, u"99,90"_qs},
                      {u"interest"_qs, u"12.5"_qs},
                      {u"due_date"_qs, u"2025-11-20"_qs}}),
                 row({{u"debtor_id"_qs, bertil()},
                      {u"debtor_name"_qs, u"Bertil Provsson"_qs},
                      {u"invoice_no"_qs, u"F-4"_qs},
                      {u"amount"_qs, u"10"_qs}})});
}

/*! "line|field|message part" matched against an error (message by contains()). */
bool matches(const RowError &error, const QString &expected)
{
    const QStringList parts = expected.split(u'|');
    return parts.size() == 3 && error.line == parts[0].toInt() && error.field == parts[1]
        && error.message.contains(parts[2], Qt::CaseInsensitive);
}

QString describe(const QList<RowError> &errors)
{
    QStringList out;
    for (const RowError &e : errors)
        out << QStringLiteral("%1|%2|%3").arg(e.line).arg(e.field, e.message);
    return out.join(u"\n  ");
}

QString errorOf(const Result<ClaimsImportReport> &r)
{
    return r ? QString() : r.error().message + u": " + r.error().detail;
}

/*! Row counts of every table an import writes, and the case-number counters' total. */
QMap<QString, qint64> importCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table :
         {"cases", "claims", "debtors", "case_debtors", "ledger", "events", "import_batches"})
        counts.insert(QString::fromLatin1(table),
                      scalar(db, u"SELECT COUNT(*) FROM "_qs + QString::fromLatin1(table)));
    counts.insert(u"counters"_qs, scalar(db, u"SELECT COALESCE(SUM(value), 0) FROM counters"_qs));
    counts.insert(u"balance"_qs, scalar(db, u"SELECT COALESCE(SUM(balance_ore), 0) FROM cases"_qs));
    return counts;
}

/*! A fresh database with the client (and a second one), and a folder for the files. */
struct Fixture
{
    explicit Fixture(const QString &engine)
        : test(engine)
    {
        if (!test.ok())
            return;
        ClientRepository clients(test.db());
        Client client;
        client.orgnr = ClientOrgnr;
        client.name = u"Testbolaget AB"_qs;
        const auto id = clients.insert(client);
        client.orgnr = OtherClientOrgnr;
        client.name = u"Andra bolaget AB"_qs;
        const auto other = clients.insert(client);
        ok = id.ok() && other.ok();
        clientId = id.valueOr(0);
        otherClientId = other.valueOr(0);
    }

    QString write(const QByteArray &bytes, const QString &name = u"claims.csv"_qs)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static ClaimsImportOptions options(bool acceptValid = false,
                                       const QString &orgnr = u"556036-0793"_qs)
    {
        ClaimsImportOptions o;
        o.clientOrgNo = orgnr;
        o.acceptValid = acceptValid;
        o.today = Today;
        o.user = u"anna.handlaggare"_qs;
        return o;
    }

    TestDatabase test;
    QTemporaryDir dir;
    qint64 clientId = 0;
    qint64 otherClientId = 0;
    bool ok = false;
};

#define FORDRAN_IMPORT_FIXTURE(var)                                                                \
    QFETCH(QString, engine);                                                                       \
    FORDRAN_REQUIRE_ENGINE(engine);                                                                \
    Fixture var(engine);                                                                           \
    QVERIFY2(var.test.ok(), qPrintable(var.test.errorText()));                                     \
    QVERIFY(var.ok)

} // namespace ClaimsImportTest

using namespace ClaimsImportTest;
