#pragma once

#include <QString>

#include <condition_variable>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace Fordran {

/*!
 * Copies a SQLite database's write-ahead log back into the database file on a thread of its
 * own, with a connection of its own.
 *
 * SQLite's automatic checkpoint runs inside the COMMIT that makes the log cross its threshold,
 * so a long series of large transactions (the daily run, an import) would wait for every copy.
 * With the automatic checkpoint off on the writing connection (Database does that when this
 * starts) the writer commits and goes on while this thread copies: request() after a commit
 * wakes it, and requests that arrive while it copies make one more pass. A PASSIVE checkpoint
 * blocks neither the writer nor readers; once a pass has copied the whole log, the writer's next
 * transaction starts the log from its beginning again, so the log file stays the size of a few
 * transactions and is written over rather than grown.
 *
 * The SQLite documentation names this use: automatic checkpoints off, checkpoints run by a
 * separate thread.
 */
class WalCheckpointer final
{
public:
    /*! Opens its own connection to \a sqlitePath and starts; null if the connection fails. */
    static std::unique_ptr<WalCheckpointer> start(const QString &sqlitePath);
    /*! Finishes a pass under way, closes the connection and joins the thread. */
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    /*! Asks for a pass over the log (after a commit). Never blocks. */
    void request();
    /*! Blocks until no request is pending and no pass runs (tests, and before a backup copy). */
    void waitIdle();
    /*!
     * Called before a write transaction begins. A writer that begins its next transaction right
     * after a commit never finds the log fully copied, and SQLite starts the log over only then:
     * the log would grow for as long as the writer goes on (gigabytes over an import of a million
     * cases). Once the last pass found more than logLimitFrames() frames in the log, this asks
     * for one more pass and waits for it, so that the transaction starts the log over (unless a
     * read snapshot still open needs the log: its reader must end it first). It waits too when the
     * thread has fallen 16 commits behind (it gets little time on a busy machine), which would
     * otherwise let the log grow by as many transactions as the thread is late.
     */
    void beforeWrite();
    /*!
     * True if the last pass found more than logLimitFrames() frames in the log: the next
     * beforeWrite() waits for a pass. A pass copies only what no open read snapshot still needs,
     * so a writer that reads on another connection too ends those snapshots first
     * (DailyRunService does).
     */
    bool logOverLimit() const;
    /*! The log size (in pages) above which beforeWrite() waits; 65,536 (256 MiB of 4 KiB pages). */
    qint64 logLimitFrames() const;
    void setLogLimitFrames(qint64 frames);
    /*! For tests: every pass starts \a milliseconds late, as on a busy machine. */
    void setPassDelay(int milliseconds);

private:
    explicit WalCheckpointer(QString sqlitePath);
    void run(std::promise<bool> &opened);
    /*! No pass asked for or under way (or stopping); m_mutex held. */
    bool idle() const { return (!m_pending && !m_busy) || m_stop; }

    const QString m_path;
    const QString m_connectionName;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_pending = false;
    bool m_busy = false;
    bool m_stop = false;
    qint64 m_logFrames = 0; //!< the log's size after the last pass
    static constexpr int kMaxRequestsAhead = 16;
    int m_requestsAhead = 0; //!< commits since the last pass started
    int m_passDelayMs = 0;
    qint64 m_logLimitFrames = 65536;
    std::thread m_thread;
};

} // namespace Fordran
