#include "models/services/caseservice.h"

#include "models/rules/interest.h"
#include "models/rules/referencerates.h"
#include "models/services/processcontext.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/referenceraterepository.h"
#include "models/storage/userrepository.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Fordran {

namespace {

/*! A change of a claim's principal on a date (payments, withdrawals). */
struct PrincipalChange
{
    QDate date;
    Money delta;
};

/*! What the ledger says about one claim (or, under claim id 0, the case itself). */
struct LedgerTotals
{
    BalanceSplit balance;
    Money principalBooked; //!< principal lines: owed from the due date on
    QList<PrincipalChange> changes; //!< later changes of the principal, by date
    QDate interestPostedThrough; //!< the day of the last interest line (invalid: none)
};

/*!
 * Sums the lines booked up to \a asOf per claim. A reversal counts against the kind of the line
 * it undoes (a reversed payment lowers "paid", a withdrawn principal lowers "principal").
 */
QHash<qint64, LedgerTotals> sumLedger(const QList<LedgerEntry> &entries, QDate asOf,
                                      QSet<qint64> &reversed)
{
    QHash<qint64, const LedgerEntry *> byId;
    for (const LedgerEntry &e : entries)
        byId.insert(e.id, &e);

    QHash<qint64, LedgerTotals> totals;
    for (const LedgerEntry &e : entries) {
        if (e.entryDate > asOf)
            continue;
        LedgerTotals &t = totals[e.claimId];
        LedgerKind kind = e.kind;
        std::optional<LedgerKind> component = e.component;
        if (e.kind == LedgerKind::Reversal) {
            reversed.insert(e.reversesId);
            if (const LedgerEntry *original = byId.value(e.reversesId)) {
                kind = original->kind;
                component = original->component;
            } else {
                kind = e.effectiveComponent();
            }
        }
        switch (kind) {
        case LedgerKind::Principal:
            t.balance.principal += e.amount;
            if (e.kind == LedgerKind::Principal)
                t.principalBooked += e.amount;
            else
                t.changes.append({e.entryDate, e.amount});
            break;
        case LedgerKind::Interest:
            t.balance.interest += e.amount;
            if (e.kind == LedgerKind::Interest)
                t.interestPostedThrough = std::max(t.interestPostedThrough, e.entryDate);
            break;
        case LedgerKind::Fee:
            t.balance.fees += e.amount;
            break;
        case LedgerKind::Payment:
        case LedgerKind::Reversal:
            t.balance.paid -= e.amount;
            if (component == LedgerKind::Principal)
                t.changes.append({e.entryDate, e.amount});
            break;
        }
    }
    for (LedgerTotals &t : totals)
        std::stable_sort(
            t.changes.begin(), t.changes.end(),
            [](const PrincipalChange &a, const PrincipalChange &b) { return a.date < b.date; });
    return totals;
}

/*! The claim's principal from its due date on, then after each change (never below zero). */
QList<PrincipalStep> principalSteps(const LedgerTotals &t, QDate due)
{
    QList<PrincipalStep> steps {{due, Money::max(Money(), t.principalBooked)}};
    Money running = t.principalBooked;
    for (const PrincipalChange &change : t.changes) {
        running += change.delta;
        const QDate from = std::max(change.date, due);
        if (steps.last().from == from)
            steps.last().principal = Money::max(Money(), running);
        else
            steps.append({from, Money::max(Money(), running)});
    }
    return steps;
}

/*! The first half-year from \a from to \a to without a reference rate; invalid if none. */
QDate firstMissingHalfYear(const ReferenceRateTable &rates, QDate from, QDate to)
{
    for (QDate h = ReferenceRateTable::halfYearStart(from); from.isValid() && h <= to;
         h = h.addMonths(6)) {
        if (!rates.rateFor(h))
            return h;
    }
    return {};
}

QList<ReferenceRateTable::Entry> enteredRates(const QList<StoredReferenceRate> &stored)
{
    QList<ReferenceRateTable::Entry> entries;
    for (const StoredReferenceRate &rate : stored)
        entries.append(
            {rate.validFrom, rate.rate, ReferenceRateTable::Source::Entered, rate.enteredBy});
    return entries;
}

template<typename T> Result<T> found(Result<std::optional<T>> result, const Error &missing)
{
    if (!result)
        return result.error();
    if (!result->has_value())
        return missing;
    return **result;
}

} // namespace

BalanceSplit &BalanceSplit::operator+=(const BalanceSplit &other)
{
    principal += other.principal;
    interest += other.interest;
    fees += other.fees;
    paid += other.paid;
    return *this;
}

CaseService::CaseService(Database &database)
    : m_database(database)
{
}

CaseService::~CaseService() = default;

Result<std::optional<CaseDetails>> CaseService::details(qint64 caseId, QDate asOf)
{
    return loadFound(CaseRepository(m_database).byId(caseId), asOf);
}

Result<std::optional<CaseDetails>> CaseService::detailsByCaseNo(const QString &caseNo, QDate asOf)
{
    return loadFound(CaseRepository(m_database).byCaseNo(caseNo.trimmed()), asOf);
}

Result<std::optional<CaseDetails>> CaseService::loadFound(const Result<std::optional<Case>> &found,
                                                          QDate asOf)
{
    if (!found)
        return found.error();
    if (!found->has_value())
        return std::optional<CaseDetails>();
    Result<CaseDetails> loaded = load(**found, asOf);
    if (!loaded)
        return loaded.error();
    return std::optional<CaseDetails>(std::move(loaded).value());
}

Status CaseService::ensureInterest()
{
    if (m_interest)
        return {};
    const auto builtIn = ReferenceRateTable::builtIn();
    if (!builtIn)
        return builtIn.error();
    const auto stored = ReferenceRateRepository(m_database).list();
    if (!stored)
        return stored.error();
    const auto conventions = InterestConventions::defaults();
    if (!conventions)
        return conventions.error();
    const ReferenceRateTable rates = builtIn->withEntered(enteredRates(*stored));
    InterestConventions afterPosted = *conventions;
    afterPosted.adjustDueToBankDay = false; // the day after the posted-through day, exactly
    m_interest = std::make_unique<InterestCalculator>(rates, *conventions);
    m_interestAfter = std::make_unique<InterestCalculator>(rates, afterPosted);
    return {};
}

Result<CaseDetails> CaseService::load(const Case &c, QDate asOf)
{
    CaseDetails d;
    d.caseData = c;
    d.asOf = asOf.isValid() ? asOf : QDate::currentDate();

    const auto client = found(ClientRepository(m_database).byId(c.clientId),
                              Error(tr("The client of case %1 is missing").arg(c.caseNo)));
    if (!client)
        return client.error();
    d.client = *client;
    if (c.assignedUserId != 0) {
        const auto user = UserRepository(m_database).byId(c.assignedUserId);
        if (!user)
            return user.error();
        d.assignedUser = *user;
    }

    const auto parties = CaseRepository(m_database).debtors(c.id);
    if (!parties)
        return parties.error();
    DebtorRepository debtors(m_database);
    for (const CaseDebtor &party : *parties) {
        const auto debtor = found(debtors.byId(party.debtorId),
                                  Error(tr("A debtor of case %1 is missing").arg(c.caseNo)));
        if (!debtor)
            return debtor.error();
        d.debtors.append({*debtor, party.role});
    }

    const auto claims = ClaimRepository(m_database).forCase(c.id);
    if (!claims)
        return claims.error();
    const auto entries = LedgerRepository(m_database).entriesForCase(c.id);
    if (!entries)
        return entries.error();
    const auto events = EventRepository(m_database).forCase(c.id);
    if (!events)
        return events.error();
    d.events = *events;

    QSet<qint64> reversed;
    const QHash<qint64, LedgerTotals> totals = sumLedger(*entries, d.asOf, reversed);
    QHash<qint64, QString> invoiceOf;
    for (const Claim &claim : *claims)
        invoiceOf.insert(claim.id, claim.invoiceNo);
    for (const LedgerEntry &e : *entries) {
        if (e.kind == LedgerKind::Fee && e.entryDate <= d.asOf && !reversed.contains(e.id))
            d.fees.append(
                {e.entryDate, e.feeType, e.amount, e.claimId, invoiceOf.value(e.claimId)});
    }

    QMap<QDate, QStringList> missingFrom; // a half-year without a reference rate → the invoices
    QMap<QString, QStringList> failed; // why interest could not be computed → the invoices
    const bool closed = c.status == CaseStatus::Closed;
    if (!closed) {
        if (const Status ready = ensureInterest(); !ready)
            return ready.error();
    }
    for (const Claim &claim : *claims) {
        ClaimDetails cd;
        cd.claim = claim;
        const LedgerTotals t = totals.value(claim.id);
        cd.balance = t.balance;
        const QList<PrincipalStep> steps = principalSteps(t, claim.dueDate);
        const bool owesPrincipal
            = std::any_of(steps.begin(), steps.end(),
                          [](const PrincipalStep &s) { return s.principal.isPositive(); });
        if (!closed && owesPrincipal && claim.dueDate.isValid()) {
            const std::optional<Percentage> fixed = claim.interestKind == InterestKind::Fixed
                ? std::optional<Percentage>(claim.fixedRate)
                : std::nullopt;
            const std::optional<Percentage> margin = claim.interestKind == InterestKind::Reference
                ? std::optional<Percentage>(claim.interestMargin)
                : std::nullopt;
            // Interest runs from the day after the posted-through day, or after the due date.
            const bool posted = t.interestPostedThrough.isValid();
            const InterestCalculator &calculator = posted ? *m_interestAfter : *m_interest;
            const QDate from = posted ? t.interestPostedThrough : claim.dueDate;
            // Up to the first half-year without a reference rate at most: never guessed.
            const QDate missing = fixed
                ? QDate()
                : firstMissingHalfYear(calculator.rates(), calculator.firstInterestDay(from),
                                       d.asOf);
            const QDate to = missing.isValid() ? missing.addDays(-1) : d.asOf;
            const Result<InterestResult> accrued
                = calculator.computeSchedule(steps, from, to, fixed, margin);
            if (accrued) {
                cd.interestAccrued = accrued->total;
                cd.balance.interest += accrued->total;
            } else {
                failed[accrued.error().message].append(claim.invoiceNo);
            }
            if (missing.isValid())
                missingFrom[missing].append(claim.invoiceNo);
        }
        d.balance += cd.balance;
        d.claims.append(cd);
    }
    // Case-level lines (an overpayment kept for refund).
    d.balance += totals.value(0).balance;
    for (auto it = missingFrom.cbegin(); it != missingFrom.cend(); ++it) {
        const QString why = m_interest->rates().rateFor(it.key()).error().message;
        const QString day = it.key().toString(Qt::ISODate);
        d.warnings.append(it.value().size() == 1
                              ? tr("Interest on invoice %1 from %2 on is left out: %3")
                                    .arg(it.value().first(), day, why)
                              : tr("Interest on invoices %1 from %2 on is left out: %3")
                                    .arg(it.value().join(QStringLiteral(", ")), day, why));
    }
    for (auto it = failed.cbegin(); it != failed.cend(); ++it) {
        d.warnings.append(
            it.value().size() == 1
                ? tr("Interest on invoice %1 is left out: %2").arg(it.value().first(), it.key())
                : tr("Interest on invoices %1 is left out: %2")
                      .arg(it.value().join(QStringLiteral(", ")), it.key()));
    }
    // The score as the process engine gives it on the date, with its reasons (r-c2).
    const auto preview = ProcessPreviewService(m_database).preview(c.id, d.asOf);
    if (!preview)
        d.warnings.append(tr("No score: %1").arg(preview.error().message));
    else if (preview->has_value())
        d.score = CaseScore {(*preview)->decision.score.value, (*preview)->decision.score.segment,
                             (*preview)->decision.score.reasons};
    return d;
}

} // namespace Fordran
