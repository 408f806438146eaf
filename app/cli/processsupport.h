#pragma once

// Helpers shared by the process commands (runcommands.cpp, processcommands.cpp).

#include "app/cli/cli.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Fordran::Cli {

/*! Who runs the command: recorded on pauses, pins, stored rules and the run log. */
inline QString currentUser()
{
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? QStringLiteral("cli") : user;
}

/*!
 * The date of option \a name (YYYY-MM-DD), \a fallback when the option is absent; an Error on
 * field \a field for a value that is not a date.
 */
inline Result<QDate> dateOption(const Invocation &inv, const QString &name, QDate fallback,
                                const QString &field)
{
    if (!inv.has(name))
        return fallback;
    const QDate date = parseIsoDate(inv.option(name));
    if (!date.isValid())
        return Error(
            QCoreApplication::translate("Fordran::Cli", "%1: '%2' is not a date (YYYY-MM-DD)")
                .arg(name, inv.option(name)),
            field);
    return date;
}

} // namespace Fordran::Cli
