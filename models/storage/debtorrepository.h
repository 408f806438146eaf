#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Fordran {

class Database;

/*!
 * Debtors (gäldenärer). The identity is stored normalised (Identity::normalized(): 12 digits
 * for persons, 10 for organisations) and is unique; empty means none (a foreign debtor).
 * name_key (Debtor::nameKeyFor) is kept with the name for indexed prefix search.
 */
class DebtorRepository final
{
    Q_DECLARE_TR_FUNCTIONS(DebtorRepository)

public:
    explicit DebtorRepository(Database &database);
    Q_DISABLE_COPY_MOVE(DebtorRepository)

    /*! Stores \a debtor and gives its id; a taken identity is an Error on field "identity". */
    Result<qint64> insert(const Debtor &debtor);
    /*!
     * Stores \a debtors, each with its own non-empty identity, with a few multi-row statements
     * (imports) and gives their ids in the same order. A taken identity is an Error on field
     * "identity" (and, on PostgreSQL, spoils the transaction: look identities up first).
     */
    Result<QList<qint64>> insertAll(const QList<Debtor> &debtors);
    Result<std::optional<Debtor>> byId(qint64 id);
    /*! Nothing for an empty identity. */
    Result<std::optional<Debtor>> findByIdentity(const QString &identity);
    /*!
     * The ids of the debtors with the given normalised \a identities (batched IN look-ups, for
     * imports): identity → id, only for those that exist; empty identities are skipped.
     */
    Result<QHash<QString, qint64>> idsByIdentity(const QStringList &identities);
    /*!
     * Saves the name, c/o, address, postal code, city, country, phone, e-mail, protected-identity
     * flag and date of death of \a debtor (by id). Identity, kind and created_at never change.
     */
    Status updateContact(const Debtor &debtor);
    /*! Debtors whose name key starts with nameKeyFor(\a prefix), by name key, at most \a limit. */
    Result<QList<Debtor>> searchByNamePrefix(const QString &prefix, int limit = 50);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
