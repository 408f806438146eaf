#include "models/storage/processcaserepository.h"

#include "models/storage/boundvalues.h"
#include "models/storage/caserepository.h"
#include "models/storage/database.h"

#include <algorithm>

namespace Fordran {

namespace {

// The selection of due cases, for the alias c: the statuses the process engine advances
// (ProcessEngine: new, reminder, collection, disputed, paused; cases in a plan, at Kronofogden,
// in surveillance or closed belong to people and their next action dates are theirs) whose next
// action date has come or is not set yet.
const QString kDue
    = QStringLiteral("c.status IN ('new', 'reminder', 'collection', 'disputed', 'paused') "
                     "AND (c.next_action_date IS NULL OR c.next_action_date <= ?)");

// The case columns of CaseRepository, then the process state and the debtor's facts.
enum ProcessColumn {
    Template = CaseRepository::ColumnCount,
    Step,
    StepId,
    Occurrence,
    StepDate,
    Deadline,
    RemindersSent,
    DemandSentOn,
    DemandDeadline,
    AlertedThrough,
    Finished,
    RefusalKey,
    RulesVersion,
    Score,
    Identity,
    HasPhone,
    HasEmail,
    HasAddress
};

/*! The columns readCase() reads, for the alias c of cases and d of debtors (made on first use:
    CaseRepository's column list is a static of another file). */
const QString &caseColumns()
{
    static const QString columns
        = CaseRepository::selectColumns(u"c"_qs)
        + QStringLiteral(
              ", c.process_template, c.process_step, c.process_step_id, c.process_occurrence, "
              "c.process_step_date, c.process_deadline, c.reminders_sent, c.demand_sent_on, "
              "c.demand_deadline, c.limitation_alerted_through, c.process_finished, c.refusal_key, "
              "c.rules_version, c.score, d.identity, "
              "CASE WHEN d.phone <> '' THEN 1 ELSE 0 END, "
              "CASE WHEN d.email <> '' THEN 1 ELSE 0 END, "
              "CASE WHEN d.address <> '' AND d.city <> '' THEN 1 ELSE 0 END");
    return columns;
}

void readCase(const QSqlQuery &q, ProcessCaseRow &r)
{
    r.caseData = CaseRepository::readRow(q);
    ProcessState &s = r.state;
    s.templateKey = q.value(Template).toString();
    s.stepIndex = q.value(Step).toInt();
    s.stepId = q.value(StepId).toString();
    s.occurrence = q.value(Occurrence).toInt();
    s.stepDate = Sql::toDate(q.value(StepDate));
    s.lastDeadline = Sql::toDate(q.value(Deadline));
    s.remindersSent = q.value(RemindersSent).toInt();
    s.demandSentOn = Sql::toDate(q.value(DemandSentOn));
    s.demandDeadline = Sql::toDate(q.value(DemandDeadline));
    s.limitationAlertedThrough = Sql::toDate(q.value(AlertedThrough));
    s.finished = q.value(Finished).toBool();
    s.refusalKey = q.value(RefusalKey).toString();
    s.rulesVersion = q.value(RulesVersion).toString();
    const QVariant score = q.value(Score);
    r.score = score.isNull() ? std::nullopt : std::optional<int>(score.toInt());
    r.debtorIdentity = q.value(Identity).toString();
    r.hasPhone = q.value(HasPhone).toInt() != 0;
    r.hasEmail = q.value(HasEmail).toInt() != 0;
    r.hasAddress = q.value(HasAddress).toInt() != 0;
}

void readClaim(const QSqlQuery &q, Claim &c)
{
    c.id = q.value(0).toLongLong();
    c.caseId = q.value(1).toLongLong();
    c.clientId = q.value(2).toLongLong();
    c.invoiceNo = q.value(3).toString();
    c.invoiceDate = Sql::toDate(q.value(4));
    c.dueDate = Sql::toDate(q.value(5));
    c.contractDate = Sql::toDate(q.value(6));
    c.originalAmount = Money::fromOre(q.value(7).toLongLong());
    c.debtorType
        = fromMachineName<DebtorType>(q.value(8).toString()).value_or(DebtorType::Consumer);
    c.reminderFeeAgreed = q.value(9).toBool();
    c.interestKind
        = fromMachineName<InterestKind>(q.value(10).toString()).value_or(InterestKind::Reference);
    c.interestMargin = Percentage::fromBasisPoints(q.value(11).toInt());
    c.fixedRate = Percentage::fromBasisPoints(q.value(12).toInt());
    c.disputed = q.value(13).toBool();
}

void readLedger(const QSqlQuery &q, LedgerEntry &e)
{
    e.caseId = q.value(0).toLongLong();
    e.claimId = Sql::toId(q.value(1));
    e.kind = fromMachineName<LedgerKind>(q.value(2).toString()).value_or(LedgerKind::Principal);
    e.component = fromMachineName<LedgerKind>(q.value(3).toString());
    e.feeType = q.value(4).toString();
    e.entryDate = Sql::toDate(q.value(5));
    e.amount = Money::fromOre(q.value(6).toLongLong());
    e.reference = q.value(7).toString();
}

void readHistory(const QSqlQuery &q, DebtorHistoryRow &h)
{
    h.caseId = q.value(0).toLongLong();
    h.status = fromMachineName<CaseStatus>(q.value(1).toString()).value_or(CaseStatus::New);
    h.closeReason = q.value(2).toString();
}

/*! Appends a default element to \a list and gives it (the list keeps its capacity over clear()). */
template<typename T> T &nextSlot(QList<T> &list)
{
    list.emplace_back();
    return list.back();
}

/*! Reads every row of the executed \a query into \a list with \a read. */
template<typename T, typename Reader>
Status readAll(const Result<QSqlQuery *> &query, QList<T> &list, Reader read)
{
    if (!query)
        return query.error();
    while ((*query)->next())
        read(**query, nextSlot(list));
    (*query)->finish();
    return {};
}

} // namespace

void ProcessBatchRows::clear()
{
    cases.clear();
    claims.clear();
    ledger.clear();
    history.clear();
    pauses.clear();
}

ProcessCaseRepository::ProcessCaseRepository(Database &database)
    : m_statements(database)
    , m_pauses(database)
{
}

Result<QSqlQuery *> ProcessCaseRepository::run(const QString &sql, const QVariantList &values,
                                               const QString &what)
{
    Result<QSqlQuery *> query = m_statements.prepared(sql);
    if (!query)
        return query;
    (*query)->setForwardOnly(true);
    for (qsizetype i = 0; i < values.size(); ++i)
        (*query)->bindValue(int(i), values.at(i));
    if (!(*query)->exec())
        return Sql::queryError(**query, what);
    return query;
}

Result<qint64> ProcessCaseRepository::countDue(QDate date)
{
    static const QString sql = u"SELECT COUNT(*) FROM cases c WHERE "_qs + kDue;
    const auto query = run(sql, {Sql::date(date)}, tr("Cannot count the cases due"));
    if (!query)
        return query.error();
    const qint64 n = (*query)->next() ? (*query)->value(0).toLongLong() : 0;
    (*query)->finish();
    return n;
}

Result<QList<qint64>> ProcessCaseRepository::dueIds(QDate date)
{
    // Read from ix_cases_status_next alone (no case row), then sorted.
    static const QString sql = u"SELECT c.id FROM cases c WHERE "_qs + kDue + u" ORDER BY c.id";
    const auto query = run(sql, {Sql::date(date)}, tr("Cannot read the cases due"));
    if (!query)
        return query.error();
    QList<qint64> ids;
    while ((*query)->next())
        ids.append((*query)->value(0).toLongLong());
    (*query)->finish();
    return ids;
}

namespace {

/*! The statements reading a set of cases and their rows; %1 in \a where stands for the column
    holding the case id (c.id, cl.case_id, l.case_id). */
struct ReadSql
{
    QString claims;
    QString ledger;
    QString history;
};

ReadSql readSqlFor(const QString &where)
{
    return ReadSql {
        u"SELECT cl.id, cl.case_id, cl.client_id, cl.invoice_no, cl.invoice_date, cl.due_date, "
        "cl.contract_date, cl.original_amount_ore, cl.debtor_type, cl.reminder_fee_agreed, "
        "cl.interest_kind, cl.interest_margin_bp, cl.interest_fixed_rate_bp, cl.disputed "
        "FROM claims cl WHERE "_qs
            + where.arg(u"cl.case_id"_qs) + u" ORDER BY cl.case_id, cl.id",
        u"SELECT l.case_id, l.claim_id, l.kind, l.component, l.fee_type, l.entry_date, "
        "l.amount_ore, l.reference FROM ledger l WHERE "_qs
            + where.arg(u"l.case_id"_qs) + u" ORDER BY l.case_id, l.entry_date, l.id",
        u"SELECT c.id, h.status, h.close_reason FROM cases c "
        "JOIN cases h ON h.debtor_id = c.debtor_id AND h.id <> c.id "
        "AND (h.opened_on < c.opened_on OR (h.opened_on = c.opened_on AND h.id < c.id)) WHERE "_qs
            + where.arg(u"c.id"_qs) + u" ORDER BY c.id",
    };
}

/*!
 * "%1 is one of the ids bound as one value" (see idsValue()): on SQLite a JSON array read with
 * json_each, on PostgreSQL an array; either way one statement per batch and table, each id
 * looked up through the primary key or the table's case_id index.
 */
QString inIdsCondition(bool postgres)
{
    return postgres ? u"%1 = ANY(CAST(? AS BIGINT[]))"_qs
                    : u"%1 IN (SELECT value FROM json_each(?))"_qs;
}

/*! The value bound for inIdsCondition(): "[1,2,3]" on SQLite, "{1,2,3}" on PostgreSQL. */
template<typename Ids> QString idsValue(const Ids &ids, bool postgres)
{
    QString text;
    text.reserve(ids.size() * 8 + 2);
    text += postgres ? u'{' : u'[';
    bool first = true;
    for (qint64 id : ids) {
        if (!first)
            text += u',';
        first = false;
        text += QString::number(id);
    }
    text += postgres ? u'}' : u']';
    return text;
}

} // namespace

Status ProcessCaseRepository::loadBatch(const QList<qint64> &ids, QDate date, bool lock,
                                        ProcessBatchRows &rows)
{
    const bool postgres = m_statements.database().engine() == Database::Engine::Postgres;
    // The due condition again: another workstation may have changed a case since dueIds().
    // SQLite: NOT INDEXED keeps the look-ups on the primary key. PostgreSQL: the row locks of
    // the batch.
    static const QString casesSql = u"SELECT "_qs + caseColumns()
        + u" FROM cases c %1 JOIN debtors d ON d.id = c.debtor_id WHERE %2 AND "_qs + kDue
        + u" ORDER BY c.id %3"_qs;
    static const QString sqliteCases = QString(casesSql).arg(
        u"NOT INDEXED"_qs, inIdsCondition(false).arg(u"c.id"_qs), QString());
    static const QString pgCases
        = QString(casesSql).arg(QString(), inIdsCondition(true).arg(u"c.id"_qs), QString());
    static const QString pgLockedCases = QString(casesSql).arg(
        QString(), inIdsCondition(true).arg(u"c.id"_qs), u"FOR UPDATE OF c"_qs);
    static const ReadSql sqliteRead = readSqlFor(inIdsCondition(false));
    static const ReadSql pgRead = readSqlFor(inIdsCondition(true));

    rows.clear();
    if (ids.isEmpty())
        return {};
    rows.afterId = ids.constFirst() - 1;
    rows.lastId = ids.constLast();
    const QString &sql = !postgres ? sqliteCases : (lock ? pgLockedCases : pgCases);
    if (Status s = readCases(sql, {idsValue(ids, postgres), Sql::date(date)}, rows);
        !s || rows.cases.isEmpty())
        return s;
    QList<qint64> still; // the cases still due
    still.reserve(rows.cases.size());
    for (const ProcessCaseRow &r : std::as_const(rows.cases))
        still.append(r.caseData.id);
    const ReadSql &read = postgres ? pgRead : sqliteRead;
    return readDetails(read.claims, read.ledger, read.history, {idsValue(still, postgres)}, rows);
}

Status ProcessCaseRepository::reloadHistory(qint64 caseId, ProcessBatchRows &rows)
{
    static const QString sql = readSqlFor(u"%1 = ?"_qs).history;
    QList<DebtorHistoryRow> fresh;
    if (Status s = readAll(run(sql, {caseId}, tr("Cannot read the debtors' earlier cases")), fresh,
                           readHistory);
        !s)
        return s;
    // The case's rows lie together in the case-id ordered list: the new ones in their place.
    const auto byCase = [](const DebtorHistoryRow &h, qint64 id) { return h.caseId < id; };
    const auto from = std::lower_bound(rows.history.begin(), rows.history.end(), caseId, byCase);
    const qsizetype at = from - rows.history.begin();
    auto to = from;
    while (to != rows.history.end() && to->caseId == caseId)
        ++to;
    rows.history.erase(from, to);
    for (qsizetype i = 0; i < fresh.size(); ++i)
        rows.history.insert(at + i, fresh.at(i));
    return {};
}

Status ProcessCaseRepository::loadCase(qint64 caseId, ProcessBatchRows &rows)
{
    static const QString casesSql = u"SELECT "_qs + caseColumns()
        + u" FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = ?"_qs;
    static const ReadSql read = readSqlFor(u"%1 = ?"_qs);
    rows.clear();
    rows.afterId = caseId - 1;
    rows.lastId = caseId - 1;
    if (Status s = readCases(casesSql, {caseId}, rows); !s || rows.cases.isEmpty())
        return s;
    rows.lastId = caseId;
    return readDetails(read.claims, read.ledger, read.history, {caseId}, rows);
}

Status ProcessCaseRepository::readCases(const QString &sql, const QVariantList &values,
                                        ProcessBatchRows &rows)
{
    return readAll(run(sql, values, tr("Cannot read the cases due")), rows.cases, readCase);
}

Status ProcessCaseRepository::readDetails(const QString &claimsSql, const QString &ledgerSql,
                                          const QString &historySql, const QVariantList &values,
                                          ProcessBatchRows &rows)
{
    if (Status s = readAll(run(claimsSql, values, tr("Cannot read the claims of the cases due")),
                           rows.claims, readClaim);
        !s)
        return s;
    if (Status s = readAll(run(ledgerSql, values, tr("Cannot read the ledger of the cases due")),
                           rows.ledger, readLedger);
        !s)
        return s;
    if (Status s = readAll(run(historySql, values, tr("Cannot read the debtors' earlier cases")),
                           rows.history, readHistory);
        !s)
        return s;
    auto pauses = m_pauses.activeForCases(rows.afterId, rows.lastId);
    if (!pauses)
        return pauses.error();
    rows.pauses.append(*pauses);
    return {};
}

Status ProcessCaseRepository::save(const ProcessCaseUpdate &u)
{
    // The columns the queue's indexes cover (status, segment, next_action_date; a partial index
    // also reads the status) are only written when they change, each on its own, so that a case
    // whose next action date alone moved updates only the indexes holding that date. One
    // statement per combination of changed columns, prepared on first use.
    enum Part { Status_ = 1, Segment_ = 2, NextDate = 4, Close = 8, ClearPause = 16 };
    const bool closing = u.closedOn.isValid();
    const int parts = (u.statusChanged || closing ? Status_ : 0) | (u.segmentChanged ? Segment_ : 0)
        | (u.nextActionDateChanged || closing ? NextDate : 0) | (closing ? Close : 0)
        | (u.clearPause ? ClearPause : 0);
    QString &sql = m_saveSql[parts];
    if (sql.isEmpty()) {
        sql = u"UPDATE cases SET "_qs;
        if (parts & Status_)
            sql += u"status = ?, ";
        if (parts & Segment_)
            sql += u"segment = ?, ";
        if (parts & NextDate)
            sql += u"next_action_date = ?, ";
        if (parts & Close)
            sql += u"closed_on = ?, close_reason = ?, ";
        if (parts & ClearPause)
            sql += u"paused_until = NULL, pause_reason = '', ";
        sql += u"next_action = ?, process_template = ?, process_step = ?, process_step_id = ?, "
               "process_occurrence = ?, process_step_date = ?, process_deadline = ?, "
               "reminders_sent = ?, demand_sent_on = ?, demand_deadline = ?, "
               "limitation_alerted_through = ?, process_finished = ?, refusal_key = ?, "
               "rules_version = ?, score = ?, score_on = ? WHERE id = ?";
    }
    const ProcessState &s = u.state;
    QVariantList values;
    values.reserve(24);
    if (parts & Status_)
        values.append(machineName(closing ? CaseStatus::Closed : u.status));
    if (parts & Segment_)
        values.append(machineName(u.segment));
    if (parts & NextDate)
        values.append(Sql::isoDate(closing ? QDate() : u.nextActionDate));
    if (parts & Close) {
        values.append(Sql::isoDate(u.closedOn));
        values.append(Sql::text(u.closeReason));
    }
    values.append(Sql::text(closing ? QString() : u.nextAction));
    values.append(Sql::text(s.templateKey));
    values.append(s.stepIndex);
    values.append(Sql::text(s.stepId));
    values.append(s.occurrence);
    values.append(Sql::isoDate(s.stepDate));
    values.append(Sql::isoDate(s.lastDeadline));
    values.append(s.remindersSent);
    values.append(Sql::isoDate(s.demandSentOn));
    values.append(Sql::isoDate(s.demandDeadline));
    values.append(Sql::isoDate(s.limitationAlertedThrough));
    values.append(Sql::boolean(s.finished));
    values.append(Sql::text(s.refusalKey));
    values.append(Sql::text(s.rulesVersion));
    values.append(u.score);
    values.append(Sql::isoDate(u.scoreOn));
    values.append(u.caseId);
    int changed = 0;
    QSqlError error;
    if (!m_statements.run(sql, values, changed, error))
        return Error(tr("Cannot save the process state of case %1").arg(u.caseId), {}, error.text());
    if (changed != 1)
        return Error(tr("There is no case with id %1").arg(u.caseId));
    return {};
}

Result<std::optional<ProcessState>> ProcessCaseRepository::stateOf(qint64 caseId)
{
    static const QString sql = u"SELECT "_qs + caseColumns()
        + u" FROM cases c JOIN debtors d ON d.id = c.debtor_id WHERE c.id = ?"_qs;
    const auto row = Sql::fetchOne(
        m_statements, sql, {caseId},
        [](const QSqlQuery &q) {
            ProcessCaseRow r;
            readCase(q, r);
            return r.state;
        },
        tr("Cannot read the process state of case %1").arg(caseId));
    if (!row)
        return row.error();
    return *row;
}

} // namespace Fordran
