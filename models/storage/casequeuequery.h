#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/result.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariantList>

#include <optional>

namespace Fordran {

class Database;

/*!
 * What the case queue can sort by. Every order ends in the case id, so it is total and the same
 * on every call and on both engines; NULL (no next action date, no identity, no officer) counts
 * as the smallest value. Text compares by code point (bytewise UTF-8), like Debtor::nameKeyFor.
 *
 * | sort           | order (ascending; descending reverses every term)            |
 * |----------------|--------------------------------------------------------------|
 * | CaseNo         | case_no, id                                                  |
 * | Debtor         | main debtor's name key, debtor id, status, id                |
 * | Identity       | main debtor's identity, debtor id, status, id                |
 * | Client         | client name, client id, next action date, status, id         |
 * | Status         | status machine name, next action date, id                    |
 * | Segment        | segment machine name, next action date, status, id           |
 * | Balance        | balance_ore, id                                              |
 * | NextActionDate | next action date, id                                         |
 * | Officer        | officer name, officer id, next action date, id               |
 *
 * All but Officer read an index in that order (schema 0001, 0002_queue_indexes and 0006; the status
 * before the id is the order of those indexes). Officer sorts the filtered cases in the database
 * (unassigned cases have no user row to walk): about a second on a million cases.
 */
enum class CaseQueueSort {
    CaseNo,
    Debtor,
    Identity,
    Client,
    Status,
    Segment,
    Balance,
    NextActionDate,
    Officer
};

/*! How a search text is read; a text can be several at once ("5560360793": orgnr, OCR, invoice). */
enum class CaseSearchKind : unsigned {
    CaseNumber = 0x01, //!< "2026-000123", or its start "2026-0001": a case_no prefix
    Ocr = 0x02, //!< digits with a valid OCR check digit: cases.ocr
    Identity = 0x04, //!< a valid personnummer/samordningsnummer/orgnr: any debtor of the case
    InvoiceNumber = 0x08, //!< any text: a claim's invoice number, exactly
    NamePrefix = 0x10, //!< text with a letter: the start of any debtor's name (name_key range)
};
Q_DECLARE_FLAGS(CaseSearchKinds, CaseSearchKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(CaseSearchKinds)

/*!
 * A search text read into the values the queue looks up. Each kind is an index look-up; a case
 * matches if any kind matches. An empty text (after trimming) has no kinds and matches every case.
 */
struct CaseSearch
{
    CaseSearchKinds kinds;
    QString caseNoPrefix; //!< CaseNumber
    QString ocr; //!< Ocr
    QString identity; //!< Identity: normalised (12 or 10 digits)
    QString invoiceNo; //!< InvoiceNumber: the trimmed text
    QString nameKeyPrefix; //!< NamePrefix: Debtor::nameKeyFor(text)

    /*! Reads \a text; \a today decides the century of a 10-digit personnummer. */
    static CaseSearch detect(QStringView text, QDate today);
};

/*! Which cases the queue shows and in which order. */
struct CaseQueueFilter
{
    QString search; //!< see CaseSearch; empty: every case
    std::optional<CaseStatus> status; //!< one status only
    bool openOnly = false; //!< every status but closed (ignored when status is set)
    std::optional<qint64> clientId;
    std::optional<qint64> assignedUserId; //!< "my cases" is the current user's id here
    CaseQueueSort sort = CaseQueueSort::NextActionDate;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CaseQueueFilter &) const = default;
};

/*! One line of the queue: ids, display fields and raw values (no formatting). */
struct CaseQueueRow
{
    qint64 id = 0;
    QString caseNo;
    QString ocr;
    qint64 debtorId = 0;
    QString debtorName;
    QString debtorIdentity; //!< normalised; empty for a foreign debtor
    DebtorKind debtorKind = DebtorKind::Person;
    bool protectedIdentity = false;
    qint64 clientId = 0;
    QString clientName;
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal;
    Money balance;
    QDate nextActionDate;
    QString nextAction;
    qint64 assignedUserId = 0; //!< 0: unassigned
    QString assignedUserName;

    /*! "811218-****" for a person, "556036-0793" for an organisation, empty without identity. */
    QString maskedIdentity() const;
};

/*!
 * The case queue's one query layer, used by the GUI's CaseQueueModel and by `fordran-cli case
 * list` alike: count and pages of the cases a CaseQueueFilter selects, in its order.
 *
 * Built for a million cases: every search kind is an index look-up, the filters and sorts walk
 * indexes, and page() first picks the page's ids from the indexes alone (LIMIT/OFFSET over the
 * order, joining only what the order needs) and only then reads the 200 rows it shows. Nothing
 * ever reads the whole table into memory. Deep pages cost the index entries skipped (OFFSET),
 * at most half of them when the caller passes the count.
 *
 * Lives no longer than its Database; like the repositories it holds prepared statements.
 */
class CaseQueueQuery final
{
    Q_DECLARE_TR_FUNCTIONS(CaseQueueQuery)

public:
    /*! The most rows page() gives at once. */
    static constexpr int MaxPageSize = 1000;

    explicit CaseQueueQuery(Database &database);
    Q_DISABLE_COPY_MOVE(CaseQueueQuery)

    /*! The day that decides the century of a 10-digit personnummer in searches (default: today). */
    void setToday(QDate today) { m_today = today; }

    /*! How many cases \a filter selects. */
    Result<qint64> count(const CaseQueueFilter &filter);
    /*!
     * The cases \a offset … offset + limit − 1 of \a filter's order (fewer at the end). \a limit
     * is clamped to 1 … MaxPageSize and a negative offset counts as 0.
     *
     * \a total, if known (count() of the same filter), lets a page in the second half be read
     * from the other end of the order: OFFSET then skips at most half of the cases.
     */
    Result<QList<CaseQueueRow>> page(const CaseQueueFilter &filter, qint64 offset, int limit,
                                     qint64 total = -1);

    /*! A statement with its values in binding order (for EXPLAIN QUERY PLAN in tests). */
    struct Statement
    {
        QString sql;
        QVariantList values;
    };
    Statement countStatement(const CaseQueueFilter &filter) const;
    Statement pageStatement(const CaseQueueFilter &filter, qint64 offset, int limit) const;

private:
    struct Selection;
    Selection select(const CaseQueueFilter &filter, bool forCount) const;
    QString orderBy(const CaseQueueFilter &filter) const;

    Database &m_database;
    Sql::StatementCache m_statements;
    QDate m_today;
};

} // namespace Fordran
