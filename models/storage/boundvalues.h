#pragma once

// Bound values for statements executed many times in a row (the daily run's writes). Not for use
// outside models/storage.
//
// Qt's drivers bind a QDate or QDateTime by formatting it as ISO 8601 text (QSQLITE stores that
// text; QPSQL sends it as a literal), and in Qt 6.4 QDate::toString() and QDateTime::toString()
// each run a formatted print. Binding the same text as a QString stores the same value on both
// engines at a fraction of the cost: isoDate() formats a date directly, TimestampText formats a
// time stamp once for as long as it stays the same.

#include "models/storage/sqlsupport.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

namespace Fordran::Sql {

/*! What Sql::date() binds, as the text the drivers would make of it: NULL for an invalid date. */
inline QVariant isoDate(QDate value)
{
    if (!value.isValid())
        return date(value);
    int year = 0, month = 0, day = 0;
    value.getDate(&year, &month, &day);
    if (year < 1000 || year > 9999)
        return date(value); // outside yyyy: as the driver formats it
    const char16_t text[10] = {
        char16_t(u'0' + year / 1000),
        char16_t(u'0' + year / 100 % 10),
        char16_t(u'0' + year / 10 % 10),
        char16_t(u'0' + year % 10),
        u'-',
        char16_t(u'0' + month / 10),
        char16_t(u'0' + month % 10),
        u'-',
        char16_t(u'0' + day / 10),
        char16_t(u'0' + day % 10),
    };
    return QVariant(QString(reinterpret_cast<const QChar *>(text), 10));
}

/*! What Sql::timestamp() binds, as the text QSQLITE stores for it, made once per instant. */
class TimestampText final
{
public:
    const QVariant &operator()(const QDateTime &value)
    {
        if (!m_made || value != m_instant) {
            const QDateTime utc = value.isValid() ? value.toUTC() : QDateTime();
            m_instant = value;
            m_value = utc.isValid() ? QVariant(utc.toString(Qt::ISODateWithMs)) : timestamp(utc);
            m_made = true;
        }
        return m_value;
    }

private:
    QDateTime m_instant;
    QVariant m_value;
    bool m_made = false;
};

} // namespace Fordran::Sql
