#pragma once

#include "models/domain/result.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*! Pauses of cases and claims (pauses). A pause is ended, never deleted. */
class PauseRepository final
{
    Q_DECLARE_TR_FUNCTIONS(PauseRepository)

public:
    explicit PauseRepository(Database &database);
    Q_DISABLE_COPY_MOVE(PauseRepository)

    /*! Stores \a pause (createdAt now if unset) and gives its id. */
    Result<qint64> insert(const StoredPause &pause);
    /*! Ends pause \a id on \a on; an Error if it does not exist or has ended already. */
    Status end(qint64 id, QDate on, const QString &endedBy);
    /*! The pauses of \a caseId in force (not ended), oldest first. */
    Result<QList<StoredPause>> activeForCase(qint64 caseId);
    /*! The pauses in force of cases with id in (afterId, lastId], by case id (for a batch). */
    Result<QList<StoredPause>> activeForCases(qint64 afterId, qint64 lastId);
    /*! Every pause of \a caseId, ended ones too, oldest first. */
    Result<QList<StoredPause>> forCase(qint64 caseId);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
