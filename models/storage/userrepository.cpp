#include "models/storage/userrepository.h"

namespace Fordran {

namespace {

// The columns of users, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role"),
    QStringLiteral("active"), QStringLiteral("created_at"),
};
enum Column { Id, Login, Name, Role, Active, CreatedAt };

const QString kTable = QStringLiteral("users");

User read(const QSqlQuery &q)
{
    User u;
    u.id = q.value(Id).toLongLong();
    u.login = q.value(Login).toString();
    u.name = q.value(Name).toString();
    u.role = q.value(Role).toString();
    u.active = q.value(Active).toBool();
    u.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    return u;
}

} // namespace

UserRepository::UserRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> UserRepository::insert(const User &user)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql,
        {Sql::text(user.login), Sql::text(user.name), Sql::text(user.role), Sql::boolean(user.active),
         Sql::timestamp(user.createdAt.isValid() ? user.createdAt : Sql::nowUtc())},
        tr("Cannot save the user %1").arg(user.login),
        Error(tr("A user with login %1 already exists").arg(user.login), QStringLiteral("login")));
}

Result<std::optional<User>> UserRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, read, tr("Cannot read the user"));
}

Result<std::optional<User>> UserRepository::byLogin(const QString &login)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE login = ?";
    return Sql::fetchOne(m_statements, sql, {login}, read, tr("Cannot read the user"));
}

Result<QList<User>> UserRepository::all()
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" ORDER BY login";
    return Sql::fetchAll(m_statements, sql, {}, read, tr("Cannot read the users"));
}

} // namespace Fordran
