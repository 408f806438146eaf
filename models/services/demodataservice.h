#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>
#include <memory>

namespace Fordran {

class Database;

/*! What to make: \c cases demo cases from \c seed, as if today were \c today. */
struct DemoDataOptions
{
    qint64 cases = 0;
    quint32 seed = 1;
    QDate today;
    int batchSize = 10000; //!< cases per transaction
};

/*! Reported after every committed batch. */
struct DemoDataProgress
{
    qint64 written = 0; //!< cases stored so far
    qint64 total = 0;
    qint64 elapsedMs = 0;
};

/*! What fill() stored. */
struct DemoDataSummary
{
    qint64 cases = 0;
    qint64 claims = 0;
    qint64 debtors = 0; //!< debtors created (a demo debtor already in the database is reused)
    qint64 ledgerLines = 0;
    qint64 events = 0;
    bool cancelled = false; //!< the progress callback asked to stop; the batches before stay
};

/*!
 * Stores the cases of DemoDataGenerator through the repositories (every ledger line through
 * LedgerRepository, so cases.balance_ore stays the derived sum of the ledger).
 *
 * The demo clients and users are added unless there (same orgnr / login). Each batch of cases
 * is one transaction, with case numbers reserved per year (SequenceRepository) and OCR
 * references made from them (Ocr::forCaseNumber), so both are unique and a failing
 * batch changes nothing. On a database that already holds debtors or cases, a demo debtor whose
 * identity is taken reuses that debtor, and an invoice number the client already has gets a
 * suffix ("-2", "-3", …); on an empty one those look-ups are skipped, for speed.
 */
class DemoDataService final
{
    Q_DECLARE_TR_FUNCTIONS(DemoDataService)

public:
    /*! The most cases one run may make. */
    static constexpr qint64 MaxCases = 5'000'000;

    /*! Called after each batch; return false to stop (the batches stored so far stay). */
    using ProgressCallback = std::function<bool(const DemoDataProgress &)>;

    explicit DemoDataService(Database &database);
    ~DemoDataService();
    Q_DISABLE_COPY_MOVE(DemoDataService)

    /*!
     * Makes and stores options.cases cases. Refused: fewer than 1 or more than MaxCases cases,
     * an invalid today, a batch size below 1. A storage Error stops the run: the failing batch
     * is rolled back, earlier batches stay.
     */
    Result<DemoDataSummary> fill(const DemoDataOptions &options,
                                 const ProgressCallback &progress = {});

private:
    struct Writer;
    Database &m_database;
};

} // namespace Fordran
