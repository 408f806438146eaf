#include "models/rules/rulessections.h"

#include "models/rules/rulesparse.h"

namespace Fordran {

namespace {

using Internal::JsonReader;

constexpr qsizetype kMaxEntries = 50;

class SectionText final
{
    Q_DECLARE_TR_FUNCTIONS(RulesSections)
};

int readInt(JsonReader &r, const QJsonObject &o, const QString &path, QStringView key, int min,
            int max)
{
    return int(r.integer(o, path, key, min, max).value_or(0));
}

/*! "08:00-20:00", or null for no window. */
std::optional<TimeWindow> readWindow(JsonReader &r, const QJsonObject &o, const QString &path,
                                     QStringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isNull())
        return std::nullopt;
    const auto text = r.string(o, path, key);
    if (!text)
        return std::nullopt;
    const QStringList parts = text->split(u'-');
    TimeWindow w;
    if (parts.size() == 2 && parts.at(0).size() == 5 && parts.at(1).size() == 5) {
        w.from = QTime::fromString(parts.at(0), QStringLiteral("HH:mm"));
        w.to = QTime::fromString(parts.at(1), QStringLiteral("HH:mm"));
    }
    if (!w.from.isValid() || !w.to.isValid() || w.from >= w.to) {
        r.fail(JsonReader::join(path, key),
               SectionText::tr("must be a time range like \"08:00-20:00\", or null for no calls"));
        return std::nullopt;
    }
    return w;
}

/*! An object of named entries { "name": { … }, … } with 1..kMaxEntries machine-name keys. */
std::optional<QJsonObject> readNamedEntries(JsonReader &r, const QJsonObject &o,
                                            const QString &path, QStringView key)
{
    const auto entries = r.object(o, path, key);
    if (!entries)
        return std::nullopt;
    const QString where = JsonReader::join(path, key);
    qsizetype named = 0;
    for (auto it = entries->begin(); it != entries->end(); ++it)
        named += (it.key() == u"description" || it.key() == u"comment") ? 0 : 1;
    if (named == 0 || named > kMaxEntries) {
        r.fail(where, SectionText::tr("must name 1 to %1 entries").arg(kMaxEntries));
        return std::nullopt;
    }
    return entries;
}

} // namespace

QString TimeWindow::toString() const
{
    return from.toString(QStringLiteral("HH:mm")) + u'-' + to.toString(QStringLiteral("HH:mm"));
}

std::optional<TimeWindow> ContactWindow::windowOn(Qt::DayOfWeek day, bool holiday) const
{
    if (holiday)
        return holidays;
    if (day == Qt::Saturday)
        return saturday;
    if (day == Qt::Sunday)
        return sunday;
    return weekdays;
}

namespace Internal {

QList<Channel> readChannels(JsonReader &r, const QJsonObject &o, const QString &path)
{
    QList<Channel> channels;
    const auto entries = readNamedEntries(r, o, path, u"channels");
    if (!entries)
        return channels;
    const QString base = JsonReader::join(path, u"channels");
    for (const auto &[name, c] : r.namedObjects(*entries, base)) {
        const QString cp = JsonReader::join(base, name);
        r.checkKeys(c, cp, {u"transit_days"});
        channels.append({name, readInt(r, c, cp, u"transit_days", 0, 30),
                         c.value(u"description").toString()});
    }
    return channels;
}

DemandDeadlineRules readDemandDeadline(JsonReader &r, const QJsonObject &o, const QString &path)
{
    DemandDeadlineRules d;
    const auto s = r.object(o, path, u"demand_deadline");
    if (!s)
        return d;
    const QString p = JsonReader::join(path, u"demand_deadline");
    r.checkKeys(*s, p, {u"min_calendar_days", u"min_bank_days_after_receipt", u"statute"});
    d.minCalendarDays = readInt(r, *s, p, u"min_calendar_days", 1, 90);
    d.minBankDaysAfterReceipt = readInt(r, *s, p, u"min_bank_days_after_receipt", 0, 60);
    d.statute = r.string(*s, p, u"statute").value_or(QString());
    return d;
}

LimitationRules readLimitation(JsonReader &r, const QJsonObject &o, const QString &path)
{
    LimitationRules l;
    const auto s = r.object(o, path, u"limitation");
    if (!s)
        return l;
    const QString p = JsonReader::join(path, u"limitation");
    r.checkKeys(*s, p, {u"consumer_years", u"other_years", u"alert_days", u"statute"});
    l.consumerYears = readInt(r, *s, p, u"consumer_years", 1, 50);
    l.otherYears = readInt(r, *s, p, u"other_years", 1, 50);
    l.alertDays = readInt(r, *s, p, u"alert_days", 0, 3650);
    l.statute = r.string(*s, p, u"statute").value_or(QString());
    return l;
}

ContactWindow readContactWindow(JsonReader &r, const QJsonObject &o, const QString &path)
{
    ContactWindow w;
    const auto s = r.object(o, path, u"contact_window");
    if (!s)
        return w;
    const QString p = JsonReader::join(path, u"contact_window");
    r.checkKeys(*s, p,
                {u"weekdays", u"saturday", u"sunday", u"holidays", u"max_calls_per_day",
                 u"max_calls_per_week"});
    w.weekdays = readWindow(r, *s, p, u"weekdays");
    w.saturday = readWindow(r, *s, p, u"saturday");
    w.sunday = readWindow(r, *s, p, u"sunday");
    w.holidays = readWindow(r, *s, p, u"holidays");
    w.maxCallsPerDay = readInt(r, *s, p, u"max_calls_per_day", 0, 10);
    w.maxCallsPerWeek = readInt(r, *s, p, u"max_calls_per_week", 0, 70);
    if (w.maxCallsPerWeek < w.maxCallsPerDay) {
        r.fail(JsonReader::join(p, u"max_calls_per_week"),
               SectionText::tr("must be at least max_calls_per_day"));
    }
    return w;
}

QList<PauseReason> readPauseReasons(JsonReader &r, const QJsonObject &o, const QString &path)
{
    QList<PauseReason> reasons;
    const auto entries = readNamedEntries(r, o, path, u"pause_reasons");
    if (!entries)
        return reasons;
    const QString base = JsonReader::join(path, u"pause_reasons");
    for (const auto &[name, entry] : r.namedObjects(*entries, base)) {
        const QString rp = JsonReader::join(base, name);
        r.checkKeys(entry, rp, {u"requires_person"});
        reasons.append({name, r.boolean(entry, rp, u"requires_person").value_or(true),
                        entry.value(u"description").toString()});
    }
    return reasons;
}

} // namespace Internal

} // namespace Fordran
