#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*! Clients (uppdragsgivare). Validate orgnr and bankgiro before insert (Identity, Bankgiro). */
class ClientRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ClientRepository)

public:
    explicit ClientRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ClientRepository)

    /*! Stores \a client (id ignored; createdAt now if unset) and gives its id. A taken orgnr is an Error on field "orgnr". */
    Result<qint64> insert(const Client &client);
    Result<std::optional<Client>> byId(qint64 id);
    Result<std::optional<Client>> byOrgnr(const QString &orgnr);
    /*! Every client, by name. */
    Result<QList<Client>> all();

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
