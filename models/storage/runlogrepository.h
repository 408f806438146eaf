#pragma once

#include "models/domain/result.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Fordran {

class Database;

/*! The log of daily runs (run_log): a row when a run starts, completed when it ends. */
class RunLogRepository final
{
    Q_DECLARE_TR_FUNCTIONS(RunLogRepository)

public:
    explicit RunLogRepository(Database &database);
    Q_DISABLE_COPY_MOVE(RunLogRepository)

    /*! Records the start of a run (outcome "running") and gives its id. */
    Result<qint64> start(const RunLogEntry &entry);
    /*! Records the end of run \a id: finished_at now, the outcome and the figures. */
    Status finish(const RunLogEntry &entry);
    /*! The latest run date of a real (not dry) run that started, if any. */
    Result<std::optional<QDate>> latestRunDate();
    /*! The runs, newest first; at most \a limit. */
    Result<QList<RunLogEntry>> recent(int limit);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
