#include "models/storage/pauserepository.h"

namespace Fordran {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, case_id, claim_id, reason, from_date, until, note, created_by, created_at, "
    "ended_on, ended_by FROM pauses");

StoredPause read(const QSqlQuery &q)
{
    StoredPause p;
    p.id = q.value(0).toLongLong();
    p.caseId = q.value(1).toLongLong();
    p.pause.claimId = Sql::toId(q.value(2));
    p.pause.scope = p.pause.claimId != 0 ? PauseScope::Claim : PauseScope::Case;
    p.pause.reason = q.value(3).toString();
    p.pause.from = Sql::toDate(q.value(4));
    p.pause.until = Sql::toDate(q.value(5));
    p.pause.note = q.value(6).toString();
    p.createdBy = q.value(7).toString();
    p.createdAt = Sql::toTimestamp(q.value(8));
    p.endedOn = Sql::toDate(q.value(9));
    p.endedBy = q.value(10).toString();
    return p;
}

} // namespace

PauseRepository::PauseRepository(Database &database)
    : m_statements(database)
{
}

Result<qint64> PauseRepository::insert(const StoredPause &p)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO pauses (case_id, claim_id, reason, from_date, until, note, created_by, "
        "created_at, ended_on, ended_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
    const qint64 claimId = p.pause.scope == PauseScope::Claim ? p.pause.claimId : 0;
    return Sql::insertReturningId(
        m_statements, sql,
        {p.caseId, Sql::optionalId(claimId), Sql::text(p.pause.reason), Sql::date(p.pause.from),
         Sql::date(p.pause.until), Sql::text(p.pause.note), Sql::text(p.createdBy),
         Sql::timestamp(p.createdAt.isValid() ? p.createdAt : Sql::nowUtc()), Sql::date(p.endedOn),
         Sql::text(p.endedBy)},
        tr("Cannot store the pause"));
}

Status PauseRepository::end(qint64 id, QDate on, const QString &endedBy)
{
    static const QString sql = QStringLiteral(
        "UPDATE pauses SET ended_on = ?, ended_by = ? WHERE id = ? AND ended_on IS NULL");
    return Sql::executeOne(m_statements, sql, {Sql::date(on), Sql::text(endedBy), id},
                           tr("Cannot end the pause"),
                           Error(tr("There is no pause %1 in force").arg(id)));
}

Result<QList<StoredPause>> PauseRepository::activeForCase(qint64 caseId)
{
    static const QString sql = kSelect + u" WHERE case_id = ? AND ended_on IS NULL ORDER BY id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the pauses"));
}

Result<QList<StoredPause>> PauseRepository::activeForCases(qint64 afterId, qint64 lastId)
{
    static const QString sql = kSelect
        + u" WHERE case_id > ? AND case_id <= ? AND ended_on IS NULL ORDER BY case_id, id";
    return Sql::fetchAll(m_statements, sql, {afterId, lastId}, read, tr("Cannot read the pauses"));
}

Result<QList<StoredPause>> PauseRepository::forCase(qint64 caseId)
{
    static const QString sql = kSelect + u" WHERE case_id = ? ORDER BY id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the pauses"));
}

} // namespace Fordran
