#include "models/storage/walcheckpointer.h"

#include <chrono>

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace Fordran {

namespace {

QString checkpointerConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("fordran-checkpoint-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

} // namespace

WalCheckpointer::WalCheckpointer(QString sqlitePath)
    : m_path(std::move(sqlitePath))
    , m_connectionName(checkpointerConnectionName())
{
}

std::unique_ptr<WalCheckpointer> WalCheckpointer::start(const QString &sqlitePath)
{
    std::unique_ptr<WalCheckpointer> checkpointer(new WalCheckpointer(sqlitePath));
    std::promise<bool> opened;
    std::future<bool> ready = opened.get_future();
    WalCheckpointer *self = checkpointer.get();
    // The thread owns the promise: it may still be inside set_value() when start() returns.
    checkpointer->m_thread
        = std::thread([self, promise = std::move(opened)]() mutable { self->run(promise); });
    if (!ready.get()) {
        checkpointer->m_thread.join();
        return nullptr;
    }
    return checkpointer;
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void WalCheckpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        m_pending = true;
        ++m_requestsAhead;
    }
    m_wake.notify_one();
}

void WalCheckpointer::waitIdle()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return idle(); });
}

void WalCheckpointer::beforeWrite()
{
    std::unique_lock lock(m_mutex);
    if (m_logFrames <= m_logLimitFrames && m_requestsAhead < kMaxRequestsAhead)
        return;
    // A pass of its own, after the wait begins: the last one may have stopped short of the
    // end of the log for a read snapshot that has ended since.
    m_pending = true;
    m_wake.notify_one();
    m_idle.wait(lock, [this] { return idle(); });
    m_logFrames = 0; // the transaction about to begin starts the log over
    m_requestsAhead = 0;
}

void WalCheckpointer::setPassDelay(int milliseconds)
{
    std::lock_guard lock(m_mutex);
    m_passDelayMs = milliseconds;
}

bool WalCheckpointer::logOverLimit() const
{
    std::lock_guard lock(m_mutex);
    return m_logFrames > m_logLimitFrames;
}

qint64 WalCheckpointer::logLimitFrames() const
{
    std::lock_guard lock(m_mutex);
    return m_logLimitFrames;
}

void WalCheckpointer::setLogLimitFrames(qint64 frames)
{
    std::lock_guard lock(m_mutex);
    m_logLimitFrames = frames;
}

void WalCheckpointer::run(std::promise<bool> &opened)
{
    // The connection is made, used and removed on this thread (a Qt SQL rule).
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        bool ok = db.open();
        if (ok) {
            QSqlQuery setup(db);
            ok = setup.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
        }
        opened.set_value(ok);
        if (ok) {
            QSqlQuery checkpoint(db);
            std::unique_lock lock(m_mutex);
            for (;;) {
                m_wake.wait(lock, [this] { return m_pending || m_stop; });
                if (m_stop)
                    break;
                m_pending = false;
                m_requestsAhead = 0; // this pass copies the commits asked for so far
                m_busy = true;
                const int delayMs = m_passDelayMs;
                lock.unlock();
                if (delayMs > 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
                // PASSIVE: copies what no reader still needs, waits for nobody. A failure (the
                // file busy with another process's checkpoint) leaves the frames for the next pass.
                // The row: busy, frames in the log, frames copied (−1, −1 without a log).
                qint64 logFrames = 0;
                if (checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"))
                    && checkpoint.next())
                    logFrames = checkpoint.value(1).toLongLong();
                checkpoint.finish();
                lock.lock();
                m_logFrames = logFrames;
                m_busy = false;
                if (!m_pending)
                    m_idle.notify_all();
            }
            m_idle.notify_all();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

} // namespace Fordran
