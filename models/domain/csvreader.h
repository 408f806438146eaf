#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Fordran {

/*! One record (row) of a CSV text. */
struct CsvRecord
{
    int line = 0;       //!< 1-based line on which the record starts
    QStringList fields; //!< unquoted, unescaped, not trimmed; at least one (maybe empty) field

    /*! True when every field is empty or whitespace (an empty line, or ";;;" from a spreadsheet). */
    bool isBlank() const;
};

/*!
 * Reads RFC 4180-style CSV from decoded text, one record at a time.
 *
 * - Fields are separated by one separator character (see detectSeparator()).
 * - A field may be quoted with '"': inside, "" is a literal quote, and separators and line
 *   breaks are data. Spaces before an opening or after a closing quote are ignored. A quote in
 *   the middle of an unquoted field is kept as a literal character (12" pizza).
 * - Records end at LF, CRLF or a lone CR; a final line break does not start another record.
 * - Line numbers count physical lines, so a record after a quoted multi-line field reports the
 *   line it really starts on.
 *
 * Errors stop the reader: an opening quote that is never closed (reported on the line where the
 * quote opened), or text between a closing quote and the next separator. The reader only views
 * \a text: the string must outlive it. Never crashes on any input.
 */
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr char16_t DefaultSeparator = u';';

    /*! Reads \a text with \a separator, or with detectSeparator(text) when it is null. */
    explicit CsvReader(QStringView text, QChar separator = QChar());

    /*!
     * The separator used by a header line: ';' unless the first non-blank line (outside quotes)
     * has more ',' than ';'. Empty text or a one-column header gives ';'.
     */
    static QChar detectSeparator(QStringView text);

    QChar separator() const { return m_separator; }

    /*!
     * Reads the next record into \a record. Returns false at the end of the text or on an error;
     * then check hasError().
     */
    bool readNext(CsvRecord &record);

    bool atEnd() const { return m_pos >= m_text.size(); }
    bool hasError() const { return !m_error.message.isEmpty(); }
    /*! The error that stopped the reader (message only; the position is below). */
    const Error &error() const { return m_error; }
    /*! 1-based line of the error (where the unclosed quote opened). */
    int errorLine() const { return m_errorLine; }
    /*! 0-based index of the field in which the error occurred. */
    int errorField() const { return m_errorField; }

private:
    bool fail(int line, int field, QString message);
    /*! Consumes a line break at m_pos if there is one; true if it did. */
    bool consumeLineBreak();

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    Error m_error;
    int m_errorLine = 0;
    int m_errorField = 0;
};

} // namespace Fordran
