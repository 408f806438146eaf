#pragma once

#include "models/domain/result.h"
#include "models/storage/casequeuequery.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>
#include <optional>

namespace Fordran {

class Database;

/*!
 * The case queue as a table model over any number of cases (a million is the design size).
 *
 * rowCount() is CaseQueueQuery::count() of the filter, asked once per filter and cached. Rows are
 * fetched lazily, a page of PageSize rows at a time, when a view asks for their data; at most
 * MaxCachedPages pages are kept (least recently used goes first), so the model holds a few
 * hundred rows whatever the number of cases. Sorting asks the query layer for another order
 * (raw values: amounts as öre, dates as dates), it never sorts here.
 *
 * Filter changes and sort() reset the model (a new order keeps the count). refresh() re-counts and
 * drops the cached pages after the cases changed elsewhere. A storage error leaves the affected
 * rows empty, is kept in errorText() and is reported once through errorOccurred().
 *
 * The Database must outlive the model.
 */
class CaseQueueModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseQueueModel)

public:
    enum Column {
        CaseNo,
        Debtor,
        Identity,
        Client,
        Status,
        Segment,
        Balance,
        NextActionDate,
        Officer,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole, //!< QString, QDate or Money (not formatted)
        CaseIdRole, //!< qint64
        CaseNoRole, //!< QString, in every column
    };

    static constexpr int PageSize = 200;
    static constexpr int MaxCachedPages = 8;

    explicit CaseQueueModel(Database &database, QObject *parent = nullptr);
    ~CaseQueueModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    const CaseQueueFilter &filter() const { return m_filter; }
    /*! Shows the cases of \a filter (its sort included); nothing happens if it is the same. */
    void setFilter(const CaseQueueFilter &filter);
    void setSearchText(const QString &text);
    void setStatusFilter(std::optional<CaseStatus> status, bool openOnly = false);
    void setClientFilter(std::optional<qint64> clientId);
    void setOfficerFilter(std::optional<qint64> userId);
    /*! Counts again and forgets the cached pages. */
    void refresh();

    /*! The case shown in \a row, or 0. Fetches the row's page if needed. */
    qint64 caseId(int row) const;
    /*! The whole row, or nothing for a row out of range or not readable. */
    std::optional<CaseQueueRow> rowAt(int row) const;

    /*! The sort of \a column (every column is sortable). */
    static CaseQueueSort sortFor(Column column);
    static Column columnFor(CaseQueueSort sort);

    /*! Pages held now (≤ MaxCachedPages) and page reads so far: for tests and benchmarks. */
    int cachedPageCount() const { return int(m_pages.size()); }
    int pageFetchCount() const { return m_pageFetches; }
    /*! The last storage error, empty if none since the last reset. */
    QString errorText() const { return m_error; }

Q_SIGNALS:
    /*! The number of cases changed (after a filter change or refresh()). */
    void countChanged(qint64 count);
    void errorOccurred(const QString &message);

private:
    struct Page
    {
        int index = 0;
        QList<CaseQueueRow> rows;
    };

    const CaseQueueRow *row(int row) const;
    void reset(const CaseQueueFilter &filter);
    void reportError(const Error &error) const;
    /*! The DisplayRole text or (\a raw) the RawValueRole value of \a column. */
    QVariant value(const CaseQueueRow &r, int column, bool raw) const;

    std::unique_ptr<CaseQueueQuery> m_query;
    CaseQueueFilter m_filter;
    qint64 m_count = 0;
    bool m_counted = false; // m_count is the count of m_filter's cases
    mutable QList<Page> m_pages; // most recently used first
    mutable QList<int> m_failedPages;
    mutable int m_pageFetches = 0;
    mutable QString m_error;
};

} // namespace Fordran
