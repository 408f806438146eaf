#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*! Users of the workstation. */
class UserRepository final
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database &database);
    Q_DISABLE_COPY_MOVE(UserRepository)

    /*! Stores \a user and gives its id; a taken login is an Error on field "login". */
    Result<qint64> insert(const User &user);
    Result<std::optional<User>> byId(qint64 id);
    Result<std::optional<User>> byLogin(const QString &login);
    /*! Every user, by login. */
    Result<QList<User>> all();

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
