#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace Fordran::ClaimFields {

// Checks and normalisations of single values of the claims file (ClaimsFile). Hand-written
// loops, no regular expressions: they run once per field of files with 100,000 rows.

/*!
 * "YYYY-MM-DD" exactly (four, two and two ASCII digits). \a wellFormed says whether the text has
 * that shape; the date is invalid when it has the shape but no such day exists (2025-02-30).
 */
QDate parseIsoDate(QStringView text, bool *wellFormed);

/*! "NNNNN" from "NNNNN" or "NNN NN" (ASCII digits); empty if \a text is neither. */
QString normalizeSwedishPostalCode(QStringView text);

/*! A foreign postal code as given: 2–12 letters, digits, spaces or hyphens; empty otherwise. */
QString normalizeForeignPostalCode(QStringView text);

/*! Two ASCII letters in upper case ("se" → "SE"); empty for anything else. */
QString normalizeCountry(QStringView text);

/*! Digits with spaces, '-', '(', ')', '/' and one leading '+': 6–15 digits in all. */
bool isPlausiblePhone(QStringView text);

/*!
 * One '@' with a local part (≤ 64) and a domain of dot-separated, non-empty labels with at least
 * one dot; no whitespace, no quotes, no angle brackets. Not RFC 5322, just "plausible".
 */
bool isPlausibleEmail(QStringView text);

/*! True if \a text has a C0 control character or DEL; with \a allowLineBreaks, LF and tab pass. */
bool hasControlCharacters(QStringView text, bool allowLineBreaks);

} // namespace Fordran::ClaimFields
