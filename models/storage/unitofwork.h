#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>

namespace Fordran {

class Database;

/*!
 * One database transaction as a scope guard: every write that belongs together happens between
 * construction and commit(). The destructor rolls back unless commit() succeeded.
 *
 *     UnitOfWork uow(db);
 *     if (!uow.ok()) return uow.status();
 *     … repository calls …
 *     return uow.commit();
 *
 * Units nest: an inner unit joins the outermost transaction. Its commit() only marks it done;
 * an inner unit left without commit() makes the whole transaction roll back, and the outer
 * commit() then returns an Error. This lets a repository call that must be atomic (a ledger line
 * and the case balance) open its own unit and still be part of a larger one.
 *
 * On PostgreSQL any failed statement aborts the transaction: after an Error from a repository,
 * give up the unit (let it roll back) rather than carrying on.
 */
class UnitOfWork final
{
    Q_DECLARE_TR_FUNCTIONS(UnitOfWork)

public:
    explicit UnitOfWork(Database &database);
    ~UnitOfWork();
    Q_DISABLE_COPY_MOVE(UnitOfWork)

    /*! False if the transaction could not be started; status() says why. */
    bool ok() const { return m_status.ok(); }
    const Status &status() const { return m_status; }

    /*! Commits (the outermost unit) or marks this nested unit done. */
    Status commit();
    /*! Rolls back now; in a nested unit: makes the whole transaction roll back at its end. */
    void rollback();

private:
    Database &m_database;
    Status m_status;
    bool m_open = false;
};

} // namespace Fordran
