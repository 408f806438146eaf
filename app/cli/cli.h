#pragma once

#include "models/domain/result.h"
#include "models/rules/referencerates.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace Fordran::Cli {

/*! Exit codes of cli.md: 0 success, 1 input read but rejected, 2 usage error. */
enum Exit : int { Ok = 0, Rejected = 1, Usage = 2 };

/*! A parsed command line: positional arguments after the command words, options and flags. */
struct Invocation
{
    QStringList args;
    QMap<QString, QString> options; //!< "--db" → "path"
    QSet<QString> flags;            //!< "--dry-run"

    QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

/*!
 * One command of fordran-cli. \c words is the command path ("id", "check"); \c valueOptions
 * take one value ("--on"); \c flagOptions take none ("--length-digit"). The handler prints its
 * JSON with printJson() and returns an Exit code.
 */
struct Command
{
    QStringList words;
    QString synopsis;
    int minArgs = 0;
    int maxArgs = 0;
    QStringList valueOptions;
    QStringList flagOptions;
    std::function<int(const Invocation &)> run;
};

/*! Options every database command accepts (cli.md "Database"). */
inline const QStringList &databaseOptions()
{
    static const QStringList opts{QStringLiteral("--db"), QStringLiteral("--db-url")};
    return opts;
}

// Output helpers: JSON on stdout, human text on stderr.
void printJson(const QJsonObject &object);
int succeed(const QJsonObject &object);
/*! Prints {"error": message, ...extra} on stdout and returns Exit::Rejected. */
int reject(const QString &message, QJsonObject extra = {});
/*! Prints a usage message on stderr and returns Exit::Usage. */
int usageError(const QString &message);
/*! A progress or warning line for people, on stderr. */
void progress(const QString &line);

// Command registries, one per source file; cli.cpp concatenates them.
QList<Command> identifierCommands(); //!< idcommands.cpp: id check, ocr make, ocr check
QList<Command> calculatorCommands(); //!< calccommands.cpp: bankday next/add, interest
QList<Command> databaseCommands();
QList<Command> demoCommands();       //!< democommands.cpp: demo
QList<Command> caseCommands();       //!< casecommands.cpp: case list, case show
QList<Command> runCommands();        //!< runcommands.cpp: run, rules show/export/import
QList<Command> processCommands();    //!< processcommands.cpp: case pause/resume, client pin
QList<Command> importCommands();     //!< importcommands.cpp: import claims

/*!
 * Reference rates entered in the database named by --db/--db-url (none when neither is given).
 * Defined with the database commands; the calculators stay usable without a database.
 */
Result<QList<ReferenceRateTable::Entry>> enteredReferenceRates(const Invocation &inv);

/*! A strict ISO date YYYY-MM-DD, or an invalid QDate. */
QDate parseIsoDate(const QString &text);

/*! Parses the arguments (without the program name), runs the matching command. */
int run(const QStringList &arguments);

} // namespace Fordran::Cli
