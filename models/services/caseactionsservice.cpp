#include "models/services/caseactionsservice.h"

#include "models/rules/pause.h"
#include "models/services/rulesservice.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/pauserepository.h"
#include "models/storage/processcaserepository.h"
#include "models/storage/segmentpinrepository.h"
#include "models/storage/unitofwork.h"

namespace Fordran {

namespace {

QString iso(QDate date)
{
    return date.toString(Qt::ISODate);
}

Status addEvent(Database &db, qint64 caseId, QDate on, const QString &type, const QString &text,
                const QString &ruleRef = {})
{
    Event e;
    e.caseId = caseId;
    e.occurredOn = on;
    e.type = type;
    e.text = text;
    e.ruleRef = ruleRef;
    const auto id = EventRepository(db).append(e);
    if (!id)
        return id.error();
    return {};
}

/*! The status the process had reached, for a case that comes out of a pause. */
CaseStatus progressStatus(const ProcessState &state)
{
    if (state.demandSentOn.isValid())
        return CaseStatus::Collection;
    if (state.remindersSent > 0)
        return CaseStatus::Reminder;
    return CaseStatus::New;
}

} // namespace

CaseActionsService::CaseActionsService(Database &database)
    : m_database(database)
{
}

Result<qint64> CaseActionsService::pause(const PauseRequest &r, QDate today)
{
    if (!today.isValid())
        return Error(tr("No date was given for the pause"), QStringLiteral("date"));
    const auto rules = RulesService(m_database).activeOn(today, false, r.user);
    if (!rules)
        return rules.error();
    StoredPause stored;
    stored.caseId = r.caseId;
    stored.pause.reason = r.reason.trimmed();
    stored.pause.scope = r.claimId != 0 ? PauseScope::Claim : PauseScope::Case;
    stored.pause.claimId = r.claimId;
    stored.pause.from = today;
    stored.pause.until = r.until;
    stored.pause.note = r.note.trimmed();
    stored.createdBy = r.user;
    if (Status valid = stored.pause.validate(PauseRules {rules->rules.pauseReasons()}); !valid)
        return valid.error();

    UnitOfWork unit(m_database);
    if (!unit.ok())
        return unit.status().error();
    CaseRepository cases(m_database);
    const auto found = cases.byId(r.caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(tr("There is no case with id %1").arg(r.caseId));
    const Case &c = **found;
    if (c.status == CaseStatus::Closed)
        return Error(tr("Case %1 is closed and cannot be paused").arg(c.caseNo));
    QString what = tr("Case");
    if (r.claimId != 0) {
        const auto claim = ClaimRepository(m_database).byId(r.claimId);
        if (!claim)
            return claim.error();
        if (!claim->has_value() || (*claim)->caseId != c.id)
            return Error(tr("Case %1 has no claim with id %2").arg(c.caseNo).arg(r.claimId),
                         QStringLiteral("claim"));
        what = tr("Invoice %1").arg((*claim)->invoiceNo);
    }
    const auto id = PauseRepository(m_database).insert(stored);
    if (!id)
        return id.error();
    if (r.claimId == 0) {
        if (Status s = cases.setPause(c.id, r.until, stored.pause.reason); !s)
            return s.error();
        if (Status s = cases.setStatus(c.id, CaseStatus::Paused); !s)
            return s.error();
        if (Status s = cases.setNextAction(c.id, r.until, machineName(ActionType::Resume)); !s)
            return s.error();
    }
    QString text = tr("%1 paused until %2: %3")
                       .arg(what, iso(r.until), Pauses::displayName(stored.pause.reason));
    if (!stored.pause.note.isEmpty())
        text += u" (" + stored.pause.note + u')';
    if (Status s = addEvent(m_database, c.id, today, QStringLiteral("pause"), text,
                            u"pause/"_qs + stored.pause.reason);
        !s)
        return s.error();
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return id;
}

Result<ResumeResult> CaseActionsService::resume(qint64 caseId, qint64 claimId, QDate today,
                                                const QString &user)
{
    if (!today.isValid())
        return Error(tr("No date was given for the resume"), QStringLiteral("date"));
    UnitOfWork unit(m_database);
    if (!unit.ok())
        return unit.status().error();
    CaseRepository cases(m_database);
    const auto found = cases.byId(caseId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error(tr("There is no case with id %1").arg(caseId));
    const Case &c = **found;
    PauseRepository pauses(m_database);
    const auto active = pauses.activeForCase(caseId);
    if (!active)
        return active.error();
    ResumeResult result;
    result.status = c.status;
    bool caseResumed = false;
    for (const StoredPause &p : *active) {
        if (claimId != 0 && p.pause.claimId != claimId)
            continue;
        if (Status s = pauses.end(p.id, today, user); !s)
            return s.error();
        ++result.pausesEnded;
        caseResumed = caseResumed || p.pause.scope == PauseScope::Case;
    }
    // A case pause recorded on the case row only (before pauses were stored) ends too.
    const bool rowPause = c.pausedUntil.isValid() || !c.pauseReason.isEmpty();
    if (claimId == 0 && rowPause && !caseResumed) {
        ++result.pausesEnded;
        caseResumed = true;
    }
    if (result.pausesEnded == 0)
        return Error(claimId != 0
                         ? tr("Claim %1 of case %2 is not paused").arg(claimId).arg(c.caseNo)
                         : tr("Case %1 is not paused").arg(c.caseNo));
    if (caseResumed) {
        const auto state = ProcessCaseRepository(m_database).stateOf(caseId);
        if (!state)
            return state.error();
        result.status = c.status == CaseStatus::Paused && state->has_value()
            ? progressStatus(**state)
            : c.status;
        if (Status s = cases.setPause(caseId, QDate(), QString()); !s)
            return s.error();
        if (Status s = cases.setStatus(caseId, result.status); !s)
            return s.error();
    }
    // Due today: the next run re-plans the case.
    if (c.status != CaseStatus::Closed) {
        if (Status s = cases.setNextAction(caseId, today, QString()); !s)
            return s.error();
    }
    const QString text
        = tr("Resumed by %1: %n pause(s) ended", nullptr, result.pausesEnded).arg(user);
    if (Status s = addEvent(m_database, caseId, today, QStringLiteral("resume"), text); !s)
        return s.error();
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    return result;
}

Result<qint64> CaseActionsService::pin(qint64 clientId, qint64 debtorId, Segment segment,
                                       const QString &reason, QDate until, QDate today,
                                       const QString &user, int *casesTouched)
{
    StoredPin stored;
    stored.clientId = clientId;
    stored.debtorId = debtorId;
    stored.pin.segment = segment;
    stored.pin.reason = reason.trimmed();
    stored.pin.until = until;
    stored.pin.pinnedBy = user;
    if (Status valid = stored.pin.validate(today); !valid)
        return valid.error();

    UnitOfWork unit(m_database);
    if (!unit.ok())
        return unit.status().error();
    const auto client = ClientRepository(m_database).byId(clientId);
    if (!client)
        return client.error();
    if (!client->has_value())
        return Error(tr("There is no client with id %1").arg(clientId), QStringLiteral("client"));
    const auto debtor = DebtorRepository(m_database).byId(debtorId);
    if (!debtor)
        return debtor.error();
    if (!debtor->has_value())
        return Error(tr("There is no debtor with id %1").arg(debtorId), QStringLiteral("debtor"));
    const auto id = SegmentPinRepository(m_database).insert(stored);
    if (!id)
        return id.error();

    CaseRepository cases(m_database);
    const auto ofDebtor = cases.forDebtor(debtorId);
    if (!ofDebtor)
        return ofDebtor.error();
    int touched = 0;
    const QString text = tr("%1 pinned the debtor to segment %2 until %3: %4")
                             .arg(user, machineName(segment), iso(until), stored.pin.reason);
    for (const Case &c : *ofDebtor) {
        if (c.clientId != clientId || c.debtorId != debtorId || c.status == CaseStatus::Closed)
            continue;
        if (!c.nextActionDate.isValid() || c.nextActionDate > today) {
            if (Status s = cases.setNextAction(c.id, today, c.nextAction); !s)
                return s.error();
        }
        if (Status s = addEvent(m_database, c.id, today, QStringLiteral("pin"), text); !s)
            return s.error();
        ++touched;
    }
    if (Status committed = unit.commit(); !committed)
        return committed.error();
    if (casesTouched)
        *casesTouched = touched;
    return id;
}

} // namespace Fordran
