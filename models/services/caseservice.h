#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/domain/result.h"
#include "models/rules/scoring.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace Fordran {

class Database;
class InterestCalculator;

/*!
 * What a case or claim owes as of a date, split by component. \c principal, \c interest and
 * \c fees are what was charged (principal booked, interest posted plus interest accrued and not
 * yet posted, fees posted), \c paid what was paid against them; total() is what is still owed.
 * Reversals count against the component of the line they undo.
 */
struct BalanceSplit
{
    Money principal;
    Money interest;
    Money fees;
    Money paid;

    Money total() const { return principal + interest + fees - paid; }
    BalanceSplit &operator+=(const BalanceSplit &other);
};

/*! A fee posted on a case (cli.md `case show` "fees"). */
struct CaseFee
{
    QDate date;
    QString type; //!< "reminder", "inkassokrav", … (fee_type)
    Money amount;
    qint64 claimId = 0;
    QString invoiceNo; //!< the claim's invoice number; empty for a case-level fee
};

/*! A claim of a case with its own balance. */
struct ClaimDetails
{
    Claim claim;
    BalanceSplit balance;
    Money interestAccrued; //!< the part of balance.interest not yet posted to the ledger
};

/*! A debtor of a case with its role. */
struct CaseParty
{
    Debtor debtor;
    DebtorRole role = DebtorRole::Main;
};

/*! The score that put the case in its segment, with its reasons. */
struct CaseScore
{
    int value = 0;
    Segment segment = Segment::Normal;
    QList<ScoreReason> reasons;
};

/*! Everything the case view and `fordran-cli case show` show about one case. */
struct CaseDetails
{
    Case caseData;
    Client client;
    std::optional<User> assignedUser;
    QList<CaseParty> debtors; //!< main debtor first
    QList<ClaimDetails> claims; //!< oldest due date first
    QDate asOf;
    BalanceSplit balance; //!< the sum over the claims and case-level lines
    QList<CaseFee> fees; //!< in booking order; fees undone by a reversal are left out
    QList<Event> events; //!< newest first
    /*! The process engine's score as of asOf with its reasons (ProcessPreviewService). */
    std::optional<CaseScore> score;
    /*! For people: what the figures leave out (a half-year without a reference rate, …). */
    QStringList warnings;

    const Debtor *mainDebtor() const
    {
        return debtors.isEmpty() ? nullptr : &debtors.first().debtor;
    }
};

/*!
 * Reads a case with its parties, claims, ledger and timeline, and derives its balance as of a
 * date from the append-only ledger (never from the cached cases.balance_ore).
 *
 * Interest: what the ledger has posted, plus late interest accrued since it was last posted (or
 * since the due date) up to the date, by InterestCalculator on the principal still owed (each
 * payment against principal lowers it from its date). Rates are the built-in reference-rate table
 * extended by the rates entered in the database. A half-year without a rate is never guessed: that
 * claim's accrued interest is left out and a warning names the half-year. A closed case accrues
 * nothing more.
 */
class CaseService final
{
    Q_DECLARE_TR_FUNCTIONS(CaseService)

public:
    explicit CaseService(Database &database);
    ~CaseService();
    Q_DISABLE_COPY_MOVE(CaseService)

    /*! The case \a caseId as of \a asOf (invalid: today); nothing if there is no such case. */
    Result<std::optional<CaseDetails>> details(qint64 caseId, QDate asOf = {});
    /*! The same by case number ("2026-000123"). */
    Result<std::optional<CaseDetails>> detailsByCaseNo(const QString &caseNo, QDate asOf = {});

private:
    Result<std::optional<CaseDetails>> loadFound(const Result<std::optional<Case>> &found,
                                                 QDate asOf);
    Result<CaseDetails> load(const Case &c, QDate asOf);
    Status ensureInterest();

    Database &m_database;
    std::unique_ptr<InterestCalculator> m_interest; // due-date based
    std::unique_ptr<InterestCalculator> m_interestAfter; // from a posted-through day on, exactly
};

} // namespace Fordran
