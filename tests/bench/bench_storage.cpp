// Bulk-insert throughput of the storage layer: N complete cases (debtor, case with its main
// debtor, claim, principal ledger line with the balance cache) in one transaction, through the
// same repositories the importer and the demo generator use. Usage: bench_storage [N] [--db-url URL]
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sequencerepository.h"
#include "models/storage/unitofwork.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Fordran;

namespace {

int fail(QTextStream &out, const Error &error)
{
    out << "failed: " << error.message << " (" << error.detail << ")\n";
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int cases = 20000;
    DatabaseConfig config;
    QTemporaryDir dir;
    config = DatabaseConfig::sqlite(dir.filePath(QStringLiteral("bench.sqlite")));
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--db-url" && i + 1 < args.size()) {
            const auto parsed = DatabaseConfig::fromUrl(args.at(++i));
            if (!parsed)
                return fail(out, parsed.error());
            config = *parsed;
        } else {
            cases = qMax(1, args.at(i).toInt());
        }
    }

    auto opened = Database::open(config);
    if (!opened)
        return fail(out, opened.error());
    Database &db = *opened.value();
    if (const Status migrated = db.migrate(); !migrated)
        return fail(out, migrated.error());

    ClientRepository clients(db);
    DebtorRepository debtors(db);
    CaseRepository caseRepo(db);
    ClaimRepository claims(db);
    LedgerRepository ledger(db);
    SequenceRepository sequences(db);

    Client client;
    client.orgnr = QStringLiteral("5560360793");
    client.name = QStringLiteral("Bench AB");
    const auto clientId = clients.insert(client);
    if (!clientId)
        return fail(out, clientId.error());

    QElapsedTimer timer;
    timer.start();
    {
        UnitOfWork unit(db);
        const auto first = sequences.reserve(QStringLiteral("case_no/2026"), cases);
        if (!first)
            return fail(out, first.error());
        for (int i = 0; i < cases; ++i) {
            Debtor d;
            d.identity = QStringLiteral("19%1").arg(i, 10, 10, QLatin1Char('0'));
            d.name = QStringLiteral("Debtor %1").arg(i);
            const auto debtorId = debtors.insert(d);
            if (!debtorId)
                return fail(out, debtorId.error());
            Case c;
            c.caseNo = SequenceRepository::formatCaseNumber(2026, *first + i);
            c.ocr = QString::number(100000000 + i);
            c.clientId = *clientId;
            c.debtorId = *debtorId;
            c.nextActionDate = QDate(2026, 1, 1).addDays(i % 365);
            const auto caseId = caseRepo.insert(c);
            if (!caseId)
                return fail(out, caseId.error());
            Claim claim;
            claim.caseId = *caseId;
            claim.clientId = *clientId;
            claim.invoiceNo = QStringLiteral("F-%1").arg(i);
            claim.dueDate = QDate(2025, 12, 1);
            claim.originalAmount = Money::fromOre(100000 + i);
            const auto claimId = claims.insert(claim);
            if (!claimId)
                return fail(out, claimId.error());
            LedgerEntry line;
            line.caseId = *caseId;
            line.claimId = *claimId;
            line.entryDate = QDate(2026, 1, 1);
            line.amount = claim.originalAmount;
            if (const auto booked = ledger.append(line); !booked)
                return fail(out, booked.error());
        }
        if (const Status committed = unit.commit(); !committed)
            return fail(out, committed.error());
    }
    const qint64 ms = qMax<qint64>(1, timer.elapsed());
    out << "storage bulk insert (" << DatabaseConfig::engineName(config.engine) << "): " << cases << " cases in "
        << ms << " ms = " << (qint64(cases) * 1000 / ms) << " cases/s (6 rows each)\n";

    timer.restart();
    constexpr int lookups = 2000;
    qint64 sink = 0;
    for (int i = 0; i < lookups; ++i) {
        const auto c = caseRepo.byCaseNo(SequenceRepository::formatCaseNumber(2026, 1 + (i * 7919) % cases));
        if (c && c->has_value())
            sink += (*c)->balance.ore();
    }
    out << "case by number: " << (timer.nsecsElapsed() / lookups / 1000) << " µs/lookup (checksum " << sink << ")\n";
    return 0;
}
