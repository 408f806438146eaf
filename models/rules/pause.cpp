#include "models/rules/pause.h"

#include "models/rules/nametable.h"

#include <algorithm>

namespace Fordran {

namespace {

constexpr Internal::NameTable<PauseScope, 2> kPauseScopeNames{{
    {PauseScope::Case, u"case"},
    {PauseScope::Claim, u"claim"},
}};

} // namespace

bool PauseRules::knows(QStringView reason) const
{
    return std::any_of(reasons.cbegin(), reasons.cend(),
                       [reason](const PauseReason &r) { return QStringView(r.name) == reason; });
}

bool PauseRules::requiresPersonFor(QStringView reason) const
{
    for (const PauseReason &r : reasons) {
        if (QStringView(r.name) == reason)
            return r.requiresPerson;
    }
    return true;
}

Status PauseState::validate(const PauseRules &rules) const
{
    if (!rules.knows(reason))
        return Error(Pauses::tr("\"%1\" is not a pause reason of the rules.").arg(reason), QStringLiteral("reason"));
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

QString Pauses::displayName(QStringView reason)
{
    if (reason == u"dispute")
        return tr("The debtor disputes the claim");
    if (reason == u"debtor_says_paid")
        return tr("The debtor says the claim is paid");
    if (reason == u"deceased")
        return tr("The debtor is deceased");
    if (reason == u"debt_relief")
        return tr("Debt relief (skuldsanering)");
    if (reason == u"client_request")
        return tr("The client asked for a pause");
    return reason.toString();
}

QString Pauses::describe(const PauseState &pause)
{
    const QString reason = displayName(pause.reason);
    if (!pause.until.isValid())
        return tr("Paused with no end date: %1.").arg(reason);
    return tr("Paused until %1: %2.").arg(pause.until.toString(Qt::ISODate), reason);
}

QString machineName(PauseScope value) { return Internal::nameIn(kPauseScopeNames, value); }

template<>
std::optional<PauseScope> fromMachineName<PauseScope>(QStringView name)
{
    return Internal::valueIn(kPauseScopeNames, name);
}

} // namespace Fordran
