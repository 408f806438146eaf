#pragma once

#include "models/domain/entities.h"
#include "models/rules/feeschedule.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <optional>
#include <span>

namespace Fordran {

/*! A debtor of a demo case: its number in the run (a repeat debtor keeps its number) and its data.
 */
struct DemoDebtor
{
    qint64 index = 0; //!< 0-based; the same for every case of this debtor
    bool firstAppearance = false; //!< true on the debtor's first case: store it then
    Debtor data; //!< id 0
};

/*!
 * A ledger line of a demo case. \c claimIndex names the claim in DemoCase::claims (−1: a
 * case-level line). A line with \c reversesLine ≥ 0 is the reversal of that earlier line of the
 * same case (booked with LedgerRepository::reverse()); \c entry then gives only date and reference.
 */
struct DemoLedgerLine
{
    int claimIndex = -1;
    LedgerEntry entry; //!< ids 0
    int reversesLine = -1;
};

/*! A timeline entry of a demo case; \c toDebtor: it concerns the main debtor (letters, payments).
 */
struct DemoEvent
{
    Event event; //!< ids 0
    bool toDebtor = false;
    int userIndex = -1; //!< into DemoDataGenerator::users(); −1: the system
};

/*!
 * One generated case with everything it holds. Ids, case number and OCR reference are left to
 * the writer (DemoDataService): they depend on what the database already holds.
 */
struct DemoCase
{
    qint64 number = 0; //!< 0-based position in the run
    int clientIndex = 0; //!< into DemoDataGenerator::clients()
    DemoDebtor debtor; //!< the main debtor
    std::optional<DemoDebtor> jointDebtor;
    int assignedUserIndex = -1; //!< into users(); −1: unassigned
    Case caseData; //!< status, segment, dates, next action, pause and closing; no ids, case_no, ocr
    QList<Claim> claims; //!< oldest due date first; caseId and clientId 0
    QList<DemoLedgerLine> ledger; //!< in booking order: principal lines, fees, payments, reversals
    QList<DemoEvent> events; //!< in date order
};

/*!
 * Realistic, reproducible demo data for a debt-collection agency (cli.md `demo`).
 *
 * Pure: nothing is read from the database, the clock or the environment. The same seed and
 * \a today give the same sequence of cases on every machine (QRandomGenerator is a fixed
 * Mersenne twister, and no floating point is used). Cases come in the order they were opened,
 * spread over the 700 days before \a today, so case numbers given in order are chronological.
 *
 * The data: the fixed demo clients (clients(), the same for every seed) and officers (users());
 * debtors with common Swedish names, valid personnummer (ages 18–90), about 15 % companies with
 * valid organisationsnummer, a few foreign debtors without a Swedish number, addresses with
 * five-digit postal codes, phone and e-mail for some; 1–3 claims per case with invoice numbers
 * unique per client (within a run), amounts from 200 kr to 200 000 kr in integer öre, due dates
 * over the past two years; statuses, segments and next actions spread by the age of the case;
 * principal lines, statutory fees from the FeeSchedule, partial and full payments allocated per
 * claim oldest first (fees before principal), withdrawals as reversals; and the events of each
 * step. About one case in twelve belongs to a debtor seen before.
 */
class DemoDataGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataGenerator)

public:
    /*! \a total is the number of cases the run will make (it spreads the opening dates). */
    DemoDataGenerator(quint32 seed, QDate today, qint64 total, FeeSchedule fees);

    /*! The demo clients: valid organisationsnummer and bankgiro numbers, the same for every seed.
     */
    static QList<Client> clients();
    /*! The demo officers (handläggare), a supervisor and an administrator. */
    static QList<User> users();

    /*! The next case; after \a total cases it keeps going with the last opening date. */
    DemoCase next();
    qint64 generated() const { return m_generated; }
    QDate today() const { return m_today; }

private:
    /*! What is still owed of one component of one claim, for allocating payments. */
    struct Bucket
    {
        int claimIndex = 0;
        LedgerKind component = LedgerKind::Principal;
        QString feeType;
        qint64 outstandingOre = 0;
    };

    static constexpr int HandlerCount
        = 4; //!< users() starts with the handlers cases are assigned to
    static qint64 outstanding(const QList<Bucket> &buckets);

    int below(int n) { return int(m_rng.bounded(quint32(n))); }
    bool chance(int percent) { return below(100) < percent; }
    /*! An index drawn with the given weights. */
    int weighted(std::span<const int> weights);
    /*! One of the words. */
    QString pick(std::span<const char16_t *const> words);
    QString digits(int count);

    DemoDebtor debtorFor(int clientIndex);
    Debtor makePerson(bool mayLiveAbroad);
    Debtor makeCompany();
    void fillAddress(Debtor &debtor);
    QString personnummer();
    QString organisationsnummer();

    QDate openingDate(qint64 number) const;
    void addClaims(DemoCase &c, QDate opened);
    Money claimAmount(int clientIndex, bool business);
    CaseStatus statusForAge(int days);
    // The process a case went through (demodataprocess.cpp).
    void addProcess(DemoCase &c, QList<Bucket> &buckets);
    /*! Posts the fee of \a type valid \a on; gives its statute (empty if there is no such fee). */
    QString postFee(DemoCase &c, QList<Bucket> &buckets, int claimIndex, FeeType type, QDate on);
    void pay(DemoCase &c, QList<Bucket> &buckets, Money amount, QDate on);
    void withdraw(DemoCase &c, QList<Bucket> &buckets, QDate on);
    void addEvent(DemoCase &c, QDate on, const QString &type, const QString &text, bool toDebtor,
                  int userIndex = -1, const QString &ruleRef = {});
    void setNextAction(DemoCase &c, QDate lastStep, QDate nextInstalment);
    QDateTime stamp(QDate on);

    QRandomGenerator m_rng;
    QDate m_today;
    qint64 m_total = 1;
    FeeSchedule m_fees;
    qint64 m_generated = 0;
    qint64 m_debtors = 0;
    QList<DemoDebtor> m_recentDebtors; // ring buffer for repeat debtors
    QSet<qint64> m_identities; // identity digits taken in this run
    QList<qint64> m_nextInvoice; // per client
};

} // namespace Fordran
