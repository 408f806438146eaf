#include "ui/databasetask.h"

#include "models/storage/database.h"

#include <QThread>

namespace Fordran {

bool DatabaseTask::Control::report(qint64 done, qint64 total) const
{
    DatabaseTask *task = &m_task;
    QMetaObject::invokeMethod(
        task, [task, done, total] { Q_EMIT task->progress(done, total); }, Qt::QueuedConnection);
    return !cancel.load();
}

DatabaseTask::DatabaseTask(DatabaseConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

DatabaseTask::~DatabaseTask()
{
    if (m_thread) {
        m_cancel.store(true);
        m_thread->wait();
        delete m_thread;
    }
    // Results the thread posted after this point are dropped with this object's events.
}

void DatabaseTask::start(Job job)
{
    if (m_thread)
        return;
    m_cancel.store(false);
    m_thread = QThread::create([this, config = m_config, job = std::move(job)] {
        Result<QVariant> result = QVariant();
        if (auto opened = Database::open(config); !opened)
            result = opened.error();
        else
            result = job(**opened, Control(*this, m_cancel));
        QMetaObject::invokeMethod(
            this, [this, result] { done(result); }, Qt::QueuedConnection);
    });
    m_thread->start();
}

void DatabaseTask::cancel()
{
    m_cancel.store(true);
}

void DatabaseTask::done(const Result<QVariant> &result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (result)
        Q_EMIT finished(*result);
    else
        Q_EMIT failed(result.error().message, result.error().detail);
}

} // namespace Fordran
