#pragma once

#include <QStringView>

/*!
 * The modulus-10 (Luhn) check digit used by personnummer, organisationsnummer, OCR references
 * and bankgiro numbers (domain.md §9.1–9.4).
 *
 * Weights alternate 2, 1, 2, … starting with weight 2 on the RIGHTMOST digit of the payload;
 * the digits of each product are summed and the check digit is (10 − sum mod 10) mod 10.
 * For the 9 digits YYMMDDNNN of a personnummer this is the same as "2, 1, 2, … from the left".
 */
namespace Fordran::Luhn {

/*! The check digit (0–9) for \a digits, or −1 if \a digits is empty or holds a non-digit. */
int checkDigit(QStringView digits);

/*! True if \a digitsWithCheck has at least two ASCII digits, only digits, and a correct last digit. */
bool isValid(QStringView digitsWithCheck);

} // namespace Fordran::Luhn
