#include "models/storage/sqlitelibrary.h"

#include <mutex>

#include <sqlite3.h>

namespace Fordran::SqliteLibrary {

namespace {

bool g_configured = false;

} // namespace

bool configure()
{
    static std::once_flag once;
    std::call_once(once, [] { g_configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; });
    return g_configured;
}

bool memoryStatisticsOff()
{
    // With the statistics on, the library's own allocations (made by any connection opened) are
    // counted; with them off, the counter stays at zero.
    return sqlite3_memory_used() == 0;
}

} // namespace Fordran::SqliteLibrary
