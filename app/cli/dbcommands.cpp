// Database commands of cli.md: init, refrate, client (import, run, case, payment, letters and demo
// are added by their features). Each opens the database with withDatabase() (dbsupport.h).
#include "app/cli/cli.h"
#include "app/cli/dbsupport.h"

#include "models/domain/bankgiro.h"
#include "models/domain/identity.h"
#include "models/domain/percentage.h"
#include "models/rules/referencerates.h"
#include "models/storage/clientrepository.h"
#include "models/storage/referenceraterepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

/*! Who enters data from the command line: the login of the operating-system user. */
QString cliUser()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("fordran-cli") : user;
}

Result<QList<ReferenceRateTable::Entry>> readEnteredRates(Database &database)
{
    const auto stored = ReferenceRateRepository(database).list();
    if (!stored)
        return stored.error();
    QList<ReferenceRateTable::Entry> entries;
    for (const StoredReferenceRate &rate : *stored) {
        entries.append({rate.validFrom, rate.rate, ReferenceRateTable::Source::Entered,
                        tr("entered by %1 on %2").arg(rate.enteredBy, rate.enteredAt.date().toString(Qt::ISODate))});
    }
    return entries;
}

QJsonObject rateJson(const ReferenceRateTable::Entry &entry)
{
    return QJsonObject{
        {QStringLiteral("from"), entry.validFrom.toString(Qt::ISODate)},
        {QStringLiteral("percent"), entry.rate.toString()},
        {QStringLiteral("source"), ReferenceRateTable::sourceName(entry.source)},
    };
}

int init(const Invocation &inv)
{
    return withDatabase(inv, [](Database &database) {
        return succeed(QJsonObject{{QStringLiteral("schema_version"), database.schemaVersion()}});
    });
}

int refrateList(const Invocation &inv)
{
    return withDatabase(inv, [](Database &database) {
        const auto builtIn = ReferenceRateTable::builtIn();
        if (!builtIn)
            return rejectError(builtIn.error());
        const auto entered = readEnteredRates(database);
        if (!entered)
            return rejectError(entered.error());
        const ReferenceRateTable table = builtIn->withEntered(*entered);
        QJsonArray rates;
        for (const ReferenceRateTable::Entry &entry : table.entries())
            rates.append(rateJson(entry));
        QJsonObject out{{QStringLiteral("rates"), rates}};
        if (!table.conflicts().isEmpty()) {
            QJsonArray ignored;
            for (const ReferenceRateTable::Entry &entry : table.conflicts())
                ignored.append(rateJson(entry));
            out.insert(QStringLiteral("ignored"), ignored);
        }
        return succeed(out);
    });
}

int refrateSet(const Invocation &inv)
{
    const QString dateText = inv.args.at(0);
    const QDate from = parseIsoDate(dateText);
    if (!from.isValid())
        return reject(tr("DATE: '%1' is not a date (YYYY-MM-DD)").arg(dateText));
    if (!ReferenceRateTable::isHalfYearStart(from))
        return reject(tr("DATE: a reference rate applies from 1 January or 1 July, not %1").arg(dateText));
    const auto rate = Percentage::parse(inv.args.at(1));
    if (!rate)
        return reject(tr("PERCENT: %1").arg(rate.error().message));
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        return rejectError(builtIn.error());
    for (const ReferenceRateTable::Entry &entry : builtIn->entries()) {
        if (entry.validFrom == from)
            return reject(tr("the built-in table already has %1 (%2 %); entered rates only add half-years it lacks")
                              .arg(dateText, entry.rate.toString()));
    }
    return withDatabase(inv, [&](Database &database) {
        if (const Status stored = ReferenceRateRepository(database).set(from, *rate, cliUser()); !stored)
            return rejectError(stored.error());
        return succeed(rateJson({from, *rate, ReferenceRateTable::Source::Entered, {}}));
    });
}

int clientAdd(const Invocation &inv)
{
    const QString orgnrText = inv.args.at(0);
    const auto identity = Identity::parse(orgnrText, QDate::currentDate());
    if (!identity)
        return reject(tr("ORGNR: %1").arg(identity.error().message), QJsonObject{{QStringLiteral("input"), orgnrText}});
    const QString name = inv.args.at(1).simplified();
    if (name.isEmpty())
        return reject(tr("NAME: the client needs a name"));
    QString bankgiro;
    if (inv.has(QStringLiteral("--bankgiro"))) {
        const auto parsed = Bankgiro::parse(inv.option(QStringLiteral("--bankgiro")));
        if (!parsed)
            return reject(tr("--bankgiro: %1").arg(parsed.error().message));
        bankgiro = *parsed;
    }
    return withDatabase(inv, [&](Database &database) {
        Client client;
        client.orgnr = identity->normalized();
        client.name = name;
        client.bankgiro = bankgiro;
        const auto id = ClientRepository(database).insert(client);
        if (!id)
            return rejectError(id.error(), QJsonObject{{QStringLiteral("orgnr"), client.orgnr}});
        return succeed(QJsonObject{{QStringLiteral("client_id"), *id},
                                   {QStringLiteral("orgnr"), client.orgnr},
                                   {QStringLiteral("name"), client.name}});
    });
}

} // namespace

Result<QList<ReferenceRateTable::Entry>> enteredReferenceRates(const Invocation &inv)
{
    if (inv.has(QStringLiteral("--db")) || inv.has(QStringLiteral("--db-url"))) {
        Result<std::unique_ptr<Database>> database = openDatabase(inv);
        if (!database)
            return database.error();
        return readEnteredRates(*database.value());
    }
    // The user's default database, if there is one: a calculator never creates it, and a
    // default database it cannot read only costs the entered rates (with a warning).
    const DatabaseConfig config = DatabaseConfig::fromSettings();
    if (config.engine == DatabaseConfig::Engine::Sqlite && !QFileInfo::exists(config.sqlitePath))
        return QList<ReferenceRateTable::Entry>{};
    Result<std::unique_ptr<Database>> database = Database::open(config);
    if (!database || database.value()->schemaVersion() < 1) {
        if (!database)
            progress(tr("warning: entered reference rates not read from %1: %2")
                         .arg(config.displayName(), database.error().message));
        return QList<ReferenceRateTable::Entry>{};
    }
    const auto entered = readEnteredRates(*database.value());
    if (!entered) {
        progress(tr("warning: entered reference rates not read from %1: %2")
                     .arg(config.displayName(), entered.error().message));
        return QList<ReferenceRateTable::Entry>{};
    }
    return entered;
}

QList<Command> databaseCommands()
{
    return QList<Command>{
        Command{.words = {QStringLiteral("init")},
                .synopsis = QStringLiteral("[--db PATH | --db-url URL]"),
                .minArgs = 0,
                .maxArgs = 0,
                .valueOptions = databaseOptions(),
                .flagOptions = {},
                .run = init},
        Command{.words = {QStringLiteral("refrate"), QStringLiteral("list")},
                .synopsis = QStringLiteral("[--db PATH | --db-url URL]"),
                .minArgs = 0,
                .maxArgs = 0,
                .valueOptions = databaseOptions(),
                .flagOptions = {},
                .run = refrateList},
        Command{.words = {QStringLiteral("refrate"), QStringLiteral("set")},
                .synopsis = QStringLiteral("DATE PERCENT [--db PATH | --db-url URL]"),
                .minArgs = 2,
                .maxArgs = 2,
                .valueOptions = databaseOptions(),
                .flagOptions = {},
                .run = refrateSet},
        Command{.words = {QStringLiteral("client"), QStringLiteral("add")},
                .synopsis = QStringLiteral("ORGNR NAME [--bankgiro BG] [--db PATH | --db-url URL]"),
                .minArgs = 2,
                .maxArgs = 2,
                .valueOptions = databaseOptions() + QStringList{QStringLiteral("--bankgiro")},
                .flagOptions = {},
                .run = clientAdd},
    };
}

} // namespace Fordran::Cli
