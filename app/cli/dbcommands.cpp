// Database commands of cli.md: init, refrate, client, import, run, case, payment, letters, demo.
#include "app/cli/cli.h"

namespace Fordran::Cli {

QList<Command> databaseCommands()
{
    QList<Command> commands;
    return commands;
}

} // namespace Fordran::Cli
