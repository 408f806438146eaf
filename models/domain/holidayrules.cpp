#include "models/domain/holidayrules.h"

#include "models/domain/jsonnumber.h"

#include "models/rules/legaldata.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace Fordran {

namespace {

constexpr int MaxOffset = 366;

// A whole number in [low, high], or nullopt (missing, fractional or out of range).
std::optional<int> intIn(const QJsonObject &o, QStringView key, int low, int high)
{
    const std::optional<qint64> n = jsonWholeNumber(o.value(key));
    if (!n || *n < low || *n > high)
        return std::nullopt;
    return int(*n);
}

// An optional ISO date: true and an invalid date when absent, false when present but not a date.
bool optionalDate(const QJsonObject &o, QStringView key, QDate *out)
{
    if (!o.contains(key))
        return true;
    *out = QDate::fromString(o.value(key).toString(), Qt::ISODate);
    return out->isValid();
}

Result<HolidayRules::Rule> parseRule(const QJsonObject &o, const QString &path)
{
    HolidayRules::Rule rule;
    rule.name = o.value(u"name").toString();
    if (rule.name.isEmpty())
        return Error(HolidayRules::tr("%1.name: every day needs a name").arg(path), path);
    const QString kind = o.value(u"rule").toString();
    if (kind == u"fixed")
        rule.kind = HolidayRules::Kind::Fixed;
    else if (kind == u"easter")
        rule.kind = HolidayRules::Kind::Easter;
    else if (kind == u"saturday_from")
        rule.kind = HolidayRules::Kind::SaturdayFrom;
    else
        return Error(
            HolidayRules::tr("%1.rule: must be 'fixed', 'easter' or 'saturday_from'").arg(path),
            path);
    if (rule.kind != HolidayRules::Kind::Easter) {
        const auto month = intIn(o, u"month", 1, 12);
        const auto day = intIn(o, u"day", 1, 31);
        if (!month || !day || !QDate(2000, *month, *day).isValid())
            return Error(HolidayRules::tr("%1: month and day must give a date").arg(path), path);
        rule.month = *month;
        rule.day = *day;
    }
    if (rule.kind == HolidayRules::Kind::Fixed && o.contains(u"offset"))
        return Error(HolidayRules::tr("%1.offset: a fixed date takes no offset").arg(path), path);
    if (o.contains(u"offset") || rule.kind == HolidayRules::Kind::Easter) {
        const auto offset = intIn(o, u"offset", -MaxOffset, MaxOffset);
        if (!offset)
            return Error(
                HolidayRules::tr("%1.offset: must be a whole number of days from -%2 to %2")
                    .arg(path)
                    .arg(MaxOffset),
                path);
        rule.offset = *offset;
    }
    const QJsonValue isPublic = o.value(u"public_holiday");
    if (!isPublic.isBool())
        return Error(HolidayRules::tr("%1.public_holiday: must be true or false").arg(path), path);
    rule.isPublicHoliday = isPublic.toBool();
    if (!optionalDate(o, u"valid_from", &rule.validFrom)
        || !optionalDate(o, u"valid_until", &rule.validUntil))
        return Error(
            HolidayRules::tr("%1: valid_from and valid_until must be dates (YYYY-MM-DD)").arg(path),
            path);
    if (rule.validFrom.isValid() && rule.validUntil.isValid() && rule.validUntil <= rule.validFrom)
        return Error(HolidayRules::tr("%1: valid_until must be after valid_from").arg(path), path);
    rule.statute = o.value(u"statute").toString();
    if (rule.statute.isEmpty())
        return Error(HolidayRules::tr("%1.statute: every day must cite its statute").arg(path),
                     path);
    return rule;
}

QDate dateOf(const HolidayRules::Rule &rule, int year, QDate easter)
{
    switch (rule.kind) {
    case HolidayRules::Kind::Fixed:
        return QDate(year, rule.month, rule.day);
    case HolidayRules::Kind::Easter:
        return easter.addDays(rule.offset);
    case HolidayRules::Kind::SaturdayFrom: {
        const QDate from(year, rule.month, rule.day);
        if (!from.isValid())
            return {};
        return from.addDays((6 - from.dayOfWeek() + 7) % 7 + rule.offset);
    }
    }
    return {};
}

Result<HolidayRules> parseTable(const QJsonObject &root)
{
    const QJsonArray days = root.value(u"days").toArray();
    if (days.isEmpty())
        return Error(HolidayRules::tr("the holiday table has no days"), QStringLiteral("days"));
    QList<HolidayRules::Rule> rules;
    for (qsizetype i = 0; i < days.size(); ++i) {
        const QString path = QStringLiteral("days[%1]").arg(i);
        if (!days.at(i).isObject())
            return Error(HolidayRules::tr("%1: must be an object").arg(path), path);
        auto rule = parseRule(days.at(i).toObject(), path);
        if (!rule)
            return rule.error();
        rules.append(std::move(rule).value());
    }
    return HolidayRules(std::move(rules));
}

} // namespace

HolidayRules::HolidayRules(QList<Rule> rules)
    : m_rules(std::move(rules))
{
}

const Result<HolidayRules> &HolidayRules::builtIn()
{
    static const Result<HolidayRules> rules = []() -> Result<HolidayRules> {
        const auto root = Internal::loadJsonResource(QStringLiteral(":/legal/holidays.json"));
        if (!root)
            return root.error();
        return parseTable(root.value());
    }();
    return rules;
}

Result<HolidayRules> HolidayRules::fromJson(const QByteArray &json)
{
    const auto root = Internal::parseJsonObject(json, tr("the holiday table"));
    if (!root)
        return root.error();
    return parseTable(root.value());
}

QList<Holiday> HolidayRules::holidaysOf(int year) const
{
    QList<Holiday> list;
    if (year < FirstYear || year > LastYear)
        return list;
    const QDate easter = easterSunday(year);
    for (const Rule &rule : m_rules) {
        const QDate date = dateOf(rule, year, easter);
        if (!date.isValid() || date.year() != year)
            continue;
        if ((rule.validFrom.isValid() && date < rule.validFrom)
            || (rule.validUntil.isValid() && date >= rule.validUntil))
            continue;
        list.append(Holiday {date, rule.name, rule.isPublicHoliday, rule.statute});
    }
    std::stable_sort(list.begin(), list.end(),
                     [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
    return list;
}

QDate HolidayRules::easterSunday(int year)
{
    if (year < FirstYear || year > LastYear)
        return {};
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

} // namespace Fordran
