#include "models/services/processprefetcher.h"

#include "models/storage/database.h"

namespace Fordran {

ProcessPrefetcher::ProcessPrefetcher(const DatabaseConfig &config, QDate date,
                                     QList<QList<qint64>> batches,
                                     std::function<void(qsizetype)> whileReading)
    : m_config(config)
    , m_date(date)
    , m_batches(std::move(batches))
    , m_whileReading(std::move(whileReading))
{
    m_thread = std::thread([this] { work(); });
}

ProcessPrefetcher::~ProcessPrefetcher()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ProcessPrefetcher::release(qsizetype index)
{
    {
        std::lock_guard lock(m_mutex);
        m_released = std::max(m_released, index);
    }
    m_changed.notify_all();
}

bool ProcessPrefetcher::take(qsizetype index, ProcessBatchRows &rows)
{
    std::unique_lock lock(m_mutex);
    if (index > m_released || index <= m_taken)
        return false; // never released (the thread would wait for ever), or given already
    for (;;) {
        m_changed.wait(lock, [&] { return m_readIndex >= 0 || m_finished || m_stop; });
        if (m_readIndex < 0 || m_readIndex >= index)
            break;
        m_readIndex = -1; // an earlier batch nobody took: make room for this one
        m_changed.notify_all();
    }
    if (m_readIndex != index)
        return false;
    std::swap(rows, m_read);
    m_readIndex = -1;
    m_taken = index;
    lock.unlock();
    m_changed.notify_all(); // the slot is free for the next batch
    return true;
}

void ProcessPrefetcher::waitUntilNotReading()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return !m_reading; });
}

void ProcessPrefetcher::work()
{
    try {
        readBatches();
    } catch (...) {
        // e.g. out of memory: as after a failed read, the run reads the rest itself
    }
    std::lock_guard lock(m_mutex);
    m_reading = false;
    m_finished = true; // after a failure, with the batches not read yet
    m_changed.notify_all();
}

void ProcessPrefetcher::readBatches()
{
    // The connection belongs to this thread: opened, used and closed here.
    auto opened = Database::openReader(m_config);
    if (!opened)
        return;
    Database &db = **opened;
    ProcessCaseRepository cases(db);
    ProcessBatchRows rows;
    for (qsizetype index = 0; index < m_batches.size(); ++index) {
        {
            // Wait until the batch is released and the one read before it was taken.
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || (index <= m_released && m_readIndex < 0); });
            if (m_stop)
                return;
            if (index < m_released)
                continue; // the run went past it (read it itself)
            m_reading = true;
        }
        Status read = db.beginRead();
        if (read)
            read = cases.loadBatch(m_batches.at(index), m_date, false, rows);
        if (read && m_whileReading)
            m_whileReading(index);
        db.endRead();
        if (!read)
            return;
        std::lock_guard lock(m_mutex);
        m_reading = false;
        std::swap(m_read, rows);
        m_readIndex = index;
        m_changed.notify_all();
    }
}

} // namespace Fordran
