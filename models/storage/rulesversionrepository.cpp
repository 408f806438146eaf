#include "models/storage/rulesversionrepository.h"

namespace Fordran {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, version, valid_from, hash, json, created_at, created_by FROM rules_versions");

RulesVersionRecord read(const QSqlQuery &q)
{
    RulesVersionRecord r;
    r.id = q.value(0).toLongLong();
    r.version = q.value(1).toString();
    r.validFrom = Sql::toDate(q.value(2));
    r.hash = q.value(3).toString();
    r.json = q.value(4).toString().toUtf8();
    r.createdAt = Sql::toTimestamp(q.value(5));
    r.createdBy = q.value(6).toString();
    return r;
}

} // namespace

RulesVersionRepository::RulesVersionRepository(Database &database)
    : m_statements(database)
{
}

Result<qint64> RulesVersionRepository::insert(const RulesVersionRecord &r)
{
    static const QString sql = QStringLiteral(
        "INSERT INTO rules_versions (version, valid_from, hash, json, created_at, created_by) "
        "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
    if (r.version.trimmed().isEmpty())
        return Error(tr("A rules set needs a version"), QStringLiteral("version"));
    if (!r.validFrom.isValid())
        return Error(tr("A rules set needs a valid-from date"), QStringLiteral("valid_from"));
    return Sql::insertReturningId(
        m_statements, sql,
        {r.version, Sql::date(r.validFrom), Sql::text(r.hash), QString::fromUtf8(r.json),
         Sql::timestamp(r.createdAt.isValid() ? r.createdAt : Sql::nowUtc()),
         Sql::text(r.createdBy)},
        tr("Cannot store rules version %1").arg(r.version),
        Error(tr("Rules version %1 or the same rules content is stored already").arg(r.version),
              QStringLiteral("version")));
}

Result<QList<RulesVersionRecord>> RulesVersionRepository::all()
{
    static const QString sql = kSelect + u" ORDER BY valid_from, id";
    return Sql::fetchAll(m_statements, sql, {}, read, tr("Cannot read the rules versions"));
}

Result<std::optional<RulesVersionRecord>> RulesVersionRepository::activeOn(QDate date)
{
    static const QString sql
        = kSelect + u" WHERE valid_from <= ? ORDER BY valid_from DESC, id DESC LIMIT 1";
    return Sql::fetchOne(m_statements, sql, {Sql::date(date)}, read,
                         tr("Cannot read the rules versions"));
}

Result<std::optional<RulesVersionRecord>> RulesVersionRepository::byVersion(const QString &version)
{
    static const QString sql = kSelect + u" WHERE version = ?";
    return Sql::fetchOne(m_statements, sql, {version}, read, tr("Cannot read the rules versions"));
}

Result<std::optional<RulesVersionRecord>> RulesVersionRepository::byHash(const QString &hash)
{
    static const QString sql = kSelect + u" WHERE hash = ?";
    return Sql::fetchOne(m_statements, sql, {hash}, read, tr("Cannot read the rules versions"));
}

Result<qint64> RulesVersionRepository::count()
{
    static const QString sql = QStringLiteral("SELECT COUNT(*) FROM rules_versions");
    const auto n = Sql::fetchOne(
        m_statements, sql, {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        tr("Cannot read the rules versions"));
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace Fordran
