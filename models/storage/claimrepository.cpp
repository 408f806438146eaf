#include "models/storage/claimrepository.h"

#include <QHash>

namespace Fordran {

namespace {

// The columns of claims, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("case_id"), QStringLiteral("client_id"), QStringLiteral("invoice_no"),
    QStringLiteral("invoice_date"), QStringLiteral("due_date"), QStringLiteral("contract_date"),
    QStringLiteral("original_amount_ore"), QStringLiteral("description"), QStringLiteral("debtor_type"),
    QStringLiteral("reminder_fee_agreed"), QStringLiteral("interest_kind"), QStringLiteral("interest_margin_bp"),
    QStringLiteral("interest_fixed_rate_bp"), QStringLiteral("disputed"), QStringLiteral("created_at"),
};
enum Column {
    Id, CaseId, ClientId, InvoiceNo, InvoiceDate, DueDate, ContractDate, OriginalAmountOre, Description,
    DebtorType_, ReminderFeeAgreed, InterestKind_, InterestMarginBp, InterestFixedRateBp, Disputed, CreatedAt
};

const QString kTable = QStringLiteral("claims");

Claim read(const QSqlQuery &q)
{
    Claim c;
    c.id = q.value(Id).toLongLong();
    c.caseId = q.value(CaseId).toLongLong();
    c.clientId = q.value(ClientId).toLongLong();
    c.invoiceNo = q.value(InvoiceNo).toString();
    c.invoiceDate = Sql::toDate(q.value(InvoiceDate));
    c.dueDate = Sql::toDate(q.value(DueDate));
    c.contractDate = Sql::toDate(q.value(ContractDate));
    c.originalAmount = Money::fromOre(q.value(OriginalAmountOre).toLongLong());
    c.description = q.value(Description).toString();
    c.debtorType = fromMachineName<DebtorType>(q.value(DebtorType_).toString()).value_or(DebtorType::Consumer);
    c.reminderFeeAgreed = q.value(ReminderFeeAgreed).toBool();
    c.interestKind = fromMachineName<InterestKind>(q.value(InterestKind_).toString()).value_or(InterestKind::Reference);
    c.interestMargin = Percentage::fromBasisPoints(q.value(InterestMarginBp).toInt());
    c.fixedRate = Percentage::fromBasisPoints(q.value(InterestFixedRateBp).toInt());
    c.disputed = q.value(Disputed).toBool();
    c.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    return c;
}

/*! The values of kColumns.mid(1) for \a c; \a now stands in for an unset createdAt. */
QVariantList insertValues(const Claim &c, const QDateTime &now = {})
{
    return {c.caseId, c.clientId, Sql::text(c.invoiceNo), Sql::date(c.invoiceDate), Sql::date(c.dueDate),
            Sql::date(c.contractDate), c.originalAmount.ore(), Sql::text(c.description), machineName(c.debtorType),
            Sql::boolean(c.reminderFeeAgreed), machineName(c.interestKind), c.interestMargin.basisPoints(),
            c.fixedRate.basisPoints(), Sql::boolean(c.disputed),
            Sql::timestamp(c.createdAt.isValid() ? c.createdAt : now.isValid() ? now : Sql::nowUtc())};
}

/*! What identifies a claim: its client and invoice number. */
QString claimKey(qint64 clientId, const QString &invoiceNo)
{
    return QString::number(clientId) + u'\n' + invoiceNo;
}

} // namespace

ClaimRepository::ClaimRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> ClaimRepository::insert(const Claim &c)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql, insertValues(c), tr("Cannot save the claim %1").arg(c.invoiceNo),
        Error(tr("The client already has a claim with invoice number %1").arg(c.invoiceNo), QStringLiteral("invoice_no")));
}

Result<QList<qint64>> ClaimRepository::insertAll(const QList<Claim> &claims)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(claims.size());
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const QString key = claimKey(claims.at(i).clientId, claims.at(i).invoiceNo);
        if (indexOf.contains(key))
            return Error(tr("Invoice number %1 is given twice").arg(claims.at(i).invoiceNo), QStringLiteral("invoice_no"));
        indexOf.insert(key, i);
    }
    static const QStringList columns = kColumns.mid(1);
    QList<qint64> ids(claims.size(), 0);
    const QDateTime now = Sql::nowUtc();
    const Status stored = Sql::insertRows(
        m_statements, kTable, columns, claims.size(), [&](qsizetype i) { return insertValues(claims.at(i), now); },
        QStringLiteral("id, client_id, invoice_no"),
        [&](const QSqlQuery &q) {
            ids[indexOf.value(claimKey(q.value(1).toLongLong(), q.value(2).toString()))] = q.value(0).toLongLong();
        },
        tr("Cannot save the claims"),
        Error(tr("The client already has a claim with one of the invoice numbers"), QStringLiteral("invoice_no")));
    if (!stored)
        return stored.error();
    if (ids.contains(0))
        return Error(tr("Cannot save the claims"), {}, QStringLiteral("INSERT returned too few ids"));
    return ids;
}

Result<std::optional<Claim>> ClaimRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, read, tr("Cannot read the claim"));
}

Result<QList<Claim>> ClaimRepository::forCase(qint64 caseId)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE case_id = ? ORDER BY due_date, id";
    return Sql::fetchAll(m_statements, sql, {caseId}, read, tr("Cannot read the case's claims"));
}

Result<bool> ClaimRepository::existsInvoice(qint64 clientId, const QString &invoiceNo)
{
    static const QString sql = QStringLiteral("SELECT 1 FROM claims WHERE client_id = ? AND invoice_no = ?");
    const Result<std::optional<bool>> found = Sql::fetchOne(
        m_statements, sql, {clientId, invoiceNo}, [](const QSqlQuery &) { return true; }, tr("Cannot read the claims"));
    if (!found)
        return found.error();
    return found->has_value();
}

Result<QSet<QString>> ClaimRepository::existingInvoices(qint64 clientId, const QStringList &invoiceNos)
{
    QSet<QString> found;
    static const QString sql
        = QStringLiteral("SELECT invoice_no FROM claims WHERE client_id = ? AND invoice_no IN (%1)");
    const Status read = Sql::fetchInChunks(
        m_statements, sql, {clientId}, invoiceNos,
        [&found](const QSqlQuery &q) { found.insert(q.value(0).toString()); }, tr("Cannot read the claims"));
    if (!read)
        return read.error();
    return found;
}

Status ClaimRepository::setDisputed(qint64 claimId, bool disputed)
{
    static const QString sql = QStringLiteral("UPDATE claims SET disputed = ? WHERE id = ?");
    return Sql::executeOne(m_statements, sql, {Sql::boolean(disputed), claimId}, tr("Cannot save the claim"),
                           Error(tr("There is no claim with id %1").arg(claimId)));
}

} // namespace Fordran
