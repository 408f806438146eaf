#pragma once

#include "models/domain/result.h"

#include <QString>
#include <QStringView>

/*! Bankgiro numbers (domain.md §9.4): 7 or 8 digits, the last a Luhn check digit. */
namespace Fordran::Bankgiro {

/*! Accepts "5050-1055", "505 1055", "50501055"; returns the digits only, or an Error. */
Result<QString> parse(QStringView text);

/*! "NNN-NNNN" or "NNNN-NNNN" for 7 or 8 digits; anything else is returned unchanged. */
QString format(QStringView digits);

} // namespace Fordran::Bankgiro
