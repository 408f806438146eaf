#include "models/domain/luhn.h"

#include "models/domain/digits.h"

namespace Fordran::Luhn {

int checkDigit(QStringView digits)
{
    if (digits.isEmpty())
        return -1;
    int sum = 0;
    bool doubled = true; // weight 2 on the rightmost digit
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (!Digits::isAscii(c))
            return -1;
        int value = c.unicode() - u'0';
        if (doubled) {
            value *= 2;
            if (value > 9)
                value -= 9; // the sum of the two digits of the product
        }
        sum += value;
        doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
}

bool isValid(QStringView digitsWithCheck)
{
    if (digitsWithCheck.size() < 2)
        return false;
    const QChar last = digitsWithCheck.last();
    if (!Digits::isAscii(last))
        return false;
    return checkDigit(digitsWithCheck.chopped(1)) == last.unicode() - u'0';
}

} // namespace Fordran::Luhn
