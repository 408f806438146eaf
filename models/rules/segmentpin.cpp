#include "models/rules/segmentpin.h"

namespace Fordran {

Status SegmentPin::validate(QDate today) const
{
    if (reason.trimmed().isEmpty())
        return Error(tr("A pinned segment needs a reason"), u"reason"_qs);
    if (reason.size() > MaxReasonLength) {
        return Error(tr("The reason is longer than %1 characters").arg(MaxReasonLength),
                     u"reason"_qs);
    }
    if (!until.isValid())
        return Error(tr("A pinned segment needs an end date"), u"until"_qs);
    if (!today.isValid() || until <= today) {
        return Error(tr("The end date %1 must be in the future").arg(until.toString(Qt::ISODate)),
                     u"until"_qs);
    }
    return {};
}

} // namespace Fordran
