#include "models/services/processsnapshot.h"

#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace Fordran {

namespace {

qint64 addOre(qint64 a, qint64 b)
{
    qint64 sum = 0;
    if (__builtin_add_overflow(a, b, &sum))
        return b > 0 ? std::numeric_limits<qint64>::max() : std::numeric_limits<qint64>::min();
    return sum;
}

/*! What the ledger says about one claim. */
struct ClaimLedger
{
    qint64 principalBooked = 0;
    QList<std::pair<QDate, qint64>> changes; //!< payments and reversals against principal
    qint64 fees = 0;
    qint64 interest = 0;
    QDate interestThrough;
    QMap<FeeType, int> feesCharged;
    QList<InterruptionEvent> payments;
};

/*! What the ledger says about the steps a case went through before the process ran on it. */
struct LegacyFacts
{
    int reminderFees = 0;
    QDate reminderFeeOn;
    QDate demandFeeOn; //!< the first inkassokrav or förseningsersättning fee
};

void book(const LedgerEntry &e, ClaimLedger &c, LegacyFacts &legacy)
{
    const qint64 ore = e.amount.ore();
    const LedgerKind component = e.effectiveComponent();
    switch (component) {
    case LedgerKind::Principal:
        if (e.kind == LedgerKind::Principal)
            c.principalBooked = addOre(c.principalBooked, ore);
        else
            c.changes.append({e.entryDate, ore});
        break;
    case LedgerKind::Interest:
        c.interest = addOre(c.interest, ore);
        if (e.kind == LedgerKind::Interest
            && (!c.interestThrough.isValid() || e.entryDate > c.interestThrough))
            c.interestThrough = e.entryDate;
        break;
    case LedgerKind::Fee: {
        c.fees = addOre(c.fees, ore);
        const std::optional<FeeType> type = feeTypeFromName(e.feeType);
        if (!type || (e.kind != LedgerKind::Fee && e.kind != LedgerKind::Reversal))
            break;
        // A reversal of a fee line (negative) takes the fee back; a reversed payment does not.
        const bool charge = e.kind == LedgerKind::Fee;
        if (!charge && ore >= 0)
            break;
        int &count = c.feesCharged[*type];
        count += charge ? 1 : -1;
        if (charge && *type == FeeType::Reminder) {
            ++legacy.reminderFees;
            if (!legacy.reminderFeeOn.isValid() || e.entryDate > legacy.reminderFeeOn)
                legacy.reminderFeeOn = e.entryDate;
        }
        if (charge && (*type == FeeType::Inkassokrav || *type == FeeType::B2bCompensation)
            && (!legacy.demandFeeOn.isValid() || e.entryDate < legacy.demandFeeOn))
            legacy.demandFeeOn = e.entryDate;
        break;
    }
    case LedgerKind::Payment:
    case LedgerKind::Reversal:
        break;
    }
    if (e.kind == LedgerKind::Payment)
        c.payments.append({e.entryDate, InterruptionKind::Payment,
                           e.reference.isEmpty() ? QStringLiteral("ledger") : e.reference});
}

/*! The claim's principal from its due date on, then after each change (never below zero). */
QList<PrincipalStep> stepsOf(const ClaimLedger &c, QDate due)
{
    QList<PrincipalStep> steps;
    if (c.changes.isEmpty() || !due.isValid())
        return steps;
    qint64 running = c.principalBooked;
    steps.append({due, Money::fromOre(std::max<qint64>(running, 0))});
    for (const auto &[date, delta] : c.changes) {
        running = addOre(running, delta);
        const QDate from = std::max(date, due);
        const Money principal = Money::fromOre(std::max<qint64>(running, 0));
        if (steps.constLast().from == from)
            steps.last().principal = principal;
        else
            steps.append({from, principal});
    }
    return steps;
}

bool afterDemand(CaseStatus status)
{
    return status == CaseStatus::Collection || status == CaseStatus::Plan
        || status == CaseStatus::Bf || status == CaseStatus::Enforcement
        || status == CaseStatus::Surveillance;
}

/*! The state of a case the process has not run on, from its status and ledger. */
void seedLegacyState(const ProcessCaseRow &row, const LegacyFacts &legacy, ProcessState &st)
{
    const CaseStatus status = row.caseData.status;
    st.remindersSent = legacy.reminderFees;
    if (status == CaseStatus::Reminder)
        st.remindersSent = std::max(st.remindersSent, 1);
    if (legacy.demandFeeOn.isValid())
        st.demandSentOn = legacy.demandFeeOn;
    else if (afterDemand(status))
        st.demandSentOn = row.caseData.openedOn;
    st.stepDate = std::max(st.demandSentOn, legacy.reminderFeeOn);
    if (!st.stepDate.isValid() && st.remindersSent > 0)
        st.stepDate = row.caseData.openedOn;
}

bool isNewState(const ProcessState &s)
{
    return s.templateKey.isEmpty() && s.rulesVersion.isEmpty() && s.stepIndex < 0
        && s.remindersSent == 0 && !s.demandSentOn.isValid() && !s.finished;
}

bool endedUnpaid(const DebtorHistoryRow &h)
{
    if (h.status == CaseStatus::Bf || h.status == CaseStatus::Enforcement
        || h.status == CaseStatus::Surveillance)
        return true;
    return h.status == CaseStatus::Closed
        && (h.closeReason == u"time_barred" || h.closeReason == u"unpaid"
            || h.closeReason == u"written_off");
}

} // namespace

ProcessSnapshotBuilder::ProcessSnapshotBuilder(const ProcessEngine &engine,
                                               QHash<qint64, RunPolicy> policies,
                                               QHash<PinKey, SegmentPin> pins)
    : m_engine(engine)
    , m_policies(std::move(policies))
    , m_pins(std::move(pins))
    , m_default {ClientPolicy(), engine.defaultPolicy()}
{
}

void ProcessSnapshotBuilder::build(const ProcessBatchRows &rows, QList<CaseSnapshot> &out) const
{
    out.resize(rows.cases.size());
    qsizetype claim = 0, ledger = 0, history = 0, pause = 0;
    for (qsizetype i = 0; i < rows.cases.size(); ++i)
        buildCase(rows, i, claim, ledger, history, pause, out[i]);
}

void ProcessSnapshotBuilder::rebuild(const ProcessBatchRows &rows, qsizetype caseIndex,
                                     CaseSnapshot &s) const
{
    // Each list is in case-id order: start at the case's first row.
    const qint64 id = rows.cases.at(caseIndex).caseData.id;
    const auto first = [id](const auto &list) {
        const auto it = std::partition_point(list.cbegin(), list.cend(),
                                             [id](const auto &r) { return r.caseId < id; });
        return qsizetype(it - list.cbegin());
    };
    qsizetype claim = first(rows.claims), ledger = first(rows.ledger);
    qsizetype history = first(rows.history), pause = first(rows.pauses);
    buildCase(rows, caseIndex, claim, ledger, history, pause, s);
}

void ProcessSnapshotBuilder::buildCase(const ProcessBatchRows &rows, qsizetype caseIndex,
                                       qsizetype &claim, qsizetype &ledger, qsizetype &history,
                                       qsizetype &pause, CaseSnapshot &s) const
{
    const ProcessCaseRow &row = rows.cases.at(caseIndex);
    const Case &c = row.caseData;
    const qint64 id = c.id;
    const auto policyIt = m_policies.constFind(c.clientId);
    const RunPolicy &policy = policyIt != m_policies.cend() ? *policyIt : m_default;

    s.row = &row;
    s.policy = &policy.prepared;
    s.figures.clear();
    s.pauses.clear();
    s.legacyPause = false;
    ProcessCase &pc = s.process;
    pc.caseId = id;
    pc.status = c.status;
    pc.segment = c.segment;
    pc.state = row.state;
    pc.claims.clear();
    pc.pauses.clear();
    pc.openedOn = c.openedOn;
    pc.channel.clear();
    pc.nextActionDate = c.nextActionDate;
    pc.nextAction = c.nextAction;
    pc.score = row.score;
    pc.onVipList = policy.policy.isVipDebtor(row.debtorIdentity);
    const auto pin = m_pins.constFind(PinKey(c.clientId, c.debtorId));
    pc.pin = pin != m_pins.cend() ? std::optional<SegmentPin>(*pin) : std::nullopt;

    // Claims and their ledger lines.
    while (claim < rows.claims.size() && rows.claims.at(claim).caseId < id)
        ++claim;
    const qsizetype firstClaim = claim;
    while (claim < rows.claims.size() && rows.claims.at(claim).caseId == id)
        ++claim;
    const qsizetype claimCount = claim - firstClaim;
    QVarLengthArray<ClaimLedger, 4> books(claimCount);
    LegacyFacts legacy;
    qint64 paid = 0;
    while (ledger < rows.ledger.size() && rows.ledger.at(ledger).caseId < id)
        ++ledger;
    for (; ledger < rows.ledger.size() && rows.ledger.at(ledger).caseId == id; ++ledger) {
        const LedgerEntry &e = rows.ledger.at(ledger);
        for (qsizetype k = 0; k < claimCount; ++k) {
            if (rows.claims.at(firstClaim + k).id == e.claimId) {
                book(e, books[k], legacy);
                break;
            }
        }
        // Paid: payments, less reversed payments (a reversal with a positive amount).
        if (e.kind == LedgerKind::Payment
            || (e.kind == LedgerKind::Reversal && e.amount.isPositive()))
            paid = addOre(paid, -e.amount.ore());
    }
    pc.claims.reserve(claimCount);
    for (qsizetype k = 0; k < claimCount; ++k) {
        const Claim &cl = rows.claims.at(firstClaim + k);
        const ClaimLedger &b = books[k];
        qint64 principal = b.principalBooked;
        for (const auto &change : b.changes)
            principal = addOre(principal, change.second);
        ProcessClaim &p = pc.claims.emplace_back();
        p.claimId = cl.id;
        p.invoiceDate = cl.invoiceDate;
        p.dueDate = cl.dueDate;
        p.contractDate = cl.contractDate;
        p.originalAmount = cl.originalAmount;
        p.principalOutstanding = Money::fromOre(std::max<qint64>(principal, 0));
        p.feesOutstanding = Money::fromOre(std::max<qint64>(b.fees, 0));
        p.debtorType = cl.debtorType;
        p.reminderFeeAgreed = cl.reminderFeeAgreed;
        p.feesCharged = b.feesCharged;
        p.disputed = cl.disputed;
        p.interestKind = cl.interestKind;
        p.interestMargin = cl.interestMargin;
        p.fixedRate = cl.fixedRate;
        p.interestPostedThrough = b.interestThrough;
        p.limitationEvents = b.payments;
        p.principalSteps = stepsOf(b, cl.dueDate);
        s.figures.append({cl.id, cl.invoiceNo, p.principalOutstanding,
                          Money::fromOre(std::max<qint64>(b.interest, 0)), p.feesOutstanding});
    }

    s.legacyState = isNewState(pc.state);
    if (s.legacyState)
        seedLegacyState(row, legacy, pc.state);

    // The debtor's earlier cases and contact details, for the score.
    ScoringFacts &facts = pc.scoringFacts;
    facts = ScoringFacts();
    while (history < rows.history.size() && rows.history.at(history).caseId < id)
        ++history;
    for (; history < rows.history.size() && rows.history.at(history).caseId == id; ++history) {
        const DebtorHistoryRow &h = rows.history.at(history);
        ++facts.earlierCases;
        if (h.status == CaseStatus::Closed && h.closeReason == u"paid")
            ++facts.earlierCasesPaid;
        else if (endedUnpaid(h))
            ++facts.earlierCasesUnpaid;
    }
    facts.hasPhone = row.hasPhone;
    facts.hasEmail = row.hasEmail;
    facts.hasAddress = row.hasAddress;
    facts.partiallyPaid = Money::fromOre(std::max<qint64>(paid, 0));

    // Pauses in force; a case pause recorded only on the case row (before pauses were stored).
    while (pause < rows.pauses.size() && rows.pauses.at(pause).caseId < id)
        ++pause;
    bool storedCasePause = false;
    for (; pause < rows.pauses.size() && rows.pauses.at(pause).caseId == id; ++pause) {
        const StoredPause &p = rows.pauses.at(pause);
        s.pauses.append(p);
        pc.pauses.append(p.pause);
        storedCasePause = storedCasePause || p.pause.scope == PauseScope::Case;
    }
    if (!storedCasePause && (c.pausedUntil.isValid() || !c.pauseReason.isEmpty())) {
        PauseState legacyPause;
        legacyPause.reason
            = c.pauseReason.isEmpty() ? QStringLiteral("client_request") : c.pauseReason;
        legacyPause.scope = PauseScope::Case;
        legacyPause.until = c.pausedUntil;
        pc.pauses.append(legacyPause);
        s.legacyPause = true;
    }
}

} // namespace Fordran
