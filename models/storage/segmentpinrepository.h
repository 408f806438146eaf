#pragma once

#include "models/domain/result.h"
#include "models/storage/processrecords.h"
#include "models/storage/sqlsupport.h"

#include <QCoreApplication>
#include <QList>

namespace Fordran {

class Database;

/*! Segment pins (segment_pins): rows are only added; a newer pin of a pair supersedes. */
class SegmentPinRepository final
{
    Q_DECLARE_TR_FUNCTIONS(SegmentPinRepository)

public:
    explicit SegmentPinRepository(Database &database);
    Q_DISABLE_COPY_MOVE(SegmentPinRepository)

    /*! Stores \a pin (createdAt now if unset) and gives its id. */
    Result<qint64> insert(const StoredPin &pin);
    /*! The pins holding on \a date (until on or after it), oldest first, so that a later one
        of the same client and debtor replaces an earlier one when put in a map. */
    Result<QList<StoredPin>> activeOn(QDate date);
    /*! Every pin of \a debtorId, newest first. */
    Result<QList<StoredPin>> forDebtor(qint64 debtorId);

private:
    Sql::StatementCache m_statements;
};

} // namespace Fordran
