#pragma once

#include <QChar>
#include <QString>
#include <QStringView>

/*! Small helpers shared by the parsers of digit-string identifiers (identity, OCR, bankgiro). */
namespace Fordran::Digits {

/*! '0'–'9' only: other Unicode digits (Arabic-Indic, full-width) are not accepted anywhere. */
inline bool isAscii(QChar c)
{
    return c >= u'0' && c <= u'9';
}

inline bool allAscii(QStringView text)
{
    for (const QChar c : text) {
        if (!isAscii(c))
            return false;
    }
    return true;
}

/*! The first character of \a text that is not an ASCII digit, or −1. */
inline qsizetype firstNonDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAscii(text.at(i)))
            return i;
    }
    return -1;
}

/*! Value of the two ASCII digits at \a at (the caller has checked them). */
inline int twoDigits(QStringView digits, qsizetype at)
{
    return (digits.at(at).unicode() - u'0') * 10 + (digits.at(at + 1).unicode() - u'0');
}

/*! "'x'" for a printable character, "U+0007" for anything else, so an error message stays readable. */
inline QString describe(QChar c)
{
    if (c.isPrint() && !c.isSurrogate())
        return u'\'' + QString(c) + u'\'';
    return u"U+" + QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper();
}

} // namespace Fordran::Digits
