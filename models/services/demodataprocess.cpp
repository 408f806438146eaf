// DemoDataGenerator, second part: the collection process a demo case has been through by today —
// letters and their fees, plans, disputes, pauses, Kronofogden, payments and closing — as ledger
// lines and events, and the status, segment and next action that follow from it.
#include "models/services/demodatagenerator.h"

#include "models/rules/processtemplate.h"

namespace Fordran {

namespace {

bool hasPayment(const DemoCase &c)
{
    for (const DemoLedgerLine &line : c.ledger) {
        if (line.entry.kind == LedgerKind::Payment)
            return true;
    }
    return false;
}

} // namespace

qint64 DemoDataGenerator::outstanding(const QList<Bucket> &buckets)
{
    qint64 sum = 0;
    for (const Bucket &b : buckets)
        sum += b.outstandingOre;
    return sum;
}

QString DemoDataGenerator::postFee(DemoCase &c, QList<Bucket> &buckets, int claimIndex,
                                   FeeType type, QDate on)
{
    const Result<Fee> fee = m_fees.lookup(type, on);
    if (!fee || !fee->amount.isPositive())
        return {};
    DemoLedgerLine line;
    line.claimIndex = claimIndex;
    line.entry.entryDate = on;
    line.entry.kind = LedgerKind::Fee;
    line.entry.feeType = feeTypeName(type);
    line.entry.amount = fee->amount;
    line.entry.createdAt = stamp(on);
    c.ledger.append(line);
    // Fees are paid before the principal of their claim: the bucket goes just before it.
    qsizetype at = 0;
    while (at < buckets.size()
           && !(buckets.at(at).claimIndex == claimIndex
                && buckets.at(at).component == LedgerKind::Principal))
        ++at;
    buckets.insert(at, Bucket {claimIndex, LedgerKind::Fee, line.entry.feeType, fee->amount.ore()});
    return fee->statute;
}

void DemoDataGenerator::pay(DemoCase &c, QList<Bucket> &buckets, Money amount, QDate on)
{
    // Allocation as cli.md `payment add`: claims oldest first, within a claim fees before
    // principal.
    const QString reference = QStringLiteral("BGC%1").arg(digits(10));
    qint64 left = amount.ore();
    for (Bucket &b : buckets) {
        const qint64 part = qMin(left, b.outstandingOre);
        if (part <= 0)
            continue;
        DemoLedgerLine line;
        line.claimIndex = b.claimIndex;
        line.entry.entryDate = on;
        line.entry.kind = LedgerKind::Payment;
        line.entry.component = b.component;
        line.entry.feeType = b.feeType;
        line.entry.amount = Money::fromOre(-part);
        line.entry.reference = reference;
        line.entry.createdAt = stamp(on);
        c.ledger.append(line);
        b.outstandingOre -= part;
        left -= part;
    }
    addEvent(c, on, QStringLiteral("payment"),
             tr("Payment of %1 received").arg(Money::fromOre(amount.ore() - left).toString()),
             true);
}

void DemoDataGenerator::withdraw(DemoCase &c, QList<Bucket> &buckets, QDate on)
{
    const qsizetype lines = c.ledger.size();
    for (qsizetype i = 0; i < lines; ++i) {
        const DemoLedgerLine original = c.ledger.at(i);
        DemoLedgerLine line;
        line.claimIndex = original.claimIndex;
        line.reversesLine = int(i);
        line.entry.entryDate = on;
        line.entry.kind = LedgerKind::Reversal;
        line.entry.component = original.entry.effectiveComponent();
        line.entry.feeType = original.entry.feeType;
        line.entry.amount = -original.entry.amount;
        line.entry.reference = QStringLiteral("withdrawn");
        line.entry.createdAt = stamp(on);
        c.ledger.append(line);
    }
    for (Bucket &b : buckets)
        b.outstandingOre = 0;
}

void DemoDataGenerator::addProcess(DemoCase &c, QList<Bucket> &buckets)
{
    using S = CaseStatus;
    const QDate opened = c.caseData.openedOn;
    const int age = int(opened.daysTo(m_today));
    const S status = statusForAge(age);
    const bool business = c.claims.first().debtorType == DebtorType::Business;
    QDate last = opened;
    const auto step = [&](int minDays, int spread) {
        last = qMin(m_today, last.addDays(minDays + below(spread + 1)));
        return last;
    };
    c.assignedUserIndex = chance(status == S::Closed ? 30 : 65) ? below(HandlerCount) : -1;
    const int actor = c.assignedUserIndex >= 0 ? c.assignedUserIndex : below(HandlerCount);

    // The steps behind the present status.
    const bool reminder = status == S::Reminder || (status != S::New && chance(55));
    bool demand = status != S::New && status != S::Reminder;
    bool plan = status == S::Plan;
    bool bf = status == S::Bf || status == S::Enforcement || status == S::Surveillance;
    const bool enforcement = status == S::Enforcement || status == S::Surveillance;
    if (status == S::Disputed || status == S::Paused)
        demand = age > 15 && chance(75);
    if (status == S::Closed) {
        demand = age > 25 && chance(80);
        plan = demand && age > 90 && chance(25);
        bf = demand && !plan && age > 150 && chance(20);
    }

    if (reminder) {
        const QDate on = step(1, 3);
        QString rule;
        for (int i = 0; i < c.claims.size() && rule.isEmpty(); ++i) {
            if (c.claims.at(i).reminderFeeAgreed)
                rule = postFee(c, buckets, i, FeeType::Reminder, on);
        }
        addEvent(c, on, QStringLiteral("letter"), tr("Payment reminder sent"), true, -1, rule);
    }
    if (demand) {
        const QDate on = reminder ? step(12, 6) : step(1, 4);
        const QString rule = postFee(c, buckets, 0, FeeType::Inkassokrav, on);
        for (int i = 0; i < c.claims.size(); ++i) {
            if (c.claims.at(i).debtorType == DebtorType::Business)
                postFee(c, buckets, i, FeeType::B2bCompensation, on);
        }
        addEvent(c, on, QStringLiteral("letter"), tr("Collection demand (inkassokrav) sent"), true,
                 -1, rule);
        if (!c.debtor.data.phone.isEmpty() && chance(50))
            addEvent(c, on, QStringLiteral("sms"), tr("SMS sent: a letter is on its way"), true);
    }
    QDate nextInstalment;
    if (plan) {
        const QDate on = step(10, 25);
        postFee(c, buckets, 0, FeeType::Plan, on);
        const int months = 3 + below(10);
        const qint64 owed = outstanding(buckets);
        const qint64 instalment
            = ((owed + months - 1) / months + 99) / 100 * 100; // whole kronor, rounded up
        addEvent(c, on, QStringLiteral("plan"),
                 tr("Instalment plan agreed: %n payment(s) of %1", nullptr, months)
                     .arg(Money::fromOre(instalment).toString()),
                 true, actor);
        nextInstalment = on.addMonths(1);
        for (int paid = 0; paid < months - 1 && nextInstalment <= m_today && chance(90); ++paid) {
            pay(c, buckets, Money::fromOre(qMin(instalment, outstanding(buckets))), nextInstalment);
            last = nextInstalment;
            nextInstalment = nextInstalment.addMonths(1);
        }
    }
    if (status == S::Disputed) {
        const int which = below(int(c.claims.size()));
        c.claims[which].disputed = true;
        addEvent(c, step(3, 20), QStringLiteral("dispute"),
                 tr("The debtor disputes invoice %1").arg(c.claims.at(which).invoiceNo), false,
                 actor);
    }
    if (status == S::Paused) {
        static constexpr const char16_t *reasons[]
            = {u"client_request", u"debtor_says_paid", u"debt_relief"};
        const int roll = below(10);
        c.caseData.pauseReason = QString::fromUtf16(reasons[roll < 5 ? 0 : roll < 8 ? 1 : 2]);
        c.caseData.pausedUntil = m_today.addDays(7 + below(84));
        addEvent(c, step(3, 20), QStringLiteral("pause"),
                 tr("Case paused until %1").arg(c.caseData.pausedUntil.toString(Qt::ISODate)),
                 false, actor);
    }
    if (bf) {
        const QDate on = step(30, 40);
        const QString rule = postFee(c, buckets, 0, FeeType::BfApplication, on);
        postFee(c, buckets, 0, FeeType::BfAgent, on);
        addEvent(c, on, QStringLiteral("bf"),
                 tr("Application for a payment order (betalningsföreläggande) sent to Kronofogden"),
                 false, -1, rule);
    }
    if (enforcement) {
        const QDate on = step(30, 50);
        const QString rule = postFee(c, buckets, 0, FeeType::Enforcement, on);
        addEvent(c, on, QStringLiteral("enforcement"),
                 tr("Payment order granted and sent for enforcement"), false, -1, rule);
    }
    if (status == S::Surveillance)
        addEvent(c, step(60, 90), QStringLiteral("surveillance"),
                 tr("Moved to long-term surveillance (efterbevakning)"), false);
    const bool mayPayPart = status == S::Collection || status == S::Disputed || status == S::Bf
        || status == S::Enforcement || status == S::Surveillance;
    if (mayPayPart && chance(20)) {
        qint64 part = outstanding(buckets) * (10 + below(41)) / 100;
        part -= part % 100;
        if (part > 0)
            pay(c, buckets, Money::fromOre(part), step(5, 30));
    }
    if (status == S::Closed) {
        const QDate on = step(5, 30);
        if (!hasPayment(c) && chance(20)) {
            withdraw(c, buckets, on);
            c.caseData.closeReason = QStringLiteral("withdrawn");
            addEvent(c, on, QStringLiteral("closed"), tr("Withdrawn by the client; case closed"),
                     false, actor);
        } else {
            pay(c, buckets, Money::fromOre(outstanding(buckets)), on);
            c.caseData.closeReason = QStringLiteral("paid");
            addEvent(c, on, QStringLiteral("closed"), tr("Paid in full; case closed"), false);
        }
        c.caseData.closedOn = on;
    }

    c.caseData.status = status;
    const int risk = bf ? 60 : 20;
    const int vip = business ? 15 : 6;
    const int roll = below(100);
    c.caseData.segment = roll < risk ? Segment::Risk
        : roll < risk + vip          ? Segment::Vip
                                     : Segment::Normal;
    setNextAction(c, last, nextInstalment);
}

void DemoDataGenerator::setNextAction(DemoCase &c, QDate lastStep, QDate nextInstalment)
{
    using S = CaseStatus;
    const auto around = [&](int from, int to) {
        return m_today.addDays(from + below(to - from + 1));
    };
    ActionType action = ActionType::CallTask;
    QDate date;
    switch (c.caseData.status) {
    case S::New: {
        bool agreed = false;
        for (const Claim &claim : c.claims)
            agreed = agreed || claim.reminderFeeAgreed;
        action = agreed || chance(50) ? ActionType::ReminderLetter : ActionType::InkassokravLetter;
        date = around(-3, 7);
        break;
    }
    case S::Reminder:
        action = ActionType::InkassokravLetter;
        date = qMax(lastStep.addDays(14 + below(5)), around(-12, 0));
        break;
    case S::Collection: {
        static constexpr ActionType actions[]
            = {ActionType::SmsNotice, ActionType::CallTask, ActionType::IntensiveLetter,
               ActionType::IntensiveCall, ActionType::BfDecisionTask};
        static constexpr int weights[] = {15, 30, 15, 15, 25};
        action = actions[weighted(weights)];
        date = around(-10, 20);
        break;
    }
    case S::Plan:
        date = qMax(nextInstalment.isValid() ? nextInstalment : around(0, 30), around(-20, -10));
        break;
    case S::Disputed:
        date = around(-7, 14);
        break;
    case S::Paused:
        if (c.caseData.pauseReason == u"client_request") {
            action = ActionType::Resume;
            date = c.caseData.pausedUntil;
        } else {
            date = around(-5, 10);
        }
        break;
    case S::Bf:
    case S::Enforcement:
        date = around(14, 90);
        break;
    case S::Surveillance:
        date = around(30, 365);
        break;
    case S::Closed:
        return;
    }
    c.caseData.nextActionDate = date;
    c.caseData.nextAction = machineName(action);
}

} // namespace Fordran
