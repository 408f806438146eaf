#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace Fordran {

class Database;

/*! A pause to record. */
struct PauseRequest
{
    qint64 caseId = 0;
    qint64 claimId = 0; //!< 0: the whole case
    QString reason; //!< a pause reason of the rules ("dispute", "client_request", …)
    QDate until; //!< the first day collection may resume
    QString note;
    QString user; //!< who pauses (login)
};

/*! What resume() ended. */
struct ResumeResult
{
    int pausesEnded = 0;
    CaseStatus status = CaseStatus::New; //!< the case's status afterwards
};

/*!
 * What people do to the process of a case, each in one transaction with an event on the
 * timeline: pausing a case or one claim, resuming it, and pinning a debtor to a segment for a
 * client. The daily run honours them: paused claims and cases are skipped (and resumed on the
 * end date unless the reason needs a person), a pin decides the segment until its end date.
 *
 * A case pause sets the case's status to paused with the pause's end date as its next action;
 * resuming it gives back the status the process had reached (collection after the inkassokrav,
 * reminder after a reminder, else new) and makes the case due today, so that the next run
 * re-plans it. A pin also makes the client's open cases of the debtor due today.
 */
class CaseActionsService final
{
    Q_DECLARE_TR_FUNCTIONS(CaseActionsService)

public:
    explicit CaseActionsService(Database &database);
    Q_DISABLE_COPY_MOVE(CaseActionsService)

    /*!
     * Pauses a case or one of its claims from \a today. Refused: an unknown or closed case, a
     * claim not on the case, a reason the rules do not know, an end date not after \a today.
     * Gives the pause's id.
     */
    Result<qint64> pause(const PauseRequest &request, QDate today);

    /*!
     * Ends the pauses in force of \a caseId (only those of claim \a claimId when not 0) on
     * \a today. Refused when none is in force.
     */
    Result<ResumeResult> resume(qint64 caseId, qint64 claimId, QDate today, const QString &user);

    /*!
     * Keeps debtor \a debtorId in \a segment for client \a clientId until \a until (inclusive),
     * for \a reason. Refused: an unknown client or debtor, an empty or too long reason, an end
     * date not after \a today. Gives the pin's id; \a casesTouched (if given) receives the
     * number of open cases made due today.
     */
    Result<qint64> pin(qint64 clientId, qint64 debtorId, Segment segment, const QString &reason,
                       QDate until, QDate today, const QString &user, int *casesTouched = nullptr);

private:
    Database &m_database;
};

} // namespace Fordran
