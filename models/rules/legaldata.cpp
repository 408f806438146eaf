#include "models/rules/legaldata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Fordran::Internal {

Result<QJsonObject> loadJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("LegalData", "cannot read %1").arg(path), QString(), file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(QCoreApplication::translate("LegalData", "%1 is not a valid JSON object").arg(path), QString(),
                     parseError.errorString());
    return doc.object();
}

} // namespace Fordran::Internal
