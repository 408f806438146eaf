#include "models/storage/caserepository.h"

#include "models/storage/unitofwork.h"

#include <QHash>

namespace Fordran {

namespace {

// The columns of cases, in one place: SELECT order = Column.
const QStringList kColumns{
    QStringLiteral("id"), QStringLiteral("case_no"), QStringLiteral("client_id"), QStringLiteral("debtor_id"),
    QStringLiteral("ocr"), QStringLiteral("status"), QStringLiteral("segment"), QStringLiteral("assigned_user_id"),
    QStringLiteral("opened_on"), QStringLiteral("next_action_date"), QStringLiteral("next_action"),
    QStringLiteral("paused_until"), QStringLiteral("pause_reason"), QStringLiteral("closed_on"),
    QStringLiteral("close_reason"), QStringLiteral("balance_ore"), QStringLiteral("created_at"),
};
enum Column {
    Id, CaseNo, ClientId, DebtorId, Ocr, Status_, Segment_, AssignedUserId, OpenedOn, NextActionDate, NextAction,
    PausedUntil, PauseReason, ClosedOn, CloseReason, BalanceOre, CreatedAt
};

const QString kTable = QStringLiteral("cases");

} // namespace

Case CaseRepository::readRow(const QSqlQuery &q)
{
    Case c;
    c.id = q.value(Id).toLongLong();
    c.caseNo = q.value(CaseNo).toString();
    c.clientId = q.value(ClientId).toLongLong();
    c.debtorId = q.value(DebtorId).toLongLong();
    c.ocr = q.value(Ocr).toString();
    c.status = fromMachineName<CaseStatus>(q.value(Status_).toString()).value_or(CaseStatus::New);
    c.segment = fromMachineName<Segment>(q.value(Segment_).toString()).value_or(Segment::Normal);
    c.assignedUserId = Sql::toId(q.value(AssignedUserId));
    c.openedOn = Sql::toDate(q.value(OpenedOn));
    c.nextActionDate = Sql::toDate(q.value(NextActionDate));
    c.nextAction = q.value(NextAction).toString();
    c.pausedUntil = Sql::toDate(q.value(PausedUntil));
    c.pauseReason = q.value(PauseReason).toString();
    c.closedOn = Sql::toDate(q.value(ClosedOn));
    c.closeReason = q.value(CloseReason).toString();
    c.balance = Money::fromOre(q.value(BalanceOre).toLongLong());
    c.createdAt = Sql::toTimestamp(q.value(CreatedAt));
    return c;
}

QString CaseRepository::selectColumns(const QString &alias)
{
    static_assert(CreatedAt + 1 == ColumnCount);
    QStringList columns;
    for (const QString &column : kColumns)
        columns.append(alias + u'.' + column);
    return Sql::columnList(columns);
}

namespace {

/*! The values of kColumns.mid(1) for \a c (balance 0); \a now stands in for an unset createdAt. */
QVariantList insertValues(const Case &c, const QDateTime &now = {})
{
    return {Sql::text(c.caseNo), c.clientId, c.debtorId, Sql::text(c.ocr), machineName(c.status),
            machineName(c.segment), Sql::optionalId(c.assignedUserId),
            Sql::date(c.openedOn.isValid() ? c.openedOn : QDate::currentDate()), Sql::date(c.nextActionDate),
            Sql::text(c.nextAction), Sql::date(c.pausedUntil), Sql::text(c.pauseReason), Sql::date(c.closedOn),
            Sql::text(c.closeReason), qint64(0),
            Sql::timestamp(c.createdAt.isValid() ? c.createdAt : now.isValid() ? now : Sql::nowUtc())};
}

const QString kCaseDebtors = QStringLiteral("case_debtors");
const QStringList kCaseDebtorColumns{QStringLiteral("case_id"), QStringLiteral("debtor_id"), QStringLiteral("role")};

CaseDebtor readCaseDebtor(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(),
            fromMachineName<DebtorRole>(q.value(2).toString()).value_or(DebtorRole::Joint)};
}

} // namespace

CaseRepository::CaseRepository(Database &database)
    : m_statements(database)
{}

Result<qint64> CaseRepository::insert(const Case &c)
{
    static const QString sql = Sql::insertSql(kTable, kColumns.mid(1)) + u" RETURNING id";
    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status().error();
    Result<qint64> id = Sql::insertReturningId(
        m_statements, sql, insertValues(c), tr("Cannot save the case %1").arg(c.caseNo),
        Error(tr("Case number %1 or OCR reference %2 is already taken").arg(c.caseNo, c.ocr), QStringLiteral("case_no")));
    if (!id)
        return id;
    if (Status added = addDebtor(*id, c.debtorId, DebtorRole::Main); !added)
        return added.error();
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<qint64>> CaseRepository::insertAll(const QList<Case> &cases)
{
    QHash<QString, qsizetype> indexOf;
    indexOf.reserve(cases.size());
    for (qsizetype i = 0; i < cases.size(); ++i) {
        if (indexOf.contains(cases.at(i).caseNo))
            return Error(tr("Case number %1 is given twice").arg(cases.at(i).caseNo), QStringLiteral("case_no"));
        indexOf.insert(cases.at(i).caseNo, i);
    }
    UnitOfWork unit(m_statements.database());
    if (!unit.ok())
        return unit.status().error();
    static const QStringList columns = kColumns.mid(1);
    QList<qint64> ids(cases.size(), 0);
    const QDateTime now = Sql::nowUtc();
    const Status stored = Sql::insertRows(
        m_statements, kTable, columns, cases.size(), [&](qsizetype i) { return insertValues(cases.at(i), now); },
        QStringLiteral("id, case_no"),
        [&](const QSqlQuery &q) { ids[indexOf.value(q.value(1).toString())] = q.value(0).toLongLong(); },
        tr("Cannot save the cases"),
        Error(tr("One of the case numbers or OCR references is already taken"), QStringLiteral("case_no")));
    if (!stored)
        return stored.error();
    if (ids.contains(0))
        return Error(tr("Cannot save the cases"), {}, QStringLiteral("INSERT returned too few ids"));
    const QString main = machineName(DebtorRole::Main);
    const Status parties = Sql::insertRows(
        m_statements, kCaseDebtors, kCaseDebtorColumns, cases.size(),
        [&](qsizetype i) { return QVariantList{ids.at(i), cases.at(i).debtorId, main}; }, QString(),
        [](const QSqlQuery &) {}, tr("Cannot add the debtors to the cases"));
    if (!parties)
        return parties.error();
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return ids;
}

Result<std::optional<Case>> CaseRepository::byId(qint64 id)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE id = ?";
    return Sql::fetchOne(m_statements, sql, {id}, readRow, tr("Cannot read the case"));
}

Result<std::optional<Case>> CaseRepository::byCaseNo(const QString &caseNo)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE case_no = ?";
    return Sql::fetchOne(m_statements, sql, {caseNo}, readRow, tr("Cannot read the case"));
}

Result<std::optional<Case>> CaseRepository::byOcr(const QString &ocr)
{
    static const QString sql = Sql::selectSql(kTable, kColumns) + u" WHERE ocr = ?";
    return Sql::fetchOne(m_statements, sql, {ocr}, readRow, tr("Cannot read the case"));
}

Result<std::optional<Case>> CaseRepository::openCaseFor(qint64 clientId, qint64 debtorId)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE debtor_id = ? AND client_id = ? AND status <> ? ORDER BY id DESC LIMIT 1";
    return Sql::fetchOne(m_statements, sql, {debtorId, clientId, machineName(CaseStatus::Closed)}, readRow,
                         tr("Cannot read the case"));
}

Result<QList<Case>> CaseRepository::forDebtor(qint64 debtorId)
{
    static const QString sql = Sql::selectSql(kTable, kColumns)
                               + u" WHERE id IN (SELECT case_id FROM case_debtors WHERE debtor_id = ?) ORDER BY id DESC";
    return Sql::fetchAll(m_statements, sql, {debtorId}, readRow, tr("Cannot read the debtor's cases"));
}

Status CaseRepository::update(const QString &sql, const QVariantList &values, qint64 caseId)
{
    return Sql::executeOne(m_statements, sql, values, tr("Cannot save the case"),
                           Error(tr("There is no case with id %1").arg(caseId)));
}

Status CaseRepository::setStatus(qint64 caseId, CaseStatus status)
{
    return update(QStringLiteral("UPDATE cases SET status = ? WHERE id = ?"), {machineName(status), caseId}, caseId);
}

Status CaseRepository::setSegment(qint64 caseId, Segment segment)
{
    return update(QStringLiteral("UPDATE cases SET segment = ? WHERE id = ?"), {machineName(segment), caseId}, caseId);
}

Status CaseRepository::setNextAction(qint64 caseId, QDate date, const QString &action)
{
    return update(QStringLiteral("UPDATE cases SET next_action_date = ?, next_action = ? WHERE id = ?"),
                  {Sql::date(date), Sql::text(action), caseId}, caseId);
}

Status CaseRepository::assign(qint64 caseId, qint64 userId)
{
    return update(QStringLiteral("UPDATE cases SET assigned_user_id = ? WHERE id = ?"),
                  {Sql::optionalId(userId), caseId}, caseId);
}

Status CaseRepository::setPause(qint64 caseId, QDate until, const QString &reason)
{
    return update(QStringLiteral("UPDATE cases SET paused_until = ?, pause_reason = ? WHERE id = ?"),
                  {Sql::date(until), Sql::text(reason), caseId}, caseId);
}

Status CaseRepository::close(qint64 caseId, QDate closedOn, const QString &reason)
{
    return update(QStringLiteral("UPDATE cases SET status = ?, closed_on = ?, close_reason = ?, "
                                 "next_action_date = NULL, next_action = '' WHERE id = ?"),
                  {machineName(CaseStatus::Closed), Sql::date(closedOn), Sql::text(reason), caseId}, caseId);
}

Status CaseRepository::addDebtor(qint64 caseId, qint64 debtorId, DebtorRole role)
{
    static const QString sql = Sql::insertSql(kCaseDebtors, kCaseDebtorColumns);
    const Result<int> added = Sql::execute(m_statements, sql, {caseId, debtorId, machineName(role)},
                                           tr("Cannot add the debtor to the case"));
    if (!added)
        return added.error();
    return {};
}

Result<QList<CaseDebtor>> CaseRepository::debtors(qint64 caseId)
{
    // Main first: "main" < "joint"/"guarantor" would not hold, so order by a CASE expression.
    static const QString sql = QStringLiteral(
        "SELECT case_id, debtor_id, role FROM case_debtors WHERE case_id = ? "
        "ORDER BY CASE role WHEN 'main' THEN 0 WHEN 'joint' THEN 1 ELSE 2 END, debtor_id");
    return Sql::fetchAll(m_statements, sql, {caseId}, readCaseDebtor, tr("Cannot read the case's debtors"));
}

Result<qint64> CaseRepository::count()
{
    static const QString sql = QStringLiteral("SELECT COUNT(*) FROM cases");
    Result<std::optional<qint64>> n = Sql::fetchOne(
        m_statements, sql, {}, [](const QSqlQuery &q) { return q.value(0).toLongLong(); }, tr("Cannot count the cases"));
    if (!n)
        return n.error();
    return n->value_or(0);
}

} // namespace Fordran
