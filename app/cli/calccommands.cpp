// Pure calculators of cli.md: bankday next, bankday add, interest. No database needed.
#include "app/cli/cli.h"

#include "models/domain/bankcalendar.h"
#include "models/domain/money.h"
#include "models/domain/percentage.h"
#include "models/rules/interest.h"
#include "models/rules/referencerates.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Fordran::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::Cli", text);
}

const QString DateKey = QStringLiteral("date");
// The years a date argument may have: wide enough for any claim, narrow enough that no
// calculation runs for centuries.
constexpr int FirstYear = 1900;
constexpr int LastYear = 2200;

/*! A date argument, or an error JSON (exit 1) naming the argument. */
std::optional<QDate> dateArgument(const QString &name, const QString &value, int *exitCode)
{
    const QDate d = parseIsoDate(value);
    if (!d.isValid()) {
        *exitCode = reject(tr("%1: '%2' is not a date (YYYY-MM-DD)").arg(name, value));
        return std::nullopt;
    }
    if (d.year() < FirstYear || d.year() > LastYear) {
        *exitCode = reject(
            tr("%1: %2 is outside the years %3–%4").arg(name, value).arg(FirstYear).arg(LastYear));
        return std::nullopt;
    }
    return d;
}

/*! The embedded holiday table is part of the program; if it did not load, say so (exit 1). */
std::optional<int> calendarBroken()
{
    const Status status = BankCalendar::status();
    if (status)
        return std::nullopt;
    return reject(status.error().message);
}

int bankdayNext(const Invocation &inv)
{
    if (const auto broken = calendarBroken())
        return *broken;
    int exit = Exit::Ok;
    const auto date = dateArgument(QStringLiteral("DATE"), inv.args.at(0), &exit);
    if (!date)
        return exit;
    return succeed(QJsonObject {{DateKey, BankCalendar::nextBankDay(*date).toString(Qt::ISODate)}});
}

int bankdayAdd(const Invocation &inv)
{
    if (const auto broken = calendarBroken())
        return *broken;
    int exit = Exit::Ok;
    const auto date = dateArgument(QStringLiteral("DATE"), inv.args.at(0), &exit);
    if (!date)
        return exit;
    bool ok = false;
    const int n = inv.args.at(1).toInt(&ok);
    if (!ok || n < 0 || n > 10000)
        return reject(tr("N: '%1' must be a whole number from 0 to 10000").arg(inv.args.at(1)));
    return succeed(
        QJsonObject {{DateKey, BankCalendar::addBankDays(*date, n).toString(Qt::ISODate)}});
}

/*!
 * The reference rates in use: the built-in table, extended by the rates entered in the
 * database when one is given with --db/--db-url (see enteredReferenceRates in dbsupport).
 */
Result<ReferenceRateTable> loadRateTable(const Invocation &inv)
{
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        return builtIn.error();
    const auto entered = enteredReferenceRates(inv);
    if (!entered)
        return entered.error();
    return builtIn->withEntered(entered.value());
}

int interest(const Invocation &inv)
{
    for (const char *required : {"--principal", "--due", "--to"}) {
        if (!inv.has(QString::fromLatin1(required)))
            return usageError(tr("interest: %1 is required").arg(QString::fromLatin1(required)));
    }
    if (inv.has(QStringLiteral("--margin")) && inv.has(QStringLiteral("--fixed-rate")))
        return usageError(tr("interest: give either --margin or --fixed-rate, not both"));

    const auto principal = Money::parse(inv.option(QStringLiteral("--principal")));
    if (!principal)
        return reject(tr("--principal: %1").arg(principal.error().message));
    if (principal->isNegative())
        return reject(tr("--principal: the amount must not be negative"));
    int exit = Exit::Ok;
    const auto due
        = dateArgument(QStringLiteral("--due"), inv.option(QStringLiteral("--due")), &exit);
    if (!due)
        return exit;
    const auto to = dateArgument(QStringLiteral("--to"), inv.option(QStringLiteral("--to")), &exit);
    if (!to)
        return exit;

    std::optional<Percentage> margin;
    std::optional<Percentage> fixedRate;
    if (inv.has(QStringLiteral("--margin"))) {
        const auto m = Percentage::parse(inv.option(QStringLiteral("--margin")));
        if (!m || m->basisPoints() < 0 || m->basisPoints() > 10000)
            return reject(tr("--margin: '%1' is not a margin in percentage points (0–100)")
                              .arg(inv.option(QStringLiteral("--margin"))));
        margin = m.value();
    }
    if (inv.has(QStringLiteral("--fixed-rate"))) {
        const auto f = Percentage::parse(inv.option(QStringLiteral("--fixed-rate")));
        if (!f || f->basisPoints() < 0 || f->basisPoints() > 100000)
            return reject(tr("--fixed-rate: '%1' is not a yearly percentage (0–1000)")
                              .arg(inv.option(QStringLiteral("--fixed-rate"))));
        fixedRate = f.value();
    }

    if (const auto broken = calendarBroken())
        return *broken;
    const auto rates = loadRateTable(inv);
    if (!rates)
        return reject(rates.error().message);
    const auto conventions = InterestConventions::defaults();
    if (!conventions)
        return reject(conventions.error().message);
    const InterestCalculator calculator(rates.value(), conventions.value());
    const auto result = calculator.compute(principal.value(), *due, *to, fixedRate, margin);
    if (!result)
        return reject(result.error().message);

    QJsonArray segments;
    for (const InterestSegment &s : result->segments) {
        segments.append(QJsonObject {
            {QStringLiteral("from"), s.from.toString(Qt::ISODate)},
            {QStringLiteral("to"), s.to.toString(Qt::ISODate)},
            {QStringLiteral("days"), s.days},
            {QStringLiteral("rate_percent"), s.rate.toString()},
            {QStringLiteral("interest_ore"), s.interest.ore()},
        });
    }
    return succeed(QJsonObject {
        {QStringLiteral("principal_ore"), principal->ore()},
        {QStringLiteral("interest_ore"), result->total.ore()},
        {QStringLiteral("segments"), segments},
    });
}

} // namespace

QList<Command> calculatorCommands()
{
    QStringList interestOptions {QStringLiteral("--principal"), QStringLiteral("--due"),
                                 QStringLiteral("--to"), QStringLiteral("--margin"),
                                 QStringLiteral("--fixed-rate")};
    interestOptions += databaseOptions();
    return QList<Command> {
        Command {.words = {QStringLiteral("bankday"), QStringLiteral("next")},
                 .synopsis = QStringLiteral("DATE"),
                 .minArgs = 1,
                 .maxArgs = 1,
                 .valueOptions = {},
                 .flagOptions = {},
                 .run = bankdayNext},
        Command {.words = {QStringLiteral("bankday"), QStringLiteral("add")},
                 .synopsis = QStringLiteral("DATE N"),
                 .minArgs = 2,
                 .maxArgs = 2,
                 .valueOptions = {},
                 .flagOptions = {},
                 .run = bankdayAdd},
        Command {.words = {QStringLiteral("interest")},
                 .synopsis = QStringLiteral("--principal AMOUNT --due DATE --to DATE [--margin PP "
                                            "| --fixed-rate PCT] [--db PATH | --db-url URL]"),
                 .minArgs = 0,
                 .maxArgs = 0,
                 .valueOptions = interestOptions,
                 .flagOptions = {},
                 .run = interest},
    };
}

} // namespace Fordran::Cli
