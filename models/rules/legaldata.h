#pragma once

// Loading of the dated legal tables embedded from resources/ (":/legal/…", ":/rules/…").

#include "models/domain/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Fordran::Internal {

/*! Parses \a json as a JSON object; the error says that \a what is not valid JSON, and why. */
Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &what);

/*! Reads an embedded JSON object; the error names the resource and the parse problem. */
Result<QJsonObject> loadJsonResource(const QString &path);

} // namespace Fordran::Internal
