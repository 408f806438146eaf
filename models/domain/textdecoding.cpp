#include "models/domain/textdecoding.h"

namespace Fordran {

namespace {

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (Microsoft's cp1252 table, also the
// WHATWG encoding index). 0xFFFD marks the five bytes Windows-1252 leaves undefined.
constexpr char16_t Cp1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, // 88–8F
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178, // 98–9F
};

// A control byte no text file has: everything below 0x20 except tab, LF, FF and CR, plus DEL.
constexpr bool isGarbageControl(uchar b)
{
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') || b == 0x7F;
}

constexpr bool isUndefinedCp1252(uchar b)
{
    return b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D;
}

// Up to this many stray control characters are left for the field checks to report; more
// than that (and more than one in a hundred bytes) means the file is not text at all.
constexpr qsizetype ToleratedControls = 2;

bool tooManyControls(qsizetype controls, qsizetype size)
{
    return controls > ToleratedControls && controls * 100 > size;
}

} // namespace

qsizetype TextDecoding::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar b = p[i];
        if (b < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80; // allowed range of the second byte: excludes overlongs, surrogates,
        uchar high = 0xBF; // and code points above U+10FFFF
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0)
                low = 0xA0;
            else if (b == 0xED)
                high = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0)
                low = 0x90;
            else if (b == 0xF4)
                high = 0x8F;
        } else {
            return i; // 80–C1 as a lead byte, or F5–FF
        }
        if (i + length > n)
            return i;
        if (p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        i += length;
    }
    return -1;
}

char16_t TextDecoding::windows1252ToUnicode(uchar byte)
{
    if (byte >= 0x80 && byte <= 0x9F)
        return Cp1252High[byte - 0x80];
    return char16_t(byte);
}

QString TextDecoding::fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        out[i] = QChar(windows1252ToUnicode(p[i]));
    return text;
}

QString TextDecoding::encodingName(DecodedText::Encoding encoding)
{
    switch (encoding) {
    case DecodedText::Encoding::Utf8:
        return QStringLiteral("UTF-8");
    case DecodedText::Encoding::Utf8Bom:
        return QStringLiteral("UTF-8 with BOM");
    case DecodedText::Encoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return QString();
}

int TextDecoding::lineAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    const qsizetype end = qMin(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = bytes[i];
        if (c == '\n')
            ++line;
        else if (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))
            ++line; // a lone CR ends a line too (old Mac exports)
    }
    return line;
}

Result<DecodedText> TextDecoding::decode(QByteArrayView bytes, int *errorLine)
{
    auto fail = [&](qsizetype offset, QString message) -> Result<DecodedText> {
        if (errorLine)
            *errorLine = lineAt(bytes, offset);
        return Error(std::move(message));
    };

    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
        || bytes.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4))) {
        return fail(0, tr("the file is UTF-16 or UTF-32 text; save it as UTF-8 or Windows-1252"));
    }

    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView body = bom ? bytes.sliced(3) : bytes;
    const qsizetype bodyStart = bom ? 3 : 0;

    // One pass for NUL and control bytes; the UTF-8 check only looks at bytes ≥ 0x80.
    qsizetype controls = 0;
    qsizetype firstControl = -1;
    bool hasHighBytes = false;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto b = uchar(body[i]);
        if (b >= 0x80) {
            hasHighBytes = true;
        } else if (b == 0) {
            return fail(bodyStart + i, tr("not a text file (binary data)"));
        } else if (isGarbageControl(b)) {
            if (firstControl < 0)
                firstControl = i;
            ++controls;
        }
    }
    if (tooManyControls(controls, body.size()))
        return fail(bodyStart + firstControl, tr("not a text file (binary data)"));

    const qsizetype invalid = hasHighBytes ? firstInvalidUtf8(body) : -1;
    if (invalid < 0) {
        DecodedText decoded;
        decoded.text = QString::fromUtf8(body.data(), body.size());
        decoded.encoding = bom ? DecodedText::Encoding::Utf8Bom : DecodedText::Encoding::Utf8;
        return decoded;
    }
    if (bom) {
        return fail(bodyStart + invalid,
                    tr("the file starts with a UTF-8 byte-order mark but is not valid UTF-8"));
    }

    // Windows-1252: the undefined bytes are garbage too.
    qsizetype firstUndefined = -1;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (isUndefinedCp1252(uchar(body[i]))) {
            if (firstUndefined < 0)
                firstUndefined = i;
            ++controls;
        }
    }
    if (tooManyControls(controls, body.size())) {
        const qsizetype first = firstControl < 0 ? firstUndefined
                              : firstUndefined < 0 ? firstControl
                                                   : qMin(firstControl, firstUndefined);
        return fail(first, tr("not a text file (binary data)"));
    }
    DecodedText decoded;
    decoded.text = fromWindows1252(body);
    decoded.encoding = DecodedText::Encoding::Windows1252;
    return decoded;
}

} // namespace Fordran
