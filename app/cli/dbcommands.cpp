// Database commands of cli.md: init, refrate, client, import, run, case, payment, letters, demo.
#include "app/cli/cli.h"

namespace Fordran::Cli {

// TODO(storage): read the rates entered in the database given by --db/--db-url
// (ReferenceRateRepository); until then only the built-in table is used and a database
// option is refused rather than silently ignored.
Result<QList<ReferenceRateTable::Entry>> enteredReferenceRates(const Invocation &inv)
{
    if (inv.has(QStringLiteral("--db")) || inv.has(QStringLiteral("--db-url")))
        return Error(QStringLiteral("reading reference rates from a database is not available yet"));
    return QList<ReferenceRateTable::Entry>{};
}

QList<Command> databaseCommands()
{
    QList<Command> commands;
    return commands;
}

} // namespace Fordran::Cli
