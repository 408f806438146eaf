#include "models/rules/limitation.h"

#include "models/rules/nametable.h"

#include <algorithm>

namespace Fordran {

namespace {

using Internal::NameTable;

constexpr NameTable<InterruptionKind, 4> kInterruptionKindNames{{
    {InterruptionKind::DemandDelivered, u"demand_delivered"},
    {InterruptionKind::Payment, u"payment"},
    {InterruptionKind::Acknowledgement, u"acknowledgement"},
    {InterruptionKind::LegalAction, u"legal_action"},
}};

constexpr NameTable<LimitationStatus, 3> kLimitationStatusNames{{
    {LimitationStatus::Running, u"running"},
    {LimitationStatus::AlertWindow, u"alert"},
    {LimitationStatus::TimeBarred, u"time_barred"},
}};

} // namespace

LimitationStatus LimitationInfo::status(const QDate &on) const
{
    if (isTimeBarred(on))
        return LimitationStatus::TimeBarred;
    if (on >= alertFrom)
        return LimitationStatus::AlertWindow;
    return LimitationStatus::Running;
}

Status Limitation::validate(const LimitationRules &rules)
{
    if (rules.consumerYears < 1 || rules.otherYears < 1)
        return Error(tr("The limitation periods must be at least one year (consumer: %1, other: %2).")
                         .arg(rules.consumerYears)
                         .arg(rules.otherYears),
                     QStringLiteral("limitation"));
    if (rules.alertDays < 0)
        return Error(tr("The limitation alert horizon must not be negative (%1 days).").arg(rules.alertDays),
                     QStringLiteral("limitation.alert_days"));
    return {};
}

int Limitation::periodYears(const ClaimLimitationFacts &facts, const LimitationRules &rules)
{
    const bool consumer = facts.debtorType == DebtorType::Consumer && !facts.negotiableNote;
    return consumer ? rules.consumerYears : rules.otherYears;
}

Result<LimitationInfo> Limitation::compute(const ClaimLimitationFacts &facts, const LimitationRules &rules)
{
    if (const Status valid = validate(rules); !valid)
        return valid.error();

    LimitationInfo info;
    info.creationDate = facts.contractDate.isValid() ? facts.contractDate : facts.invoiceDate;
    if (!info.creationDate.isValid())
        return Error(tr("The claim has neither a contract date nor an invoice date, so its limitation "
                        "cannot be computed."),
                     QStringLiteral("contract_date"));

    info.periodYears = periodYears(facts, rules);
    info.startDate = info.creationDate;
    info.limitationDate = info.startDate.addYears(info.periodYears);

    QList<InterruptionEvent> events = facts.events;
    std::stable_sort(events.begin(), events.end(),
                     [](const InterruptionEvent &a, const InterruptionEvent &b) { return a.date < b.date; });

    for (const InterruptionEvent &event : std::as_const(events)) {
        QString reason;
        if (!event.date.isValid())
            reason = tr("The event has no date.");
        else if (event.date < info.creationDate)
            reason = tr("The event is dated before the claim arose.");
        else if (event.kind == InterruptionKind::DemandDelivered && event.evidence.trimmed().isEmpty())
            reason = tr("No delivery evidence is stored for the demand (preskriptionslagen 5 § 2).");
        else if (event.date > info.limitationDate)
            reason = tr("The claim was already time-barred on %1 (preskriptionslagen 8 §).")
                         .arg(info.limitationDate.toString(Qt::ISODate));

        if (!reason.isEmpty()) {
            info.ignored.append({event, reason});
            continue;
        }
        info.startDate = event.date;
        info.limitationDate = event.date.addYears(info.periodYears);
        info.lastInterruption = event;
    }

    info.alertFrom = info.limitationDate.addDays(-rules.alertDays);
    return info;
}

QString machineName(InterruptionKind value) { return Internal::nameIn(kInterruptionKindNames, value); }
QString machineName(LimitationStatus value) { return Internal::nameIn(kLimitationStatusNames, value); }

template<>
std::optional<InterruptionKind> fromMachineName<InterruptionKind>(QStringView name)
{
    return Internal::valueIn(kInterruptionKindNames, name);
}

template<>
std::optional<LimitationStatus> fromMachineName<LimitationStatus>(QStringView name)
{
    return Internal::valueIn(kLimitationStatusNames, name);
}

} // namespace Fordran
