#include "reports/reportsmodule.h"

namespace Fordran::Reports {

QString defaultFontFamily()
{
    return QStringLiteral("DejaVu Sans");
}

} // namespace Fordran::Reports
