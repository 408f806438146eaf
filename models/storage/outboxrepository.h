#pragma once

#include "models/domain/result.h"
#include "models/storage/boundvalues.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*!
 * The outbox of letters and SMS (outbox). Rows are inserted by the daily run and never deleted;
 * only the status moves on, queued → sent or queued → cancelled (the caller records the change
 * as an event in the same transaction). One row per case, rule and day at most.
 */
class OutboxRepository final
{
    Q_DECLARE_TR_FUNCTIONS(OutboxRepository)

public:
    explicit OutboxRepository(Database &database);
    Q_DISABLE_COPY_MOVE(OutboxRepository)

    /*! Queues \a item (createdAt now if unset) and gives its id. */
    Result<qint64> insert(const OutboxItem &item);
    /*! Queues \a items in order with multi-row INSERTs (the daily run's batch); ids not read. */
    Status insertAll(const QList<OutboxItem> &items);
    /*! The items of \a caseId, oldest first. */
    Result<QList<OutboxItem>> forCase(qint64 caseId);
    /*! Queued items due on or before \a date, oldest first (what the letters run sends). */
    Result<QList<OutboxItem>> queuedDueBy(QDate date);
    /*! Moves a queued item to "sent" or "cancelled"; any other change is refused. */
    Status setStatus(qint64 id, const QString &status);

private:
    Sql::StatementCache m_statements;
    /*! The values of one row, in the order of the INSERT's columns. */
    QVariantList insertValues(const OutboxItem &item);

    Sql::TimestampText m_stampText; //!< created_at, the same for many rows
};

} // namespace Fordran
