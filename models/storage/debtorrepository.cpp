#include "models/storage/debtorrepository.h"

namespace Fordran {

namespace {

// The columns of debtors, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("identity"), QStringLiteral("kind"), QStringLiteral("name"),
    QStringLiteral("name_key"), QStringLiteral("care_of"), QStringLiteral("address"),
    QStringLiteral("postal_code"), QStringLiteral("city"), QStringLiteral("country"), QStringLiteral("phone"),
    QStringLiteral("email"), QStringLiteral("protected_identity"), QStringLiteral("deceased_on"),
    QStringLiteral("created_at"),
};
enum Column {
    Id, Identity, Kind, Name, NameKey, CareOf, Address, PostalCode, City, Country, Phone, Email,
    ProtectedIdentity, DeceasedOn, CreatedAt
};

const QString kTable = QStringLiteral("debtors");

Debtor read(const QSqlQuery &q)
{
    Debtor d;
    d.id = q.value(Id).toLongLong();
    d.identity = q.value(Identity).toString();
    d.kind = fromMachineName<DebtorKind>(q.value(Kind).toString()).value_or(DebtorKind::Person);
    d.name = q.value(Name).toString();
    d.careOf = q.value(CareOf).toString();
    d.address = q.value(Address).toString();
    d.postalCode = q.value(PostalCode).toString();
    d.city = q.value(City).toString();
    d.country = q.value(Country).toString();
    d.phone = q.value(Phone).toString();
    d.email = q.value(Email).toString();
    d.protectedIdentity = q.value(ProtectedIdentity).toBool();
    d.deceasedOn = Sql::toDate(q.value(DeceasedOn));
    d.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    return d;
}

QVariant identityValue(const QString &identity)
{
    return identity.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(identity);
}

/*! The values of kColumns.mid(1) for \a d; \a now stands in for an unset createdAt. */
QVariantList insertValues(const Debtor &d, const QDateTime &now = {})
{
    return {identityValue(d.identity), machineName(d.kind), Sql::text(d.name), Debtor::nameKeyFor(d.name),
            Sql::text(d.careOf), Sql::text(d.address), Sql::text(d.postalCode), Sql::text(d.city),
            Sql::text(d.country), Sql::text(d.phone), Sql::text(d.email), Sql::boolean(d.protectedIdentity),
            Sql::date(d.deceasedOn),
            Sql::timestamp(d.createdAt.isValid() ? d.createdAt : now.isValid() ? now : Sql::nowUtc())};
}

} // namespace

DebtorRepository::DebtorRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> DebtorRepository::insert(const Debtor &d)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql, insertValues(d), tr("Cannot save the debtor %1").arg(d.name),
        Error(tr("A debtor with identity number %1 already exists").arg(d.identity), QStringLiteral("identity")));
}

Result<QList<qint64>> DebtorRepository::insertAll(const QList<Debtor> &debtors)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(debtors.size());
    for (qsizetype i = 0; i < debtors.size(); ++i) {
        const QString &identity = debtors.at(i).identity;
        if (identity.isEmpty() || indexOf.contains(identity))
            return Error(tr("Debtors stored together need distinct identity numbers"), QStringLiteral("identity"));
        indexOf.insert(identity, i);
    }
    static const QStringList columns = kColumns.mid(1);
    QList<qint64> ids(debtors.size(), 0);
    const QDateTime now = Sql::nowUtc();
    const Status stored = Sql::insertRows(
        m_statements, kTable, columns, debtors.size(),
        [&](qsizetype i) { return insertValues(debtors.at(i), now); }, QStringLiteral("id, identity"),
        [&](const QSqlQuery &q) { ids[indexOf.value(q.value(1).toString())] = q.value(0).toLongLong(); },
        tr("Cannot save the debtors"),
        Error(tr("A debtor with one of the identity numbers already exists"), QStringLiteral("identity")));
    if (!stored)
        return stored.error();
    if (ids.contains(0))
        return Error(tr("Cannot save the debtors"), {}, QStringLiteral("INSERT returned too few ids"));
    return ids;
}

Result<std::optional<Debtor>> DebtorRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, read, tr("Cannot read the debtor"));
}

Result<std::optional<Debtor>> DebtorRepository::findByIdentity(const QString &identity)
{
    if (identity.isEmpty())
        return std::optional<Debtor>();
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE identity = ?";
    return Sql::fetchOne(m_statements, sql, {identity}, read, tr("Cannot read the debtor"));
}

Result<QHash<QString, qint64>> DebtorRepository::idsByIdentity(const QStringList &identities)
{
    QStringList keys;
    keys.reserve(identities.size());
    for (const QString &identity : identities) {
        if (!identity.isEmpty())
            keys.append(identity);
    }
    QHash<QString, qint64> ids;
    ids.reserve(keys.size());
    static const QString sql = QStringLiteral("SELECT identity, id FROM debtors WHERE identity IN (%1)");
    const Status read = Sql::fetchInChunks(
        m_statements, sql, {}, keys,
        [&ids](const QSqlQuery &q) { ids.insert(q.value(0).toString(), q.value(1).toLongLong()); },
        tr("Cannot read the debtors"));
    if (!read)
        return read.error();
    return ids;
}

Status DebtorRepository::updateContact(const Debtor &d)
{
    static const QString sql = QStringLiteral(
        "UPDATE debtors SET name = ?, name_key = ?, care_of = ?, address = ?, postal_code = ?, city = ?, "
        "country = ?, phone = ?, email = ?, protected_identity = ?, deceased_on = ? WHERE id = ?");
    return Sql::executeOne(
        m_statements, sql,
        {Sql::text(d.name), Debtor::nameKeyFor(d.name), Sql::text(d.careOf), Sql::text(d.address),
         Sql::text(d.postalCode), Sql::text(d.city), Sql::text(d.country), Sql::text(d.phone), Sql::text(d.email),
         Sql::boolean(d.protectedIdentity), Sql::date(d.deceasedOn), d.id},
        tr("Cannot save the debtor %1").arg(d.name), Error(tr("There is no debtor with id %1").arg(d.id)));
}

Result<QList<Debtor>> DebtorRepository::searchByNamePrefix(const QString &prefix, int limit)
{
    const QString key = Debtor::nameKeyFor(prefix);
    const QString upper = Sql::prefixUpperBound(key);
    if (upper.isEmpty()) {
        static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE name_key >= ? ORDER BY name_key, id LIMIT ?";
        Result<QList<Debtor>> rows = Sql::fetchAll(m_statements, sql, {key, limit}, read, tr("Cannot search the debtors"));
        if (rows) {
            rows.value().removeIf([&key](const Debtor &d) { return !Debtor::nameKeyFor(d.name).startsWith(key); });
        }
        return rows;
    }
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE name_key >= ? AND name_key < ? ORDER BY name_key, id LIMIT ?";
    return Sql::fetchAll(m_statements, sql, {key, upper, limit}, read, tr("Cannot search the debtors"));
}

} // namespace Fordran
