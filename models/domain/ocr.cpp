#include "models/domain/ocr.h"

#include "models/domain/digits.h"
#include "models/domain/luhn.h"

#include <QCoreApplication>

#include <optional>

namespace Fordran::Ocr {

namespace {

/*! An Error for a non-digit in \a text, or nothing. */
std::optional<Error> nonDigitError(QStringView text, const char *what)
{
    const qsizetype bad = Digits::firstNonDigit(text);
    if (bad < 0)
        return std::nullopt;
    return Error(QCoreApplication::translate("Ocr", what).arg(Digits::describe(text.at(bad))));
}

} // namespace

Result<QString> make(QStringView input, bool lengthDigit)
{
    const QStringView payload = input.trimmed();
    if (payload.isEmpty())
        return Error(QCoreApplication::translate("Ocr", "empty OCR payload"));
    if (auto error = nonDigitError(payload, QT_TRANSLATE_NOOP("Ocr", "%1 in the OCR payload: digits only")))
        return *error;
    const qsizetype total = payload.size() + 1 + (lengthDigit ? 1 : 0);
    if (total > MaxLength)
        return Error(QCoreApplication::translate("Ocr", "the OCR payload is too long: %1 digits with check digits, at most %2")
                         .arg(total)
                         .arg(MaxLength));

    QString ocr = payload.toString();
    ocr.reserve(int(total));
    if (lengthDigit)
        ocr += QChar(u'0' + char16_t(total % 10));
    ocr += QChar(u'0' + char16_t(Luhn::checkDigit(ocr)));
    return ocr;
}

Status check(QStringView input, bool lengthDigit)
{
    const QStringView value = input.trimmed();
    if (value.isEmpty())
        return Error(QCoreApplication::translate("Ocr", "empty OCR reference"));
    if (auto error = nonDigitError(value, QT_TRANSLATE_NOOP("Ocr", "%1 in the OCR reference: digits only")))
        return *error;
    const qsizetype minimum = lengthDigit ? MinLength + 1 : MinLength;
    if (value.size() < minimum || value.size() > MaxLength)
        return Error(QCoreApplication::translate("Ocr", "an OCR reference has %1–%2 digits, not %3").arg(minimum).arg(MaxLength).arg(value.size()));
    if (lengthDigit) {
        const int expected = int(value.size() % 10);
        const int found = value.at(value.size() - 2).unicode() - u'0';
        if (found != expected)
            return Error(QCoreApplication::translate("Ocr", "length digit mismatch: %1 digits need length digit %2, not %3")
                             .arg(value.size())
                             .arg(expected)
                             .arg(found));
    }
    if (!Luhn::isValid(value))
        return Error(QCoreApplication::translate("Ocr", "check digit mismatch"));
    return {};
}

Result<QString> forCaseNumber(QStringView caseNo)
{
    QString payload;
    payload.reserve(caseNo.size());
    for (const QChar c : caseNo) {
        if (c != u'-')
            payload += c;
    }
    return make(payload, true);
}

} // namespace Fordran::Ocr
