#include "models/services/processwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Fordran {

namespace {

QJsonValue isoDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

bool isSms(ActionType type)
{
    return type == ActionType::SmsNotice || type == ActionType::IntensiveSms;
}

/*! The task kind of an action, or empty when it makes no task. */
QString taskKind(ActionType type)
{
    switch (type) {
    case ActionType::CallTask:
    case ActionType::IntensiveCall:
        return QStringLiteral("call");
    case ActionType::BfDecisionTask:
        return QStringLiteral("bf_decision");
    case ActionType::LimitationAlert:
        return QStringLiteral("limitation");
    default:
        return {};
    }
}

} // namespace

ProcessWriter::ProcessWriter(Database &database, ProcessCaseRepository &cases, QString rulesVersion,
                             QDate date)
    : m_cases(cases)
    , m_ledger(database)
    , m_timeline(database)
    , m_outbox(database)
    , m_tasks(database)
    , m_pauses(database)
    , m_rulesVersion(std::move(rulesVersion))
    , m_date(date)
    , m_stamp(QDateTime::currentDateTimeUtc())
{
}

Status ProcessWriter::write(const CaseSnapshot &s, const ProcessDecision &d)
{
    const qint64 caseId = s.process.caseId;
    m_casePauseEnded = false;
    m_endedPauses.clear();
    for (const PlannedAction &a : d.actions) {
        if (Status written = writeAction(s, d, a); !written)
            return written;
    }
    addAlertTask(s, d);
    for (const Guard &g : d.refusals) {
        if (Status written = event(s, QStringLiteral("refusal"), g.text, g.rule); !written)
            return written;
    }
    if (d.newSegment != s.process.segment) {
        const QString text = tr("Segment %1 → %2 (score %3): %4")
                                 .arg(machineName(s.process.segment), machineName(d.newSegment))
                                 .arg(d.score.value)
                                 .arg(d.score.segmentReason);
        if (Status written = event(s, QStringLiteral("segment"), text, QStringLiteral("scoring"));
            !written)
            return written;
    }

    ProcessCaseUpdate update;
    update.caseId = caseId;
    update.status = d.newStatus;
    update.segment = d.newSegment;
    update.nextActionDate = d.nextActionDate;
    update.nextAction = d.nextAction;
    update.state = d.newState;
    update.state.rulesVersion = m_rulesVersion;
    update.score = d.score.value;
    update.scoreOn = m_date;
    update.statusChanged = d.newStatus != s.process.status;
    update.segmentChanged = d.newSegment != s.process.segment;
    update.nextActionDateChanged = d.nextActionDate != s.process.nextActionDate;
    // Ending the case pause and closing a time-barred case go into the same statement.
    update.clearPause = m_casePauseEnded;
    if (d.newStatus == CaseStatus::Closed && s.process.status != CaseStatus::Closed) {
        update.closedOn = m_date;
        update.closeReason = QStringLiteral("time_barred");
    }
    return m_cases.save(update);
}

Status ProcessWriter::writeAction(const CaseSnapshot &s, const ProcessDecision &d,
                                  const PlannedAction &a)
{
    Status done;
    switch (a.type) {
    case ActionType::FeePosted:
    case ActionType::InterestPosted:
        done = post(s, a);
        break;
    case ActionType::ReminderLetter:
    case ActionType::InkassokravLetter:
    case ActionType::IntensiveLetter:
    case ActionType::SmsNotice:
    case ActionType::IntensiveSms:
        done = queue(s, d, a);
        break;
    case ActionType::CallTask:
    case ActionType::IntensiveCall:
    case ActionType::BfDecisionTask:
        addTask(s, a);
        break;
    case ActionType::LimitationAlert:
        break; // one task for all of the day's alerts of the case: addAlertTask()
    case ActionType::Resume:
        done = resume(s, a);
        break;
    case ActionType::BfApplication:
    case ActionType::ClosedTimeBarred:
        break; // the event and the case's new status say it all
    }
    if (!done)
        return done;
    return event(s, machineName(a.type), a.text, a.ruleRef);
}

Status ProcessWriter::post(const CaseSnapshot &s, const PlannedAction &a)
{
    if (a.amount.isZero())
        return {};
    LedgerEntry e;
    e.claimId = a.claimId;
    e.caseId = s.process.caseId;
    e.entryDate = m_date;
    e.createdAt = m_stamp;
    if (a.type == ActionType::FeePosted) {
        if (!a.feeType)
            return Error(tr("The daily run planned a fee without a fee type on case %1")
                             .arg(s.row->caseData.caseNo));
        e.kind = LedgerKind::Fee;
        e.feeType = feeTypeName(*a.feeType);
        e.reference = a.ruleRef;
    } else {
        e.kind = LedgerKind::Interest;
        e.reference
            = a.interestFrom.toString(Qt::ISODate) + u"–"_qs + a.interestTo.toString(Qt::ISODate);
    }
    e.amount = a.amount;
    const auto id = m_ledger.append(e);
    if (!id)
        return id.error();
    return {};
}

QByteArray ProcessWriter::payload(const CaseSnapshot &s, const ProcessDecision &d,
                                  const PlannedAction &a) const
{
    if (isSms(a.type)) {
        // An SMS carries no debt details (good collection practice): the case and the day.
        QByteArray caseNo = s.row->caseData.caseNo.toUtf8();
        caseNo.replace('\\', "\\\\").replace('"', "\\\"");
        return "{\"case_no\":\"" + caseNo + "\",\"date\":\""
            + m_date.toString(Qt::ISODate).toLatin1() + "\"}";
    }
    QJsonArray claims;
    qint64 total = 0;
    for (const ClaimFigures &f : s.figures) {
        if (!a.claimIds.isEmpty() && !a.claimIds.contains(f.claimId))
            continue;
        qint64 interest = f.interest.ore();
        qint64 fees = f.fees.ore();
        for (const PlannedAction &other : d.actions) {
            if (other.claimId != f.claimId)
                continue;
            if (other.type == ActionType::InterestPosted)
                interest += other.amount.ore();
            else if (other.type == ActionType::FeePosted)
                fees += other.amount.ore();
        }
        const qint64 claimTotal = f.principal.ore() + interest + fees;
        total += claimTotal;
        claims.append(QJsonObject {{QStringLiteral("claim_id"), f.claimId},
                                   {QStringLiteral("invoice_no"), f.invoiceNo},
                                   {QStringLiteral("principal_ore"), f.principal.ore()},
                                   {QStringLiteral("interest_ore"), interest},
                                   {QStringLiteral("fees_ore"), fees},
                                   {QStringLiteral("total_ore"), claimTotal}});
    }
    const QJsonObject o {{QStringLiteral("case_no"), s.row->caseData.caseNo},
                         {QStringLiteral("ocr"), s.row->caseData.ocr},
                         {QStringLiteral("date"), isoDate(m_date)},
                         {QStringLiteral("deadline"), isoDate(a.deadline)},
                         {QStringLiteral("channel"), a.channel},
                         {QStringLiteral("text"), a.text},
                         {QStringLiteral("claims"), claims},
                         {QStringLiteral("total_ore"), total}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Status ProcessWriter::queue(const CaseSnapshot &s, const ProcessDecision &d, const PlannedAction &a)
{
    OutboxItem o;
    o.caseId = s.process.caseId;
    o.claimIds = a.claimIds;
    o.kind = isSms(a.type) ? QStringLiteral("sms") : QStringLiteral("letter");
    o.action = machineName(a.type);
    o.stepId = a.stepId;
    o.channel = a.channel;
    o.createdOn = m_date;
    o.dueOn = m_date;
    o.deadline = a.deadline;
    o.payload = payload(s, d, a);
    o.rulesVersion = m_rulesVersion;
    o.ruleRef = a.ruleRef;
    o.createdAt = m_stamp;
    m_queued.append(std::move(o));
    return {};
}

void ProcessWriter::addTask(const CaseSnapshot &s, const PlannedAction &a, qint64 claimId,
                            const QString &text)
{
    TaskItem t;
    t.caseId = s.process.caseId;
    t.claimId = claimId;
    t.userId = s.row->caseData.assignedUserId;
    t.kind = taskKind(a.type);
    t.action = machineName(a.type);
    t.text = text.isNull() ? a.text : text;
    t.createdOn = m_date;
    t.dueOn = m_date;
    t.rulesVersion = m_rulesVersion;
    t.ruleRef = a.ruleRef;
    t.createdAt = m_stamp;
    m_newTasks.append(std::move(t));
}

void ProcessWriter::addAlertTask(const CaseSnapshot &s, const ProcessDecision &d)
{
    const PlannedAction *first = nullptr;
    QStringList texts;
    for (const PlannedAction &a : d.actions) {
        if (a.type != ActionType::LimitationAlert)
            continue;
        if (!first)
            first = &a;
        texts.append(a.text);
    }
    if (!first)
        return;
    addTask(s, *first, texts.size() == 1 ? first->claimId : 0, texts.join(u'\n'));
}

Status ProcessWriter::resume(const CaseSnapshot &s, const PlannedAction &a)
{
    bool ended = false;
    for (const StoredPause &p : s.pauses) {
        const qint64 claimId = p.pause.scope == PauseScope::Claim ? p.pause.claimId : 0;
        if (claimId != a.claimId || p.pause.reason != a.pauseReason || m_endedPauses.contains(p.id))
            continue;
        m_endedPauses.append(p.id);
        if (Status done = m_pauses.end(p.id, m_date, systemUser()); !done)
            return done;
        ended = true;
        m_casePauseEnded = m_casePauseEnded || claimId == 0;
    }
    if (!ended && a.claimId == 0 && s.legacyPause)
        m_casePauseEnded = true;
    return {};
}

Status ProcessWriter::event(const CaseSnapshot &s, const QString &type, const QString &text,
                            const QString &ruleRef)
{
    Event e;
    e.caseId = s.process.caseId;
    e.occurredOn = m_date;
    e.createdAt = m_stamp;
    e.type = type;
    e.text = text;
    e.ruleRef = ruleRef;
    m_events.append(std::move(e));
    return {};
}

Status ProcessWriter::flush()
{
    // The outbox and tasks first: a letter or task made twice (their unique keys) is the likelier
    // failure.
    if (Status queued = m_outbox.insertAll(m_queued); !queued)
        return queued;
    if (Status added = m_tasks.insertAll(m_newTasks); !added)
        return added;
    if (Status recorded = m_timeline.appendAll(m_events, m_rulesVersion); !recorded)
        return recorded;
    discard();
    return {};
}

void ProcessWriter::discard()
{
    m_events.clear();
    m_queued.clear();
    m_newTasks.clear();
}

} // namespace Fordran
