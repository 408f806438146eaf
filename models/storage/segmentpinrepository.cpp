#include "models/storage/segmentpinrepository.h"

namespace Fordran {

namespace {

const QString kSelect = QStringLiteral("SELECT id, client_id, debtor_id, segment, reason, until, "
                                       "pinned_by, created_at FROM segment_pins");

StoredPin read(const QSqlQuery &q)
{
    StoredPin p;
    p.id = q.value(0).toLongLong();
    p.clientId = q.value(1).toLongLong();
    p.debtorId = q.value(2).toLongLong();
    p.pin.segment = fromMachineName<Segment>(q.value(3).toString()).value_or(Segment::Normal);
    p.pin.reason = q.value(4).toString();
    p.pin.until = Sql::toDate(q.value(5));
    p.pin.pinnedBy = q.value(6).toString();
    p.createdAt = Sql::toTimestamp(q.value(7));
    return p;
}

} // namespace

SegmentPinRepository::SegmentPinRepository(Database &database)
    : m_statements(database)
{
}

Result<qint64> SegmentPinRepository::insert(const StoredPin &p)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO segment_pins (client_id, debtor_id, segment, reason, until, pinned_by, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    return Sql::insertReturningId(
        m_statements, sql,
        {p.clientId, p.debtorId, machineName(p.pin.segment), Sql::text(p.pin.reason),
         Sql::date(p.pin.until), Sql::text(p.pin.pinnedBy),
         Sql::timestamp(p.createdAt.isValid() ? p.createdAt : Sql::nowUtc())},
        tr("Cannot store the segment pin"));
}

Result<QList<StoredPin>> SegmentPinRepository::activeOn(QDate date)
{
    static const QString sql = kSelect + u" WHERE until >= ? ORDER BY created_at, id";
    return Sql::fetchAll(m_statements, sql, {Sql::date(date)}, read,
                         tr("Cannot read the segment pins"));
}

Result<QList<StoredPin>> SegmentPinRepository::forDebtor(qint64 debtorId)
{
    static const QString sql = kSelect + u" WHERE debtor_id = ? ORDER BY created_at DESC, id DESC";
    return Sql::fetchAll(m_statements, sql, {debtorId}, read, tr("Cannot read the segment pins"));
}

} // namespace Fordran
