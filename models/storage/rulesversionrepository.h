#pragma once

#include "models/domain/result.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*!
 * The stored rules sets (rules_versions): every workstation reads the same ones. Rows are only
 * inserted: a changed set is a new version. Version names and content hashes are unique.
 */
class RulesVersionRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RulesVersionRepository)

public:
    explicit RulesVersionRepository(Database &database);
    Q_DISABLE_COPY_MOVE(RulesVersionRepository)

    /*! Stores \a record (createdAt now if unset). A taken version or hash is an Error on that
     * field. */
    Result<qint64> insert(const RulesVersionRecord &record);
    /*! Every stored set, oldest valid-from first. */
    Result<QList<RulesVersionRecord>> all();
    /*! The set acting on \a date: the newest valid-from on or before it (ties: the newer row). */
    Result<std::optional<RulesVersionRecord>> activeOn(QDate date);
    Result<std::optional<RulesVersionRecord>> byVersion(const QString &version);
    Result<std::optional<RulesVersionRecord>> byHash(const QString &hash);
    Result<qint64> count();

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
