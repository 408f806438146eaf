#include "models/rules/legaldata.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace Fordran::Internal {

Result<QJsonObject> parseJsonObject(const QByteArray &json, const QString &what)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(
            QCoreApplication::translate("LegalData", "%1 is not valid JSON").arg(what), QString(),
            parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                         : QStringLiteral("not an object"));
    return doc.object();
}

Result<QJsonObject> loadJsonResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("LegalData", "cannot read %1").arg(path),
                     QString(), file.errorString());
    return parseJsonObject(file.readAll(), path);
}

} // namespace Fordran::Internal
