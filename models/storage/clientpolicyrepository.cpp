#include "models/storage/clientpolicyrepository.h"

#include "models/storage/unitofwork.h"

namespace Fordran {

ClientPolicyRepository::ClientPolicyRepository(Database &database)
    : m_statements(database)
{
}

Status ClientPolicyRepository::set(qint64 clientId, const QByteArray &json,
                                   const QString &updatedBy)
{
    static const QString removeSql
        = QStringLiteral("DELETE FROM client_policies WHERE client_id = ?");
    static const QString insertSql
        = QStringLiteral("INSERT INTO client_policies (client_id, policy, updated_at, updated_by) "
                         "VALUES (?, ?, ?, ?)");
    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status();
    const QString message = tr("Cannot store the policy of client %1").arg(clientId);
    if (const auto removed = Sql::execute(m_statements, removeSql, {clientId}, message); !removed)
        return removed.error();
    if (const auto added = Sql::execute(m_statements, insertSql,
                                        {clientId, QString::fromUtf8(json),
                                         Sql::timestamp(Sql::nowUtc()), Sql::text(updatedBy)},
                                        message);
        !added)
        return added.error();
    return unit.commit();
}

Result<std::optional<QByteArray>> ClientPolicyRepository::get(qint64 clientId)
{
    static const QString sql
        = QStringLiteral("SELECT policy FROM client_policies WHERE client_id = ?");
    return Sql::fetchOne(
        m_statements, sql, {clientId},
        [](const QSqlQuery &q) { return q.value(0).toString().toUtf8(); },
        tr("Cannot read the client policies"));
}

Result<QList<std::pair<qint64, QByteArray>>> ClientPolicyRepository::all()
{
    static const QString sql
        = QStringLiteral("SELECT client_id, policy FROM client_policies ORDER BY client_id");
    return Sql::fetchAll(
        m_statements, sql, {},
        [](const QSqlQuery &q) {
            return std::pair<qint64, QByteArray>(q.value(0).toLongLong(),
                                                 q.value(1).toString().toUtf8());
        },
        tr("Cannot read the client policies"));
}

} // namespace Fordran
