#pragma once

#include "models/domain/claimsfile.h"
#include "models/domain/entities.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace Fordran {

class Database;

/*! How to import. */
struct ClaimsImportOptions
{
    /*! The client's organisationsnummer, as typed (with or without hyphen, 10 or 12 digits). */
    QString clientOrgNo;
    /*! Import the valid rows of a file that has invalid ones; default: any invalid row imports
     * nothing. */
    bool acceptValid = false;
    /*! The day of the import: the reference date for identifiers and the registration date. */
    QDate today;
    /*! Recorded on the import batch and on the timeline. */
    QString user;
    /*!
     * For tests: called inside the import's transaction before each case is written; an Error
     * fails the import like a database error would (everything is rolled back).
     */
    std::function<Status(int line)> beforeCaseWrite;
};

/*! One case the import made (or, in a preview, would make). */
struct ImportedCase
{
    int line = 0; //!< the line of the case's first row
    QString caseNo; //!< empty in a preview
    QString ocr; //!< empty in a preview
    QString debtorName;
    QString debtorIdentity; //!< normalised identifier
    int claims = 0;
    Money amount; //!< sum of the case's claims
    bool debtorKnown
        = false; //!< the debtor was already in the database (by identity) and is reused

    friend bool operator==(const ImportedCase &, const ImportedCase &) = default;
};

/*!
 * What an import did, or (preview) would do. \c rejected holds every rejected row with line,
 * field and reason: the parser's errors and the database checks (an invoice number the client
 * already has). Nothing was written when \c imported is 0 and \c cases is empty.
 */
struct ClaimsImportReport
{
    QString fileName;
    qint64 clientId = 0;
    QString clientName;
    int dataRows = 0;
    int imported = 0; //!< claims imported (preview: importable)
    QList<ImportedCase> cases; //!< file order of each case's first row
    QList<RowError> rejected; //!< file order
    QList<RowError> warnings; //!< not errors: a debtor's name or address differing between rows
    bool fileRejected = false; //!< nothing in the file can be imported (see ClaimsFileParse)
    bool wouldImportNothing = false; //!< preview: invalid rows and no acceptValid, or nothing valid
    bool cancelled = false; //!< the import was cancelled; nothing was written
    qint64 elapsedMs = 0;
    qint64 batchId = 0; //!< the import batch recorded; 0 in a preview or when nothing was written
};

/*!
 * Reported while writing, before the first case and after each batch of cases (a few hundred);
 * return false from the callback to cancel (nothing is kept).
 */
struct ClaimsImportProgress
{
    int done = 0; //!< cases written so far (inside the one transaction)
    int total = 0; //!< cases to write
};

/*!
 * The claims import (cli.md `import claims`, File → Import claims…): reads a client's claims file
 * (formats.md), checks every row — the parser's checks and, against the database, invoice numbers
 * the client already has — and stores the valid claims. Claims of the client against one debtor
 * become one case, with the next case number and a unique OCR reference (length digit on); a
 * debtor already known by identity is reused. The whole import is one transaction: an Error,
 * a Cancel or a crash part-way leaves nothing imported. The file (name, checksum, counts) is
 * recorded as an import batch, and each case gets registration and import timeline events.
 *
 * A new case starts as a newly registered one: status New, segment Normal, opened on the import
 * day, its next action (the reminder letter every built-in process starts with) due that day, so
 * the next daily run takes it up. Its principal is booked per claim as a Principal ledger line.
 * An existing debtor is reused as it is (the file's name and address do not overwrite it).
 */
class ClaimsImportService final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsImportService)

public:
    using ProgressCallback = std::function<bool(const ClaimsImportProgress &)>;

    explicit ClaimsImportService(Database &database);
    Q_DISABLE_COPY_MOVE(ClaimsImportService)

    /*!
     * Reads and checks \a filePath without writing anything: what import() would do with the
     * same options. An Error for what is not about the file's rows (the client is unknown, the
     * file cannot be read, the database fails); everything about rows is in the report.
     */
    Result<ClaimsImportReport> preview(const QString &filePath, const ClaimsImportOptions &options);

    /*!
     * Imports \a filePath. Without ClaimsImportOptions::acceptValid a file with any rejected row
     * imports nothing (the report lists the rows, imported is 0). \a cancel, when given, is read
     * between cases (set it from another thread); a cancelled import keeps nothing.
     */
    Result<ClaimsImportReport> import(const QString &filePath, const ClaimsImportOptions &options,
                                      const ProgressCallback &progress = {},
                                      const std::atomic_bool *cancel = nullptr);

private:
    Database &m_database;
};

} // namespace Fordran
