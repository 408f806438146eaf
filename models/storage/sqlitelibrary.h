#pragma once

namespace Fordran::SqliteLibrary {

/*!
 * Sets up the SQLite library that Qt's SQLite driver uses (the system library), once per
 * process, before its first connection opens: Database::open calls it.
 *
 * Turns off SQLite's memory statistics (SQLITE_CONFIG_MEMSTATUS). With them on, every
 * allocation and every free of every connection takes one process-wide mutex to count the
 * bytes; the daily run writes on one connection while it reads the next batch on a second and
 * copies the log back on a third, and the three threads then wait for each other there
 * (measured: about a fifth of the daily run's time). Fordran reads none of the statistics.
 *
 * SQLite accepts the setting only before it initializes itself; if something in the process
 * opened a SQLite connection first, the setting stays as it was and this returns false.
 */
bool configure();

/*! True when SQLite keeps no memory statistics (configure() took effect). */
bool memoryStatisticsOff();

} // namespace Fordran::SqliteLibrary
