// Pure calculators of cli.md: id check, ocr make, ocr check. No database.
#include "app/cli/cli.h"

namespace Fordran::Cli {

QList<Command> identifierCommands()
{
    QList<Command> commands;
    return commands;
}

} // namespace Fordran::Cli
