#include "models/domain/money.h"

namespace Fordran {

namespace {

bool isSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

QString groupThousands(qint64 kronor, QChar separator)
{
    const QString digits = QString::number(kronor);
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

} // namespace

std::optional<Money> Money::fromKronor(qint64 kronor)
{
    qint64 ore = 0;
    if (__builtin_mul_overflow(kronor, qint64(100), &ore))
        return std::nullopt;
    return Money(ore);
}

Result<Money> Money::parse(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.isEmpty())
        return Error(tr("empty amount"));

    // An optional trailing currency: "kr" or "SEK".
    if (text.endsWith(u"kr", Qt::CaseInsensitive))
        text = text.chopped(2).trimmed();
    else if (text.endsWith(u"SEK", Qt::CaseInsensitive))
        text = text.chopped(3).trimmed();

    bool negative = false;
    if (text.startsWith(u'-') || text.startsWith(QChar(0x2212))) {
        negative = true;
        text = text.mid(1).trimmed();
    }
    if (text.isEmpty())
        return Error(tr("'%1' is not an amount").arg(input.toString()));

    // Split at the decimal mark: at most one of '.' or ','.
    qsizetype mark = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'.' || text.at(i) == u',') {
            if (mark >= 0)
                return Error(tr("'%1' has more than one decimal mark").arg(input.toString()));
            mark = i;
        }
    }
    const QStringView whole = mark >= 0 ? text.left(mark) : text;
    const QStringView fraction = mark >= 0 ? text.mid(mark + 1) : QStringView();

    if (whole.isEmpty())
        return Error(tr("'%1' has no whole kronor before the decimal mark").arg(input.toString()));
    if (mark >= 0 && (fraction.isEmpty() || fraction.size() > 2))
        return Error(tr("'%1' must have one or two decimals after the decimal mark").arg(input.toString()));

    // Whole part: digits, with spaces allowed only between groups of exactly three digits.
    qint64 kronor = 0;
    int digitsInGroup = 0;
    bool sawSeparator = false;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        const QChar c = whole.at(i);
        if (isSpace(c)) {
            if (digitsInGroup == 0 || (sawSeparator && digitsInGroup != 3) || digitsInGroup > 3)
                return Error(tr("'%1' has a misplaced space").arg(input.toString()));
            sawSeparator = true;
            digitsInGroup = 0;
            continue;
        }
        if (c < u'0' || c > u'9')
            return Error(tr("'%1' is not an amount: unexpected '%2'").arg(input.toString(), c));
        if (__builtin_mul_overflow(kronor, qint64(10), &kronor)
            || __builtin_add_overflow(kronor, qint64(c.unicode() - u'0'), &kronor)
            || kronor > MaxParsedOre / 100)
            return Error(tr("'%1' is too large an amount").arg(input.toString()));
        ++digitsInGroup;
    }
    if (sawSeparator && digitsInGroup != 3)
        return Error(tr("'%1' has a misplaced space").arg(input.toString()));

    qint64 ore = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        ore *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (c < u'0' || c > u'9')
                return Error(tr("'%1' is not an amount: unexpected '%2'").arg(input.toString(), c));
            ore += c.unicode() - u'0';
        }
    }

    const qint64 total = kronor * 100 + ore;
    if (total > MaxParsedOre)
        return Error(tr("'%1' is too large an amount").arg(input.toString()));
    return Money(negative ? -total : total);
}

QString Money::toNumberString() const
{
    // |min| does not fit in qint64; format via unsigned magnitude.
    const quint64 magnitude = m_ore < 0 ? quint64(0) - quint64(m_ore) : quint64(m_ore);
    const quint64 kronor = magnitude / 100;
    const quint64 ore = magnitude % 100;
    QString text;
    if (m_ore < 0)
        text += u'-';
    if (kronor > quint64(std::numeric_limits<qint64>::max()))
        text += QString::number(kronor);
    else
        text += groupThousands(qint64(kronor), QChar(0x00A0));
    text += u',';
    text += QString::number(ore).rightJustified(2, u'0');
    return text;
}

QString Money::toString() const
{
    return toNumberString() + QChar(0x00A0) + QStringLiteral("kr");
}

QString Money::toPlainString() const
{
    const quint64 magnitude = m_ore < 0 ? quint64(0) - quint64(m_ore) : quint64(m_ore);
    return (m_ore < 0 ? QStringLiteral("-") : QString()) + QString::number(magnitude / 100) + u'.'
         + QString::number(magnitude % 100).rightJustified(2, u'0');
}

std::optional<Money> Money::multiplied(qint64 numerator, qint64 denominator, Rounding rounding) const
{
    if (denominator == 0)
        return std::nullopt;
    __int128 product = __int128(m_ore) * numerator;
    __int128 den = denominator;
    if (den < 0) {
        den = -den;
        product = -product;
    }
    __int128 quotient = product / den; // truncates toward zero
    const __int128 remainder = product % den;
    if (remainder != 0) {
        const __int128 twice = (remainder < 0 ? -remainder : remainder) * 2;
        const int sign = product < 0 ? -1 : 1;
        bool up = false;
        switch (rounding) {
        case Rounding::HalfAwayFromZero:
            up = twice >= den;
            break;
        case Rounding::HalfEven:
            up = twice > den || (twice == den && (quotient % 2) != 0);
            break;
        case Rounding::TowardZero:
            break;
        }
        if (up)
            quotient += sign;
    }
    if (quotient > std::numeric_limits<qint64>::max() || quotient < std::numeric_limits<qint64>::min())
        return std::nullopt;
    return Money(qint64(quotient));
}

std::optional<Money> Money::checkedAdd(Money other) const
{
    qint64 sum = 0;
    if (__builtin_add_overflow(m_ore, other.m_ore, &sum))
        return std::nullopt;
    return Money(sum);
}

std::optional<Money> Money::checkedSubtract(Money other) const
{
    qint64 diff = 0;
    if (__builtin_sub_overflow(m_ore, other.m_ore, &diff))
        return std::nullopt;
    return Money(diff);
}

Money Money::operator+(Money other) const
{
    const auto sum = checkedAdd(other);
    if (!sum)
        throw MoneyOverflow();
    return *sum;
}

Money Money::operator-(Money other) const
{
    const auto diff = checkedSubtract(other);
    if (!diff)
        throw MoneyOverflow();
    return *diff;
}

Money Money::operator-() const
{
    return Money() - *this;
}

Money &Money::operator+=(Money other)
{
    *this = *this + other;
    return *this;
}

Money &Money::operator-=(Money other)
{
    *this = *this - other;
    return *this;
}

} // namespace Fordran
