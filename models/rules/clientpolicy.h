#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/result.h"
#include "models/rules/processtemplate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fordran {

class RulesSet;

/*! A client's change to one step (by step id), in whichever templates have that step. */
struct StepOverride
{
    std::optional<int> afterDays;
    std::optional<int> intervalDays;

    bool operator==(const StepOverride &) const = default;
};

/*! One set of overrides; absent values leave the template as it is. */
struct PolicyOverrides
{
    std::optional<int> reminderCount;   //!< total reminders 0–10; 0 drops the reminder steps
    std::optional<int> stepDaysPercent; //!< 10–1000: scales after_days and interval_days
    QMap<QString, StepOverride> steps;  //!< by step id, applied after scaling
    std::optional<BfMode> bfMode;
    std::optional<Money> bfMinAmount;

    bool isEmpty() const;
    bool operator==(const PolicyOverrides &) const = default;
};

/*!
 * A client's collection policy (stored per client as a JSON object; an empty object or empty
 * text is the empty policy, which changes nothing):
 *
 *   { "reminder_count": 2, "step_days_percent": 150,
 *     "steps": { "inkassokrav": { "after_days": 3 } },
 *     "bf": { "mode": "client_approval", "min_amount_ore": 100000 },
 *     "segments": { "vip": { …the same override keys… } },
 *     "vip_debtors": [ "197001011234", "5560360793" ],
 *     "reminder_terms_ref": "General terms 2024-01, §7" }
 *
 * apply() adjusts a template: first the overrides for every segment, then those for the
 * template's segment. Within one set: scaling, then the reminder count, then per-step values,
 * then BF. When reminders are dropped, a step whose anchor pointed at a dropped step is
 * re-anchored to the due date on its former nominal day (ProcessTemplate::nominalDay()).
 * "Never BF without approval" for VIP: a segments.vip BF mode "auto" is refused at parse time,
 * and apply() never makes a VIP template automatic (a general "auto" keeps the VIP template's
 * own mode).
 *
 * VIP debtors are identities as stored: 12 digits for a person, 10 for an organisation.
 */
class ClientPolicy final
{
    Q_DECLARE_TR_FUNCTIONS(ClientPolicy)

public:
    ClientPolicy() = default;

    /*! Parses and validates; errors name the field ("segments.vip.bf.mode", "vip_debtors[2]"). */
    static Result<ClientPolicy> fromJson(const QByteArray &json);
    static Result<ClientPolicy> fromJsonObject(const QJsonObject &object);
    QJsonObject toJsonObject() const;
    QByteArray toJson() const;

    bool isEmpty() const;

    /*! The overrides for every segment. */
    const PolicyOverrides &overrides() const { return m_all; }
    /*! The overrides for \a segment only (empty if none). */
    PolicyOverrides overridesFor(Segment segment) const { return m_bySegment.value(segment); }

    const QStringList &vipDebtors() const { return m_vipDebtors; }
    bool isVipDebtor(QStringView identity) const;
    /*! Where the client's terms show the debtor agreed to reminder fees; empty if not given. */
    QString reminderTermsRef() const { return m_reminderTermsRef; }

    ProcessTemplate apply(const ProcessTemplate &tmpl) const;

    /*!
     * Checks the policy against \a rules: every overridden step id exists in some template, and
     * every template still validates after apply(). Errors name the field and the template.
     */
    Status checkAgainst(const RulesSet &rules) const;

    bool operator==(const ClientPolicy &) const = default;

private:
    PolicyOverrides m_all;
    QMap<Segment, PolicyOverrides> m_bySegment;
    QStringList m_vipDebtors;
    QString m_reminderTermsRef;
};

} // namespace Fordran
