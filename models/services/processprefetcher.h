#pragma once

#include "models/storage/databaseconfig.h"
#include "models/storage/processcaserepository.h"

#include <QDate>
#include <QList>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace Fordran {

/*!
 * Reads the daily run's next batch on a thread of its own while the run writes the current
 * one, so that on a machine with two cores the reading no longer waits for the writing.
 *
 * The thread opens its own connection (Database::openReader()) and reads batch \c i only once
 * the run has released it (release()), each batch in one read snapshot
 * (ProcessCaseRepository::loadBatch() between Database::beginRead() and endRead()), without row
 * locks. The run releases batch i + 1 when it holds the write lock for batch i: what the thread
 * then reads is the database after batch i − 1, or later; the run's part is to make sure it may
 * use the rows (see DailyRunService): that no other connection wrote since, and that batch i,
 * which the rows may not show yet, changed nothing they hold.
 *
 * At most the released batch is read ahead; take() waits for it. A failure on the thread
 * (cannot connect, a read error) only ends the read-ahead: take() then gives nothing and the
 * run reads the batch itself. The destructor stops the thread (after the batch it is reading).
 */
class ProcessPrefetcher final
{
public:
    /*!
     * Starts the thread for \a batches (each a list of case ids) of the run for \a date.
     * \a whileReading, for tests, is called on the thread inside each batch's snapshot, after
     * the reading, with the batch's index.
     */
    ProcessPrefetcher(const DatabaseConfig &config, QDate date, QList<QList<qint64>> batches,
                      std::function<void(qsizetype)> whileReading = {});
    ~ProcessPrefetcher();
    Q_DISABLE_COPY_MOVE(ProcessPrefetcher)

    /*! Lets the thread read batch \a index (and none after it) from now on. */
    void release(qsizetype index);
    /*!
     * Waits for batch \a index (released before) and moves its rows into \a rows; false if the
     * thread could not read it (the caller reads it itself), and at once for a batch not
     * released or given before. An earlier batch read but not taken is dropped.
     */
    bool take(qsizetype index, ProcessBatchRows &rows);
    /*! Waits until the thread holds no read snapshot (it has read what was released). */
    void waitUntilNotReading();

private:
    void work();
    /*! Reads the batches as they are released, until the last, a failure or a stop. */
    void readBatches();

    const DatabaseConfig m_config;
    const QDate m_date;
    const QList<QList<qint64>> m_batches;
    const std::function<void(qsizetype)> m_whileReading;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    qsizetype m_released = -1; //!< the highest batch the thread may read
    qsizetype m_readIndex = -1; //!< the batch in m_read
    qsizetype m_taken = -1; //!< the last batch given by take()
    ProcessBatchRows m_read;
    bool m_reading = false; //!< inside a read snapshot
    bool m_finished = false; //!< the thread has read all it will read
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace Fordran
