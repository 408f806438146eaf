#include "models/storage/taskrepository.h"

namespace Fordran {

namespace {

const QString kSelect = QStringLiteral("SELECT id, case_id, claim_id, user_id, kind, action, text, "
                                       "created_on, due_on, status, done_on, "
                                       "done_by, rules_version, rule_ref, created_at FROM tasks");

const QString kTable = QStringLiteral("tasks");
const QStringList kInsertColumns {
    QStringLiteral("case_id"),    QStringLiteral("claim_id"), QStringLiteral("user_id"),
    QStringLiteral("kind"),       QStringLiteral("action"),   QStringLiteral("text"),
    QStringLiteral("created_on"), QStringLiteral("due_on"),   QStringLiteral("status"),
    QStringLiteral("done_on"),    QStringLiteral("done_by"),  QStringLiteral("rules_version"),
    QStringLiteral("rule_ref"),   QStringLiteral("created_at")};

TaskItem read(const QSqlQuery &q)
{
    TaskItem t;
    t.id = q.value(0).toLongLong();
    t.caseId = q.value(1).toLongLong();
    t.claimId = Sql::toId(q.value(2));
    t.userId = Sql::toId(q.value(3));
    t.kind = q.value(4).toString();
    t.action = q.value(5).toString();
    t.text = q.value(6).toString();
    t.createdOn = Sql::toDate(q.value(7));
    t.dueOn = Sql::toDate(q.value(8));
    t.status = q.value(9).toString();
    t.doneOn = Sql::toDate(q.value(10));
    t.doneBy = q.value(11).toString();
    t.rulesVersion = q.value(12).toString();
    t.ruleRef = q.value(13).toString();
    t.createdAt = Sql::toTimestamp(q.value(14));
    return t;
}

} // namespace

TaskRepository::TaskRepository(Database &database)
    : m_statements(database)
{
}

QVariantList TaskRepository::insertValues(const TaskItem &t)
{
    return {t.caseId,
            Sql::optionalId(t.claimId),
            Sql::optionalId(t.userId),
            Sql::text(t.kind),
            Sql::text(t.action),
            Sql::text(t.text),
            Sql::date(t.createdOn),
            Sql::date(t.dueOn),
            Sql::text(t.status),
            Sql::date(t.doneOn),
            Sql::text(t.doneBy),
            Sql::text(t.rulesVersion),
            Sql::text(t.ruleRef),
            Sql::timestamp(t.createdAt.isValid() ? t.createdAt : Sql::nowUtc())};
}

Result<qint64> TaskRepository::insert(const TaskItem &t)
{
    static const QString sql = Sql::insertSql(kTable, kInsertColumns) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql, insertValues(t), tr("Cannot store the task of case %1").arg(t.caseId),
        Error(tr("The task %1 of case %2 exists already for %3")
                  .arg(t.ruleRef)
                  .arg(t.caseId)
                  .arg(t.createdOn.toString(Qt::ISODate))));
}

Status TaskRepository::insertAll(const QList<TaskItem> &tasks)
{
    return Sql::insertRows(
        m_statements, kTable, kInsertColumns, tasks.size(),
        [&](qsizetype i) { return insertValues(tasks.at(i)); }, QString(),
        [](const QSqlQuery &) {}, tr("Cannot store the tasks"),
        Error(tr("A task of these cases exists already for the same day and rule")));
}

Result<QList<TaskItem>> TaskRepository::forCase(qint64 caseId)
{
    static const QString sql = kSelect + u" WHERE case_id = ? ORDER BY id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the tasks"));
}

Result<QList<TaskItem>> TaskRepository::openFor(qint64 userId)
{
    static const QString mine
        = kSelect + u" WHERE user_id = ? AND status = 'open' ORDER BY due_on, id";
    static const QString shared
        = kSelect + u" WHERE user_id IS NULL AND status = 'open' ORDER BY due_on, id";
    return userId != 0
        ? Sql::fetchAll(m_statements, mine, {userId}, read, tr("Cannot read the tasks"))
        : Sql::fetchAll(m_statements, shared, {}, read, tr("Cannot read the tasks"));
}

Status TaskRepository::complete(qint64 id, QDate on, const QString &doneBy)
{
    static const QString sql = QStringLiteral("UPDATE tasks SET status = 'done', done_on = ?, "
                                              "done_by = ? WHERE id = ? AND status = 'open'");
    return Sql::executeOne(m_statements, sql, {Sql::date(on), Sql::text(doneBy), id},
                           tr("Cannot complete the task %1").arg(id),
                           Error(tr("There is no open task %1").arg(id)));
}

} // namespace Fordran
