#pragma once

// Long work of a dialog (the daily run, a claims import) in a thread of its own, on a database
// connection of its own, so the window stays responsive: the task opens the database \a config
// names in the thread, runs the job there and reports back on the GUI thread.
//
//   m_task = new DatabaseTask(config, this);
//   connect(m_task, &DatabaseTask::progress, this, &Dialog::showProgress);
//   connect(m_task, &DatabaseTask::finished, this, [this](const QVariant &r) {
//   show(r.value<Report>()); }); m_task->start([](Database &db, const DatabaseTask::Control
//   &control) -> Result<QVariant> {
//       auto report = Service(db).run(..., control.progressCallback(), &control.cancel);
//       if (!report) return report.error();
//       return QVariant::fromValue(*report);
//   });

#include "models/domain/result.h"
#include "models/storage/databaseconfig.h"

#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>

class QThread;

namespace Fordran {

class Database;

class DatabaseTask final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseTask)

public:
    /*! What the job sees of the task, in the task's thread. */
    class Control
    {
    public:
        /*! Set by cancel(); a job reads it between its units of work. */
        const std::atomic_bool &cancel;
        /*! Reports progress to the GUI thread; false once cancel() was called. */
        bool report(qint64 done, qint64 total) const;

    private:
        friend class DatabaseTask;
        Control(DatabaseTask &task, const std::atomic_bool &flag)
            : cancel(flag)
            , m_task(task)
        {
        }
        DatabaseTask &m_task;
    };

    using Job = std::function<Result<QVariant>(Database &database, const Control &control)>;

    explicit DatabaseTask(DatabaseConfig config, QObject *parent = nullptr);
    /*! Cancels a running job and waits for it. */
    ~DatabaseTask() override;

    /*! Runs \a job; ignored while another runs. */
    void start(Job job);
    /*! Asks the running job to stop (Control::cancel). */
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    /*! The job's value; the task is idle again. */
    void finished(const QVariant &value);
    /*! The database could not be opened or the job failed; the task is idle again. */
    void failed(const QString &message, const QString &detail);

private:
    void done(const Result<QVariant> &result);

    DatabaseConfig m_config;
    std::atomic_bool m_cancel {false};
    QThread *m_thread = nullptr;
};

} // namespace Fordran
