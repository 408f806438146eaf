#include "models/domain/entities.h"

#include "models/rules/nametable.h"

namespace Fordran {

namespace {

using Internal::NameTable;
using Internal::nameIn;
using Internal::valueIn;

constexpr NameTable<CaseStatus, 10> kCaseStatusNames{{
    {CaseStatus::New, u"new"},
    {CaseStatus::Reminder, u"reminder"},
    {CaseStatus::Collection, u"collection"},
    {CaseStatus::Plan, u"plan"},
    {CaseStatus::Disputed, u"disputed"},
    {CaseStatus::Paused, u"paused"},
    {CaseStatus::Bf, u"bf"},
    {CaseStatus::Enforcement, u"enforcement"},
    {CaseStatus::Surveillance, u"surveillance"},
    {CaseStatus::Closed, u"closed"},
}};

constexpr NameTable<Segment, 3> kSegmentNames{{
    {Segment::Risk, u"risk"},
    {Segment::Normal, u"normal"},
    {Segment::Vip, u"vip"},
}};

constexpr NameTable<DebtorType, 2> kDebtorTypeNames{{
    {DebtorType::Consumer, u"consumer"},
    {DebtorType::Business, u"business"},
}};

constexpr NameTable<DebtorKind, 2> kDebtorKindNames{{
    {DebtorKind::Person, u"person"},
    {DebtorKind::Organisation, u"organisation"},
}};

constexpr NameTable<DebtorRole, 3> kDebtorRoleNames{{
    {DebtorRole::Main, u"main"},
    {DebtorRole::Joint, u"joint"},
    {DebtorRole::Guarantor, u"guarantor"},
}};

constexpr NameTable<InterestKind, 2> kInterestKindNames{{
    {InterestKind::Reference, u"reference"},
    {InterestKind::Fixed, u"fixed"},
}};

constexpr NameTable<LedgerKind, 5> kLedgerKindNames{{
    {LedgerKind::Principal, u"principal"},
    {LedgerKind::Interest, u"interest"},
    {LedgerKind::Fee, u"fee"},
    {LedgerKind::Payment, u"payment"},
    {LedgerKind::Reversal, u"reversal"},
}};

} // namespace

QString machineName(CaseStatus value) { return nameIn(kCaseStatusNames, value); }
QString machineName(Segment value) { return nameIn(kSegmentNames, value); }
QString machineName(DebtorType value) { return nameIn(kDebtorTypeNames, value); }
QString machineName(DebtorKind value) { return nameIn(kDebtorKindNames, value); }
QString machineName(DebtorRole value) { return nameIn(kDebtorRoleNames, value); }
QString machineName(InterestKind value) { return nameIn(kInterestKindNames, value); }
QString machineName(LedgerKind value) { return nameIn(kLedgerKindNames, value); }

template<> std::optional<CaseStatus> fromMachineName<CaseStatus>(QStringView name) { return valueIn(kCaseStatusNames, name); }
template<> std::optional<Segment> fromMachineName<Segment>(QStringView name) { return valueIn(kSegmentNames, name); }
template<> std::optional<DebtorType> fromMachineName<DebtorType>(QStringView name) { return valueIn(kDebtorTypeNames, name); }
template<> std::optional<DebtorKind> fromMachineName<DebtorKind>(QStringView name) { return valueIn(kDebtorKindNames, name); }
template<> std::optional<DebtorRole> fromMachineName<DebtorRole>(QStringView name) { return valueIn(kDebtorRoleNames, name); }
template<> std::optional<InterestKind> fromMachineName<InterestKind>(QStringView name) { return valueIn(kInterestKindNames, name); }
template<> std::optional<LedgerKind> fromMachineName<LedgerKind>(QStringView name) { return valueIn(kLedgerKindNames, name); }

QList<CaseStatus> allCaseStatuses()
{
    QList<CaseStatus> all;
    for (const auto &entry : kCaseStatusNames)
        all.append(entry.first);
    return all;
}

QString EntityText::displayName(CaseStatus value)
{
    switch (value) {
    case CaseStatus::New: return tr("New");
    case CaseStatus::Reminder: return tr("Reminder");
    case CaseStatus::Collection: return tr("Collection");
    case CaseStatus::Plan: return tr("Instalment plan");
    case CaseStatus::Disputed: return tr("Disputed");
    case CaseStatus::Paused: return tr("Paused");
    case CaseStatus::Bf: return tr("Payment order (Kronofogden)");
    case CaseStatus::Enforcement: return tr("Enforcement");
    case CaseStatus::Surveillance: return tr("Long-term surveillance");
    case CaseStatus::Closed: return tr("Closed");
    }
    return {};
}

QString EntityText::displayName(Segment value)
{
    switch (value) {
    case Segment::Risk: return tr("Risk");
    case Segment::Normal: return tr("Normal");
    case Segment::Vip: return tr("VIP");
    }
    return {};
}

QString EntityText::displayName(DebtorType value)
{
    switch (value) {
    case DebtorType::Consumer: return tr("Consumer");
    case DebtorType::Business: return tr("Business");
    }
    return {};
}

QString EntityText::displayName(DebtorKind value)
{
    switch (value) {
    case DebtorKind::Person: return tr("Person");
    case DebtorKind::Organisation: return tr("Organisation");
    }
    return {};
}

QString EntityText::displayName(DebtorRole value)
{
    switch (value) {
    case DebtorRole::Main: return tr("Debtor");
    case DebtorRole::Joint: return tr("Joint debtor");
    case DebtorRole::Guarantor: return tr("Guarantor");
    }
    return {};
}

QString EntityText::displayName(LedgerKind value)
{
    switch (value) {
    case LedgerKind::Principal: return tr("Principal");
    case LedgerKind::Interest: return tr("Interest");
    case LedgerKind::Fee: return tr("Fee");
    case LedgerKind::Payment: return tr("Payment");
    case LedgerKind::Reversal: return tr("Reversal");
    }
    return {};
}

QString Debtor::nameKeyFor(QStringView name)
{
    return name.toString().simplified().toLower();
}

} // namespace Fordran
