#include "models/storage/casequeuequery.h"

#include "models/domain/identity.h"
#include "models/domain/ocr.h"
#include "models/storage/database.h"

#include <QRegularExpression>

#include <algorithm>

namespace Fordran {

namespace {

bool allDigits(QStringView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return c.isDigit() && c.unicode() < 128;
    });
}

/*! One term of an ORDER BY: a column and whether it can be NULL. */
struct OrderTerm
{
    const char *column;
    bool nullable = false;
    bool text = false;
};

QList<OrderTerm> orderTerms(CaseQueueSort sort)
{
    const OrderTerm id {"c.id"};
    const OrderTerm next {"c.next_action_date", true};
    const OrderTerm status {"c.status", false, true};
    switch (sort) {
    case CaseQueueSort::CaseNo:
        return {{"c.case_no", false, true}, id};
    // A debtor's cases as ix_cases_debtor_status (debtor_id, status) holds them, so the open
    // filter reads no case.
    case CaseQueueSort::Debtor: // name_key is bytewise on both engines already
        return {{"d.name_key"}, {"d.id"}, status, id};
    case CaseQueueSort::Identity:
        return {{"d.identity", true, true}, {"d.id"}, status, id};
    case CaseQueueSort::Client: // as ix_cases_client_status orders a client's cases
        return {{"cl.name", false, true}, {"cl.id"}, next, status, id};
    case CaseQueueSort::Status:
        return {status, next, id};
    case CaseQueueSort::Segment: // as ix_cases_segment_status
        return {{"c.segment", false, true}, next, status, id};
    case CaseQueueSort::Balance:
        return {{"c.balance_ore"}, id};
    case CaseQueueSort::NextActionDate:
        return {next, id};
    case CaseQueueSort::Officer:
        return {{"u.name", true, true}, {"u.id", true}, next, id};
    }
    return {next, id};
}

/*! The joins the inner (id-picking) query needs for \a sort. */
QString sortJoin(CaseQueueSort sort)
{
    switch (sort) {
    case CaseQueueSort::Debtor:
    case CaseQueueSort::Identity:
        return QStringLiteral(" JOIN debtors d ON d.id = c.debtor_id");
    case CaseQueueSort::Client:
        return QStringLiteral(" JOIN clients cl ON cl.id = c.client_id");
    case CaseQueueSort::Officer:
        return QStringLiteral(" LEFT JOIN users u ON u.id = c.assigned_user_id");
    default:
        return {};
    }
}

CaseQueueRow readRow(const QSqlQuery &q)
{
    CaseQueueRow row;
    row.id = q.value(0).toLongLong();
    row.caseNo = q.value(1).toString();
    row.ocr = q.value(2).toString();
    row.status = fromMachineName<CaseStatus>(q.value(3).toString()).value_or(CaseStatus::New);
    row.segment = fromMachineName<Segment>(q.value(4).toString()).value_or(Segment::Normal);
    row.balance = Money::fromOre(q.value(5).toLongLong());
    row.nextActionDate = Sql::toDate(q.value(6));
    row.nextAction = q.value(7).toString();
    row.clientId = q.value(8).toLongLong();
    row.assignedUserId = Sql::toId(q.value(9));
    row.debtorId = q.value(10).toLongLong();
    row.debtorName = q.value(11).toString();
    row.debtorIdentity = q.value(12).toString();
    row.debtorKind
        = fromMachineName<DebtorKind>(q.value(13).toString()).value_or(DebtorKind::Person);
    row.protectedIdentity = q.value(14).toBool();
    row.clientName = q.value(15).toString();
    row.assignedUserName = q.value(16).toString();
    return row;
}

} // namespace

CaseSearch CaseSearch::detect(QStringView text, QDate today)
{
    CaseSearch search;
    const QString trimmed = text.trimmed().toString();
    if (trimmed.isEmpty())
        return search;

    search.kinds |= CaseSearchKind::InvoiceNumber;
    search.invoiceNo = trimmed;

    static const QRegularExpression caseNumber(QStringLiteral("^[0-9]{4}-[0-9]{0,12}$"));
    if (caseNumber.match(trimmed).hasMatch()) {
        search.kinds |= CaseSearchKind::CaseNumber;
        search.caseNoPrefix = trimmed;
    }
    if (allDigits(trimmed) && trimmed.size() >= Ocr::MinLength && trimmed.size() <= Ocr::MaxLength
        && Ocr::check(trimmed, false)) {
        search.kinds |= CaseSearchKind::Ocr;
        search.ocr = trimmed;
    }
    if (const Result<Identity> identity
        = Identity::parse(trimmed, today.isValid() ? today : QDate::currentDate())) {
        search.kinds |= CaseSearchKind::Identity;
        search.identity = identity->normalized();
    }
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isLetter(); })) {
        search.kinds |= CaseSearchKind::NamePrefix;
        search.nameKeyPrefix = Debtor::nameKeyFor(trimmed);
    }
    return search;
}

QString CaseQueueRow::maskedIdentity() const
{
    if (debtorIdentity.isEmpty())
        return {};
    if (const Result<Identity> identity = Identity::parse(debtorIdentity, QDate::currentDate()))
        return identity->masked();
    // Not a valid number (entered before validation existed): never show more than the date part.
    return debtorIdentity.size() == 12 ? debtorIdentity.mid(2, 6) + u"-****" : debtorIdentity;
}

/*! The FROM … WHERE of a filter with its values, for the count and the inner page query. */
struct CaseQueueQuery::Selection
{
    QString where; // " WHERE …" or empty
    QVariantList values;
};

CaseQueueQuery::CaseQueueQuery(Database &database)
    : m_database(database)
    , m_statements(database)
{
}

CaseQueueQuery::Selection CaseQueueQuery::select(const CaseQueueFilter &filter, bool forCount) const
{
    Selection s;
    QStringList conditions;
    if (filter.status) {
        conditions.append(QStringLiteral("c.status = ?"));
        s.values.append(machineName(*filter.status));
    } else if (filter.openOnly) {
        // The partial indexes ix_cases_open_* serve the count and the next-action and balance
        // orders; they apply only where the query says exactly "status <> 'closed'" (SQLite also
        // matches a bound value). For the other orders the planner would walk them too and then
        // sort every open case, so there the same condition is spelt so that they do not apply.
        const QString closed = u'\'' + machineName(CaseStatus::Closed) + u'\'';
        if (forCount || filter.sort == CaseQueueSort::NextActionDate
            || filter.sort == CaseQueueSort::Balance)
            conditions.append(u"c.status <> " + closed);
        else
            conditions.append(u"COALESCE(c.status, '') <> " + closed);
    }
    if (filter.clientId) {
        conditions.append(QStringLiteral("c.client_id = ?"));
        s.values.append(*filter.clientId);
    }
    if (filter.assignedUserId) {
        conditions.append(QStringLiteral("c.assigned_user_id = ?"));
        s.values.append(*filter.assignedUserId);
    }

    const CaseSearch search = CaseSearch::detect(filter.search, m_today);
    if (search.kinds) {
        QStringList any;
        if (search.kinds.testFlag(CaseSearchKind::CaseNumber)) {
            const QString upper = Sql::prefixUpperBound(search.caseNoPrefix);
            any.append(upper.isEmpty() ? QStringLiteral("c.case_no >= ?")
                                       : QStringLiteral("(c.case_no >= ? AND c.case_no < ?)"));
            s.values.append(search.caseNoPrefix);
            if (!upper.isEmpty())
                s.values.append(upper);
        }
        if (search.kinds.testFlag(CaseSearchKind::Ocr)) {
            any.append(QStringLiteral("c.ocr = ?"));
            s.values.append(search.ocr);
        }
        if (search.kinds.testFlag(CaseSearchKind::Identity)) {
            any.append(QStringLiteral("c.id IN (SELECT sd.case_id FROM case_debtors sd JOIN "
                                      "debtors s ON s.id = sd.debtor_id"
                                      " WHERE s.identity = ?)"));
            s.values.append(search.identity);
        }
        if (search.kinds.testFlag(CaseSearchKind::InvoiceNumber)) {
            any.append(
                QStringLiteral("c.id IN (SELECT k.case_id FROM claims k WHERE k.invoice_no = ?)"));
            s.values.append(search.invoiceNo);
        }
        if (search.kinds.testFlag(CaseSearchKind::NamePrefix)) {
            // Main debtors through cases.debtor_id (ix_cases_debtor_status: no case is read to
            // count or filter them), joint debtors and guarantors through case_debtors.
            const QString upper = Sql::prefixUpperBound(search.nameKeyPrefix);
            const QString range = upper.isEmpty()
                ? QStringLiteral("n.name_key >= ?")
                : QStringLiteral("n.name_key >= ? AND n.name_key < ?");
            any.append(u"c.debtor_id IN (SELECT n.id FROM debtors n WHERE " + range + u')');
            any.append(u"c.id IN (SELECT nd.case_id FROM debtors n JOIN case_debtors nd ON "
                       u"nd.debtor_id = n.id WHERE "
                       + range + u" AND nd.role <> '" + machineName(DebtorRole::Main) + u"')");
            for (int i = 0; i < 2; ++i) {
                s.values.append(search.nameKeyPrefix);
                if (!upper.isEmpty())
                    s.values.append(upper);
            }
        }
        conditions.append(u'(' + any.join(QStringLiteral(" OR ")) + u')');
    }
    if (!conditions.isEmpty())
        s.where = u" WHERE " + conditions.join(QStringLiteral(" AND "));
    return s;
}

QString CaseQueueQuery::orderBy(const CaseQueueFilter &filter) const
{
    const bool descending = filter.order == Qt::DescendingOrder;
    const bool postgres = m_database.engine() == Database::Engine::Postgres;
    QStringList terms;
    for (const OrderTerm &term : orderTerms(filter.sort)) {
        QString t = QString::fromLatin1(term.column);
        // SQLite compares text bytewise and puts NULL first; PostgreSQL is told to do the same.
        if (postgres && term.text)
            t += QStringLiteral(" COLLATE \"C\"");
        if (descending)
            t += QStringLiteral(" DESC");
        if (postgres && term.nullable)
            t += descending ? QStringLiteral(" NULLS LAST") : QStringLiteral(" NULLS FIRST");
        terms.append(t);
    }
    return u" ORDER BY " + terms.join(QStringLiteral(", "));
}

CaseQueueQuery::Statement CaseQueueQuery::countStatement(const CaseQueueFilter &filter) const
{
    Selection s = select(filter, true);
    return {u"SELECT COUNT(*) FROM cases c" + s.where, s.values};
}

CaseQueueQuery::Statement CaseQueueQuery::pageStatement(const CaseQueueFilter &filter,
                                                        qint64 offset, int limit) const
{
    Selection s = select(filter, false);
    const QString order = orderBy(filter);
    // The page's ids come from the indexes alone; only those rows are then read and joined.
    const QString sql
        = u"SELECT c.id, c.case_no, c.ocr, c.status, c.segment, c.balance_ore, c.next_action_date,"
          u" c.next_action, c.client_id, c.assigned_user_id, d.id, d.name, d.identity, d.kind,"
          u" d.protected_identity, cl.name, u.name"
          u" FROM (SELECT c.id AS page_id FROM cases c"
        + sortJoin(filter.sort) + s.where + order
        + u" LIMIT ? OFFSET ?) p"
          u" JOIN cases c ON c.id = p.page_id"
          u" JOIN debtors d ON d.id = c.debtor_id"
          u" JOIN clients cl ON cl.id = c.client_id"
          u" LEFT JOIN users u ON u.id = c.assigned_user_id"
        + order;
    s.values.append(qBound(1, limit, MaxPageSize));
    s.values.append(std::max<qint64>(0, offset));
    return {sql, s.values};
}

Result<qint64> CaseQueueQuery::count(const CaseQueueFilter &filter)
{
    const Statement statement = countStatement(filter);
    const auto n = Sql::fetchOne(
        m_statements, statement.sql, statement.values,
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); },
        tr("Cannot count the cases of the queue"));
    if (!n)
        return n.error();
    return n->value_or(0);
}

Result<QList<CaseQueueRow>> CaseQueueQuery::page(const CaseQueueFilter &filter, qint64 offset,
                                                 int limit, qint64 total)
{
    offset = std::max<qint64>(0, offset);
    limit = qBound(1, limit, MaxPageSize);
    CaseQueueFilter read = filter;
    bool fromTheEnd = false;
    if (total >= 0) {
        if (offset >= total)
            return QList<CaseQueueRow>();
        limit = int(std::min<qint64>(limit, total - offset));
        if (offset > total / 2) {
            // The same rows, counted from the last one in the reversed order.
            fromTheEnd = true;
            read.order
                = filter.order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
            offset = total - offset - limit;
        }
    }
    const Statement statement = pageStatement(read, offset, limit);
    Result<QList<CaseQueueRow>> rows
        = Sql::fetchAll(m_statements, statement.sql, statement.values, readRow,
                        tr("Cannot read the cases of the queue"));
    if (rows && fromTheEnd)
        std::reverse(rows.value().begin(), rows.value().end());
    return rows;
}

} // namespace Fordran
