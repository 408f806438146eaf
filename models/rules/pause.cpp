#include "models/rules/pause.h"

#include "models/rules/nametable.h"

namespace Fordran {

namespace {

using Internal::NameTable;

constexpr NameTable<PauseReason, 5> kPauseReasonNames{{
    {PauseReason::Dispute, u"dispute"},
    {PauseReason::DebtorSaysPaid, u"debtor_says_paid"},
    {PauseReason::Deceased, u"deceased"},
    {PauseReason::DebtRelief, u"debt_relief"},
    {PauseReason::ClientRequest, u"client_request"},
}};

constexpr NameTable<PauseScope, 2> kPauseScopeNames{{
    {PauseScope::Case, u"case"},
    {PauseScope::Claim, u"claim"},
}};

} // namespace

Status PauseState::validate() const
{
    if (!until.isValid())
        return Error(Pauses::tr("A pause needs an end date."), QStringLiteral("until"));
    if (from.isValid() && until <= from)
        return Error(Pauses::tr("The pause ends (%1) on or before it starts (%2).")
                         .arg(until.toString(Qt::ISODate), from.toString(Qt::ISODate)),
                     QStringLiteral("until"));
    if (scope == PauseScope::Claim && claimId <= 0)
        return Error(Pauses::tr("A claim pause must name the claim."), QStringLiteral("claim_id"));
    return {};
}

bool PauseState::isPaused(const QDate &on, const PauseRules &rules) const
{
    if (from.isValid() && on < from)
        return false;
    if (!until.isValid() || on < until)
        return true;
    return rules.requiresPersonFor(reason);
}

bool PauseState::shouldAutoResume(const QDate &on, const PauseRules &rules) const
{
    return until.isValid() && on >= until && !rules.requiresPersonFor(reason);
}

bool PauseState::awaitsPerson(const QDate &on, const PauseRules &rules) const
{
    return until.isValid() && on >= until && rules.requiresPersonFor(reason);
}

std::optional<PauseState> Pauses::blocking(const QList<PauseState> &pauses, qint64 claimId,
                                           const QDate &on, const PauseRules &rules)
{
    for (const PauseState &pause : pauses) {
        if (pause.covers(claimId) && pause.isPaused(on, rules))
            return pause;
    }
    return std::nullopt;
}

QString Pauses::displayName(PauseReason reason)
{
    switch (reason) {
    case PauseReason::Dispute: return tr("The debtor disputes the claim");
    case PauseReason::DebtorSaysPaid: return tr("The debtor says the claim is paid");
    case PauseReason::Deceased: return tr("The debtor is deceased");
    case PauseReason::DebtRelief: return tr("Debt relief (skuldsanering)");
    case PauseReason::ClientRequest: return tr("The client asked for a pause");
    }
    return {};
}

QString Pauses::describe(const PauseState &pause)
{
    const QString reason = displayName(pause.reason);
    if (!pause.until.isValid())
        return tr("Paused with no end date: %1.").arg(reason);
    return tr("Paused until %1: %2.").arg(pause.until.toString(Qt::ISODate), reason);
}

QString machineName(PauseReason value) { return Internal::nameIn(kPauseReasonNames, value); }
QString machineName(PauseScope value) { return Internal::nameIn(kPauseScopeNames, value); }

template<>
std::optional<PauseReason> fromMachineName<PauseReason>(QStringView name)
{
    return Internal::valueIn(kPauseReasonNames, name);
}

template<>
std::optional<PauseScope> fromMachineName<PauseScope>(QStringView name)
{
    return Internal::valueIn(kPauseScopeNames, name);
}

QList<PauseReason> allPauseReasons()
{
    QList<PauseReason> all;
    for (const auto &entry : kPauseReasonNames)
        all.append(entry.first);
    return all;
}

} // namespace Fordran
