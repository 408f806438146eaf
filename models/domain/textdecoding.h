#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Fordran {

/*! Text decoded from a file, with the encoding it was found to be in. */
struct DecodedText
{
    enum class Encoding {
        Utf8,        //!< valid UTF-8 without a byte-order mark (plain ASCII counts as this)
        Utf8Bom,     //!< valid UTF-8 after a leading byte-order mark (EF BB BF), which is dropped
        Windows1252, //!< not valid UTF-8: read as Windows-1252 (Swedish spreadsheet exports)
    };

    QString text;
    Encoding encoding = Encoding::Utf8;
};

/*!
 * Decodes the bytes of a text file that may be UTF-8 (with or without a BOM) or Windows-1252,
 * and refuses binary data. Pure code with its own Windows-1252 table: no ICU, no locale.
 *
 * Rules, in order:
 * - A UTF-16/UTF-32 byte-order mark → Error (only UTF-8 and Windows-1252 are read).
 * - Any NUL byte, or more than a few control characters (other than tab, CR, LF, form feed)
 *   → Error "not a text file (binary data)".
 * - A UTF-8 BOM → the rest must be strictly valid UTF-8 (else an Error naming the line):
 *   Utf8Bom, BOM removed.
 * - Strictly valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF, no cut-off
 *   sequence) → Utf8.
 * - Otherwise → Windows1252. The five bytes Windows-1252 leaves undefined (81 8D 8F 90 9D)
 *   become U+FFFD and count as garbage for the binary check.
 *
 * Never crashes or throws on any input.
 */
class TextDecoding final
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoding)

public:
    /*!
     * Decodes \a bytes as described above. On failure, if \a errorLine is given, it receives the
     * 1-based line of the first offending byte (1 for a file-level problem such as a UTF-16 BOM).
     */
    static Result<DecodedText> decode(QByteArrayView bytes, int *errorLine = nullptr);

    /*!
     * Byte offset of the first byte that breaks strict UTF-8 in \a bytes, or −1 if all of it is
     * valid UTF-8.
     */
    static qsizetype firstInvalidUtf8(QByteArrayView bytes);

    /*! \a bytes read as Windows-1252 (every byte maps to one UTF-16 unit). */
    static QString fromWindows1252(QByteArrayView bytes);

    /*! The Unicode code point of the Windows-1252 byte \a byte (U+FFFD for the undefined ones). */
    static char16_t windows1252ToUnicode(uchar byte);

    /*! "UTF-8", "UTF-8 with BOM", "Windows-1252": for messages and logs (not translated). */
    static QString encodingName(DecodedText::Encoding encoding);

    /*! 1-based line number of byte \a offset in \a bytes (LF, CRLF and lone CR end a line). */
    static int lineAt(QByteArrayView bytes, qsizetype offset);
};

} // namespace Fordran
