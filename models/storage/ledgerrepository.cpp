#include "models/storage/ledgerrepository.h"

#include "models/storage/unitofwork.h"

#include <QHash>

namespace Fordran {

namespace {

// The columns of ledger, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("claim_id"), QStringLiteral("case_id"), QStringLiteral("entry_date"),
    QStringLiteral("kind"), QStringLiteral("fee_type"), QStringLiteral("component"), QStringLiteral("amount_ore"),
    QStringLiteral("reverses_id"), QStringLiteral("reference"), QStringLiteral("created_at"), QStringLiteral("user_id"),
};
enum Column { Id, ClaimId, CaseId, EntryDate, Kind, FeeType, Component, AmountOre, ReversesId, Reference, CreatedAt, UserId };

const QString kTable = QStringLiteral("ledger");

LedgerEntry read(const QSqlQuery &q)
{
    LedgerEntry e;
    e.id = q.value(Id).toLongLong();
    e.claimId = Sql::toId(q.value(ClaimId));
    e.caseId = q.value(CaseId).toLongLong();
    e.entryDate = Sql::toDate(q.value(EntryDate));
    e.kind = fromMachineName<LedgerKind>(q.value(Kind).toString()).value_or(LedgerKind::Principal);
    e.feeType = q.value(FeeType).toString();
    e.component = fromMachineName<LedgerKind>(q.value(Component).toString());
    e.amount = Money::fromOre(q.value(AmountOre).toLongLong());
    e.reversesId = Sql::toId(q.value(ReversesId));
    e.reference = q.value(Reference).toString();
    e.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    e.userId = Sql::toId(q.value(UserId));
    return e;
}

/*! The values of kColumns.mid(1) for \a e; \a now stands in for an unset createdAt. */
QVariantList insertValues(const LedgerEntry &e, const QDateTime &now = {})
{
    return {Sql::optionalId(e.claimId), e.caseId, Sql::date(e.entryDate), machineName(e.kind), Sql::text(e.feeType),
            e.component ? machineName(*e.component) : QStringLiteral(""), e.amount.ore(),
            Sql::optionalId(e.reversesId), Sql::text(e.reference),
            Sql::timestamp(e.createdAt.isValid() ? e.createdAt : now.isValid() ? now : Sql::nowUtc()),
            Sql::optionalId(e.userId)};
}

bool isComponent(LedgerKind kind)
{
    return kind == LedgerKind::Principal || kind == LedgerKind::Interest || kind == LedgerKind::Fee;
}

} // namespace

LedgerRepository::LedgerRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> LedgerRepository::append(const LedgerEntry &entry)
{
    const Result<LedgerEntry> line = appendable(entry);
    if (!line)
        return line.error();
    return insert(*line);
}

Status LedgerRepository::appendAll(const QList<LedgerEntry> &entries)
{
    static const QString cacheSql = QStringLiteral("UPDATE cases SET balance_ore = balance_ore + ? WHERE id = ?");
    QList<LedgerEntry> lines;
    lines.reserve(entries.size());
    QList<qint64> caseOrder;
    QHash<qint64, Money> perCase;
    for (const LedgerEntry &entry : entries) {
        Result<LedgerEntry> line = appendable(entry);
        if (!line)
            return line.error();
        if (!line->entryDate.isValid())
            return Error(tr("A ledger line needs a date"), QStringLiteral("entry_date"));
        auto it = perCase.find(line->caseId);
        if (it == perCase.end()) {
            it = perCase.insert(line->caseId, Money());
            caseOrder.append(line->caseId);
        }
        const std::optional<Money> sum = it->checkedAdd(line->amount);
        if (!sum)
            return Error(tr("The ledger lines of case %1 add up to more than can be stored").arg(line->caseId),
                         QStringLiteral("amount"));
        *it = *sum;
        lines.append(std::move(line).value());
    }

    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status();
    static const QStringList columns = kColumns.mid(1);
    const QDateTime now = Sql::nowUtc();
    const Status stored = Sql::insertRows(
        m_statements, kTable, columns, lines.size(), [&](qsizetype i) { return insertValues(lines.at(i), now); },
        QString(), [](const QSqlQuery &) {}, tr("Cannot book the ledger lines"));
    if (!stored)
        return stored;
    // The cached balance follows, once per case.
    for (const qint64 caseId : std::as_const(caseOrder)) {
        const Result<int> cached = Sql::execute(m_statements, cacheSql, {perCase.value(caseId).ore(), caseId},
                                                tr("Cannot update the case balance"));
        if (!cached)
            return cached.error();
        if (*cached != 1)
            return Error(tr("There is no case with id %1").arg(caseId));
    }
    return unit.commit();
}

Result<LedgerEntry> LedgerRepository::appendable(const LedgerEntry &entry)
{
    if (entry.amount.isZero())
        return Error(tr("A ledger line needs an amount other than zero"), QStringLiteral("amount"));
    if (entry.kind == LedgerKind::Reversal)
        return Error(tr("A reversal is booked with reverse(), naming the line it undoes"), QStringLiteral("kind"));
    if (entry.kind == LedgerKind::Fee && entry.feeType.isEmpty())
        return Error(tr("A fee line needs a fee type"), QStringLiteral("fee_type"));
    if (entry.kind == LedgerKind::Payment && !entry.amount.isNegative())
        return Error(tr("A payment is booked as a negative amount"), QStringLiteral("amount"));
    if (entry.kind == LedgerKind::Payment && entry.component && !isComponent(*entry.component))
        return Error(tr("A payment is allocated to principal, interest or a fee"), QStringLiteral("component"));
    LedgerEntry line = entry;
    line.reversesId = 0;
    if (line.kind != LedgerKind::Payment)
        line.component.reset();
    return line;
}

Result<qint64> LedgerRepository::reverse(qint64 entryId, QDate date, const QString &reference, qint64 userId)
{
    const Result<std::optional<LedgerEntry>> original = byId(entryId);
    if (!original)
        return original.error();
    if (!original->has_value())
        return Error(tr("There is no ledger line %1 to reverse").arg(entryId));
    const LedgerEntry &line = **original;
    if (line.kind == LedgerKind::Reversal)
        return Error(tr("Ledger line %1 is itself a reversal and cannot be reversed").arg(entryId));

    static const QString reversedSql = QStringLiteral("SELECT id FROM ledger WHERE reverses_id = ?");
    const Result<std::optional<qint64>> earlier = Sql::fetchOne(
        m_statements, reversedSql, {entryId}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        tr("Cannot read the ledger"));
    if (!earlier)
        return earlier.error();
    if (earlier->has_value())
        return Error(tr("Ledger line %1 is already reversed by line %2").arg(entryId).arg(**earlier));

    LedgerEntry reversal;
    reversal.claimId = line.claimId;
    reversal.caseId = line.caseId;
    reversal.entryDate = date;
    reversal.kind = LedgerKind::Reversal;
    reversal.feeType = line.feeType;
    reversal.component = line.effectiveComponent();
    reversal.amount = -line.amount;
    reversal.reversesId = line.id;
    reversal.reference = reference;
    reversal.userId = userId;
    return insert(reversal);
}

Result<qint64> LedgerRepository::insert(const LedgerEntry &e)
{
    static const QString insertSql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    static const QString cacheSql = QStringLiteral("UPDATE cases SET balance_ore = balance_ore + ? WHERE id = ?");
    if (!e.entryDate.isValid())
        return Error(tr("A ledger line needs a date"), QStringLiteral("entry_date"));

    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status().error();
    const Result<qint64> id
        = Sql::insertReturningId(m_statements, insertSql, insertValues(e), tr("Cannot book the ledger line"));
    if (!id)
        return id;
    const Result<int> cached = Sql::execute(m_statements, cacheSql, {e.amount.ore(), e.caseId},
                                            tr("Cannot update the case balance"));
    if (!cached)
        return cached.error();
    if (*cached != 1)
        return Error(tr("There is no case with id %1").arg(e.caseId));
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return id;
}

Result<std::optional<LedgerEntry>> LedgerRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, read, tr("Cannot read the ledger"));
}

Result<QList<LedgerEntry>> LedgerRepository::entriesForCase(qint64 caseId)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE case_id = ? ORDER BY entry_date, id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the ledger"));
}

Result<QList<LedgerEntry>> LedgerRepository::entriesForClaim(qint64 claimId)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE claim_id = ? ORDER BY entry_date, id";
    return Sql::fetchAll(m_statements, sql, {claimId}, read, tr("Cannot read the ledger"));
}

Result<Money> LedgerRepository::sum(const QString &sql, qint64 id)
{
    const Result<std::optional<qint64>> total = Sql::fetchOne(
        m_statements, sql, {id}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        tr("Cannot read the ledger"));
    if (!total)
        return total.error();
    return Money::fromOre(total->value_or(0));
}

Result<Money> LedgerRepository::balanceForCase(qint64 caseId)
{
    // CAST: PostgreSQL's SUM(bigint) is NUMERIC, which the driver would hand over as a double.
    static const QString sql = QStringLiteral("SELECT CAST(COALESCE(SUM(amount_ore), 0) AS BIGINT) FROM ledger WHERE case_id = ?");
    return sum(sql, caseId);
}

Result<Money> LedgerRepository::balanceForClaim(qint64 claimId)
{
    static const QString sql = QStringLiteral("SELECT CAST(COALESCE(SUM(amount_ore), 0) AS BIGINT) FROM ledger WHERE claim_id = ?");
    return sum(sql, claimId);
}

} // namespace Fordran
