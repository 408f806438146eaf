// Pure calculators of cli.md: bankday next, bankday add, interest. No database.
#include "app/cli/cli.h"

namespace Fordran::Cli {

QList<Command> calculatorCommands()
{
    QList<Command> commands;
    return commands;
}

} // namespace Fordran::Cli
