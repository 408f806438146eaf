// `fordran-cli demo` (cli.md): realistic, reproducible demo cases for a newcomer's first start
// (`make run`) and for the benchmarks' million-case database.
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"

#include "models/services/demodataservice.h"
#include "models/storage/caserepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Fordran::Cli {

namespace {

QString tr(const char *text, const char *comment = nullptr, int n = -1)
{
    return QCoreApplication::translate("Fordran::Cli", text, comment, n);
}

const QString CasesOption = QStringLiteral("--cases");
const QString SeedOption = QStringLiteral("--seed");
const QString IfEmptyFlag = QStringLiteral("--if-empty");

QJsonObject summaryJson(const DemoDataSummary &summary, qint64 elapsedMs)
{
    return QJsonObject {
        {QStringLiteral("cases"), summary.cases},
        {QStringLiteral("claims"), summary.claims},
        {QStringLiteral("debtors"), summary.debtors},
        {QStringLiteral("ledger_lines"), summary.ledgerLines},
        {QStringLiteral("events"), summary.events},
        {QStringLiteral("seconds"), double(elapsedMs / 100) / 10.0},
    };
}

int demo(const Invocation &inv)
{
    if (!inv.has(CasesOption))
        return usageError(tr("demo needs --cases N"));
    bool numberOk = false;
    const qint64 cases = inv.option(CasesOption).toLongLong(&numberOk);
    if (!numberOk || cases < 1 || cases > DemoDataService::MaxCases)
        return reject(tr("--cases: give a number of cases from 1 to %1, not '%2'")
                          .arg(DemoDataService::MaxCases)
                          .arg(inv.option(CasesOption)),
                      QJsonObject {{QStringLiteral("field"), QStringLiteral("cases")}});
    quint32 seed = 1;
    if (inv.has(SeedOption)) {
        bool seedOk = false;
        seed = inv.option(SeedOption).toUInt(&seedOk);
        if (!seedOk)
            return reject(tr("--seed: give a whole number from 0 to 4294967295, not '%1'")
                              .arg(inv.option(SeedOption)),
                          QJsonObject {{QStringLiteral("field"), QStringLiteral("seed")}});
    }

    return withDatabase(inv, [&](Database &database) {
        QElapsedTimer timer;
        timer.start();
        if (inv.has(IfEmptyFlag)) {
            const auto existing = CaseRepository(database).count();
            if (!existing)
                return rejectError(existing.error());
            if (*existing > 0) {
                progress(tr("demo: %1 already has %n case(s); no demo data added", nullptr,
                            int(qMin<qint64>(*existing, INT_MAX)))
                             .arg(database.config().displayName()));
                QJsonObject out = summaryJson({}, 0);
                out.insert(QStringLiteral("skipped"), true);
                out.insert(QStringLiteral("existing_cases"), *existing);
                return succeed(out);
            }
        }
        progress(tr("demo: adding %1 demo cases (seed %2) to %3")
                     .arg(cases)
                     .arg(seed)
                     .arg(database.config().displayName()));
        DemoDataService service(database);
        const auto summary
            = service.fill({cases, seed, QDate::currentDate()}, [](const DemoDataProgress &p) {
                  progress(tr("demo: %1 of %2 cases stored (%3 %), %4 s")
                               .arg(p.written)
                               .arg(p.total)
                               .arg(p.written * 100 / qMax<qint64>(1, p.total))
                               .arg(p.elapsedMs / 1000));
                  return true;
              });
        if (!summary)
            return rejectError(summary.error());
        return succeed(summaryJson(*summary, timer.elapsed()));
    });
}

} // namespace

QList<Command> demoCommands()
{
    return QList<Command> {
        Command {.words = {QStringLiteral("demo")},
                 .synopsis
                 = QStringLiteral("--cases N [--seed S] [--if-empty] [--db PATH | --db-url URL]"),
                 .minArgs = 0,
                 .maxArgs = 0,
                 .valueOptions = databaseOptions() + QStringList {CasesOption, SeedOption},
                 .flagOptions = {IfEmptyFlag},
                 .run = demo},
    };
}

} // namespace Fordran::Cli
