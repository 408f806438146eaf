#pragma once

#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>
#include <utility>

namespace Fordran {

class Database;

/*!
 * Each client's collection policy as its JSON text (client_policies; ClientPolicy parses it).
 * No row means the empty policy. The text is stored as given: check it with ClientPolicy first.
 */
class ClientPolicyRepository final
{
    Q_DECLARE_TR_FUNCTIONS(ClientPolicyRepository)

public:
    explicit ClientPolicyRepository(Database &database);
    Q_DISABLE_COPY_MOVE(ClientPolicyRepository)

    /*! Stores or replaces the policy of \a clientId. */
    Status set(qint64 clientId, const QByteArray &json, const QString &updatedBy);
    Result<std::optional<QByteArray>> get(qint64 clientId);
    /*! Every stored policy: (client id, JSON). */
    Result<QList<std::pair<qint64, QByteArray>>> all();

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
