#include "models/rules/rulesjson.h"

#include "models/domain/jsonnumber.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

namespace Fordran::Internal {

namespace {

bool isAnnotationKey(QStringView key)
{
    return key == u"description" || key == u"comment";
}

QString quoted(QStringView text)
{
    return u'\'' + text.toString() + u'\'';
}

} // namespace

QString JsonReader::join(const QString &path, QStringView key)
{
    return path.isEmpty() ? key.toString() : path + u'.' + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void JsonReader::fail(const QString &path, const QString &problem)
{
    m_problems.append({path, problem});
}

Error JsonReader::error() const
{
    if (m_problems.isEmpty())
        return {};
    QStringList all;
    for (const Problem &p : m_problems)
        all.append(p.path.isEmpty() ? p.text : tr("%1: %2").arg(p.path, p.text));
    return Error(all.first(), m_problems.first().path, all.join(u'\n'));
}

void JsonReader::checkKeys(const QJsonObject &object, const QString &path,
                           const QList<QStringView> &allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (isAnnotationKey(key)) {
            if (!it.value().isString())
                fail(join(path, key), tr("must be a text"));
            continue;
        }
        bool known = false;
        for (QStringView a : allowed)
            known = known || key == a;
        if (!known)
            fail(join(path, key), tr("unknown setting (check the spelling)"));
    }
}

void JsonReader::checkKeysAmong(const QJsonObject &object, const QString &path,
                                const QStringList &allowed)
{
    QList<QStringView> views;
    for (const QString &a : allowed)
        views.append(a);
    checkKeys(object, path, views);
}

std::optional<qint64> JsonReader::integer(const QJsonObject &object, const QString &path,
                                          QStringView key, qint64 min, qint64 max,
                                          Presence presence)
{
    const QString where = join(path, key);
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (presence == Required)
            fail(where, tr("is required"));
        return std::nullopt;
    }
    const std::optional<qint64> whole = jsonWholeNumber(v);
    if (!whole) {
        fail(where, tr("must be a whole number"));
        return std::nullopt;
    }
    const qint64 a = *whole;
    if (a < min) {
        fail(where, mustBeAtLeast(min));
        return std::nullopt;
    }
    if (a > max) {
        fail(where, mustBeAtMost(max));
        return std::nullopt;
    }
    return a;
}

std::optional<QJsonValue> JsonReader::typed(const QJsonObject &object, const QString &path,
                                            QStringView key, Presence presence,
                                            bool (QJsonValue::*isType)() const,
                                            const QString &problem)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined()) {
        if (presence == Required)
            fail(join(path, key), tr("is required"));
        return std::nullopt;
    }
    if (!(v.*isType)()) {
        fail(join(path, key), problem);
        return std::nullopt;
    }
    return v;
}

std::optional<QString> JsonReader::string(const QJsonObject &object, const QString &path,
                                          QStringView key, Presence presence)
{
    const auto v = typed(object, path, key, presence, &QJsonValue::isString, tr("must be a text"));
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

std::optional<QString> JsonReader::oneOf(const QJsonObject &object, const QString &path,
                                         QStringView key, const QStringList &allowed,
                                         Presence presence)
{
    const auto text = string(object, path, key, presence);
    if (!text)
        return std::nullopt;
    if (!allowed.contains(*text)) {
        QStringList names;
        for (const QString &a : allowed)
            names.append(quoted(a));
        fail(join(path, key), tr("%1 is not one of %2").arg(quoted(*text), names.join(u", ")));
        return std::nullopt;
    }
    return text;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &object, const QString &path,
                                        QStringView key, Presence presence)
{
    const auto v = typed(object, path, key, presence, &QJsonValue::isBool,
                         tr("must be true or false"));
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &object, const QString &path,
                                              QStringView key, Presence presence)
{
    const auto v = typed(object, path, key, presence, &QJsonValue::isObject, mustBeObject());
    return v ? std::optional<QJsonObject>(v->toObject()) : std::nullopt;
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &object, const QString &path,
                                            QStringView key, Presence presence)
{
    const auto v = typed(object, path, key, presence, &QJsonValue::isArray, tr("must be a list"));
    return v ? std::optional<QJsonArray>(v->toArray()) : std::nullopt;
}

QList<std::pair<QString, QJsonObject>> JsonReader::namedObjects(const QJsonObject &entries,
                                                                const QString &path)
{
    QList<std::pair<QString, QJsonObject>> result;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (isAnnotationKey(it.key()))
            continue;
        const QString where = join(path, it.key());
        if (!isMachineName(it.key()))
            fail(where, mustBeMachineName());
        if (!it.value().isObject())
            fail(where, mustBeObject());
        else
            result.append({it.key(), it.value().toObject()});
    }
    return result;
}

std::optional<QDate> JsonReader::date(const QJsonObject &object, const QString &path,
                                      QStringView key, Presence presence)
{
    const auto text = string(object, path, key, presence);
    if (!text)
        return std::nullopt;
    const QDate d = QDate::fromString(*text, Qt::ISODate);
    if (!d.isValid() || text->size() != 10) {
        fail(join(path, key), tr("must be a date written YYYY-MM-DD"));
        return std::nullopt;
    }
    return d;
}

QString JsonReader::mustBeAtLeast(qint64 min)
{
    return tr("must be ≥ %1").arg(min);
}

QString JsonReader::mustBeAtMost(qint64 max)
{
    return tr("must be ≤ %1").arg(max);
}

QString JsonReader::mustBeObject()
{
    return tr("must be an object { … }");
}

QString JsonReader::mustBeMachineName()
{
    return tr("must be 1–64 characters a–z, 0–9 or _");
}

bool JsonReader::isMachineName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        if (!((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'_'))
            return false;
    }
    return true;
}

Result<QJsonObject> parseJsonObject(const QByteArray &data, qsizetype maxBytes)
{
    if (data.size() > maxBytes)
        return Error(JsonReader::tr("The file is larger than %1 bytes").arg(maxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(JsonReader::tr("Not valid JSON at byte %1: %2")
                         .arg(parseError.offset)
                         .arg(parseError.errorString()));
    }
    if (!doc.isObject())
        return Error(JsonReader::tr("The document must be a JSON object { … }"));
    return doc.object();
}

} // namespace Fordran::Internal
