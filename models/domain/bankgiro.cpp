#include "models/domain/bankgiro.h"

#include "models/domain/digits.h"
#include "models/domain/luhn.h"

#include <QCoreApplication>

namespace Fordran::Bankgiro {

Result<QString> parse(QStringView input)
{
    const QStringView text = input.trimmed();
    if (text.isEmpty())
        return Error(QCoreApplication::translate("Bankgiro", "no bankgiro number given"));

    QString digits;
    bool dash = false;
    for (const QChar c : text) {
        if (Digits::isAscii(c)) {
            digits += c;
        } else if (c == u'-' && !dash) {
            dash = true;
        } else if (c != u' ') {
            return Error(QCoreApplication::translate("Bankgiro", "%1 is not allowed in a bankgiro number").arg(Digits::describe(c)));
        }
    }
    if (digits.size() != 7 && digits.size() != 8)
        return Error(QCoreApplication::translate("Bankgiro", "a bankgiro number has 7 or 8 digits, not %1").arg(digits.size()));
    if (!Luhn::isValid(digits))
        return Error(QCoreApplication::translate("Bankgiro", "check digit mismatch"));
    return digits;
}

QString format(QStringView digits)
{
    if ((digits.size() != 7 && digits.size() != 8) || !Digits::allAscii(digits))
        return digits.toString();
    return digits.chopped(4) + u'-' + digits.right(4);
}

} // namespace Fordran::Bankgiro
