#pragma once

// The stored records of the collection process (migration 0003): rules versions, pins, pauses,
// the outbox, tasks and the run log, as plain value types for their repositories.

#include "models/rules/pause.h"
#include "models/rules/segmentpin.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Fordran {

/*! One stored rules set (table rules_versions). */
struct RulesVersionRecord
{
    qint64 id = 0;
    QString version; //!< RulesSet::version(), unique
    QDate validFrom;
    QString hash; //!< RulesSet::contentHash(), unique
    QByteArray json; //!< the document as imported (RulesSet::toJson())
    QDateTime createdAt;
    QString createdBy;
};

/*! A segment pin with the client and debtor it holds for (table segment_pins). */
struct StoredPin
{
    qint64 id = 0;
    qint64 clientId = 0;
    qint64 debtorId = 0;
    SegmentPin pin;
    QDateTime createdAt;
};

/*! A pause of a case or of one claim (table pauses). */
struct StoredPause
{
    qint64 id = 0;
    qint64 caseId = 0;
    PauseState pause; //!< scope Claim when claimId is set
    QString createdBy;
    QDateTime createdAt;
    QDate endedOn; //!< invalid: in force
    QString endedBy;
};

/*! A queued letter or SMS (table outbox). */
struct OutboxItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    QList<qint64> claimIds;
    QString kind; //!< "letter" or "sms"
    QString action; //!< the ActionType machine name ("inkassokrav_letter")
    QString stepId; //!< the template step
    QString channel; //!< letters: the channel; SMS: ""
    QDate createdOn; //!< the run date
    QDate dueOn; //!< when to send it
    QDate deadline; //!< letters with a payment deadline
    QString status = QStringLiteral("queued"); //!< "queued", "sent", "cancelled"
    QDateTime statusChangedAt;
    QByteArray payload; //!< JSON: the amounts as printed
    QString rulesVersion;
    QString ruleRef;
    QDateTime createdAt;
};

/*! Work for a person (table tasks). */
struct TaskItem
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 claimId = 0; //!< the claim a limitation alert is about; 0: the case
    qint64 userId = 0; //!< 0: the shared list
    QString kind; //!< "call", "bf_decision", "limitation"
    QString action; //!< the ActionType machine name that made it
    QString text;
    QDate createdOn;
    QDate dueOn;
    QString status = QStringLiteral("open"); //!< "open" or "done"
    QDate doneOn;
    QString doneBy;
    QString rulesVersion;
    QString ruleRef;
    QDateTime createdAt;
};

/*! One daily run (table run_log). */
struct RunLogEntry
{
    qint64 id = 0;
    QDate runDate;
    QDateTime startedAt;
    QDateTime finishedAt; //!< invalid: stopped part-way
    QString outcome; //!< "running", "finished", "cancelled", "failed"
    qint64 casesExamined = 0;
    qint64 casesChanged = 0;
    QByteArray actions; //!< JSON {"<action>": count}
    bool dryRun = false;
    QString rulesVersion;
    QString startedBy;
};

} // namespace Fordran
