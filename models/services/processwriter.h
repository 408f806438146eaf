#pragma once

// The daily run, part 2: writing one case's decision — ledger lines for fees and interest,
// outbox rows for letters and SMS, tasks, ended pauses, an event for every action and refusal,
// and the case's new state. Internal to models/services (DailyRunService); runs inside the
// batch's transaction.

#include "models/services/processsnapshot.h"
#include "models/storage/eventrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/outboxrepository.h"
#include "models/storage/pauserepository.h"
#include "models/storage/processcaserepository.h"
#include "models/storage/taskrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace Fordran {

class Database;

/*! Writes decisions of one run (one rules version, one date). */
class ProcessWriter final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessWriter)

public:
    /*! The user name recorded on what the run ends (pauses). */
    static QString systemUser() { return QStringLiteral("daily-run"); }

    ProcessWriter(Database &database, ProcessCaseRepository &cases, QString rulesVersion,
                  QDate date);
    Q_DISABLE_COPY_MOVE(ProcessWriter)

    /*! The time stamp of the rows written (one per batch). */
    void setStamp(const QDateTime &stamp) { m_stamp = stamp; }

    /*!
     * Writes \a d for the case of \a s; the caller's transaction makes it all or nothing.
     * Events, outbox rows and tasks are kept until flush(), which writes those of many cases at
     * once.
     */
    Status write(const CaseSnapshot &s, const ProcessDecision &d);
    /*! Writes the events, outbox rows and tasks kept since the last flush (before the commit). */
    Status flush();
    /*! Forgets what is kept (the batch is rolled back). */
    void discard();

private:
    Status writeAction(const CaseSnapshot &s, const ProcessDecision &d, const PlannedAction &a);
    Status post(const CaseSnapshot &s, const PlannedAction &a);
    Status queue(const CaseSnapshot &s, const ProcessDecision &d, const PlannedAction &a);
    void addTask(const CaseSnapshot &s, const PlannedAction &a, qint64 claimId = 0,
                 const QString &text = QString());
    /*! One task for the day's limitation alerts of a case (about its claim when only one). */
    void addAlertTask(const CaseSnapshot &s, const ProcessDecision &d);
    Status resume(const CaseSnapshot &s, const PlannedAction &a);
    Status event(const CaseSnapshot &s, const QString &type, const QString &text,
                 const QString &ruleRef);
    QByteArray payload(const CaseSnapshot &s, const ProcessDecision &d,
                       const PlannedAction &a) const;

    ProcessCaseRepository &m_cases;
    LedgerRepository m_ledger;
    EventRepository m_timeline;
    OutboxRepository m_outbox;
    TaskRepository m_tasks;
    PauseRepository m_pauses;
    QString m_rulesVersion;
    QDate m_date;
    QDateTime m_stamp;
    bool m_casePauseEnded = false;
    QList<qint64> m_endedPauses;
    QList<Event> m_events;      //!< until flush()
    QList<OutboxItem> m_queued; //!< until flush()
    QList<TaskItem> m_newTasks; //!< until flush()
};

} // namespace Fordran
