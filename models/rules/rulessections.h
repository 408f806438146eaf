#pragma once

#include "models/domain/entities.h"

#include <QString>
#include <QTime>

#include <optional>

namespace Fordran {

/*! A way letters travel, with the days a letter is presumed to be on its way. */
struct Channel
{
    QString name; //!< "post_first_class", "b_post", "digital", …
    int transitDays = 0;
    QString description;

    bool operator==(const Channel &) const = default;
};

/*! Minimum inkassokrav deadline (good collection practice); the real one comes from DemandDeadline. */
struct DemandDeadlineRules
{
    int minCalendarDays = 0;         //!< counted from the day the demand is sent
    int minBankDaysAfterReceipt = 0; //!< counted from presumed receipt (sending + transit days)
    QString statute;

    bool operator==(const DemandDeadlineRules &) const = default;
};

/*! Limitation periods (preskription) and how early to warn before a claim becomes time-barred. */
struct LimitationRules
{
    int consumerYears = 0; //!< consumer claims for goods and services
    int otherYears = 0;    //!< everything else
    int alertDays = 0;     //!< warn this many days before the limitation date
    QString statute;

    int yearsFor(DebtorType type) const
    {
        return type == DebtorType::Consumer ? consumerYears : otherYears;
    }
    bool operator==(const LimitationRules &) const = default;
};

/*! Local clock times between which calls may be made: from ≤ t < to. */
struct TimeWindow
{
    QTime from;
    QTime to;

    bool contains(QTime time) const { return time.isValid() && from <= time && time < to; }
    /*! "08:00-20:00" */
    QString toString() const;
    bool operator==(const TimeWindow &) const = default;
};

/*! When debtors may be called, and how often. No window on a day: no calls that day. */
struct ContactWindow
{
    std::optional<TimeWindow> weekdays; //!< Monday–Friday that are not holidays
    std::optional<TimeWindow> saturday;
    std::optional<TimeWindow> sunday;
    std::optional<TimeWindow> holidays; //!< public holidays and the eves the bank calendar knows
    int maxCallsPerDay = 0;
    int maxCallsPerWeek = 0;

    /*! The window for \a day, given whether the bank calendar counts it as a holiday. */
    std::optional<TimeWindow> windowOn(Qt::DayOfWeek day, bool holiday) const;
    bool operator==(const ContactWindow &) const = default;
};

/*! Why a case may be paused, and whether a person (not the daily run) must resume it. */
struct PauseReason
{
    QString name; //!< "dispute", "client_request", …
    bool requiresPerson = true;
    QString description;

    bool operator==(const PauseReason &) const = default;
};

} // namespace Fordran
