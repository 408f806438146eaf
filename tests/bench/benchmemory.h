#pragma once

// Memory figures of a benchmark. Database maps a SQLite file into memory for reading
// (mmap_size): the pages of it that were read count in the resident set (RSS), although they are
// the operating system's file cache, shared with every process and given back under memory
// pressure. So the figures split the process's own memory (anonymous: heap, SQLite's page cache,
// Qt) from the mapped database file.

#include <QFile>
#include <QString>

#include <algorithm>

namespace Fordran::Bench {

class MemoryProbe
{
public:
    /*! Reads the current figures and keeps the highest own memory seen: call it where it peaks. */
    void sample()
    {
        QFile status(QStringLiteral("/proc/self/status"));
        if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
            return;
        // /proc files have no size: atEnd() is true at once, so read them whole.
        const QList<QByteArray> lines = status.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const auto kb = [&line] {
                return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLong();
            };
            if (line.startsWith("RssAnon:"))
                m_peakOwnKb = std::max(m_peakOwnKb, kb());
            else if (line.startsWith("RssFile:"))
                m_fileKb = kb();
            else if (line.startsWith("VmHWM:"))
                m_peakRssKb = kb();
        }
    }
    long peakOwnMb() const { return m_peakOwnKb / 1024; }

    /*! "peak own memory N MB (…)", after a last sample(). */
    QString text()
    {
        sample();
        return QStringLiteral("peak own memory %1 MB (heap and caches; peak RSS %2 MB, which also "
                              "counts the pages of the memory-mapped database file read: %3 MB "
                              "now)")
            .arg(m_peakOwnKb / 1024)
            .arg(m_peakRssKb / 1024)
            .arg(m_fileKb / 1024);
    }

private:
    long m_peakOwnKb = 0;
    long m_fileKb = 0;
    long m_peakRssKb = 0;
};

} // namespace Fordran::Bench
