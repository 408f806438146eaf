#include "models/storage/eventrepository.h"

#include <limits>

namespace Fordran {

namespace {

// The columns of events, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("debtor_id"), QStringLiteral("occurred_on"),
    QStringLiteral("created_at"), QStringLiteral("type"), QStringLiteral("text"), QStringLiteral("user_id"),
    QStringLiteral("rule_ref"),
};
enum Column { Id, CaseId, DebtorId, OccurredOn, CreatedAt, Type, Text, UserId, RuleRef };

const QString kTable = QStringLiteral("events");

Event read(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(Id).toLongLong();
    e.caseId = q.value(CaseId).toLongLong();
    e.debtorId = Sql::toId(q.value(DebtorId));
    e.occurredOn = Sql::toDate(q.value(OccurredOn));
    e.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    e.type = q.value(Type).toString();
    e.text = q.value(Text).toString();
    e.userId = Sql::toId(q.value(UserId));
    e.ruleRef = q.value(RuleRef).toString();
    return e;
}

/*! The values of kColumns.mid(1) for \a e, created at \a createdAt. */
QVariantList insertValues(const Event &e, const QVariant &createdAt)
{
    return {e.caseId, Sql::optionalId(e.debtorId),
            Sql::isoDate(e.occurredOn.isValid() ? e.occurredOn : QDate::currentDate()), createdAt,
            Sql::text(e.type), Sql::text(e.text), Sql::optionalId(e.userId), Sql::text(e.ruleRef)};
}

qint64 limitValue(int limit)
{
    return limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit);
}

} // namespace

EventRepository::EventRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> EventRepository::append(const Event &e)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(m_statements, sql,
                                  insertValues(e, Sql::timestamp(e.createdAt.isValid() ? e.createdAt : Sql::nowUtc())),
                                  tr("Cannot save the event"));
}

Status EventRepository::appendAll(const QList<Event> &events, const QString &rulesVersion)
{
    static const QStringList columns = kColumns.mid(1) << QStringLiteral("rules_version");
    const QDateTime now = Sql::nowUtc();
    const QVariant version = Sql::text(rulesVersion);
    return Sql::insertRows(
        m_statements, kTable, columns, events.size(),
        [&](qsizetype i) {
            const Event &e = events.at(i);
            return insertValues(e, m_stampText(e.createdAt.isValid() ? e.createdAt : now)) << version;
        },
        QString(), [](const QSqlQuery &) {}, tr("Cannot save the events"));
}

Result<QList<Event>> EventRepository::forCase(qint64 caseId, int limit)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE case_id = ? ORDER BY occurred_on DESC, id DESC LIMIT ?";
    return Sql::fetchAll(m_statements, sql, {caseId, limitValue(limit)}, read, tr("Cannot read the case's events"));
}

Result<QList<Event>> EventRepository::forDebtor(qint64 debtorId, int limit)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE debtor_id = ? ORDER BY occurred_on DESC, id DESC LIMIT ?";
    return Sql::fetchAll(m_statements, sql, {debtorId, limitValue(limit)}, read, tr("Cannot read the debtor's events"));
}

} // namespace Fordran
