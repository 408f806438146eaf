#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fordran {

/*!
 * What the process does or records. Machine names (JSON, database, CLI output) are listed in
 * machineName(); they are never translated or renamed. Only isTemplateAction() types can be
 * steps of a ProcessTemplate: the rest are produced by the engine itself.
 */
enum class ActionType {
    ReminderLetter,    //!< "reminder_letter": betalningspåminnelse
    InkassokravLetter, //!< "inkassokrav_letter": the collection demand (one per case)
    SmsNotice,         //!< "sms_notice": SMS that a letter was sent (no debt details)
    CallTask,          //!< "call_task": a handler calls the debtor
    IntensiveSms,      //!< "intensive_sms": follow-up burst, SMS
    IntensiveCall,     //!< "intensive_call": follow-up burst, call task
    IntensiveLetter,   //!< "intensive_letter": follow-up burst, letter
    BfDecisionTask,    //!< "bf_decision_task": decide on betalningsföreläggande
    BfApplication,     //!< "bf_application": BF application made (after the decision)
    FeePosted,         //!< "fee_posted"
    InterestPosted,    //!< "interest_posted"
    LimitationAlert,   //!< "limitation_alert"
    Resume,            //!< "resume": a pause ended
    ClosedTimeBarred,  //!< "closed_time_barred"
};

/*! What a step's after_days count from ("from" in the JSON). */
enum class Anchor {
    Due,      //!< "due": the case's earliest due date
    Previous, //!< "previous": the day the previous step was done (its last repetition)
    Deadline, //!< "deadline": the deadline of the last earlier letter that gives one
};

/*! Whether a BF (betalningsföreläggande) goes ahead by itself or waits for approval. */
enum class BfMode {
    Automatic,          //!< "auto"
    ClientApproval,     //!< "client_approval"
    SupervisorApproval, //!< "supervisor_approval"
};

QString machineName(ActionType value);
QString machineName(Anchor value);
QString machineName(BfMode value);
template<> std::optional<ActionType> fromMachineName<ActionType>(QStringView name);
template<> std::optional<Anchor> fromMachineName<Anchor>(QStringView name);
template<> std::optional<BfMode> fromMachineName<BfMode>(QStringView name);

QList<ActionType> allActionTypes();
/*! True for the actions a template may list as steps (letters, SMS, calls, BF decision). */
bool isTemplateAction(ActionType action);
/*! True for reminder_letter, inkassokrav_letter and intensive_letter. */
bool isLetterAction(ActionType action);

/*! Names for people (translated). */
class ProcessText final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessText)

public:
    static QString displayName(ActionType value);
    static QString displayName(BfMode value);
};

/*!
 * One step of a process template. The step is due \c afterDays days after its anchor; with
 * \c count > 1 (reminders only) it is repeated every \c intervalDays. A letter step may give the
 * debtor a payment period of \c deadlineDays (for the inkassokrav the real deadline is at least
 * the statutory one, see DemandDeadline). \c fee names the fee type posted with the first
 * occurrence ("reminder", "inkassokrav"), subject to the legal guards; empty for none.
 */
struct ProcessStep
{
    QString id;
    ActionType action = ActionType::ReminderLetter;
    int afterDays = 0;
    Anchor anchor = Anchor::Due;
    int count = 1;
    int intervalDays = 0;
    int deadlineDays = 0;
    QString fee;
    QString description;

    bool hasDeadline() const { return deadlineDays > 0; }
    bool operator==(const ProcessStep &) const = default;
};

/*!
 * The collection process for one debtor type and segment ("consumer.normal"): its steps in
 * order, and how a BF decision is taken. \c lateInterestFee names a fee type posted per claim
 * once late interest starts ("b2b_compensation": the 450 kr förseningsersättning for business
 * debtors, which then excludes the reminder and inkassokrav fees for that claim).
 */
struct ProcessTemplate
{
    Q_DECLARE_TR_FUNCTIONS(ProcessTemplate)

public:
    DebtorType debtorType = DebtorType::Consumer;
    Segment segment = Segment::Normal;
    QList<ProcessStep> steps;
    BfMode bfMode = BfMode::SupervisorApproval;
    Money bfMinAmount;
    QString lateInterestFee;
    QString description;

    /*! "consumer.normal", "business.vip", … */
    QString key() const { return keyFor(debtorType, segment); }
    static QString keyFor(DebtorType debtorType, Segment segment);

    /*! Index of the step with \a id, or −1. */
    qsizetype indexOf(QStringView id) const;
    /*! Index of the first step doing \a action, or −1. */
    qsizetype indexOf(ActionType action) const;
    /*! The step with \a id, or nullptr. */
    const ProcessStep *step(QStringView id) const;

    /*!
     * The day (counted from the due date, day 0) on which occurrence \a occurrence (0-based) of
     * step \a index falls when every step is done on time, every deadline is exactly the step's
     * deadlineDays and nothing is rolled to a bank day: for previews and for re-anchoring steps.
     * An anchor that has nothing to refer to counts from the due date. −1 for a bad index.
     */
    int nominalDay(qsizetype index, int occurrence = 0) const;

    /*!
     * Checks the structure: at least one step; unique ids; only template actions; exactly one
     * inkassokrav_letter, reminders before it and intensive steps and the BF decision (last)
     * after it; anchors that refer to something; letters with deadlines; fees only on their own
     * letter; no reminder/inkassokrav fee beside a late-interest fee; lateInterestFee only for
     * business debtors; a VIP template never BF without approval. Errors name the path
     * ("steps[2].from").
     */
    Status validate() const;

    QJsonObject toJson() const;
    /*! Reads one template object (the value of "templates.consumer.normal") and validates it. */
    static Result<ProcessTemplate> fromJson(const QJsonObject &object, DebtorType debtorType,
                                            Segment segment);

    bool operator==(const ProcessTemplate &) const = default;
};

} // namespace Fordran
