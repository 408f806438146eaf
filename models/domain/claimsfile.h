#pragma once

#include "models/domain/entities.h"
#include "models/domain/identity.h"
#include "models/domain/money.h"
#include "models/domain/percentage.h"
#include "models/domain/result.h"
#include "models/domain/textdecoding.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace Fordran {

/*!
 * The late-interest term of one claim, as the `interest` column gives it (formats.md):
 * empty or "ref+8" (the default: reference rate + 8 percentage points), "ref+N", or a fixed
 * yearly percentage such as "12.5". The fields match Claim::interestKind/interestMargin/fixedRate.
 */
struct InterestTerm
{
    Q_DECLARE_TR_FUNCTIONS(InterestTerm)

public:
    InterestKind kind = InterestKind::Reference;
    Percentage margin = Percentage::fromPercent(8); //!< for Reference: percentage points over the reference rate
    Percentage fixedRate;                           //!< for Fixed: the yearly rate

    /*!
     * "" → the default; "ref+N" (case-insensitive, spaces allowed around '+', N as
     * Percentage::parse reads it, 0–100); "N" or "N%" (0 < N ≤ 100) → Fixed. Anything else is an
     * Error saying what is accepted.
     */
    static Result<InterestTerm> parse(QStringView text);

    /*! "ref+8.00" or "12.50": the file notation, normalised. */
    QString toString() const;

    friend bool operator==(const InterestTerm &, const InterestTerm &) = default;
};

/*! One valid row of a claims file: a claim and its debtor, every field checked and normalised. */
struct ClaimRow
{
    int line = 0; //!< 1-based line where the row starts in the file

    // Debtor
    Identity debtorIdentity;  //!< validated; Identity::normalized() is the grouping key
    QString debtorName;
    QString address;
    QString postalCode;       //!< "NNNNN" for Sweden; as given (trimmed) for other countries
    QString city;
    QString country;          //!< ISO 3166 alpha-2, upper case; "SE" when the column is empty
    QString phone;            //!< as given, trimmed; may be empty
    QString email;            //!< as given, trimmed; may be empty
    DebtorType debtorType = DebtorType::Consumer;
    /*! True when the file's debtor_type column said so; false when derived from the identity
        (business for an organisationsnummer, consumer otherwise: domain.md §3.2). */
    bool debtorTypeDeclared = false;

    // Claim
    QString invoiceNo;
    QDate invoiceDate;
    QDate dueDate;
    Money amount;             //!< > 0
    QString description;      //!< line breaks inside a quoted field are kept as "\n"
    bool reminderFeeAgreed = false;
    InterestTerm interest;
};

/*!
 * A problem found in a claims file. \c line is 1-based (the header is line 1); \c field is the
 * column name as the format spells it ("due_date"), or for an unknown header column the name as
 * written; empty when the problem is not about one column (wrong field count, binary file).
 * \c message is translated and complete on its own ("due_date: '2025-02-30' is not a valid date").
 */
struct RowError
{
    int line = 0;
    QString field;
    QString message;

    friend bool operator==(const RowError &, const RowError &) = default;
};

/*! The outcome of ClaimsFile::parse(): valid rows and everything wrong with the rest. */
struct ClaimsFileParse
{
    QString fileName;
    DecodedText::Encoding encoding = DecodedText::Encoding::Utf8;
    QChar separator;             //!< ';' or ','; null when the file could not be read as text

    QList<ClaimRow> rows;        //!< the valid rows, in file order
    QList<RowError> errors;      //!< in file order; a row with any error is not in \c rows
    /*! Not errors: rows of one debtor whose name or address differ from the debtor's first row. */
    QList<RowError> warnings;

    /*!
     * True when nothing in the file can be imported: not text (binary, UTF-16), empty, only a
     * header, a bad header (unknown, duplicate, unnamed or missing required column) or broken
     * CSV quoting. \c errors then says why (with line and column where there is one) and
     * \c rows is empty.
     */
    bool fileRejected = false;

    int dataRowCount = 0;        //!< data rows read (blank lines not counted)

    /*! Data rows that were rejected: dataRowCount − rows.size(). */
    int rejectedRowCount() const { return dataRowCount - int(rows.size()); }
    /*! True when the file was read and every row is valid. */
    bool isClean() const { return !fileRejected && errors.isEmpty(); }

    /*!
     * The valid rows grouped into cases: rows with the same debtor identity (the client is fixed
     * per file) form one case. Each group lists indexes into \c rows in file order; groups are in
     * the order of their first row.
     */
    QList<QList<qsizetype>> caseGroups() const;
};

/*!
 * Parser for the client claims file (formats.md "Client claims file (CSV)"). Pure: no database,
 * so claims already stored for the client are not checked here (the import service does that);
 * duplicate invoice numbers within the file are.
 *
 * The file is decoded with TextDecoding (UTF-8, UTF-8 with BOM, Windows-1252), read with
 * CsvReader (separator ';', or ',' when the header uses it), its header mapped to columns
 * (any order, case-insensitive, trimmed), and every data row validated on its own.
 */
class ClaimsFile final
{
    Q_DECLARE_TR_FUNCTIONS(ClaimsFile)

public:
    enum class Column {
        DebtorId,
        DebtorName,
        Address,
        PostalCode,
        City,
        Country,
        Phone,
        Email,
        DebtorType,
        InvoiceNo,
        InvoiceDate,
        DueDate,
        Amount,
        Description,
        ReminderFeeAgreed,
        Interest,
        ColumnCount
    };

    /*! The column's name in the file ("debtor_id"). */
    static QString columnName(Column column);
    /*! The column for a header name (case-insensitive, trimmed), or ColumnCount if unknown. */
    static Column columnFor(QStringView name);
    static bool isRequired(Column column);
    /*! Longest value accepted in \a column (characters, after trimming). */
    static int maxLength(Column column);

    /*!
     * Parses a claims file. \a referenceDate (the import date) gives 10-digit personnummer their
     * century and is the "today" of the date checks: invoice_date may not be after it and the
     * claim must be overdue (due_date before it); an invalid date means today. \a fileName is
     * only recorded in the result.
     *
     * Row checks: every required value present; debtor_id a valid personnummer,
     * samordningsnummer or organisationsnummer; dates YYYY-MM-DD and real, due_date not before
     * invoice_date; amount > 0 (Money::parse, at most Money::MaxParsedOre); postal_code 5 digits
     * with an optional space after three (Sweden); country two letters; email and phone
     * plausible when given; debtor_type consumer/business; reminder_fee_agreed yes/no;
     * interest as InterestTerm::parse; no control characters; no value longer than maxLength();
     * invoice_no not already on an earlier line; as many fields as the header.
     * Blank lines (also ";;;" lines) are skipped. Never crashes on any bytes.
     */
    static ClaimsFileParse parse(const QByteArray &bytes, QDate referenceDate,
                                 const QString &fileName = QString());

    /*! Parses already decoded text (the encoding is recorded as Utf8). */
    static ClaimsFileParse parseText(QStringView text, QDate referenceDate,
                                     const QString &fileName = QString());
};

} // namespace Fordran
