// `fordran-cli import claims FILE --client ORGNR [--accept-valid]` (cli.md): a client's claims
// file (formats.md) through ClaimsImportService, all or nothing in one transaction.
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"
#include "app/cli/processsupport.h"

#include "models/services/claimsimportservice.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>

namespace Fordran::Cli {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Fordran::Cli", text, nullptr, n);
}

const QString ClientOption = QStringLiteral("--client");
const QString DateOption = QStringLiteral("--date");
const QString AcceptValidFlag = QStringLiteral("--accept-valid");

QJsonValue fieldJson(const QString &field)
{
    return field.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(field);
}

QJsonArray rowErrorsJson(const QList<RowError> &errors, const QString &key)
{
    QJsonArray list;
    for (const RowError &e : errors)
        list.append(QJsonObject {{QStringLiteral("line"), e.line},
                                 {QStringLiteral("field"), fieldJson(e.field)},
                                 {key, e.message}});
    return list;
}

QJsonObject reportJson(const ClaimsImportReport &r)
{
    QJsonArray cases;
    for (const ImportedCase &c : r.cases)
        cases.append(QJsonObject {{QStringLiteral("line"), c.line},
                                  {QStringLiteral("case_no"), c.caseNo},
                                  {QStringLiteral("ocr"), c.ocr},
                                  {QStringLiteral("claims"), c.claims},
                                  {QStringLiteral("amount_ore"), c.amount.ore()}});
    QJsonObject out {
        {QStringLiteral("imported"), r.imported},
        {QStringLiteral("cases"), cases},
        {QStringLiteral("rejected"), rowErrorsJson(r.rejected, QStringLiteral("error"))},
        {QStringLiteral("file"), r.fileName},
        {QStringLiteral("rows"), r.dataRows},
        {QStringLiteral("seconds"), double(r.elapsedMs / 100) / 10.0},
    };
    if (!r.warnings.isEmpty())
        out.insert(QStringLiteral("warnings"),
                   rowErrorsJson(r.warnings, QStringLiteral("warning")));
    return out;
}

/*! Why nothing was imported, for the "error" of a rejected file. */
QString nothingImported(const ClaimsImportReport &r, bool acceptValid)
{
    if (r.fileRejected) {
        const QString why = r.rejected.isEmpty() ? QString() : r.rejected.first().message;
        return tr("nothing in %1 can be imported: %2").arg(r.fileName, why);
    }
    if (!acceptValid && !r.rejected.isEmpty()) {
        QSet<int> lines;
        for (const RowError &e : r.rejected)
            lines.insert(e.line);
        return tr("%n row(s) of the file are rejected, so nothing was imported (--accept-valid "
                  "imports the "
                  "valid rows)",
                  int(lines.size()));
    }
    return tr("no row of %1 can be imported").arg(r.fileName);
}

int importClaims(const Invocation &inv)
{
    if (!inv.has(ClientOption) || inv.option(ClientOption).trimmed().isEmpty())
        return usageError(tr("import claims needs --client ORGNR"));
    const auto today = dateOption(inv, DateOption, QDate::currentDate(), QStringLiteral("date"));
    if (!today)
        return rejectError(today.error());
    const QString path = inv.args.at(0);
    ClaimsImportOptions options;
    options.clientOrgNo = inv.option(ClientOption);
    options.acceptValid = inv.has(AcceptValidFlag);
    options.today = *today;
    options.user = currentUser();

    return withDatabase(inv, [&](Database &database) {
        progress(tr("import: %1 for client %2 into %3")
                     .arg(path, options.clientOrgNo, database.config().displayName()));
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer lastLine;
        lastLine.start();
        const auto report = ClaimsImportService(database).import(
            path, options, [&](const ClaimsImportProgress &p) {
                if (lastLine.elapsed() >= 1000 || p.done >= p.total) {
                    progress(tr("import: %1 of %2 cases written (%3 %), %4 s")
                                 .arg(p.done)
                                 .arg(p.total)
                                 .arg(p.done * 100 / qMax(1, p.total))
                                 .arg(timer.elapsed() / 1000));
                    lastLine.restart();
                }
                return true;
            });
        if (!report)
            return rejectError(report.error(), QJsonObject {{QStringLiteral("file"), path}});
        for (const RowError &w : report->warnings)
            progress(tr("warning: line %1: %2").arg(w.line).arg(w.message));
        constexpr int Shown = 20;
        for (const RowError &e : report->rejected.mid(0, Shown))
            progress(tr("rejected: line %1: %2").arg(e.line).arg(e.message));
        if (report->rejected.size() > Shown)
            progress(tr("rejected: … and %1 more (all are in the JSON)")
                         .arg(report->rejected.size() - Shown));
        QJsonObject out = reportJson(*report);
        if (report->imported == 0) {
            out.insert(QStringLiteral("errors"), out.value(QStringLiteral("rejected")));
            return reject(nothingImported(*report, options.acceptValid), out);
        }
        progress(tr("import: %1 claim(s) in %2 case(s) imported, %3 row(s) rejected")
                     .arg(report->imported)
                     .arg(report->cases.size())
                     .arg(report->dataRows - report->imported));
        return succeed(out);
    });
}

} // namespace

QList<Command> importCommands()
{
    return QList<Command> {
        Command {
            .words = {QStringLiteral("import"), QStringLiteral("claims")},
            .synopsis = QStringLiteral(
                "FILE --client ORGNR [--accept-valid] [--date DATE] [--db PATH | --db-url URL]"),
            .minArgs = 1,
            .maxArgs = 1,
            .valueOptions = databaseOptions() + QStringList {ClientOption, DateOption},
            .flagOptions = {AcceptValidFlag},
            .run = importClaims},
    };
}

} // namespace Fordran::Cli
