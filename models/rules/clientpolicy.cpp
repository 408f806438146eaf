#include "models/rules/clientpolicy.h"

#include "models/domain/identity.h"
#include "models/rules/rulesparse.h"
#include "models/rules/rulesset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <array>

namespace Fordran {

namespace {

using Internal::JsonReader;

constexpr qint64 kMaxDays = 3650;
constexpr qsizetype kMaxVipDebtors = 100000;
constexpr qsizetype kMaxTermsRefLength = 500;
constexpr std::array<Segment, 3> kSegments{Segment::Normal, Segment::Risk, Segment::Vip};

const QList<QStringView> &overrideKeys()
{
    static const QList<QStringView> keys{u"reminder_count", u"step_days_percent", u"steps", u"bf"};
    return keys;
}

std::optional<int> readInt(JsonReader &r, const QJsonObject &o, const QString &path,
                           QStringView key, qint64 min, qint64 max)
{
    const auto v = r.integer(o, path, key, min, max, JsonReader::Optional);
    return v ? std::optional<int>(int(*v)) : std::nullopt;
}

void readStepOverrides(JsonReader &r, const QJsonObject &o, const QString &path,
                       PolicyOverrides &out)
{
    const auto steps = r.object(o, path, u"steps", JsonReader::Optional);
    if (!steps)
        return;
    const QString base = JsonReader::join(path, u"steps");
    for (const auto &[id, step] : r.namedObjects(*steps, base)) {
        const QString sp = JsonReader::join(base, id);
        r.checkKeys(step, sp, {u"after_days", u"interval_days"});
        StepOverride so;
        so.afterDays = readInt(r, step, sp, u"after_days", 0, kMaxDays);
        so.intervalDays = readInt(r, step, sp, u"interval_days", 1, kMaxDays);
        if (!step.contains(u"after_days") && !step.contains(u"interval_days"))
            r.fail(sp, ClientPolicy::tr("give after_days or interval_days"));
        out.steps.insert(id, so);
    }
}

PolicyOverrides readOverrides(JsonReader &r, const QJsonObject &o, const QString &path,
                              std::optional<Segment> segment)
{
    PolicyOverrides out;
    out.reminderCount = readInt(r, o, path, u"reminder_count", 0, 10);
    out.stepDaysPercent = readInt(r, o, path, u"step_days_percent", 10, 1000);
    readStepOverrides(r, o, path, out);
    if (const auto bf = r.object(o, path, u"bf", JsonReader::Optional)) {
        const QString bp = JsonReader::join(path, u"bf");
        r.checkKeys(*bf, bp, {u"mode", u"min_amount_ore"});
        if (bf->contains(u"mode"))
            out.bfMode = Internal::readBfMode(r, *bf, bp, u"mode");
        if (const auto min = r.integer(*bf, bp, u"min_amount_ore", 0, Money::MaxParsedOre,
                                       JsonReader::Optional))
            out.bfMinAmount = Money::fromOre(*min);
        if (!bf->contains(u"mode") && !bf->contains(u"min_amount_ore"))
            r.fail(bp, ClientPolicy::tr("give mode or min_amount_ore"));
        if (segment == Segment::Vip && out.bfMode == BfMode::Automatic) {
            r.fail(JsonReader::join(bp, u"mode"),
                   ClientPolicy::tr("VIP debtors never go to BF without approval"));
        }
    }
    return out;
}

QStringList readVipDebtors(JsonReader &r, const QJsonObject &o)
{
    QStringList result;
    const auto list = r.array(o, QString(), u"vip_debtors", JsonReader::Optional);
    if (!list)
        return result;
    if (list->size() > kMaxVipDebtors) {
        r.fail(u"vip_debtors"_qs,
               ClientPolicy::tr("must list at most %1 debtors").arg(kMaxVipDebtors));
        return result;
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString where = JsonReader::index(u"vip_debtors"_qs, i);
        const QString text = list->at(i).toString();
        if (!list->at(i).isString() || (text.size() != 10 && text.size() != 12)) {
            r.fail(where, ClientPolicy::tr("must be an identity of 12 digits (person) or 10 "
                                           "digits (organisation)"));
            continue;
        }
        // 12-digit numbers name their century, so the reference date only bounds the birth date.
        const auto id = Identity::parse(text, QDate(2099, 12, 31));
        if (!id) {
            r.fail(where, id.error().message);
        } else if (text.size() == 10 && !id->isLegalPerson()) {
            r.fail(where,
                   ClientPolicy::tr("write a person's number with 12 digits (YYYYMMDDNNNN)"));
        } else if (!seen.contains(id->normalized())) {
            seen.insert(id->normalized());
            result.append(id->normalized());
        }
    }
    return result;
}

QJsonObject overridesToJson(const PolicyOverrides &o)
{
    QJsonObject json;
    if (o.reminderCount)
        json.insert(u"reminder_count"_qs, *o.reminderCount);
    if (o.stepDaysPercent)
        json.insert(u"step_days_percent"_qs, *o.stepDaysPercent);
    if (!o.steps.isEmpty()) {
        QJsonObject steps;
        for (auto it = o.steps.begin(); it != o.steps.end(); ++it) {
            QJsonObject s;
            if (it->afterDays)
                s.insert(u"after_days"_qs, *it->afterDays);
            if (it->intervalDays)
                s.insert(u"interval_days"_qs, *it->intervalDays);
            steps.insert(it.key(), s);
        }
        json.insert(u"steps"_qs, steps);
    }
    if (o.bfMode || o.bfMinAmount) {
        QJsonObject bf;
        if (o.bfMode)
            bf.insert(u"mode"_qs, machineName(*o.bfMode));
        if (o.bfMinAmount)
            bf.insert(u"min_amount_ore"_qs, o.bfMinAmount->ore());
        json.insert(u"bf"_qs, bf);
    }
    return json;
}

int scaled(int days, int percent)
{
    const qint64 v = (qint64(days) * percent + 50) / 100;
    return int(std::clamp<qint64>(v, 0, kMaxDays));
}

/*! Removes the steps at \a removed; steps anchored on a removed step count from the due date. */
void removeSteps(ProcessTemplate &t, const QSet<qsizetype> &removed)
{
    const ProcessTemplate original = t;
    t.steps.clear();
    qsizetype lastDeadline = -1;
    for (qsizetype i = 0; i < original.steps.size(); ++i) {
        ProcessStep s = original.steps.at(i);
        const bool lostAnchor = (s.anchor == Anchor::Previous && removed.contains(i - 1))
                                || (s.anchor == Anchor::Deadline && removed.contains(lastDeadline));
        if (original.steps.at(i).hasDeadline())
            lastDeadline = i;
        if (removed.contains(i))
            continue;
        if (lostAnchor) {
            s.afterDays = int(std::min<qint64>(original.nominalDay(i), kMaxDays));
            s.anchor = Anchor::Due;
        }
        t.steps.append(s);
    }
}

void setReminderCount(ProcessTemplate &t, int count)
{
    QSet<qsizetype> removed;
    bool first = true;
    for (qsizetype i = 0; i < t.steps.size(); ++i) {
        if (t.steps.at(i).action != ActionType::ReminderLetter)
            continue;
        if (first && count > 0) {
            ProcessStep &s = t.steps[i];
            s.count = count;
            s.intervalDays = std::max(s.intervalDays, 1);
        } else {
            removed.insert(i);
        }
        first = false;
    }
    if (!removed.isEmpty())
        removeSteps(t, removed);
}

void applyOverrides(ProcessTemplate &t, const PolicyOverrides &o)
{
    if (o.stepDaysPercent) {
        for (ProcessStep &s : t.steps) {
            s.afterDays = scaled(s.afterDays, *o.stepDaysPercent);
            s.intervalDays = scaled(s.intervalDays, *o.stepDaysPercent);
            if (s.action == ActionType::ReminderLetter)
                s.intervalDays = std::max(s.intervalDays, 1);
        }
    }
    if (o.reminderCount)
        setReminderCount(t, *o.reminderCount);
    for (auto it = o.steps.begin(); it != o.steps.end(); ++it) {
        const qsizetype i = t.indexOf(it.key());
        if (i < 0)
            continue;
        if (it->afterDays)
            t.steps[i].afterDays = *it->afterDays;
        if (it->intervalDays)
            t.steps[i].intervalDays = *it->intervalDays;
    }
    if (o.bfMode)
        t.bfMode = *o.bfMode;
    if (o.bfMinAmount)
        t.bfMinAmount = *o.bfMinAmount;
}

} // namespace

bool PolicyOverrides::isEmpty() const
{
    return !reminderCount && !stepDaysPercent && steps.isEmpty() && !bfMode && !bfMinAmount;
}

Result<ClientPolicy> ClientPolicy::fromJson(const QByteArray &json)
{
    if (json.trimmed().isEmpty())
        return ClientPolicy();
    const auto object = Internal::parseJsonObject(json, 16 * 1024 * 1024);
    if (!object)
        return object.error();
    return fromJsonObject(*object);
}

Result<ClientPolicy> ClientPolicy::fromJsonObject(const QJsonObject &o)
{
    JsonReader r;
    QList<QStringView> keys = overrideKeys();
    keys << u"segments" << u"vip_debtors" << u"reminder_terms_ref";
    r.checkKeys(o, QString(), keys);
    ClientPolicy policy;
    policy.m_all = readOverrides(r, o, QString(), std::nullopt);
    if (const auto segments = r.object(o, QString(), u"segments", JsonReader::Optional)) {
        const QString base = u"segments"_qs;
        QStringList names;
        for (Segment s : kSegments)
            names.append(machineName(s));
        r.checkKeysAmong(*segments, base, names);
        for (Segment s : kSegments) {
            const auto so = r.object(*segments, base, machineName(s), JsonReader::Optional);
            if (!so)
                continue;
            const QString sp = JsonReader::join(base, machineName(s));
            r.checkKeys(*so, sp, overrideKeys());
            const PolicyOverrides overrides = readOverrides(r, *so, sp, s);
            if (!overrides.isEmpty())
                policy.m_bySegment.insert(s, overrides);
        }
    }
    policy.m_vipDebtors = readVipDebtors(r, o);
    if (const auto ref = r.string(o, QString(), u"reminder_terms_ref", JsonReader::Optional)) {
        if (ref->size() > kMaxTermsRefLength)
            r.fail(u"reminder_terms_ref"_qs,
                   JsonReader::tr("must be at most %1 characters").arg(kMaxTermsRefLength));
        policy.m_reminderTermsRef = ref->trimmed();
    }
    if (!r.ok())
        return r.error();
    return policy;
}

QJsonObject ClientPolicy::toJsonObject() const
{
    QJsonObject json = overridesToJson(m_all);
    QJsonObject segments;
    for (auto it = m_bySegment.begin(); it != m_bySegment.end(); ++it)
        segments.insert(machineName(it.key()), overridesToJson(*it));
    if (!segments.isEmpty())
        json.insert(u"segments"_qs, segments);
    if (!m_vipDebtors.isEmpty())
        json.insert(u"vip_debtors"_qs, QJsonArray::fromStringList(m_vipDebtors));
    if (!m_reminderTermsRef.isEmpty())
        json.insert(u"reminder_terms_ref"_qs, m_reminderTermsRef);
    return json;
}

QByteArray ClientPolicy::toJson() const
{
    return QJsonDocument(toJsonObject()).toJson(QJsonDocument::Indented);
}

bool ClientPolicy::isEmpty() const
{
    return m_all.isEmpty() && m_bySegment.isEmpty() && m_vipDebtors.isEmpty()
           && m_reminderTermsRef.isEmpty();
}

bool ClientPolicy::isVipDebtor(QStringView identity) const
{
    return !identity.isEmpty() && m_vipDebtors.contains(identity);
}

ProcessTemplate ClientPolicy::apply(const ProcessTemplate &tmpl) const
{
    ProcessTemplate t = tmpl;
    applyOverrides(t, m_all);
    applyOverrides(t, m_bySegment.value(tmpl.segment));
    if (t.segment == Segment::Vip && t.bfMode == BfMode::Automatic) {
        t.bfMode = tmpl.bfMode != BfMode::Automatic ? tmpl.bfMode : BfMode::SupervisorApproval;
    }
    return t;
}

Status ClientPolicy::checkAgainst(const RulesSet &rules) const
{
    QSet<QString> ids;
    for (const ProcessTemplate &t : rules.templates()) {
        for (const ProcessStep &s : t.steps)
            ids.insert(s.id);
    }
    auto checkIds = [&ids](const PolicyOverrides &o, const QString &path) -> Status {
        for (auto it = o.steps.begin(); it != o.steps.end(); ++it) {
            if (!ids.contains(it.key())) {
                const QString where = JsonReader::join(JsonReader::join(path, u"steps"), it.key());
                return Error(tr("%1: no process template has a step '%2'").arg(where, it.key()), where);
            }
        }
        return {};
    };
    if (const Status s = checkIds(m_all, QString()); !s)
        return s;
    for (auto it = m_bySegment.begin(); it != m_bySegment.end(); ++it) {
        if (const Status s = checkIds(*it, u"segments."_qs + machineName(it.key())); !s)
            return s;
    }
    for (const ProcessTemplate &t : rules.templates()) {
        const Status s = apply(t).validate();
        if (!s) {
            return Error(tr("With this policy the template %1 is invalid: %2").arg(t.key(), s.error().message),
                         s.error().field, s.error().detail);
        }
    }
    return {};
}

} // namespace Fordran
