#pragma once

#include "models/domain/result.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*! Tasks for people (tasks): calls, BF decisions, limitation alerts. Done, never deleted. */
class TaskRepository final
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(Database &database);
    Q_DISABLE_COPY_MOVE(TaskRepository)

    /*! Stores \a task (createdAt now if unset) and gives its id. */
    Result<qint64> insert(const TaskItem &task);
    /*!
     * Stores \a tasks with multi-row INSERTs (the daily run's tasks of a batch), without giving
     * their ids. A task that exists already (same case, rule and day) fails the whole call.
     */
    Status insertAll(const QList<TaskItem> &tasks);
    Result<QList<TaskItem>> forCase(qint64 caseId);
    /*! Open tasks of \a userId (0: the shared list), earliest due first. */
    Result<QList<TaskItem>> openFor(qint64 userId);
    /*! Marks an open task done. */
    Status complete(qint64 id, QDate on, const QString &doneBy);

private:
    static QVariantList insertValues(const TaskItem &task);

    Sql::StatementCache m_statements;
};

} // namespace Fordran
