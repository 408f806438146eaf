#include "models/storage/clientrepository.h"

namespace Fordran {

namespace {

// The columns of clients, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("orgnr"), QStringLiteral("name"), QStringLiteral("bankgiro"),
    QStringLiteral("address"), QStringLiteral("postal_code"), QStringLiteral("city"),
    QStringLiteral("reminder_terms_ref"), QStringLiteral("created_at"),
};
enum Column { Id, Orgnr, Name, Bankgiro, Address, PostalCode, City, ReminderTermsRef, CreatedAt };

const QString kTable = QStringLiteral("clients");

Client read(const QSqlQuery &q)
{
    Client c;
    c.id = q.value(Id).toLongLong();
    c.orgnr = q.value(Orgnr).toString();
    c.name = q.value(Name).toString();
    c.bankgiro = q.value(Bankgiro).toString();
    c.address = q.value(Address).toString();
    c.postalCode = q.value(PostalCode).toString();
    c.city = q.value(City).toString();
    c.reminderTermsRef = q.value(ReminderTermsRef).toString();
    c.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    return c;
}

} // namespace

ClientRepository::ClientRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> ClientRepository::insert(const Client &client)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql,
        {Sql::text(client.orgnr), Sql::text(client.name), Sql::text(client.bankgiro), Sql::text(client.address),
         Sql::text(client.postalCode), Sql::text(client.city), Sql::text(client.reminderTermsRef),
         Sql::timestamp(client.createdAt.isValid() ? client.createdAt : Sql::nowUtc())},
        tr("Cannot save the client %1").arg(client.name),
        Error(tr("A client with organisation number %1 already exists").arg(client.orgnr), QStringLiteral("orgnr")));
}

Result<std::optional<Client>> ClientRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, read, tr("Cannot read the client"));
}

Result<std::optional<Client>> ClientRepository::byOrgnr(const QString &orgnr)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE orgnr = ?";
    return Sql::fetchOne(m_statements, sql, {orgnr}, read, tr("Cannot read the client"));
}

Result<QList<Client>> ClientRepository::all()
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" ORDER BY name, id";
    return Sql::fetchAll(m_statements, sql, {}, read, tr("Cannot read the clients"));
}

} // namespace Fordran
