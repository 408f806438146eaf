#include "app/cli/cli.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

namespace Fordran::Cli {

namespace {

QList<Command> allCommands()
{
    QList<Command> commands = identifierCommands();
    commands += calculatorCommands();
    commands += databaseCommands();
    commands += demoCommands();
    commands += caseCommands();
    commands += runCommands();
    commands += processCommands();
    commands += importCommands();
    return commands;
}

QString helpText(const QList<Command> &commands)
{
    QString text = QStringLiteral("usage: fordran-cli COMMAND [ARGS] [OPTIONS]\n\ncommands:\n");
    for (const Command &c : commands)
        text += QStringLiteral("  fordran-cli ") + c.words.join(u' ') + u' ' + c.synopsis + u'\n';
    text += QStringLiteral("\nDatabase commands take --db PATH or --db-url postgresql://user:pass@host:port/db.\n");
    return text;
}

} // namespace

QDate parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
}

void printJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int succeed(const QJsonObject &object)
{
    printJson(object);
    return Exit::Ok;
}

int reject(const QString &message, QJsonObject extra)
{
    extra.insert(QStringLiteral("error"), message);
    printJson(extra);
    return Exit::Rejected;
}

int usageError(const QString &message)
{
    QTextStream err(stderr);
    err << "fordran-cli: " << message << "\n"
        << "Run 'fordran-cli help' for the list of commands.\n";
    return Exit::Usage;
}

void progress(const QString &line)
{
    QTextStream err(stderr);
    err << line << '\n';
    err.flush();
}

int run(const QStringList &arguments)
{
    const QList<Command> commands = allCommands();
    if (arguments.isEmpty())
        return usageError(QStringLiteral("no command given"));
    if (arguments.first() == u"help" || arguments.first() == u"--help" || arguments.first() == u"-h") {
        QTextStream(stdout) << helpText(commands);
        return Exit::Ok;
    }

    // The longest command whose words start the argument list.
    const Command *match = nullptr;
    for (const Command &c : commands) {
        if (c.words.size() > arguments.size())
            continue;
        bool same = true;
        for (qsizetype i = 0; i < c.words.size() && same; ++i)
            same = arguments.at(i) == c.words.at(i);
        if (same && (!match || c.words.size() > match->words.size()))
            match = &c;
    }
    if (!match)
        return usageError(QStringLiteral("unknown command '%1'").arg(arguments.mid(0, 2).join(u' ')));

    Invocation inv;
    const QStringList rest = arguments.mid(match->words.size());
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString &a = rest.at(i);
        if (a.startsWith(u"--") && a.size() > 2) {
            QString name = a;
            QString value;
            bool inlineValue = false;
            if (const qsizetype eq = a.indexOf(u'='); eq > 0) {
                name = a.left(eq);
                value = a.mid(eq + 1);
                inlineValue = true;
            }
            if (match->valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= rest.size())
                        return usageError(QStringLiteral("option %1 needs a value").arg(name));
                    value = rest.at(++i);
                }
                inv.options.insert(name, value);
            } else if (match->flagOptions.contains(name) && !inlineValue) {
                inv.flags.insert(name);
            } else {
                return usageError(QStringLiteral("unknown option %1 for '%2'").arg(name, match->words.join(u' ')));
            }
        } else {
            inv.args.append(a);
        }
    }
    if (inv.args.size() < match->minArgs || inv.args.size() > match->maxArgs)
        return usageError(QStringLiteral("usage: fordran-cli %1 %2").arg(match->words.join(u' '), match->synopsis));
    return match->run(inv);
}

} // namespace Fordran::Cli
