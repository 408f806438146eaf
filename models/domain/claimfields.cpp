#include "models/domain/claimfields.h"

#include "models/domain/claimsfile.h"
#include "models/domain/digits.h"

namespace Fordran {

namespace {

constexpr bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

// The value of the ASCII digits text[from, from + count), or −1 if any is not a digit.
int digitsValue(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!Digits::isAscii(text[i]))
            return -1;
        value = value * 10 + (text[i].unicode() - u'0');
    }
    return value;
}

// Upper bounds for the interest column: a rate above 100 % a year is a typo, not a contract.
constexpr qint32 MaxInterestBasisPoints = 100 * 100;

} // namespace

namespace ClaimFields {

QDate parseIsoDate(QStringView text, bool *wellFormed)
{
    *wellFormed = false;
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return QDate();
    const int year = digitsValue(text, 0, 4);
    const int month = digitsValue(text, 5, 2);
    const int day = digitsValue(text, 8, 2);
    if (year < 0 || month < 0 || day < 0)
        return QDate();
    *wellFormed = true;
    return QDate(year, month, day); // invalid for 2025-02-30, month 13, year 0000
}

QString normalizeSwedishPostalCode(QStringView text)
{
    if (text.size() == 5 && digitsValue(text, 0, 5) >= 0)
        return text.toString();
    if (text.size() == 6 && text[3] == u' ' && digitsValue(text, 0, 3) >= 0 && digitsValue(text, 4, 2) >= 0)
        return text.left(3).toString() + text.right(2);
    return QString();
}

QString normalizeForeignPostalCode(QStringView text)
{
    if (text.size() < 2 || text.size() > 12)
        return QString();
    for (const QChar c : text) {
        if (!Digits::isAscii(c) && !isAsciiLetter(c) && c != u' ' && c != u'-')
            return QString();
    }
    return text.toString();
}

QString normalizeCountry(QStringView text)
{
    if (text.size() != 2 || !isAsciiLetter(text[0]) || !isAsciiLetter(text[1]))
        return QString();
    return text.toString().toUpper();
}

bool isPlausiblePhone(QStringView text)
{
    int digits = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (Digits::isAscii(c))
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (c != u' ' && c != u'-' && c != u'(' && c != u')' && c != u'/')
            return false;
    }
    return digits >= 6 && digits <= 15;
}

bool isPlausibleEmail(QStringView text)
{
    const qsizetype at = text.indexOf(u'@');
    if (at <= 0 || at > 64 || text.indexOf(u'@', at + 1) >= 0)
        return false;
    for (const QChar c : text) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'"' || c == u'<' || c == u'>' || c == u',' || c == u';')
            return false;
    }
    const QStringView domain = text.sliced(at + 1);
    if (domain.isEmpty() || !domain.contains(u'.'))
        return false;
    qsizetype labelLength = 0;
    for (const QChar c : domain) {
        if (c == u'.') {
            if (labelLength == 0)
                return false;
            labelLength = 0;
        } else {
            ++labelLength;
        }
    }
    return labelLength > 0;
}

bool hasControlCharacters(QStringView text, bool allowLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 && u != 0x7F)
            continue;
        if (allowLineBreaks && (u == u'\n' || u == u'\t'))
            continue;
        return true;
    }
    return false;
}

} // namespace ClaimFields

Result<InterestTerm> InterestTerm::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    InterestTerm term;
    if (text.isEmpty())
        return term;
    if (text.startsWith(u"ref", Qt::CaseInsensitive)) {
        const QStringView rest = text.sliced(3).trimmed();
        if (!rest.startsWith(u'+'))
            return Error(tr("expected ref+N (e.g. ref+8)"));
        const QStringView number = rest.sliced(1).trimmed();
        const auto margin = Percentage::parse(number);
        if (!margin || number.startsWith(u'-') || number.startsWith(u'+'))
            return Error(tr("the margin in ref+N must be a number such as 8 or 8.5"));
        if (margin->basisPoints() > MaxInterestBasisPoints)
            return Error(tr("a margin above 100 percentage points is not accepted"));
        term.kind = InterestKind::Reference;
        term.margin = *margin;
        return term;
    }
    const auto rate = Percentage::parse(text);
    if (!rate || text.startsWith(u'+'))
        return Error(tr("expected ref+N or a yearly percentage such as 12.5"));
    if (rate->basisPoints() <= 0)
        return Error(tr("a fixed rate must be greater than zero"));
    if (rate->basisPoints() > MaxInterestBasisPoints)
        return Error(tr("a fixed rate above 100% a year is not accepted"));
    term.kind = InterestKind::Fixed;
    term.fixedRate = *rate;
    return term;
}

QString InterestTerm::toString() const
{
    if (kind == InterestKind::Fixed)
        return fixedRate.toString();
    return u"ref+"_qs + margin.toString();
}

} // namespace Fordran
