#pragma once

#include <QJsonValue>

#include <limits>
#include <optional>

namespace Fordran {

/*!
 * The whole number \a value holds, or nothing for anything else (a fraction, a number that does
 * not fit in qint64, a string, missing). Read without floating point: QJsonValue::toInteger()
 * gives its default for anything but a fitting whole number, so two different defaults tell that
 * case apart from a real value.
 */
inline std::optional<qint64> jsonWholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const qint64 a = value.toInteger(std::numeric_limits<qint64>::min());
    const qint64 b = value.toInteger(std::numeric_limits<qint64>::max());
    if (a != b)
        return std::nullopt;
    return a;
}

} // namespace Fordran
