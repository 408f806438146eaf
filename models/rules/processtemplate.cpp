#include "models/rules/processtemplate.h"

#include "models/rules/feeschedule.h"
#include "models/rules/nametable.h"
#include "models/rules/rulesparse.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <array>
#include <limits>
#include <utility>

namespace Fordran {

namespace {

using Internal::JsonReader;

using Internal::NameTable;
using Internal::nameIn;
using Internal::valueIn;

constexpr NameTable<ActionType, 14> kActionNames{{
    {ActionType::ReminderLetter, u"reminder_letter"},
    {ActionType::InkassokravLetter, u"inkassokrav_letter"},
    {ActionType::SmsNotice, u"sms_notice"},
    {ActionType::CallTask, u"call_task"},
    {ActionType::IntensiveSms, u"intensive_sms"},
    {ActionType::IntensiveCall, u"intensive_call"},
    {ActionType::IntensiveLetter, u"intensive_letter"},
    {ActionType::BfDecisionTask, u"bf_decision_task"},
    {ActionType::BfApplication, u"bf_application"},
    {ActionType::FeePosted, u"fee_posted"},
    {ActionType::InterestPosted, u"interest_posted"},
    {ActionType::LimitationAlert, u"limitation_alert"},
    {ActionType::Resume, u"resume"},
    {ActionType::ClosedTimeBarred, u"closed_time_barred"},
}};

constexpr NameTable<Anchor, 3> kAnchorNames{{
    {Anchor::Due, u"due"},
    {Anchor::Previous, u"previous"},
    {Anchor::Deadline, u"deadline"},
}};

constexpr NameTable<BfMode, 3> kBfModeNames{{
    {BfMode::Automatic, u"auto"},
    {BfMode::ClientApproval, u"client_approval"},
    {BfMode::SupervisorApproval, u"supervisor_approval"},
}};

constexpr qint64 kMaxDays = 3650;
constexpr qint64 kMaxDeadlineDays = 365;
constexpr qint64 kMaxCount = 10;
constexpr qsizetype kMaxSteps = 50;

template<typename E, std::size_t N>
QStringList namesOf(const NameTable<E, N> &table, bool (*keep)(E) = nullptr)
{
    QStringList names;
    for (const auto &[v, n] : table) {
        if (!keep || keep(v))
            names.append(QString::fromUtf16(n));
    }
    return names;
}

QString q(const QString &text)
{
    return u'\'' + text + u'\'';
}

std::optional<ProcessStep> readStep(JsonReader &r, const QJsonObject &o, const QString &p)
{
    const qsizetype before = r.problemCount();
    r.checkKeys(o, p,
                {u"id", u"action", u"after_days", u"from", u"count", u"interval_days",
                 u"deadline_days", u"fee"});
    ProcessStep s;
    s.description = o.value(u"description").toString();
    if (const auto id = r.string(o, p, u"id")) {
        if (JsonReader::isMachineName(*id))
            s.id = *id;
        else
            r.fail(JsonReader::join(p, u"id"), JsonReader::mustBeMachineName());
    }
    if (const auto a = r.oneOf(o, p, u"action", namesOf(kActionNames, &isTemplateAction)))
        s.action = *valueIn(kActionNames, *a);
    if (const auto from = r.oneOf(o, p, u"from", namesOf(kAnchorNames)))
        s.anchor = *valueIn(kAnchorNames, *from);
    s.afterDays = int(r.integer(o, p, u"after_days", 0, kMaxDays).value_or(0));
    s.count = int(r.integer(o, p, u"count", 1, kMaxCount, JsonReader::Optional).value_or(1));
    s.intervalDays = int(
        r.integer(o, p, u"interval_days", 0, kMaxDays, JsonReader::Optional).value_or(0));
    s.deadlineDays = int(r.integer(o, p, u"deadline_days", 0, kMaxDeadlineDays,
                                   JsonReader::Optional)
                             .value_or(0));
    s.fee = r.oneOf(o, p, u"fee", Internal::feeTypeNames(), JsonReader::Optional)
                .value_or(QString());
    if (r.problemCount() != before)
        return std::nullopt;
    return s;
}

void checkRange(JsonReader &r, const QString &path, qint64 value, qint64 min, qint64 max)
{
    if (value < min)
        r.fail(path, JsonReader::mustBeAtLeast(min));
    else if (value > max)
        r.fail(path, JsonReader::mustBeAtMost(max));
}

void checkStepValues(JsonReader &r, const ProcessStep &s, const QString &sp)
{
    if (!isTemplateAction(s.action)) {
        r.fail(JsonReader::join(sp, u"action"),
               ProcessTemplate::tr("%1 is done by the engine and cannot be a template step")
                   .arg(q(machineName(s.action))));
    }
    checkRange(r, JsonReader::join(sp, u"after_days"), s.afterDays, 0, kMaxDays);
    checkRange(r, JsonReader::join(sp, u"count"), s.count, 1, kMaxCount);
    checkRange(r, JsonReader::join(sp, u"interval_days"), s.intervalDays, 0, kMaxDays);
    checkRange(r, JsonReader::join(sp, u"deadline_days"), s.deadlineDays, 0, kMaxDeadlineDays);
    if (s.count > 1 && s.action != ActionType::ReminderLetter)
        r.fail(JsonReader::join(sp, u"count"),
               ProcessTemplate::tr("only reminder letters can be repeated"));
    if (s.action == ActionType::ReminderLetter && s.intervalDays < 1) {
        r.fail(JsonReader::join(sp, u"interval_days"),
               ProcessTemplate::tr("a reminder needs the days between repeated reminders (≥ 1)"));
    }
    const bool demandsDeadline = s.action == ActionType::ReminderLetter
                                 || s.action == ActionType::InkassokravLetter;
    if (demandsDeadline && s.deadlineDays < 1) {
        r.fail(JsonReader::join(sp, u"deadline_days"),
               ProcessTemplate::tr("%1 must give the debtor a deadline (≥ 1 day)")
                   .arg(q(machineName(s.action))));
    } else if (!isLetterAction(s.action) && s.deadlineDays != 0) {
        r.fail(JsonReader::join(sp, u"deadline_days"),
               ProcessTemplate::tr("only letters give a deadline"));
    }
}

void checkStepFee(JsonReader &r, const ProcessTemplate &t, const ProcessStep &s, const QString &sp)
{
    if (s.fee.isEmpty())
        return;
    const QString where = JsonReader::join(sp, u"fee");
    const bool matches = (s.fee == u"reminder" && s.action == ActionType::ReminderLetter)
                         || (s.fee == u"inkassokrav" && s.action == ActionType::InkassokravLetter);
    if (!Internal::feeTypeNames().contains(s.fee)) {
        r.fail(where, ProcessTemplate::tr("unknown fee type %1").arg(q(s.fee)));
    } else if (!matches) {
        r.fail(where, ProcessTemplate::tr("fee %1 cannot be posted with %2")
                          .arg(q(s.fee), q(machineName(s.action))));
    } else if (!t.lateInterestFee.isEmpty()) {
        r.fail(where, ProcessTemplate::tr("not beside the late-interest fee %1: förseningsersättning "
                                          "replaces the reminder and inkassokrav fees")
                          .arg(q(t.lateInterestFee)));
    }
}

} // namespace

QString machineName(ActionType value) { return nameIn(kActionNames, value); }
QString machineName(Anchor value) { return nameIn(kAnchorNames, value); }
QString machineName(BfMode value) { return nameIn(kBfModeNames, value); }

template<> std::optional<ActionType> fromMachineName<ActionType>(QStringView name) { return valueIn(kActionNames, name); }
template<> std::optional<Anchor> fromMachineName<Anchor>(QStringView name) { return valueIn(kAnchorNames, name); }
template<> std::optional<BfMode> fromMachineName<BfMode>(QStringView name) { return valueIn(kBfModeNames, name); }

QList<ActionType> allActionTypes()
{
    QList<ActionType> all;
    for (const auto &entry : kActionNames)
        all.append(entry.first);
    return all;
}

bool isTemplateAction(ActionType action)
{
    switch (action) {
    case ActionType::ReminderLetter:
    case ActionType::InkassokravLetter:
    case ActionType::SmsNotice:
    case ActionType::CallTask:
    case ActionType::IntensiveSms:
    case ActionType::IntensiveCall:
    case ActionType::IntensiveLetter:
    case ActionType::BfDecisionTask:
        return true;
    default:
        return false;
    }
}

bool isLetterAction(ActionType action)
{
    return action == ActionType::ReminderLetter || action == ActionType::InkassokravLetter
           || action == ActionType::IntensiveLetter;
}

QString ProcessText::displayName(ActionType value)
{
    switch (value) {
    case ActionType::ReminderLetter: return tr("Payment reminder");
    case ActionType::InkassokravLetter: return tr("Collection demand (inkassokrav)");
    case ActionType::SmsNotice: return tr("SMS: letter sent");
    case ActionType::CallTask: return tr("Call the debtor");
    case ActionType::IntensiveSms: return tr("Follow-up SMS");
    case ActionType::IntensiveCall: return tr("Follow-up call");
    case ActionType::IntensiveLetter: return tr("Follow-up letter");
    case ActionType::BfDecisionTask: return tr("Decide on a payment order (BF)");
    case ActionType::BfApplication: return tr("Payment order applied for (BF)");
    case ActionType::FeePosted: return tr("Fee posted");
    case ActionType::InterestPosted: return tr("Interest posted");
    case ActionType::LimitationAlert: return tr("Limitation alert");
    case ActionType::Resume: return tr("Resumed after a pause");
    case ActionType::ClosedTimeBarred: return tr("Closed: time-barred");
    }
    return {};
}

QString ProcessText::displayName(BfMode value)
{
    switch (value) {
    case BfMode::Automatic: return tr("Automatic");
    case BfMode::ClientApproval: return tr("After the client's approval");
    case BfMode::SupervisorApproval: return tr("After a supervisor's approval");
    }
    return {};
}

QString ProcessTemplate::keyFor(DebtorType debtorType, Segment segment)
{
    return machineName(debtorType) + u'.' + machineName(segment);
}

qsizetype ProcessTemplate::indexOf(QStringView id) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).id == id)
            return i;
    }
    return -1;
}

qsizetype ProcessTemplate::indexOf(ActionType action) const
{
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (steps.at(i).action == action)
            return i;
    }
    return -1;
}

const ProcessStep *ProcessTemplate::step(QStringView id) const
{
    const qsizetype i = indexOf(id);
    return i < 0 ? nullptr : &steps.at(i);
}

int ProcessTemplate::nominalDay(qsizetype index, int occurrence) const
{
    if (index < 0 || index >= steps.size())
        return -1;
    qint64 previousLast = -1;
    qint64 lastDeadline = -1;
    for (qsizetype i = 0; i <= index; ++i) {
        const ProcessStep &s = steps.at(i);
        qint64 base = 0;
        if (s.anchor == Anchor::Previous && previousLast >= 0)
            base = previousLast;
        else if (s.anchor == Anchor::Deadline && lastDeadline >= 0)
            base = lastDeadline;
        const qint64 start = base + std::max(s.afterDays, 0);
        const qint64 repeats = std::max(s.count, 1) - 1;
        if (i == index) {
            const qint64 day = start + std::clamp<qint64>(occurrence, 0, repeats) * s.intervalDays;
            return int(std::clamp<qint64>(day, 0, std::numeric_limits<int>::max()));
        }
        previousLast = start + repeats * std::max(s.intervalDays, 0);
        if (s.hasDeadline())
            lastDeadline = previousLast + s.deadlineDays;
    }
    return -1;
}

Status ProcessTemplate::validate() const
{
    JsonReader reader;
    Internal::checkTemplate(reader, *this, QString());
    if (!reader.ok())
        return reader.error();
    return {};
}

QJsonObject ProcessTemplate::toJson() const
{
    QJsonArray stepArray;
    for (const ProcessStep &s : steps) {
        QJsonObject o{{u"id"_qs, s.id},
                      {u"action"_qs, machineName(s.action)},
                      {u"after_days"_qs, s.afterDays},
                      {u"from"_qs, machineName(s.anchor)}};
        if (s.count != 1)
            o.insert(u"count"_qs, s.count);
        if (s.intervalDays != 0)
            o.insert(u"interval_days"_qs, s.intervalDays);
        if (s.deadlineDays != 0)
            o.insert(u"deadline_days"_qs, s.deadlineDays);
        if (!s.fee.isEmpty())
            o.insert(u"fee"_qs, s.fee);
        if (!s.description.isEmpty())
            o.insert(u"description"_qs, s.description);
        stepArray.append(o);
    }
    QJsonObject o{{u"steps"_qs, stepArray},
                  {u"bf"_qs, QJsonObject{{u"mode"_qs, machineName(bfMode)},
                                         {u"min_amount_ore"_qs, bfMinAmount.ore()}}}};
    if (!lateInterestFee.isEmpty())
        o.insert(u"late_interest_fee"_qs, lateInterestFee);
    if (!description.isEmpty())
        o.insert(u"description"_qs, description);
    return o;
}

Result<ProcessTemplate> ProcessTemplate::fromJson(const QJsonObject &object, DebtorType debtorType,
                                                  Segment segment)
{
    JsonReader reader;
    const auto tmpl = Internal::readTemplate(reader, object, QString(), debtorType, segment);
    if (tmpl)
        Internal::checkTemplate(reader, *tmpl, QString());
    if (!reader.ok())
        return reader.error();
    return *tmpl;
}

namespace Internal {

QStringList feeTypeNames()
{
    QStringList names;
    for (FeeType type : allFeeTypes())
        names.append(feeTypeName(type));
    return names;
}

std::optional<BfMode> readBfMode(JsonReader &reader, const QJsonObject &object,
                                 const QString &path, QStringView key)
{
    const auto name = reader.oneOf(object, path, key, namesOf(kBfModeNames));
    if (!name)
        return std::nullopt;
    return valueIn(kBfModeNames, *name);
}

std::optional<ProcessTemplate> readTemplate(JsonReader &r, const QJsonObject &o,
                                            const QString &path, DebtorType debtorType,
                                            Segment segment)
{
    const qsizetype before = r.problemCount();
    r.checkKeys(o, path, {u"steps", u"bf", u"late_interest_fee"});
    ProcessTemplate t;
    t.debtorType = debtorType;
    t.segment = segment;
    t.description = o.value(u"description").toString();
    t.lateInterestFee = r.oneOf(o, path, u"late_interest_fee", feeTypeNames(), JsonReader::Optional)
                            .value_or(QString());
    if (const auto bf = r.object(o, path, u"bf")) {
        const QString bfPath = JsonReader::join(path, u"bf");
        r.checkKeys(*bf, bfPath, {u"mode", u"min_amount_ore"});
        t.bfMode = readBfMode(r, *bf, bfPath, u"mode").value_or(BfMode::SupervisorApproval);
        t.bfMinAmount = Money::fromOre(
            r.integer(*bf, bfPath, u"min_amount_ore", 0, Money::MaxParsedOre).value_or(0));
    }
    if (const auto stepArray = r.array(o, path, u"steps")) {
        const QString stepsPath = JsonReader::join(path, u"steps");
        if (stepArray->size() > kMaxSteps) {
            r.fail(stepsPath, ProcessTemplate::tr("must list at most %1 steps").arg(kMaxSteps));
            return std::nullopt;
        }
        for (qsizetype i = 0; i < stepArray->size(); ++i) {
            const QString sp = JsonReader::index(stepsPath, i);
            const QJsonValue v = stepArray->at(i);
            if (!v.isObject()) {
                r.fail(sp, JsonReader::mustBeObject());
                continue;
            }
            if (const auto s = readStep(r, v.toObject(), sp))
                t.steps.append(*s);
        }
    }
    if (r.problemCount() != before)
        return std::nullopt;
    return t;
}

void checkTemplate(JsonReader &r, const ProcessTemplate &t, const QString &path)
{
    const QString feePath = JsonReader::join(path, u"late_interest_fee");
    if (!t.lateInterestFee.isEmpty() && t.lateInterestFee != u"b2b_compensation") {
        r.fail(feePath,
               ProcessTemplate::tr("only 'b2b_compensation' is posted when late interest starts"));
    } else if (!t.lateInterestFee.isEmpty() && t.debtorType != DebtorType::Business) {
        r.fail(feePath, ProcessTemplate::tr("förseningsersättning is for business debtors only"));
    }
    const QString stepsPath = JsonReader::join(path, u"steps");
    if (t.steps.isEmpty())
        r.fail(stepsPath, ProcessTemplate::tr("must list at least one step"));
    else if (t.steps.size() > kMaxSteps)
        r.fail(stepsPath, ProcessTemplate::tr("must list at most %1 steps").arg(kMaxSteps));
    QSet<QString> ids;
    qsizetype demands = 0;
    bool anyDeadline = false;
    for (qsizetype i = 0; i < t.steps.size() && i < kMaxSteps; ++i) {
        const ProcessStep &s = t.steps.at(i);
        const QString sp = JsonReader::index(stepsPath, i);
        const QString actionPath = JsonReader::join(sp, u"action");
        if (!JsonReader::isMachineName(s.id))
            r.fail(JsonReader::join(sp, u"id"), JsonReader::mustBeMachineName());
        else if (ids.contains(s.id))
            r.fail(JsonReader::join(sp, u"id"),
                   ProcessTemplate::tr("%1 is used by an earlier step").arg(q(s.id)));
        ids.insert(s.id);
        checkStepValues(r, s, sp);
        if (s.anchor == Anchor::Previous && i == 0)
            r.fail(JsonReader::join(sp, u"from"),
                   ProcessTemplate::tr("the first step has no previous step"));
        if (s.anchor == Anchor::Deadline && !anyDeadline)
            r.fail(JsonReader::join(sp, u"from"),
                   ProcessTemplate::tr("no earlier letter gives a deadline"));
        switch (s.action) {
        case ActionType::InkassokravLetter:
            if (++demands > 1)
                r.fail(actionPath,
                       ProcessTemplate::tr("a case gets one inkassokrav, combining its claims"));
            break;
        case ActionType::ReminderLetter:
            if (demands > 0)
                r.fail(actionPath, ProcessTemplate::tr("reminders come before the inkassokrav"));
            break;
        case ActionType::IntensiveSms:
        case ActionType::IntensiveCall:
        case ActionType::IntensiveLetter:
        case ActionType::BfDecisionTask:
            if (demands == 0) {
                r.fail(actionPath,
                       ProcessTemplate::tr("%1 must come after the inkassokrav")
                           .arg(q(machineName(s.action))));
            } else if (s.action == ActionType::BfDecisionTask && i != t.steps.size() - 1) {
                r.fail(actionPath, ProcessTemplate::tr("the BF decision must be the last step"));
            }
            break;
        default:
            break;
        }
        checkStepFee(r, t, s, sp);
        anyDeadline = anyDeadline || s.hasDeadline();
    }
    if (demands == 0 && !t.steps.isEmpty())
        r.fail(stepsPath, ProcessTemplate::tr("must include one inkassokrav_letter step"));

    const QString bfPath = JsonReader::join(path, u"bf");
    if (t.bfMinAmount.isNegative())
        r.fail(JsonReader::join(bfPath, u"min_amount_ore"), JsonReader::mustBeAtLeast(0));
    if (t.segment == Segment::Vip && t.bfMode == BfMode::Automatic)
        r.fail(JsonReader::join(bfPath, u"mode"),
               ProcessTemplate::tr("VIP debtors never go to BF without approval"));
}

} // namespace Internal

} // namespace Fordran
