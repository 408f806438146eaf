#include "models/storage/migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace Fordran {

namespace {

struct Token
{
    QStringView name;
    QStringView sqlite;
    QStringView postgres;
};

constexpr std::array<Token, 7> kTokens{{
    {u"ID", u"INTEGER PRIMARY KEY AUTOINCREMENT", u"BIGSERIAL PRIMARY KEY"},
    {u"DATE", u"DATE_TEXT", u"DATE"},
    {u"TIMESTAMP", u"TIMESTAMP_TEXT", u"TIMESTAMPTZ"},
    {u"BOOL", u"BOOLEAN_INTEGER", u"BOOLEAN"},
    {u"TRUE", u"1", u"TRUE"},
    {u"FALSE", u"0", u"FALSE"},
    {u"BYTEWISE", u"", u"COLLATE \"C\""},
}};

} // namespace

Result<QList<Migration>> Migrations::load(const QString &folder)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QDir dir(folder);
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error(tr("No database migrations found in %1").arg(folder));

    QList<Migration> migrations;
    for (const QString &file : files) {
        const QRegularExpressionMatch match = fileName.match(file);
        if (!match.hasMatch())
            return Error(tr("Migration file name %1 is not NNNN_name.sql").arg(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error(tr("Cannot read migration %1").arg(file), {}, f.errorString());
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(f.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (qsizetype i = 0; i < migrations.size(); ++i) {
        if (migrations.at(i).version != i + 1)
            return Error(tr("Migrations must be numbered 1, 2, 3 … without gaps; found %1 at place %2")
                             .arg(migrations.at(i).version)
                             .arg(i + 1));
    }
    return migrations;
}

Result<QString> SqlDialect::expand(QStringView sql, DatabaseConfig::Engine engine)
{
    QString out;
    out.reserve(sql.size());
    qsizetype pos = 0;
    while (pos < sql.size()) {
        const qsizetype open = sql.indexOf(u"{{", pos);
        if (open < 0) {
            out += sql.mid(pos);
            break;
        }
        const qsizetype close = sql.indexOf(u"}}", open + 2);
        if (close < 0)
            return Error(tr("Unclosed {{ in migration SQL"));
        out += sql.mid(pos, open - pos);
        const QStringView name = sql.mid(open + 2, close - open - 2);
        const auto token = std::find_if(kTokens.begin(), kTokens.end(),
                                        [name](const Token &t) { return t.name == name; });
        if (token == kTokens.end())
            return Error(tr("Unknown token {{%1}} in migration SQL").arg(name));
        out += engine == DatabaseConfig::Engine::Postgres ? token->postgres : token->sqlite;
        pos = close + 2;
    }
    return out;
}

QStringList SqlDialect::splitStatements(QStringView sql)
{
    QStringList statements;
    QString current;
    const auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };
    for (QStringView line : sql.split(u'\n')) {
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"))
            continue;
        if (trimmed.endsWith(u';')) {
            current += trimmed.chopped(1);
            flush();
        } else {
            current += line;
            current += u'\n';
        }
    }
    flush();
    return statements;
}

} // namespace Fordran
