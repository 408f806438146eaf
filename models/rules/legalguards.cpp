#include "models/rules/legalguards.h"

#include "models/domain/bankcalendar.h"

namespace Fordran {

namespace {

// The citations the guards refuse with. They name the rule (domain.md §13); the numbers the
// rules compare against come from the tables. Swedish statute names are not translated.
QString citeCollectionDue() { return QStringLiteral("Lag (1981:739) 1 §"); }
QString citeReminderAgreement() { return QStringLiteral("Lag (1981:739) 2 §"); }
QString citeReasonableCosts() { return QStringLiteral("Lag (1981:739) 4 § första stycket"); }
QString citeDemandContent() { return QStringLiteral("Lag (1981:739) 3 § 1; inkassolagen (1974:182) 5 §"); }
QString citeOneDemandFee() { return QStringLiteral("Lag (1981:739) 4 § 2; RH 2022:7"); }
QString citeDemandDeadline() { return QStringLiteral("God inkassosed (DI:s allmänna råd; FFFS 2025:2)"); }
QString citeLegalStep() { return QStringLiteral("Inkassolagen (1974:182) 6 §"); }
QString citeCombine() { return QStringLiteral("God inkassosed; RH 2022:7"); }
QString citePlan() { return QStringLiteral("Lag (1981:739) 3 § 2"); }
QString citeB2b() { return QStringLiteral("Lag (1981:739) 4 a §"); }
QString citeBeyondStatute() { return QStringLiteral("Lag (1981:739) 5–6 §§; lag (1990:746) 23 §"); }
QString citeInterestRate() { return QStringLiteral("Räntelagen (1975:635) 1 §, 6 §"); }
QString citeInterestStart() { return QStringLiteral("Räntelagen (1975:635) 3–4 §§"); }
QString citeNoCompounding() { return QStringLiteral("Räntelagen (1975:635) 2 §, 6 §"); }
QString citeInterestOnFees() { return QStringLiteral("Lag (1981:739); RH 2010:18"); }
QString citeBankDay() { return QStringLiteral("Skuldebrevslagen (1936:81) 5 §; lag (1930:173) 2 §"); }
QString citeTimeBarred() { return QStringLiteral("Preskriptionslagen (1981:130) 2 §, 8 §"); }
QString citeDisputed() { return QStringLiteral("Inkassolagen (1974:182) 4 §"); }

QString iso(const QDate &date) { return date.toString(Qt::ISODate); }

/*! The shared cap check of the fee guards: the schedule's amount and its statute. */
Guard capGuard(const Money &amount, const Fee &cap)
{
    if (amount <= cap.amount)
        return Guard::allow();
    return Guard::refuse(QStringLiteral("fee_above_cap"), cap.statute,
                         LegalGuards::tr("The fee of %1 is above the statutory amount of %2 (%3).")
                             .arg(amount.toString(), cap.amount.toString(), cap.statute));
}

} // namespace

Guard LegalGuards::claimDue(const QDate &dueDate, const QDate &on)
{
    const QString rule = citeCollectionDue();
    if (!dueDate.isValid())
        return Guard::refuse(QStringLiteral("claim_without_due_date"), rule,
                             tr("The claim has no due date, so it cannot be collected yet (%1).").arg(rule));
    if (on <= dueDate)
        return Guard::refuse(QStringLiteral("claim_not_due"), rule,
                             tr("The claim is not overdue before %1 (%2).").arg(iso(dueDate.addDays(1)), rule));
    return Guard::allow();
}

Guard LegalGuards::reminderFee(const ClaimFeeFacts &claim, const Money &amount, const Fee &cap)
{
    if (claim.charged(FeeType::B2bCompensation) > 0) {
        const QString rule = citeB2b();
        return Guard::refuse(QStringLiteral("fee_after_b2b_compensation"), rule,
                             tr("No reminder fee: förseningsersättning is already charged on this claim "
                                "and replaces it (%1).").arg(rule));
    }
    if (claim.reminderFeeAgreement.trimmed().isEmpty()) {
        const QString rule = citeReminderAgreement();
        return Guard::refuse(QStringLiteral("reminder_fee_not_agreed"), rule,
                             tr("No reminder fee: there is no evidence that the debtor agreed to one no "
                                "later than when the debt arose (%1).").arg(rule));
    }
    if (claim.charged(FeeType::Reminder) > 0) {
        const QString rule = citeReasonableCosts();
        return Guard::refuse(QStringLiteral("reminder_fee_repeated"), rule,
                             tr("No reminder fee: the claim already carries one, and further reminders are "
                                "free (%1).").arg(rule));
    }
    return capGuard(amount, cap);
}

Guard LegalGuards::inkassokravFee(const ClaimFeeFacts &claim, const DemandLetterFacts &letter,
                                  const Money &amount, const Fee &cap)
{
    if (claim.charged(FeeType::B2bCompensation) > 0) {
        const QString rule = citeB2b();
        return Guard::refuse(QStringLiteral("fee_after_b2b_compensation"), rule,
                             tr("No collection-demand fee: förseningsersättning is already charged on this "
                                "claim and replaces it (%1).").arg(rule));
    }
    const QString content = citeDemandContent();
    if (!letter.sentOn.isValid())
        return Guard::refuse(QStringLiteral("demand_not_sent"), content,
                             tr("No collection-demand fee: the demand has not been sent or handed over to the "
                                "debtor (%1).").arg(content));
    if (!letter.amountsSeparated)
        return Guard::refuse(QStringLiteral("demand_amounts_not_separated"), content,
                             tr("No collection-demand fee: the demand does not state principal, interest and "
                                "costs separately (%1).").arg(content));
    if (!letter.interestDetailsStated)
        return Guard::refuse(QStringLiteral("demand_interest_details_missing"), content,
                             tr("No collection-demand fee: the demand does not state the interest amount, "
                                "rate, period and base (%1).").arg(content));
    if (!letter.deadline.isValid())
        return Guard::refuse(QStringLiteral("demand_deadline_missing"), content,
                             tr("No collection-demand fee: the demand gives no deadline to pay or object "
                                "(%1).").arg(content));
    if (claim.charged(FeeType::Inkassokrav) > 0) {
        const QString rule = citeOneDemandFee();
        return Guard::refuse(QStringLiteral("demand_fee_repeated"), rule,
                             tr("No collection-demand fee: the claim already carries one (%1).").arg(rule));
    }
    return capGuard(amount, cap);
}

Guard LegalGuards::demandDeadline(const DemandLetterFacts &letter, const Result<QDate> &minimum)
{
    const QString rule = citeDemandDeadline();
    if (!letter.deadline.isValid())
        return Guard::refuse(QStringLiteral("demand_deadline_missing"), rule,
                             tr("The demand gives no deadline to pay or object (%1).").arg(rule));
    if (!minimum)
        return Guard::refuse(QStringLiteral("demand_deadline_unknown"), rule,
                             tr("The shortest allowed deadline cannot be computed: %1 (%2).")
                                 .arg(minimum.error().message, rule));
    if (letter.deadline < *minimum)
        return Guard::refuse(QStringLiteral("demand_deadline_too_short"), rule,
                             tr("The demand's deadline %1 is earlier than the shortest allowed, %2 (%3).")
                                 .arg(iso(letter.deadline), iso(*minimum), rule));
    return Guard::allow();
}

Guard LegalGuards::legalStepAfterDeadline(const QDate &demandDeadline, const QDate &on)
{
    const QString rule = citeLegalStep();
    if (!demandDeadline.isValid())
        return Guard::refuse(QStringLiteral("legal_step_without_demand"), rule,
                             tr("No legal step: no collection demand with a deadline has been sent (%1).")
                                 .arg(rule));
    if (on <= demandDeadline)
        return Guard::refuse(QStringLiteral("legal_step_before_deadline"), rule,
                             tr("No legal step before the demand's deadline %1 has passed (%2).")
                                 .arg(iso(demandDeadline), rule));
    return Guard::allow();
}

Guard LegalGuards::combinedDemand(const DemandLetterFacts &letter)
{
    if (!letter.separateDemandReason.trimmed().isEmpty())
        return Guard::allow();
    int missing = 0;
    for (const qint64 id : letter.combinableClaimIds) {
        if (!letter.claimIds.contains(id))
            ++missing;
    }
    if (missing == 0)
        return Guard::allow();
    const QString rule = citeCombine();
    return Guard::refuse(QStringLiteral("demands_not_combined"), rule,
                         tr("%n other claim(s) of the same client against the same debtor must be in this "
                            "demand, or a reason for separate demands must be recorded (%1).",
                            nullptr, missing)
                             .arg(rule));
}

Guard LegalGuards::planFee(const PlanFacts &plan, const Money &amount, const Fee &cap)
{
    const QString rule = citePlan();
    if (!plan.written)
        return Guard::refuse(QStringLiteral("plan_not_written"), rule,
                             tr("No plan fee: the instalment plan is not in writing (%1).").arg(rule));
    if (!plan.coversWholeDebt)
        return Guard::refuse(QStringLiteral("plan_incomplete"), rule,
                             tr("No plan fee: the instalment plan does not cover the whole debt (%1).").arg(rule));
    if (!plan.agreedWithDebtor)
        return Guard::refuse(QStringLiteral("plan_not_agreed"), rule,
                             tr("No plan fee: the instalment plan was not drawn up with the debtor (%1).")
                                 .arg(rule));
    if (!plan.sentOrHandedOver)
        return Guard::refuse(QStringLiteral("plan_not_sent"), rule,
                             tr("No plan fee: the instalment plan has not been sent or handed over to the "
                                "debtor (%1).").arg(rule));
    return capGuard(amount, cap);
}

Guard LegalGuards::b2bCompensation(const ClaimFeeFacts &claim, const QDate &on, const Money &amount,
                                   const Fee &cap)
{
    const QString rule = citeB2b();
    if (claim.debtorType != DebtorType::Business)
        return Guard::refuse(QStringLiteral("b2b_compensation_consumer"), rule,
                             tr("No förseningsersättning: it applies only between businesses, not to a "
                                "consumer claim (%1).").arg(rule));
    if (!claim.lateInterestFrom.isValid() || on < claim.lateInterestFrom)
        return Guard::refuse(QStringLiteral("b2b_compensation_before_interest"), rule,
                             tr("No förseningsersättning before late interest has started (%1).").arg(rule));
    if (claim.charged(FeeType::B2bCompensation) > 0)
        return Guard::refuse(QStringLiteral("b2b_compensation_repeated"), rule,
                             tr("No förseningsersättning: the claim already carries it (%1).").arg(rule));
    if (claim.charged(FeeType::Reminder) > 0 || claim.charged(FeeType::Inkassokrav) > 0)
        return Guard::refuse(QStringLiteral("b2b_compensation_after_fees"), rule,
                             tr("No förseningsersättning: reminder or collection-demand fees are already "
                                "charged on this claim, and it replaces them (%1).").arg(rule));
    return capGuard(amount, cap);
}

Guard LegalGuards::costWithinStatute(const FeeRequest &fee, const Result<Fee> &cap)
{
    const QString rule = citeBeyondStatute();
    if (!cap.ok())
        return Guard::refuse(QStringLiteral("cost_not_statutory"), rule,
                             tr("The cost of %1 is not a statutory amount: %2 (%3).")
                                 .arg(fee.amount.toString(), cap.error().message, rule));
    if (fee.amount > cap->amount)
        return Guard::refuse(QStringLiteral("cost_beyond_statute"), rule,
                             tr("The cost of %1 is above the statutory amount of %2 under %3 (%4).")
                                 .arg(fee.amount.toString(), cap->amount.toString(), cap->statute, rule));
    return Guard::allow();
}

Guard LegalGuards::lateInterestRate(const InterestPosting &posting)
{
    if (posting.rate <= posting.statutoryRate || !posting.contractualRateEvidence.trimmed().isEmpty())
        return Guard::allow();
    const QString rule = citeInterestRate();
    return Guard::refuse(QStringLiteral("interest_rate_above_default"), rule,
                         tr("The interest rate %1 % is above the statutory %2 % and no agreed rate is on "
                            "record (%3).")
                             .arg(posting.rate.toString(), posting.statutoryRate.toString(), rule));
}

Guard LegalGuards::interestStart(const InterestPosting &posting, const QDate &start)
{
    const QString rule = citeInterestStart();
    if (!start.isValid() || !posting.from.isValid())
        return Guard::refuse(QStringLiteral("interest_start_unknown"), rule,
                             tr("No interest: the day interest starts is not known (%1).").arg(rule));
    if (posting.from < start)
        return Guard::refuse(QStringLiteral("interest_start_too_early"), rule,
                             tr("No interest for time before %1, the day interest starts (%2).")
                                 .arg(iso(start), rule));
    return Guard::allow();
}

Guard LegalGuards::interestBase(const InterestPosting &posting, bool rulesAllowInterestOnFees)
{
    if (posting.interestInBase.isPositive()) {
        const QString rule = citeNoCompounding();
        return Guard::refuse(QStringLiteral("interest_on_interest"), rule,
                             tr("No interest on interest: %1 of accrued interest is in the base (%2).")
                                 .arg(posting.interestInBase.toString(), rule));
    }
    if (posting.feesInBase.isPositive()
        && !(rulesAllowInterestOnFees && !posting.feeInterestAgreement.trimmed().isEmpty())) {
        const QString rule = citeInterestOnFees();
        return Guard::refuse(QStringLiteral("interest_on_fees"), rule,
                             tr("No interest on fees: %1 of fees is in the base, and interest on fees needs "
                                "both the rules' permission and the client's agreement (%2).")
                                 .arg(posting.feesInBase.toString(), rule));
    }
    return Guard::allow();
}

QDate LegalGuards::toBankDay(const QDate &date, const BankCalendar &calendar)
{
    return calendar.nextBankDay(date);
}

Guard LegalGuards::onBankDay(const QDate &date, const BankCalendar &calendar)
{
    const QString rule = citeBankDay();
    if (!date.isValid())
        return Guard::refuse(QStringLiteral("date_missing"), rule,
                             tr("The date is missing, so it cannot be checked for a bank day (%1).").arg(rule));
    if (!calendar.isBankDay(date))
        return Guard::refuse(QStringLiteral("non_bank_day"), rule,
                             tr("%1 is not a bank day; the date must be moved to %2 (%3).")
                                 .arg(iso(date), iso(toBankDay(date, calendar)), rule));
    return Guard::allow();
}

Guard LegalGuards::notTimeBarred(const QDate &limitationDate, const QDate &on)
{
    const QString rule = citeTimeBarred();
    if (!limitationDate.isValid())
        return Guard::refuse(QStringLiteral("limitation_unknown"), rule,
                             tr("The claim's limitation date is not known, so no collection step is allowed "
                                "(%1).").arg(rule));
    if (on > limitationDate)
        return Guard::refuse(QStringLiteral("time_barred"), rule,
                             tr("The claim has been time-barred since %1; no collection step is allowed (%2).")
                                 .arg(iso(limitationDate.addDays(1)), rule));
    return Guard::allow();
}

Guard LegalGuards::notDisputed(const Money &disputedAmount)
{
    if (!disputedAmount.isPositive())
        return Guard::allow();
    const QString rule = citeDisputed();
    return Guard::refuse(QStringLiteral("disputed"), rule,
                         tr("The debtor disputes %1 of the claim; no demand may be pressed until the dispute "
                            "is resolved (%2).").arg(disputedAmount.toString(), rule));
}

Guard LegalGuards::bfUndisputedPart(const Money &bfAmount, const Money &outstanding,
                                    const Money &disputedAmount, const QString &supervisorOverride)
{
    if (!disputedAmount.isPositive() || !supervisorOverride.trimmed().isEmpty())
        return Guard::allow();
    const Money undisputed = Money::max(Money(), outstanding.checkedSubtract(disputedAmount).value_or(Money()));
    if (bfAmount <= undisputed)
        return Guard::allow();
    const QString rule = citeDisputed();
    return Guard::refuse(QStringLiteral("bf_disputed_part"), rule,
                         tr("The application covers %1, but only the undisputed %2 may go to "
                            "betalningsföreläggande (%3).")
                             .arg(bfAmount.toString(), undisputed.toString(), rule));
}

Result<QDate> LegalGuards::interestStartDate(const InterestStartFacts &facts, int daysAfterNotice,
                                             const BankCalendar &calendar)
{
    QDate start;
    if (facts.dueDateAgreedInAdvance && facts.dueDate.isValid()) {
        start = toBankDay(facts.dueDate, calendar);
    } else if (facts.interestNoticeSentOn.isValid()) {
        if (daysAfterNotice < 1)
            return Error(tr("The rules give no number of days after an interest notice (%1).")
                             .arg(citeInterestStart()),
                         QStringLiteral("days_after_notice"));
        start = facts.interestNoticeSentOn.addDays(daysAfterNotice);
    }
    if (facts.bfServedOn.isValid() && (!start.isValid() || facts.bfServedOn < start))
        start = facts.bfServedOn;
    if (!start.isValid())
        return Error(tr("Interest cannot start: the claim has no due date agreed in advance, no invoice "
                        "announcing interest and no served application (%1).").arg(citeInterestStart()),
                     QStringLiteral("interest_start"));
    return start;
}

} // namespace Fordran
