#include "models/storage/outboxrepository.h"

#include "models/storage/boundvalues.h"
#include "models/storage/database.h"

namespace Fordran {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, case_id, claim_ids, kind, action, step_id, channel, created_on, due_on, deadline, "
    "status, status_changed_at, payload, rules_version, rule_ref, created_at FROM outbox");

const QString kTable = QStringLiteral("outbox");
const QStringList kInsertColumns {
    QStringLiteral("case_id"),       QStringLiteral("claim_ids"),     QStringLiteral("kind"),
    QStringLiteral("action"),        QStringLiteral("step_id"),       QStringLiteral("channel"),
    QStringLiteral("created_on"),    QStringLiteral("due_on"),        QStringLiteral("deadline"),
    QStringLiteral("status"),        QStringLiteral("status_changed_at"), QStringLiteral("payload"),
    QStringLiteral("rules_version"), QStringLiteral("rule_ref"),      QStringLiteral("created_at")};

QString joinIds(const QList<qint64> &ids)
{
    QString text;
    for (qint64 id : ids) {
        if (!text.isEmpty())
            text += u',';
        text += QString::number(id);
    }
    return text;
}

QList<qint64> splitIds(const QString &text)
{
    QList<qint64> ids;
    for (QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

OutboxItem read(const QSqlQuery &q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.caseId = q.value(1).toLongLong();
    o.claimIds = splitIds(q.value(2).toString());
    o.kind = q.value(3).toString();
    o.action = q.value(4).toString();
    o.stepId = q.value(5).toString();
    o.channel = q.value(6).toString();
    o.createdOn = Sql::toDate(q.value(7));
    o.dueOn = Sql::toDate(q.value(8));
    o.deadline = Sql::toDate(q.value(9));
    o.status = q.value(10).toString();
    o.statusChangedAt = Sql::toTimestamp(q.value(11));
    o.payload = q.value(12).toString().toUtf8();
    o.rulesVersion = q.value(13).toString();
    o.ruleRef = q.value(14).toString();
    o.createdAt = Sql::toTimestamp(q.value(15));
    return o;
}

} // namespace

OutboxRepository::OutboxRepository(Database &database)
    : m_statements(database)
{
}

QVariantList OutboxRepository::insertValues(const OutboxItem &o)
{
    return {o.caseId,
            joinIds(o.claimIds),
            Sql::text(o.kind),
            Sql::text(o.action),
            Sql::text(o.stepId),
            Sql::text(o.channel),
            Sql::isoDate(o.createdOn),
            Sql::isoDate(o.dueOn),
            Sql::isoDate(o.deadline),
            Sql::text(o.status),
            Sql::timestamp(o.statusChangedAt),
            QString::fromUtf8(o.payload),
            Sql::text(o.rulesVersion),
            Sql::text(o.ruleRef),
            m_stampText(o.createdAt.isValid() ? o.createdAt : Sql::nowUtc())};
}

Result<qint64> OutboxRepository::insert(const OutboxItem &o)
{
    // SQLite: the id from sqlite3_last_insert_rowid(); RETURNING would make SQLite build a
    // temporary table for every row. PostgreSQL: RETURNING id.
    static const QString sql = Sql::insertSql(kTable, kInsertColumns);
    static const QString returningSql = sql + u" RETURNING id";
    const bool sqlite = m_statements.database().engine() == Database::Engine::Sqlite;
    const auto query = Sql::bound(m_statements, sqlite ? sql : returningSql, insertValues(o));
    if (!query)
        return query.error();
    QSqlQuery &q = **query;
    if (!q.exec()) {
        if (Sql::isUniqueViolation(q.lastError()))
            return Error(tr("The %1 of case %2 is queued already for %3")
                             .arg(o.action)
                             .arg(o.caseId)
                             .arg(o.createdOn.toString(Qt::ISODate)),
                         {}, q.lastError().text());
        return Sql::queryError(q, tr("Cannot queue the %1 of case %2").arg(o.action).arg(o.caseId));
    }
    qint64 id = 0;
    if (sqlite) {
        id = q.lastInsertId().toLongLong();
    } else if (q.next()) {
        id = q.value(0).toLongLong();
    } else {
        q.finish();
        return Error(tr("Cannot queue the %1 of case %2").arg(o.action).arg(o.caseId), {},
                     QStringLiteral("INSERT returned no id"));
    }
    q.finish();
    return id;
}

Status OutboxRepository::insertAll(const QList<OutboxItem> &items)
{
    return Sql::insertRows(
        m_statements, kTable, kInsertColumns, items.size(),
        [&](qsizetype i) { return insertValues(items.at(i)); }, QString(),
        [](const QSqlQuery &) {}, tr("Cannot queue the letters and SMS"),
        Error(tr("A letter or SMS of these cases is queued already for the same day and rule")));
}

Result<QList<OutboxItem>> OutboxRepository::forCase(qint64 caseId)
{
    static const QString sql = kSelect + u" WHERE case_id = ? ORDER BY id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the outbox"));
}

Result<QList<OutboxItem>> OutboxRepository::queuedDueBy(QDate date)
{
    static const QString sql = kSelect + u" WHERE status = 'queued' AND due_on <= ? ORDER BY id";
    return Sql::fetchAll(m_statements, sql, {Sql::date(date)}, read, tr("Cannot read the outbox"));
}

Status OutboxRepository::setStatus(qint64 id, const QString &status)
{
    static const QString sql = QStringLiteral(
        "UPDATE outbox SET status = ?, status_changed_at = ? WHERE id = ? AND status = 'queued'");
    if (status != u"sent" && status != u"cancelled")
        return Error(tr("An outbox item can only become sent or cancelled, not %1").arg(status),
                     QStringLiteral("status"));
    return Sql::executeOne(m_statements, sql, {status, Sql::timestamp(Sql::nowUtc()), id},
                           tr("Cannot change the outbox item %1").arg(id),
                           Error(tr("There is no queued outbox item %1").arg(id)));
}

} // namespace Fordran
