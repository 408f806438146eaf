#include "models/storage/sequencerepository.h"

#include "models/storage/unitofwork.h"

namespace Fordran {

SequenceRepository::SequenceRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> SequenceRepository::next(const QString &name)
{
    return reserve(name, 1);
}

Result<qint64> SequenceRepository::reserve(const QString &name, qint64 count)
{
    if (count < 1)
        return Error(tr("At least one number must be reserved"));
    static const QString createSql =
        QStringLiteral("INSERT INTO counters (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING");
    static const QString incrementSql = QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ?");
    static const QString readSql = QStringLiteral("SELECT value FROM counters WHERE name = ?");
    const QString message = tr("Cannot take the next number of %1").arg(name);

    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status().error();
    // Increment first: the UPDATE takes the row lock before anything is read.
    if (const Result<int> created = Sql::execute(m_statements, createSql, {name}, message); !created)
        return created.error();
    const Result<int> incremented = Sql::execute(m_statements, incrementSql, {count, name}, message);
    if (!incremented)
        return incremented.error();
    const Result<std::optional<qint64>> last = Sql::fetchOne(
        m_statements, readSql, {name}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, message);
    if (!last)
        return last.error();
    if (!last->has_value())
        return Error(message);
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return **last - count + 1;
}

Result<QString> SequenceRepository::nextCaseNumber(int year)
{
    const Result<qint64> number = reserveCaseNumbers(year, 1);
    if (!number)
        return number.error();
    return formatCaseNumber(year, *number);
}

Result<qint64> SequenceRepository::reserveCaseNumbers(int year, qint64 count)
{
    return reserve(caseNumberCounter(year), count);
}

QString SequenceRepository::caseNumberCounter(int year)
{
    return QStringLiteral("case_no/%1").arg(year);
}

QString SequenceRepository::formatCaseNumber(int year, qint64 number)
{
    return QStringLiteral("%1-%2").arg(year).arg(number, 6, 10, QLatin1Char('0'));
}

} // namespace Fordran
