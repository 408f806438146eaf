#pragma once

#include <QString>

namespace Fordran::Reports {

/*! The font family letters and reports are set in (bundled with the Debian fonts package). */
QString defaultFontFamily();

} // namespace Fordran::Reports
