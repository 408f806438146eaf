#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Fordran {

/*!
 * A client's decision to keep a debtor in a segment whatever the score says ("pin"), with the
 * reason and the last day it holds. An active pin wins over the VIP list and the score.
 */
struct SegmentPin
{
    Q_DECLARE_TR_FUNCTIONS(SegmentPin)

public:
    static constexpr qsizetype MaxReasonLength = 500;

    Segment segment = Segment::Normal;
    QString reason;
    QDate until;      //!< the last day the pin holds
    QString pinnedBy; //!< login of the user who set it

    /*!
     * For a new pin: a reason (not only spaces, at most MaxReasonLength characters) and an
     * end date after \a today. The Error's field is "reason" or "until".
     */
    Status validate(QDate today) const;

    /*! True while the pin holds: until is valid and not before \a day. */
    bool isActiveOn(QDate day) const { return until.isValid() && day.isValid() && until >= day; }

    bool operator==(const SegmentPin &) const = default;
};

} // namespace Fordran
