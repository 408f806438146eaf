#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/storage/boundvalues.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*! The timeline of cases: events are appended, never changed. */
class EventRepository final
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)

public:
    explicit EventRepository(Database &database);
    Q_DISABLE_COPY_MOVE(EventRepository)

    /*! Appends \a event (createdAt now if unset) and gives its id. */
    Result<qint64> append(const Event &event);
    /*!
     * Appends \a events like append(), in order, with a few multi-row statements (imports, the
     * daily run's batches), each with \a rulesVersion: the rules set that acted, or none.
     */
    Status appendAll(const QList<Event> &events, const QString &rulesVersion = QString());
    /*! The events of a case, newest first (occurred_on, then id); at most \a limit, all if < 0. */
    Result<QList<Event>> forCase(qint64 caseId, int limit = -1);
    /*! The events about one debtor across cases, newest first. */
    Result<QList<Event>> forDebtor(qint64 debtorId, int limit = -1);

private:
    Sql::StatementCache m_statements;
    Sql::TimestampText m_stampText; //!< created_at, the same for many rows
};

} // namespace Fordran
