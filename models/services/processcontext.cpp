#include "models/services/processcontext.h"

#include "models/services/referencerateservice.h"
#include "models/storage/clientpolicyrepository.h"
#include "models/storage/processcaserepository.h"
#include "models/storage/segmentpinrepository.h"

namespace Fordran {

namespace {

/*! Every client policy, parsed and prepared; a policy that no longer parses is skipped with a
    warning (the client's cases follow the rules' templates). */
QHash<qint64, RunPolicy> preparePolicies(const QList<std::pair<qint64, QByteArray>> &stored,
                                         const ProcessEngine &engine, QStringList &warnings)
{
    QHash<qint64, RunPolicy> policies;
    for (const auto &[clientId, json] : stored) {
        const Result<ClientPolicy> policy = ClientPolicy::fromJson(json);
        if (!policy) {
            warnings.append(ProcessContext::tr("The policy of client %1 is not valid (%2); its "
                                               "cases follow the rules without it")
                                .arg(clientId)
                                .arg(policy.error().message));
            continue;
        }
        if (!policy->isEmpty())
            policies.insert(clientId, RunPolicy {*policy, engine.prepare(*policy)});
    }
    return policies;
}

} // namespace

ProcessContext::ProcessContext(ActiveRules rules, FeeSchedule fees, InterestCalculator interest)
    : m_rules(std::move(rules))
    , m_fees(std::move(fees))
    , m_interest(std::move(interest))
    , m_engine(m_rules.rules, m_fees, m_interest)
{
}

Result<std::unique_ptr<ProcessContext>> ProcessContext::load(Database &database, QDate date,
                                                             bool storeRules, const QString &user)
{
    Result<ActiveRules> rules = RulesService(database).activeOn(date, storeRules, user);
    if (!rules)
        return rules.error();
    Result<FeeSchedule> fees = FeeSchedule::builtIn();
    if (!fees)
        return fees.error();
    auto rates = ReferenceRateService(database).table();
    if (!rates)
        return rates.error();
    const Result<InterestConventions> conventions = InterestConventions::defaults();
    if (!conventions)
        return conventions.error();
    std::unique_ptr<ProcessContext> context(
        new ProcessContext(std::move(rules).value(), std::move(fees).value(),
                           InterestCalculator(std::move(rates).value(), *conventions)));

    const auto policies = ClientPolicyRepository(database).all();
    if (!policies)
        return policies.error();
    const auto pins = SegmentPinRepository(database).activeOn(date);
    if (!pins)
        return pins.error();
    QHash<ProcessSnapshotBuilder::PinKey, SegmentPin> pinMap;
    for (const StoredPin &p : *pins) // oldest first: a newer pin replaces an older one
        pinMap.insert({p.clientId, p.debtorId}, p.pin);
    context->m_builder.emplace(context->m_engine,
                               preparePolicies(*policies, context->m_engine, context->m_warnings),
                               std::move(pinMap));
    return context;
}

ProcessPreviewService::ProcessPreviewService(Database &database)
    : m_database(database)
{
}

Result<std::optional<ProcessPreview>> ProcessPreviewService::preview(qint64 caseId, QDate date)
{
    if (!date.isValid())
        return Error(tr("No date was given for the preview"), QStringLiteral("date"));
    ProcessBatchRows rows;
    if (Status loaded = ProcessCaseRepository(m_database).loadCase(caseId, rows); !loaded)
        return loaded.error();
    if (rows.cases.isEmpty())
        return std::optional<ProcessPreview>();
    const auto context = ProcessContext::load(m_database, date, false, {});
    if (!context)
        return context.error();
    QList<CaseSnapshot> snapshots;
    (*context)->builder().build(rows, snapshots);
    const CaseSnapshot &s = snapshots.constFirst();
    ProcessPreview preview;
    preview.caseNo = s.row->caseData.caseNo;
    preview.rulesVersion = (*context)->rules().rules.version();
    preview.decision = (*context)->engine().decide(s.process, *s.policy, date);
    return std::optional<ProcessPreview>(std::move(preview));
}

} // namespace Fordran
