// Benchmark of the case queue on the benchmark database (FORDRAN_BENCH_DB, the million-case
// demo database scripts/run-bench.sh builds): the queue model's first page, every search kind,
// every sort, deep pages and opening one case, each the median of several runs; then the peak
// RSS of a walk over every row of the model without a GUI.
// Targets: first page < 100 ms, each search < 50 ms, RSS < 250 MB.
#include "bench/benchmemory.h"
#include "models/items/casequeuemodel.h"
#include "models/services/caseservice.h"
#include "models/storage/casequeuequery.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>


#include <algorithm>
#include <functional>

using namespace Fordran;

namespace {

constexpr int Runs = 7;
constexpr int VisibleRows = 50;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

/*! The median of Runs runs of \a body, in milliseconds; \a prepare runs untimed before each. */
double medianMs(const std::function<void()> &body, const std::function<void()> &prepare = {})
{
    QList<qint64> ns;
    for (int i = 0; i < Runs; ++i) {
        if (prepare)
            prepare();
        QElapsedTimer timer;
        timer.start();
        body();
        ns.append(timer.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    return double(ns.at(Runs / 2)) / 1e6;
}

/*! Reads the rows a view shows first, as a table view would. */
void touchVisible(const CaseQueueModel &model, int first = 0)
{
    const int end = std::min(model.rowCount(), first + VisibleRows);
    for (int row = first; row < end; ++row) {
        for (int column = 0; column < CaseQueueModel::ColumnCount; ++column)
            model.index(row, column).data();
    }
}

void report(const QString &what, double ms, double targetMs = 0)
{
    out() << QStringLiteral("  %1 %2 ms").arg(what, -58).arg(ms, 8, 'f', 2);
    if (targetMs > 0)
        out() << (ms < targetMs ? QStringLiteral("  (target < %1 ms: met)")
                                : QStringLiteral("  (target < %1 ms: MISSED)"))
                     .arg(targetMs);
    out() << '\n';
    out().flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString path = qEnvironmentVariable("FORDRAN_BENCH_DB");
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        QTextStream(stderr) << "bench_casequeue: set FORDRAN_BENCH_DB to a demo database "
                               "(scripts/run-bench.sh builds one)\n";
        return 2;
    }
    auto opened = Database::open(DatabaseConfig::sqlite(path));
    if (!opened) {
        QTextStream(stderr) << "bench_casequeue: " << opened.error().message << ": "
                            << opened.error().detail << '\n';
        return 1;
    }
    Database &db = *opened.value();
    QElapsedTimer migrateTimer;
    migrateTimer.start();
    const int before = db.schemaVersion();
    if (const Status migrated = db.migrate(); !migrated) {
        QTextStream(stderr) << "bench_casequeue: " << migrated.error().message << ": "
                            << migrated.error().detail << '\n';
        return 1;
    }
    if (before != db.schemaVersion())
        out() << QStringLiteral("  (migrated the database from schema %1 to %2 in %3 s first)\n")
                     .arg(before)
                     .arg(db.schemaVersion())
                     .arg(double(migrateTimer.elapsed()) / 1000.0, 0, 'f', 1);

    CaseQueueQuery query(db);
    const qint64 total = query.count({}).valueOr(0);
    out() << "case queue on " << total << " cases (" << path << "), median of " << Runs
          << " runs\n";
    if (total == 0)
        return 1;

    // Sample values to search for, from a case 60 % into the case numbers.
    CaseQueueFilter byCaseNo;
    byCaseNo.sort = CaseQueueSort::CaseNo;
    const CaseQueueRow sample = query.page(byCaseNo, total * 6 / 10, 1).value().first();
    CaseQueueFilter byIdentityDesc;
    byIdentityDesc.sort = CaseQueueSort::Identity;
    byIdentityDesc.order = Qt::DescendingOrder; // organisationsnummer (5…–9…) sort after 19…/20…
    const CaseQueueRow company = query.page(byIdentityDesc, 0, 1).value().first();
    CaseService service(db);
    const auto details = service.details(sample.id);
    const QString invoice
        = details && details->has_value() ? (*details)->claims.first().claim.invoiceNo : QString();
    const QString firstName = sample.debtorName.section(u' ', 0, 0);
    const QString surname = sample.debtorName.section(u' ', 1);

    CaseQueueFilter open;
    open.openOnly = true;
    CaseQueueFilter all;

    out() << "first page (count + the first " << VisibleRows << " rows, every column):\n";
    report(QStringLiteral("new model, all cases, by next action"), medianMs([&] {
               CaseQueueModel model(db);
               touchVisible(model);
           }),
           100);
    {
        CaseQueueModel model(db);
        report(QStringLiteral("open cases, by next action (the GUI's default)"),
               medianMs(
                   [&] {
                       model.setFilter(open);
                       touchVisible(model);
                   },
                   [&] { model.setFilter(all); }),
               100);
    }

    out() << "search (set the text, count, first rows):\n";
    {
        CaseQueueModel model(db);
        model.setFilter(open);
        const QList<std::pair<QString, QString>> searches {
            {QStringLiteral("case number %1").arg(sample.caseNo), sample.caseNo},
            {QStringLiteral("case number start %1").arg(sample.caseNo.left(8)),
             sample.caseNo.left(8)},
            {QStringLiteral("OCR %1").arg(sample.ocr), sample.ocr},
            {QStringLiteral("personnummer %1").arg(sample.maskedIdentity()), sample.debtorIdentity},
            {QStringLiteral("organisationsnummer %1").arg(company.debtorIdentity),
             company.debtorIdentity},
            {QStringLiteral("invoice number %1").arg(invoice), invoice},
            {QStringLiteral("name prefix '%1'").arg(sample.debtorName), sample.debtorName},
            {QStringLiteral("name prefix '%1'").arg(firstName + u' ' + surname.left(1)),
             firstName + u' ' + surname.left(1)},
            {QStringLiteral("name prefix '%1' (broad)").arg(firstName), firstName},
        };
        for (const auto &[label, text] : searches) {
            qint64 found = 0;
            const double ms = medianMs(
                [&] {
                    model.setSearchText(text);
                    touchVisible(model);
                    found = model.rowCount();
                },
                [&] { model.setSearchText(QString()); });
            report(QStringLiteral("%1 → %2").arg(label).arg(found), ms, 50);
        }
    }

    out() << "sort (open cases; first rows after clicking a header):\n";
    {
        CaseQueueModel model(db);
        model.setFilter(open);
        for (int column = 0; column < CaseQueueModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                const QString name = model.headerData(column, Qt::Horizontal).toString()
                    + (order == Qt::AscendingOrder ? QStringLiteral(" ↑") : QStringLiteral(" ↓"));
                report(name,
                       medianMs(
                           [&] {
                               model.sort(column, order);
                               touchVisible(model);
                           },
                           [&] {
                               model.sort(column == CaseQueueModel::CaseNo
                                              ? CaseQueueModel::NextActionDate
                                              : CaseQueueModel::CaseNo,
                                          Qt::AscendingOrder);
                           }));
            }
        }
    }

    out() << "deep pages (a jump in the open cases: one page read; OFFSET skips at most half):\n";
    {
        for (const int column : {int(CaseQueueModel::NextActionDate), int(CaseQueueModel::Debtor),
                                 int(CaseQueueModel::Balance)}) {
            CaseQueueModel model(db);
            model.setFilter(open);
            model.sort(column, Qt::AscendingOrder);
            // Just before the half (the most skipped) and the end (read from the other end).
            for (const int row : {model.rowCount() * 48 / 100, model.rowCount() - VisibleRows}) {
                int shift = 0;
                report(QStringLiteral("row %1 by %2")
                           .arg(row)
                           .arg(model.headerData(column, Qt::Horizontal).toString()),
                       medianMs([&] { touchVisible(model, row - shift); },
                                [&] {
                                    shift += CaseQueueModel::PageSize
                                        * CaseQueueModel::MaxCachedPages; // never cached
                                }));
            }
        }
    }

    out() << "open one case (case, parties, claims, ledger, interest, timeline):\n";
    report(QStringLiteral("CaseService::details(%1)").arg(sample.caseNo), medianMs([&] {
               const auto d = service.details(sample.id);
               Q_UNUSED(d);
           }));

    Bench::MemoryProbe memory;
    memory.sample();
    const long ownBefore = memory.peakOwnMb();
    QElapsedTimer walkTimer;
    walkTimer.start();
    qint64 walked = 0;
    int maxPages = 0;
    {
        CaseQueueModel model(db);
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, CaseQueueModel::CaseNo).data().isValid())
                ++walked;
            maxPages = std::max(maxPages, model.cachedPageCount());
            if (row % 10000 == 0)
                memory.sample();
        }
    }
    out() << "walk over every row of the model (all cases, by next action):\n";
    const QString memoryText = memory.text();
    out() << QStringLiteral("  %1 rows in %2 s, at most %3 pages held; own memory %4 MB before the "
                            "walk, %5 MB at most during it (target < 250 MB: %6)\n  %7\n")
                 .arg(walked)
                 .arg(double(walkTimer.elapsed()) / 1000.0, 0, 'f', 1)
                 .arg(maxPages)
                 .arg(ownBefore)
                 .arg(memory.peakOwnMb())
                 .arg(memory.peakOwnMb() < 250 ? u"met"_qs : u"MISSED"_qs)
                 .arg(memoryText);
    return 0;
}
