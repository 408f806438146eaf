#include "models/storage/runlogrepository.h"

namespace Fordran {

namespace {

RunLogEntry read(const QSqlQuery &q)
{
    RunLogEntry e;
    e.id = q.value(0).toLongLong();
    e.runDate = Sql::toDate(q.value(1));
    e.startedAt = Sql::toTimestamp(q.value(2));
    e.finishedAt = Sql::toTimestamp(q.value(3));
    e.outcome = q.value(4).toString();
    e.casesExamined = q.value(5).toLongLong();
    e.casesChanged = q.value(6).toLongLong();
    e.actions = q.value(7).toString().toUtf8();
    e.dryRun = q.value(8).toBool();
    e.rulesVersion = q.value(9).toString();
    e.startedBy = q.value(10).toString();
    return e;
}

} // namespace

RunLogRepository::RunLogRepository(Database &database)
    : m_statements(database)
{
}

Result<qint64> RunLogRepository::start(const RunLogEntry &e)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO run_log (run_date, started_at, finished_at, outcome, cases_examined, "
        "cases_changed, actions, dry_run, rules_version, started_by) "
        "VALUES (?, ?, NULL, 'running', 0, 0, '{}', ?, ?, ?) RETURNING id");
    return Sql::insertReturningId(
        m_statements, sql,
        {Sql::date(e.runDate), Sql::timestamp(e.startedAt.isValid() ? e.startedAt : Sql::nowUtc()),
         Sql::boolean(e.dryRun), Sql::text(e.rulesVersion), Sql::text(e.startedBy)},
        tr("Cannot record the start of the daily run"));
}

Status RunLogRepository::finish(const RunLogEntry &e)
{
    static const QString sql = QStringLiteral(
        "UPDATE run_log SET finished_at = ?, outcome = ?, cases_examined = ?, cases_changed = ?, "
        "actions = ? WHERE id = ?");
    return Sql::executeOne(m_statements, sql,
                           {Sql::timestamp(e.finishedAt.isValid() ? e.finishedAt : Sql::nowUtc()),
                            Sql::text(e.outcome), e.casesExamined, e.casesChanged,
                            QString::fromUtf8(e.actions), e.id},
                           tr("Cannot record the end of the daily run"),
                           Error(tr("There is no daily run %1 in the log").arg(e.id)));
}

Result<std::optional<QDate>> RunLogRepository::latestRunDate()
{
    static const QString sql
        = QStringLiteral("SELECT MAX(run_date) FROM run_log WHERE dry_run = ?");
    const auto latest = Sql::fetchOne(
        m_statements, sql, {Sql::boolean(false)},
        [](const QSqlQuery &q) { return Sql::toDate(q.value(0)); },
        tr("Cannot read the log of daily runs"));
    if (!latest)
        return latest.error();
    if (!latest->has_value() || !(*latest)->isValid())
        return std::optional<QDate>();
    return std::optional<QDate>(**latest);
}

Result<QList<RunLogEntry>> RunLogRepository::recent(int limit)
{
    static const QString sql = QStringLiteral(
        "SELECT id, run_date, started_at, finished_at, outcome, cases_examined, cases_changed, "
        "actions, dry_run, rules_version, started_by FROM run_log ORDER BY id DESC LIMIT ?");
    return Sql::fetchAll(m_statements, sql, {limit}, read, tr("Cannot read the log of daily runs"));
}

} // namespace Fordran
