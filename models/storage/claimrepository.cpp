#include "models/storage/claimrepository.h"

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

} // namespace

ClaimRepository::ClaimRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> ClaimRepository::insert(const Claim &c)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    return Sql::insertReturningId(
        m_statements, sql,
        {c.caseId, c.clientId, Sql::text(c.invoiceNo), Sql::date(c.invoiceDate), Sql::date(c.dueDate),
         Sql::date(c.contractDate), c.originalAmount.ore(), Sql::text(c.description), machineName(c.debtorType),
         Sql::boolean(c.reminderFeeAgreed), machineName(c.interestKind), c.interestMargin.basisPoints(),
         c.fixedRate.basisPoints(), Sql::boolean(c.disputed),
         Sql::timestamp(c.createdAt.isValid() ? c.createdAt : Sql::nowUtc())},
        tr("Cannot save the claim %1").arg(c.invoiceNo),
        Error(tr("The client already has a claim with invoice number %1").arg(c.invoiceNo), QStringLiteral("invoice_no")));
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

Status ClaimRepository::setDisputed(qint64 claimId, bool disputed)
{
    static const QString sql = QStringLiteral("UPDATE claims SET disputed = ? WHERE id = ?");
    return Sql::executeOne(m_statements, sql, {Sql::boolean(disputed), claimId}, tr("Cannot save the claim"),
                           Error(tr("There is no claim with id %1").arg(claimId)));
}

} // namespace Fordran
