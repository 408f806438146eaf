// `fordran-cli run --date DATE` (cli.md) and the rules commands: the daily run, and the rules
// as shared, versioned data (`rules show`, `rules export FILE`, `rules import FILE`).
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"
#include "app/cli/processsupport.h"

#include "models/rules/rulesset.h"
#include "models/services/dailyrunservice.h"
#include "models/services/rulesservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

const QString DateOption = QStringLiteral("--date");
const QString BatchOption = QStringLiteral("--batch-size");
const QString VersionOption = QStringLiteral("--version");
const QString DryRunFlag = QStringLiteral("--dry-run");
const QString VerboseFlag = QStringLiteral("--verbose");

QJsonValue dateJson(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject reportJson(const DailyRunReport &r, bool verbose)
{
    QJsonObject actions;
    for (auto it = r.actions.cbegin(); it != r.actions.cend(); ++it)
        actions.insert(it.key(), it.value());
    QJsonObject out {
        {QStringLiteral("date"), dateJson(r.date)},
        {QStringLiteral("cases_examined"), r.casesExamined},
        {QStringLiteral("actions"), actions},
        {QStringLiteral("cases_due"), r.casesDue},
        {QStringLiteral("cases_changed"), r.casesChanged},
        {QStringLiteral("refusals"), r.refusals},
        {QStringLiteral("rules_version"), r.rulesVersion},
        {QStringLiteral("dry_run"), r.dryRun},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("seconds"), double(r.elapsedMs / 100) / 10.0},
    };
    if (!r.warnings.isEmpty())
        out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    if (verbose) {
        QJsonArray cases;
        for (const DailyRunCaseLine &line : r.cases) {
            cases.append(QJsonObject {
                {QStringLiteral("case_no"), line.caseNo},
                {QStringLiteral("actions"), QJsonArray::fromStringList(line.actions)},
                {QStringLiteral("refusals"), QJsonArray::fromStringList(line.refusals)},
                {QStringLiteral("status"), machineName(line.status)},
                {QStringLiteral("segment"), machineName(line.segment)},
                {QStringLiteral("score"), line.score},
                {QStringLiteral("next_action"),
                 QJsonObject {{QStringLiteral("date"), dateJson(line.nextActionDate)},
                              {QStringLiteral("action"), line.nextAction}}},
            });
        }
        out.insert(QStringLiteral("cases"), cases);
    }
    return out;
}

int runDaily(const Invocation &inv)
{
    if (!inv.has(DateOption))
        return usageError(tr("run needs --date DATE"));
    const auto parsed = dateOption(inv, DateOption, {}, QStringLiteral("date"));
    if (!parsed)
        return rejectError(parsed.error());
    const QDate date = *parsed;
    DailyRunOptions options;
    options.dryRun = inv.has(DryRunFlag);
    options.verbose = inv.has(VerboseFlag);
    options.user = currentUser();
    if (inv.has(BatchOption)) {
        bool ok = false;
        options.batchSize = inv.option(BatchOption).toInt(&ok);
        if (!ok || options.batchSize < 1 || options.batchSize > 100000)
            return reject(tr("--batch-size: give a number of cases from 1 to 100000, not '%1'")
                              .arg(inv.option(BatchOption)),
                          QJsonObject {{QStringLiteral("field"), QStringLiteral("batch_size")}});
    }
    return withDatabase(inv, [&](Database &database) {
        progress(tr("run: %1 %2 on %3")
                     .arg(options.dryRun ? tr("previewing") : tr("running"),
                          date.toString(Qt::ISODate), database.config().displayName()));
        QElapsedTimer lastLine;
        lastLine.start();
        const auto report
            = DailyRunService(database).run(date, options, [&lastLine](const DailyRunProgress &p) {
                  if (lastLine.elapsed() >= 1000 || p.done >= p.total) {
                      progress(tr("run: %1 of %2 cases (%3 %), %4 s")
                                   .arg(p.done)
                                   .arg(p.total)
                                   .arg(p.done * 100 / qMax<qint64>(1, p.total))
                                   .arg(p.elapsedMs / 1000));
                      lastLine.restart();
                  }
                  return true;
              });
        if (!report)
            return rejectError(report.error());
        for (const QString &warning : report->warnings)
            progress(tr("warning: %1").arg(warning));
        return succeed(reportJson(*report, options.verbose));
    });
}

QJsonObject versionJson(const RulesVersionRecord &r)
{
    return QJsonObject {
        {QStringLiteral("version"), r.version},
        {QStringLiteral("valid_from"), dateJson(r.validFrom)},
        {QStringLiteral("hash"), r.hash},
        {QStringLiteral("stored"), r.id != 0},
        {QStringLiteral("created_at"),
         r.createdAt.isValid() ? QJsonValue(r.createdAt.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("created_by"), r.createdBy},
    };
}

int rulesShow(const Invocation &inv)
{
    const auto date = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!date)
        return rejectError(date.error());
    return withDatabase(inv, [&](Database &database) {
        RulesService rules(database);
        const auto active = rules.activeOn(*date, false, currentUser());
        if (!active)
            return rejectError(active.error());
        const auto versions = rules.versions();
        if (!versions)
            return rejectError(versions.error());
        QJsonArray list;
        for (const RulesVersionRecord &r : *versions)
            list.append(versionJson(r));
        return succeed(QJsonObject {{QStringLiteral("date"), dateJson(*date)},
                                    {QStringLiteral("active"), versionJson(active->record)},
                                    {QStringLiteral("description"), active->rules.description()},
                                    {QStringLiteral("versions"), list}});
    });
}

int rulesExport(const Invocation &inv)
{
    const auto date = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!date)
        return rejectError(date.error());
    const QString path = inv.args.at(0);
    return withDatabase(inv, [&](Database &database) {
        RulesService rules(database);
        RulesVersionRecord record;
        if (inv.has(VersionOption)) {
            const auto versions = rules.versions();
            if (!versions)
                return rejectError(versions.error());
            const auto it = std::find_if(versions->cbegin(), versions->cend(),
                                         [&](const RulesVersionRecord &r) {
                                             return r.version == inv.option(VersionOption);
                                         });
            if (it == versions->cend())
                return reject(
                    tr("--version: no stored rules version '%1'").arg(inv.option(VersionOption)),
                    QJsonObject {{QStringLiteral("field"), QStringLiteral("version")}});
            record = *it;
        } else {
            const auto active = rules.activeOn(*date, false, currentUser());
            if (!active)
                return rejectError(active.error());
            record = active->record;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(record.json) != record.json.size()
            || !file.commit())
            return reject(tr("Cannot write %1: %2").arg(path, file.errorString()),
                          QJsonObject {{QStringLiteral("file"), path}});
        QJsonObject out = versionJson(record);
        out.insert(QStringLiteral("file"), path);
        return succeed(out);
    });
}

int rulesImport(const Invocation &inv)
{
    const QString path = inv.args.at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return reject(tr("Cannot read %1: %2").arg(path, file.errorString()),
                      QJsonObject {{QStringLiteral("file"), path}});
    if (file.size() > RulesSet::MaxFileBytes)
        return reject(tr("%1 is larger than a rules file may be (%2 bytes)")
                          .arg(path)
                          .arg(RulesSet::MaxFileBytes),
                      QJsonObject {{QStringLiteral("file"), path}});
    const QByteArray json = file.read(RulesSet::MaxFileBytes + 1);
    return withDatabase(inv, [&](Database &database) {
        const auto stored = RulesService(database).import(json, currentUser());
        if (!stored)
            return rejectError(stored.error(), QJsonObject {{QStringLiteral("file"), path}});
        QJsonObject out = versionJson(*stored);
        out.insert(QStringLiteral("file"), path);
        return succeed(out);
    });
}

} // namespace

QList<Command> runCommands()
{
    const QString db = QStringLiteral("[--db PATH | --db-url URL]");
    return QList<Command> {
        Command {.words = {QStringLiteral("run")},
                 .synopsis = u"--date DATE [--dry-run] [--verbose] [--batch-size N] "_qs + db,
                 .minArgs = 0,
                 .maxArgs = 0,
                 .valueOptions = databaseOptions() + QStringList {DateOption, BatchOption},
                 .flagOptions = {DryRunFlag, VerboseFlag},
                 .run = runDaily},
        Command {.words = {QStringLiteral("rules"), QStringLiteral("show")},
                 .synopsis = u"[--date DATE] "_qs + db,
                 .minArgs = 0,
                 .maxArgs = 0,
                 .valueOptions = databaseOptions() + QStringList {DateOption},
                 .flagOptions = {},
                 .run = rulesShow},
        Command {.words = {QStringLiteral("rules"), QStringLiteral("export")},
                 .synopsis = u"FILE [--date DATE | --version V] "_qs + db,
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = databaseOptions() + QStringList {DateOption, VersionOption},
                 .flagOptions = {},
                 .run = rulesExport},
        Command {.words = {QStringLiteral("rules"), QStringLiteral("import")},
                 .synopsis = u"FILE "_qs + db,
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = databaseOptions(),
                 .flagOptions = {},
                 .run = rulesImport},
    };
}

} // namespace Fordran::Cli
