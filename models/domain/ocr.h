#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringView>

/*!
 * Bankgiro/Plusgiro OCR references (domain.md §9.3): digits only, 2–25 digits in all, the last a
 * Luhn check digit (weight 2 on the rightmost payload digit). With a length digit, the digit before
 * the check digit is the total length (length digit and check digit included) mod 10.
 * Example: payload "123" → "1230"; with length digit → "12351".
 */
namespace Fordran::Ocr {

/*! Shortest and longest OCR reference, check digit (and length digit) included. */
inline constexpr int MinLength = 2;
inline constexpr int MaxLength = 25;

/*! Appends the length digit (if \a lengthDigit) and the check digit to \a payload. */
Result<QString> make(QStringView payload, bool lengthDigit);

/*! Validates a complete reference; the Error names what is wrong (length, non-digit, check, length digit). */
Status check(QStringView value, bool lengthDigit);

/*!
 * The OCR reference of a case: the digits of its case number ("2026-000123" → payload
 * "2026000123") with a length digit and the check digit. Unique because case numbers are (the
 * length digit keeps "2026-1000000" and "2026-100000" apart). The demo data and the claims import
 * make every case's reference this way; an Error for a case number without digits or too long.
 */
Result<QString> forCaseNumber(QStringView caseNo);

} // namespace Fordran::Ocr
