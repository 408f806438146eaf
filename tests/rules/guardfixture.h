#pragma once

// The rule values of the r-b suites, taken from the built-in tables (RulesSet, FeeSchedule),
// never typed in here. A broken built-in table stops the suite.

#include "models/rules/feeschedule.h"
#include "models/rules/guardset.h"
#include "models/rules/interest.h"
#include "models/rules/rulesset.h"

#include <QTest>

namespace GuardFixture {

inline const Fordran::RulesSet &rulesSet()
{
    static const Fordran::RulesSet set = [] {
        auto loaded = Fordran::RulesSet::builtIn();
        if (!loaded)
            qFatal("built-in rules: %s", qPrintable(loaded.error().message));
        return *loaded;
    }();
    return set;
}

/*! The days after an interest notice before interest starts (räntelagen 4 § first paragraph),
 *  from the built-in interest conventions (resources/rules/interest.json). */
inline int interestDaysAfterNotice() { return Fordran::InterestConventions::defaults().value().daysAfterNotice; }

inline Fordran::GuardRules rules()
{
    const Fordran::RulesSet &set = rulesSet();
    Fordran::GuardRules r;
    r.demandDeadline = set.demandDeadline();
    r.limitation = set.limitation();
    r.pauses.reasons = set.pauseReasons();
    r.interestOnFees = set.interestOnFees();
    r.interestDaysAfterNotice = interestDaysAfterNotice();
    return r;
}

inline int firstClassTransitDays()
{
    const auto channel = rulesSet().channel(u"post_first_class");
    if (!channel)
        qFatal("built-in rules: no post_first_class channel");
    return channel->transitDays;
}

inline Fordran::FeeSchedule fees()
{
    auto schedule = Fordran::FeeSchedule::builtIn();
    if (!schedule)
        qFatal("built-in fee schedule: %s", qPrintable(schedule.error().message));
    return *schedule;
}

} // namespace GuardFixture
