#pragma once

// Loading of the dated legal tables embedded from resources/ (":/legal/…", ":/rules/…").

#include "models/domain/result.h"

#include <QJsonObject>
#include <QString>

namespace Fordran::Internal {

/*! Reads an embedded JSON object; the error names the resource and the parse problem. */
Result<QJsonObject> loadJsonResource(const QString &path);

} // namespace Fordran::Internal
