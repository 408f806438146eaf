#include "models/items/casequeuemodel.h"

#include "models/storage/database.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace Fordran {

CaseQueueModel::CaseQueueModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_query(std::make_unique<CaseQueueQuery>(database))
{
    reset(m_filter);
}

CaseQueueModel::~CaseQueueModel() = default;

int CaseQueueModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int CaseQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != RawValueRole && role != CaseIdRole && role != CaseNoRole
        && role != Qt::TextAlignmentRole && role != Qt::ToolTipRole)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool right = index.column() == Balance;
        return QVariant::fromValue(
            Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    const CaseQueueRow *r = row(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return value(*r, index.column(), false);
    case RawValueRole:
        return value(*r, index.column(), true);
    case CaseIdRole:
        return r->id;
    case CaseNoRole:
        return r->caseNo;
    case Qt::ToolTipRole:
        if (index.column() == NextActionDate && !r->nextAction.isEmpty())
            return tr("Next action: %1").arg(r->nextAction);
        if (index.column() == Identity && r->protectedIdentity)
            return tr("Protected personal data: handle the address with care");
        return {};
    default:
        return {};
    }
}

QVariant CaseQueueModel::value(const CaseQueueRow &r, int column, bool raw) const
{
    switch (column) {
    case CaseNo:
        return r.caseNo;
    case Debtor:
        return r.debtorName;
    case Identity:
        return raw ? r.debtorIdentity : r.maskedIdentity();
    case Client:
        return r.clientName;
    case Status:
        return raw ? machineName(r.status) : EntityText::displayName(r.status);
    case Segment:
        return raw ? machineName(r.segment) : EntityText::displayName(r.segment);
    case Balance:
        return raw ? QVariant::fromValue(r.balance) : QVariant(r.balance.toString());
    case NextActionDate:
        if (raw)
            return r.nextActionDate;
        return r.nextActionDate.isValid()
            ? QLocale().toString(r.nextActionDate, QLocale::ShortFormat)
            : QString();
    case Officer:
        return r.assignedUserName;
    default:
        return {};
    }
}

QVariant CaseQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseNo:
        return tr("Case no.");
    case Debtor:
        return tr("Debtor");
    case Identity:
        return tr("Personal/org. no.");
    case Client:
        return tr("Client");
    case Status:
        return tr("Status");
    case Segment:
        return tr("Segment");
    case Balance:
        return tr("Balance");
    case NextActionDate:
        return tr("Next action");
    case Officer:
        return tr("Officer");
    default:
        return {};
    }
}

CaseQueueSort CaseQueueModel::sortFor(Column column)
{
    switch (column) {
    case CaseNo:
        return CaseQueueSort::CaseNo;
    case Debtor:
        return CaseQueueSort::Debtor;
    case Identity:
        return CaseQueueSort::Identity;
    case Client:
        return CaseQueueSort::Client;
    case Status:
        return CaseQueueSort::Status;
    case Segment:
        return CaseQueueSort::Segment;
    case Balance:
        return CaseQueueSort::Balance;
    case Officer:
        return CaseQueueSort::Officer;
    case NextActionDate:
    case ColumnCount:
        break;
    }
    return CaseQueueSort::NextActionDate;
}

CaseQueueModel::Column CaseQueueModel::columnFor(CaseQueueSort sort)
{
    for (int c = 0; c < ColumnCount; ++c) {
        if (sortFor(Column(c)) == sort)
            return Column(c);
    }
    return NextActionDate;
}

void CaseQueueModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    CaseQueueFilter f = m_filter;
    f.sort = sortFor(Column(column));
    f.order = order;
    setFilter(f);
}

void CaseQueueModel::setFilter(const CaseQueueFilter &filter)
{
    if (filter == m_filter)
        return;
    reset(filter);
}

void CaseQueueModel::setSearchText(const QString &text)
{
    CaseQueueFilter f = m_filter;
    f.search = text.trimmed();
    setFilter(f);
}

void CaseQueueModel::setStatusFilter(std::optional<CaseStatus> status, bool openOnly)
{
    CaseQueueFilter f = m_filter;
    f.status = status;
    f.openOnly = !status && openOnly;
    setFilter(f);
}

void CaseQueueModel::setClientFilter(std::optional<qint64> clientId)
{
    CaseQueueFilter f = m_filter;
    f.clientId = clientId;
    setFilter(f);
}

void CaseQueueModel::setOfficerFilter(std::optional<qint64> userId)
{
    CaseQueueFilter f = m_filter;
    f.assignedUserId = userId;
    setFilter(f);
}

void CaseQueueModel::refresh()
{
    m_counted = false;
    reset(m_filter);
}

void CaseQueueModel::reset(const CaseQueueFilter &filter)
{
    // Another order of the same cases keeps the count (counting a million cases is the slow part).
    CaseQueueFilter sameSelection = filter;
    sameSelection.sort = m_filter.sort;
    sameSelection.order = m_filter.order;
    const bool recount = !m_counted || sameSelection != m_filter || !m_error.isEmpty();

    beginResetModel();
    m_filter = filter;
    m_pages.clear();
    m_failedPages.clear();
    m_error.clear();
    Result<qint64> counted = m_count;
    if (recount) {
        counted = m_query->count(m_filter);
        m_count = counted ? *counted : 0;
        m_counted = counted.ok();
    }
    endResetModel();
    if (!counted)
        reportError(counted.error());
    if (recount)
        Q_EMIT countChanged(m_count);
}

const CaseQueueRow *CaseQueueModel::row(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    const int pageIndex = row / PageSize;
    const int inPage = row % PageSize;
    for (qsizetype i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).index != pageIndex)
            continue;
        if (i > 0)
            m_pages.move(i, 0);
        const QList<CaseQueueRow> &rows = m_pages.first().rows;
        return inPage < rows.size() ? &rows.at(inPage) : nullptr;
    }
    if (m_failedPages.contains(pageIndex))
        return nullptr;

    ++m_pageFetches;
    Result<QList<CaseQueueRow>> fetched
        = m_query->page(m_filter, qint64(pageIndex) * PageSize, PageSize, m_count);
    if (!fetched) {
        m_failedPages.append(pageIndex);
        reportError(fetched.error());
        return nullptr;
    }
    m_pages.prepend(Page {pageIndex, std::move(fetched).value()});
    while (m_pages.size() > MaxCachedPages)
        m_pages.removeLast();
    const QList<CaseQueueRow> &rows = m_pages.first().rows;
    return inPage < rows.size() ? &rows.at(inPage) : nullptr;
}

qint64 CaseQueueModel::caseId(int row) const
{
    const CaseQueueRow *r = this->row(row);
    return r ? r->id : 0;
}

std::optional<CaseQueueRow> CaseQueueModel::rowAt(int row) const
{
    const CaseQueueRow *r = this->row(row);
    return r ? std::optional<CaseQueueRow>(*r) : std::nullopt;
}

void CaseQueueModel::reportError(const Error &error) const
{
    const bool first = m_error.isEmpty();
    m_error = error.detail.isEmpty() ? error.message : error.message + u": " + error.detail;
    if (first) {
        // Reporting does not change the model; the signal is what a view listens to.
        Q_EMIT const_cast<CaseQueueModel *>(this)->errorOccurred(m_error);
    }
}

} // namespace Fordran
