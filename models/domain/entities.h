#pragma once

// The stored entities of Fordran (domain.md §12) as plain value types. Storage reads and writes
// them through the repositories in models/storage; nothing here knows about SQL.
//
// Conventions: ids are qint64, 0 meaning "none" (not yet stored, or an optional reference that is
// absent); dates are QDate (invalid = absent); amounts are Money (integer öre); rates are
// Percentage (basis points); timestamps are QDateTime in UTC. Enums are stored by their machine
// name (machineName()/fromMachineName<E>()), which is never translated and never renamed.

#include "models/domain/money.h"
#include "models/domain/percentage.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fordran {

/*! The state of a case (domain.md §2.1). */
enum class CaseStatus {
    New,          //!< "new": registered, nothing sent yet
    Reminder,     //!< "reminder": betalningspåminnelse sent
    Collection,   //!< "collection": inkassokrav sent
    Plan,         //!< "plan": amorteringsplan running
    Disputed,     //!< "disputed": bestriden, automatic demands stopped
    Paused,       //!< "paused": on hold until paused_until
    Bf,           //!< "bf": betalningsföreläggande filed at Kronofogden
    Enforcement,  //!< "enforcement": verkställighet
    Surveillance, //!< "surveillance": efterbevakning
    Closed,       //!< "closed"
};

/*! Collection segment from the score. */
enum class Segment { Risk, Normal, Vip };

/*! Consumer or business debt (per claim, domain.md §3.2). */
enum class DebtorType { Consumer, Business };

/*! What kind of party a debtor is: a natural person or a legal person (organisation). */
enum class DebtorKind { Person, Organisation };

/*! A debtor's role on a case: the main debtor, a joint debtor or a guarantor (borgensman). */
enum class DebtorRole { Main, Joint, Guarantor };

/*! How late interest on a claim is set (formats.md "interest"). */
enum class InterestKind {
    Reference, //!< "reference": reference rate of each half-year + margin (default 8 pp)
    Fixed,     //!< "fixed": a fixed yearly rate agreed in advance
};

/*!
 * The kind of a ledger line. Signs: principal, interest and fee lines are positive (the debt
 * grows), payment lines are negative, a reversal is the exact negation of the line it reverses.
 */
enum class LedgerKind { Principal, Interest, Fee, Payment, Reversal };

QString machineName(CaseStatus value);
QString machineName(Segment value);
QString machineName(DebtorType value);
QString machineName(DebtorKind value);
QString machineName(DebtorRole value);
QString machineName(InterestKind value);
QString machineName(LedgerKind value);

/*! The enum value for a machine name ("collection" → CaseStatus::Collection), or nothing. */
template<typename E>
std::optional<E> fromMachineName(QStringView name);

template<> std::optional<CaseStatus> fromMachineName<CaseStatus>(QStringView name);
template<> std::optional<Segment> fromMachineName<Segment>(QStringView name);
template<> std::optional<DebtorType> fromMachineName<DebtorType>(QStringView name);
template<> std::optional<DebtorKind> fromMachineName<DebtorKind>(QStringView name);
template<> std::optional<DebtorRole> fromMachineName<DebtorRole>(QStringView name);
template<> std::optional<InterestKind> fromMachineName<InterestKind>(QStringView name);
template<> std::optional<LedgerKind> fromMachineName<LedgerKind>(QStringView name);

/*! Every value of a status enum, in declaration order (for filters and combo boxes). */
QList<CaseStatus> allCaseStatuses();

/*! Names for people (translated): "Collection", "Guarantor", … */
class EntityText final
{
    Q_DECLARE_TR_FUNCTIONS(EntityText)

public:
    static QString displayName(CaseStatus value);
    static QString displayName(Segment value);
    static QString displayName(DebtorType value);
    static QString displayName(DebtorKind value);
    static QString displayName(DebtorRole value);
    static QString displayName(LedgerKind value);
};

/*! A user of the workstation (case handler, administrator). */
struct User
{
    qint64 id = 0;
    QString login; //!< unique
    QString name;
    QString role;  //!< "handler", "supervisor", "admin"
    bool active = true;
    QDateTime createdAt;
};

/*! Uppdragsgivare / fordringsägare (domain.md §12.1). Tariff and policy fields come later. */
struct Client
{
    qint64 id = 0;
    QString orgnr;    //!< 10 digits, unique
    QString name;
    QString bankgiro; //!< digits only, empty if none
    QString address;
    QString postalCode;
    QString city;
    QString reminderTermsRef; //!< proof that reminder fees/interest are in its customer terms
    QDateTime createdAt;
};

/*! Gäldenär (domain.md §12.2). */
struct Debtor
{
    qint64 id = 0;
    QString identity; //!< 12 digits for persons, 10 for organisations; empty for foreign debtors
    DebtorKind kind = DebtorKind::Person;
    QString name;
    QString careOf;
    QString address;
    QString postalCode; //!< 5 digits, no space
    QString city;
    QString country = QStringLiteral("SE"); //!< ISO 3166 alpha-2
    QString phone;
    QString email;
    bool protectedIdentity = false; //!< skyddade personuppgifter
    QDate deceasedOn;
    QDateTime createdAt;

    /*!
     * The search key stored beside the name: lower case, inner whitespace collapsed. Name-prefix
     * search compares keys bytewise (code point order), so "Åberg" sorts after "Zetterlund".
     */
    static QString nameKeyFor(QStringView name);
};

/*! Ärende (domain.md §12.3). */
struct Case
{
    qint64 id = 0;
    QString caseNo;        //!< "2026-000123", unique
    qint64 clientId = 0;
    qint64 debtorId = 0;   //!< the main debtor (also in case_debtors with role Main)
    QString ocr;           //!< unique payment reference
    CaseStatus status = CaseStatus::New;
    Segment segment = Segment::Normal;
    qint64 assignedUserId = 0; //!< 0: unassigned
    QDate openedOn;
    QDate nextActionDate;
    QString nextAction;    //!< machine name of the next step, empty if none
    QDate pausedUntil;
    QString pauseReason;
    QDate closedOn;
    QString closeReason;
    /*! Derived: the sum of the case's ledger lines, maintained by LedgerRepository only. */
    Money balance;
    QDateTime createdAt;
};

/*! Fordran / faktura (domain.md §12.4). */
struct Claim
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 clientId = 0;
    QString invoiceNo; //!< unique per client
    QDate invoiceDate;
    QDate dueDate;
    QDate contractDate; //!< creation date of the claim for limitation; invalid if unknown
    Money originalAmount;
    QString description;
    DebtorType debtorType = DebtorType::Consumer;
    bool reminderFeeAgreed = false;
    InterestKind interestKind = InterestKind::Reference;
    Percentage interestMargin = Percentage::fromPercent(8); //!< for InterestKind::Reference
    Percentage fixedRate;                                   //!< for InterestKind::Fixed
    bool disputed = false;
    QDateTime createdAt;
};

/*! A debtor on a case with a role. */
struct CaseDebtor
{
    qint64 caseId = 0;
    qint64 debtorId = 0;
    DebtorRole role = DebtorRole::Main;
};

/*! One entry on a case's timeline (letters, payments, status changes, notes, calls). */
struct Event
{
    qint64 id = 0;
    qint64 caseId = 0;
    qint64 debtorId = 0; //!< 0: concerns the case as a whole
    QDate occurredOn;
    QDateTime createdAt;
    QString type;        //!< machine name: "status", "letter", "payment", "note", …
    QString text;        //!< for people
    qint64 userId = 0;   //!< 0: done by the system (daily run, import)
    QString ruleRef;     //!< statute or rule behind an automatic step, e.g. "inkassolagen 5 §"
};

/*!
 * One line of the append-only money ledger of a claim. Every balance is a sum of these lines;
 * a line is never changed or removed, a mistake is undone by a Reversal line.
 */
struct LedgerEntry
{
    qint64 id = 0;
    qint64 claimId = 0; //!< 0: a case-level line (e.g. an unallocated overpayment)
    qint64 caseId = 0;
    QDate entryDate;
    LedgerKind kind = LedgerKind::Principal;
    /*! For Fee lines (and payments against fees): "reminder", "inkassokrav", "plan",
        "b2b_compensation", "bf_application", "bf_agent", "enforcement", … */
    QString feeType;
    /*! For Payment lines: the component the payment was allocated to (Principal, Interest or Fee). */
    std::optional<LedgerKind> component;
    Money amount; //!< signed, see LedgerKind
    qint64 reversesId = 0; //!< for Reversal lines: the line undone
    QString reference;     //!< payment reference, letter id, import file line …
    QDateTime createdAt;
    qint64 userId = 0;

    /*!
     * What part of the debt this line changes: its kind for principal, interest and fee lines,
     * its component for payments and reversals (a reversal carries the effective component of
     * the line it undoes). Summing amounts by effective component gives what is outstanding of
     * each component; fee lines and payments against fees also carry feeType.
     */
    LedgerKind effectiveComponent() const
    {
        return (kind == LedgerKind::Payment || kind == LedgerKind::Reversal) ? component.value_or(kind) : kind;
    }
};

/*! One imported client file, to recognise a file sent twice. */
struct ImportBatch
{
    qint64 id = 0;
    qint64 clientId = 0;
    QString fileName;
    QString checksum; //!< hex SHA-256 of the file bytes
    QDateTime importedAt;
    int rowCount = 0;       //!< data rows in the file
    int claimsImported = 0; //!< claims stored
    int rowsRejected = 0;   //!< data rows left out (invalid, or an invoice number already imported)
    int casesCreated = 0;
    QString importedBy;     //!< the user who imported it
};

} // namespace Fordran
