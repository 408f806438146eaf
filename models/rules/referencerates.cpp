#include "models/rules/referencerates.h"

#include "models/rules/legaldata.h"

#include <QJsonArray>

#include <algorithm>

namespace Fordran {

QDate ReferenceRateTable::halfYearStart(QDate day)
{
    return QDate(day.year(), day.month() <= 6 ? 1 : 7, 1);
}

bool ReferenceRateTable::isHalfYearStart(QDate day)
{
    return day.isValid() && day.day() == 1 && (day.month() == 1 || day.month() == 7);
}

QString ReferenceRateTable::halfYearLabel(QDate start)
{
    return start.toString(Qt::ISODate);
}

QString ReferenceRateTable::sourceName(Source source)
{
    return source == Source::BuiltIn ? QStringLiteral("built-in") : QStringLiteral("entered");
}

Result<ReferenceRateTable> ReferenceRateTable::builtIn()
{
    static const Result<ReferenceRateTable> table = []() -> Result<ReferenceRateTable> {
        const auto root
            = Internal::loadJsonResource(QStringLiteral(":/legal/reference_rates.json"));
        if (!root)
            return root.error();
        return parse(root.value());
    }();
    return table;
}

Result<ReferenceRateTable> ReferenceRateTable::fromJson(const QByteArray &json)
{
    const auto root = Internal::parseJsonObject(json, tr("the reference-rate table"));
    if (!root)
        return root.error();
    return parse(root.value());
}

ReferenceRateTable ReferenceRateTable::withEntered(const QList<Entry> &entered) const
{
    ReferenceRateTable out = *this;
    for (const Entry &e : entered) {
        if (!isHalfYearStart(e.validFrom)) {
            out.m_conflicts.append(e); // not a half-year: it could never apply
            continue;
        }
        const auto existing
            = std::find_if(out.m_entries.begin(), out.m_entries.end(),
                           [&e](const Entry &x) { return x.validFrom == e.validFrom; });
        if (existing != out.m_entries.end()) {
            if (existing->source == Source::BuiltIn) {
                out.m_conflicts.append(e);
                continue;
            }
            *existing = e;
            existing->source = Source::Entered;
            continue;
        }
        Entry copy = e;
        copy.source = Source::Entered;
        out.m_entries.append(copy);
    }
    std::sort(out.m_entries.begin(), out.m_entries.end(),
              [](const Entry &a, const Entry &b) { return a.validFrom < b.validFrom; });
    return out;
}

Result<Percentage> ReferenceRateTable::rateFor(QDate day) const
{
    if (!day.isValid())
        return Error(tr("no reference rate for an invalid date"));
    const QDate start = halfYearStart(day);
    for (const Entry &e : m_entries) {
        if (e.validFrom == start)
            return e.rate;
    }
    if (!m_entries.isEmpty() && start < m_entries.first().validFrom)
        return Error(
            tr("no reference rate for the half-year starting %1: the table starts on %2; enter the "
               "Riksbank's rate for it")
                .arg(halfYearLabel(start), halfYearLabel(m_entries.first().validFrom)),
            QStringLiteral("reference_rate"));
    return Error(
        tr("no reference rate for the half-year starting %1: enter the Riksbank's rate for it")
            .arg(halfYearLabel(start)),
        QStringLiteral("reference_rate"));
}

Result<ReferenceRateTable> ReferenceRateTable::parse(const QJsonObject &root)
{
    QList<Entry> entries;
    const QJsonArray array = root.value(u"rates").toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        Entry e;
        e.validFrom = QDate::fromString(o.value(u"from").toString(), Qt::ISODate);
        if (!isHalfYearStart(e.validFrom))
            return Error(tr("rates[%1].from: must be 1 January or 1 July").arg(i));
        const auto rate = Percentage::parse(o.value(u"percent").toString());
        if (!rate)
            return Error(tr("rates[%1].percent: %2").arg(i).arg(rate.error().message));
        e.rate = rate.value();
        e.source = Source::BuiltIn;
        e.note = o.value(u"source").toString();
        for (const auto &prev : entries) {
            if (prev.validFrom == e.validFrom)
                return Error(tr("rates[%1].from: %2 is listed twice")
                                 .arg(i)
                                 .arg(e.validFrom.toString(Qt::ISODate)));
        }
        entries.append(e);
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.validFrom < b.validFrom; });
    ReferenceRateTable table;
    table.m_entries = entries;
    return table;
}

} // namespace Fordran
