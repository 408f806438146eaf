#include "models/rules/feeschedule.h"

#include "models/domain/jsonnumber.h"

#include "models/rules/legaldata.h"
#include "models/rules/nametable.h"

#include <QJsonArray>

#include <algorithm>

namespace Fordran {

namespace {

constexpr Internal::NameTable<FeeType, 7> kFeeNames {{
    {FeeType::Reminder, u"reminder"},
    {FeeType::Inkassokrav, u"inkassokrav"},
    {FeeType::Plan, u"plan"},
    {FeeType::B2bCompensation, u"b2b_compensation"},
    {FeeType::BfApplication, u"bf_application"},
    {FeeType::BfAgent, u"bf_agent"},
    {FeeType::Enforcement, u"enforcement"},
}};

Result<FeeSchedule> parse(const QJsonObject &root)
{
    QList<Fee> fees;
    const QJsonArray array = root.value(u"fees").toArray();
    if (array.isEmpty())
        return Error(FeeSchedule::tr("the fee table has no entries"), QStringLiteral("fees"));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = QStringLiteral("fees[%1]").arg(i);
        Fee fee;
        const auto type = feeTypeFromName(o.value(u"type").toString());
        if (!type)
            return Error(FeeSchedule::tr("%1.type: unknown fee type '%2'")
                             .arg(path, o.value(u"type").toString()),
                         path);
        fee.type = *type;
        const std::optional<qint64> amount = jsonWholeNumber(o.value(u"amount_ore"));
        if (!amount || *amount < 0)
            return Error(
                FeeSchedule::tr("%1.amount_ore: must be a whole number of öre ≥ 0").arg(path),
                path);
        fee.amount = Money::fromOre(*amount);
        fee.validFrom = QDate::fromString(o.value(u"valid_from").toString(), Qt::ISODate);
        if (!fee.validFrom.isValid())
            return Error(FeeSchedule::tr("%1.valid_from: not a date").arg(path), path);
        fee.statute = o.value(u"statute").toString();
        if (fee.statute.isEmpty())
            return Error(FeeSchedule::tr("%1.statute: every fee must cite its statute").arg(path),
                         path);
        fee.note = o.value(u"note").toString();
        const QString charge = o.value(u"charge").toString();
        if (charge == u"cap")
            fee.charge = FeeCharge::Cap;
        else if (charge == u"fixed")
            fee.charge = FeeCharge::Fixed;
        else
            return Error(FeeSchedule::tr("%1.charge: must be 'cap' or 'fixed'").arg(path), path);
        for (const Fee &other : std::as_const(fees)) {
            if (other.type == fee.type && other.validFrom == fee.validFrom)
                return Error(
                    FeeSchedule::tr("%1: a %2 fee from %3 is listed twice")
                        .arg(path, feeTypeName(fee.type), fee.validFrom.toString(Qt::ISODate)),
                    path);
        }
        fees.append(fee);
    }
    return FeeSchedule(fees);
}

} // namespace

QString feeTypeName(FeeType type)
{
    return Internal::nameIn(kFeeNames, type);
}

std::optional<FeeType> feeTypeFromName(QStringView name)
{
    return Internal::valueIn(kFeeNames, name);
}

QList<FeeType> allFeeTypes()
{
    QList<FeeType> list;
    for (const auto &[type, name] : kFeeNames)
        list.append(type);
    return list;
}

FeeSchedule::FeeSchedule(QList<Fee> fees)
    : m_fees(std::move(fees))
{
    std::stable_sort(m_fees.begin(), m_fees.end(), [](const Fee &a, const Fee &b) {
        return a.type != b.type ? int(a.type) < int(b.type) : a.validFrom < b.validFrom;
    });
}

Result<FeeSchedule> FeeSchedule::builtIn()
{
    static const Result<FeeSchedule> table = []() -> Result<FeeSchedule> {
        const auto root = Internal::loadJsonResource(QStringLiteral(":/legal/fees.json"));
        if (!root)
            return root.error();
        return parse(root.value());
    }();
    return table;
}

Result<FeeSchedule> FeeSchedule::fromJson(const QByteArray &json)
{
    const auto root = Internal::parseJsonObject(json, tr("the fee table"));
    if (!root)
        return root.error();
    return parse(root.value());
}

Result<Fee> FeeSchedule::lookup(FeeType type, QDate on) const
{
    if (!on.isValid())
        return Error(tr("no %1 fee for an invalid date").arg(feeTypeName(type)));
    const Fee *found = nullptr;
    for (const Fee &f : m_fees) {
        if (f.type == type && f.validFrom <= on)
            found = &f;
    }
    if (!found)
        return Error(
            tr("no %1 fee is defined for %2").arg(feeTypeName(type), on.toString(Qt::ISODate)));
    return *found;
}

} // namespace Fordran
