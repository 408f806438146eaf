// Pure calculators of cli.md: id check, ocr make, ocr check. No database.
#include "app/cli/cli.h"

#include "models/domain/identity.h"
#include "models/domain/ocr.h"

#include <QCoreApplication>
#include <QDate>

namespace Fordran::Cli {

namespace {

const QString InputKey = QStringLiteral("input");
const QString ValidKey = QStringLiteral("valid");
const QString LengthDigitFlag = QStringLiteral("--length-digit");

/*! {"input": …, "valid": false, "error": …} and exit 1. */
int invalid(const QString &input, const Error &error)
{
    return reject(error.message, QJsonObject{{InputKey, input}, {ValidKey, false}});
}

int idCheck(const Invocation &inv)
{
    const QString input = inv.args.at(0);
    QDate reference = QDate::currentDate();
    if (inv.has(QStringLiteral("--on"))) {
        const QString on = inv.option(QStringLiteral("--on"));
        reference = parseIsoDate(on);
        if (!reference.isValid())
            return reject(QCoreApplication::translate("Fordran::Cli", "--on: '%1' is not a date (YYYY-MM-DD)").arg(on),
                          QJsonObject{{InputKey, input}});
    }
    const auto identity = Identity::parse(input, reference);
    if (!identity)
        return invalid(input, identity.error());
    return succeed(QJsonObject{
        {InputKey, input},
        {ValidKey, true},
        {QStringLiteral("kind"), Identity::kindName(identity->kind())},
        {QStringLiteral("normalized"), identity->normalized()},
    });
}

int ocrMake(const Invocation &inv)
{
    const QString payload = inv.args.at(0);
    const auto ocr = Ocr::make(payload, inv.has(LengthDigitFlag));
    if (!ocr)
        return reject(ocr.error().message, QJsonObject{{InputKey, payload}});
    return succeed(QJsonObject{{QStringLiteral("ocr"), ocr.value()}});
}

int ocrCheck(const Invocation &inv)
{
    const QString input = inv.args.at(0);
    const Status status = Ocr::check(input, inv.has(LengthDigitFlag));
    if (!status)
        return invalid(input, status.error());
    return succeed(QJsonObject{{InputKey, input}, {ValidKey, true}});
}

} // namespace

QList<Command> identifierCommands()
{
    const QStringList lengthDigit{LengthDigitFlag};
    return QList<Command>{
        Command{.words = {QStringLiteral("id"), QStringLiteral("check")},
                .synopsis = QStringLiteral("VALUE [--on DATE]"),
                .minArgs = 1,
                .maxArgs = 1,
                .valueOptions = {QStringLiteral("--on")},
                .flagOptions = {},
                .run = idCheck},
        Command{.words = {QStringLiteral("ocr"), QStringLiteral("make")},
                .synopsis = QStringLiteral("PAYLOAD [--length-digit]"),
                .minArgs = 1,
                .maxArgs = 1,
                .valueOptions = {},
                .flagOptions = lengthDigit,
                .run = ocrMake},
        Command{.words = {QStringLiteral("ocr"), QStringLiteral("check")},
                .synopsis = QStringLiteral("VALUE [--length-digit]"),
                .minArgs = 1,
                .maxArgs = 1,
                .valueOptions = {},
                .flagOptions = lengthDigit,
                .run = ocrCheck},
    };
}

} // namespace Fordran::Cli
