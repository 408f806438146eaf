#pragma once

// Claims files for tests (the client file of spec/formats.md): a header with every column, a
// valid row with some columns replaced, files from lines, and the files under
// tests/data/claims. All data is synthetic: fictional names, identity numbers with generated
// check digits. Used by the parser, import service and CLI suites.

#include "models/domain/luhn.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

namespace ClaimsFileTest {

/*! "YYMMDDNNN" → "YYMMDD-NNNC" with a correct check digit. */
inline QString idFor(const QString &nineDigits)
{
    return nineDigits.left(6) + u'-' + nineDigits.mid(6)
        + QString::number(Fordran::Luhn::checkDigit(nineDigits));
}

inline QString anna()
{
    return idFor(u"850115234"_qs);
}
inline QString bertil()
{
    return idFor(u"620330456"_qs);
}
inline QString company()
{
    return idFor(u"559900012"_qs);
}

inline const QStringList HeaderColumns = {
    u"debtor_id"_qs,   u"debtor_name"_qs,  u"address"_qs,
    u"postal_code"_qs, u"city"_qs,         u"country"_qs,
    u"phone"_qs,       u"email"_qs,        u"debtor_type"_qs,
    u"invoice_no"_qs,  u"invoice_date"_qs, u"due_date"_qs,
    u"amount"_qs,      u"description"_qs,  u"reminder_fee_agreed"_qs,
    u"interest"_qs,
};

inline QString header()
{
    return HeaderColumns.join(u';');
}

/*! A valid data row in header order (Anna, invoice F-1, 100 kr), with some columns replaced. */
inline QString row(const QList<std::pair<QString, QString>> &overrides = {})
{
    QHash<QString, QString> v = {
        {u"debtor_id"_qs, anna()},
        {u"debtor_name"_qs, u"Anna Testsson"_qs},
        {u"address"_qs, u"Provgatan 1"_qs},
        {u"postal_code"_qs, u"123 45"_qs},
        {u"city"_qs, u"Teststad"_qs},
        {u"invoice_no"_qs, u"F-1"_qs},
        {u"invoice_date"_qs, u"2025-11-01"_qs},
        {u"due_date"_qs, u"2025-12-01"_qs},
        {u"amount"_qs, u"100,00"_qs},
        {u"description"_qs, u"Tjänst"_qs},
    };
    for (const auto &[column, value] : overrides)
        v[column] = value;
    QStringList fields;
    for (const QString &column : HeaderColumns)
        fields << v.value(column);
    return fields.join(u';');
}

/*! The lines as a UTF-8 file ending in a newline. */
inline QByteArray file(const QStringList &lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

/*! tests/data/claims/\a name (FORDRAN_TEST_DATA is set by CTest). */
inline QByteArray dataFile(const QString &name)
{
    QFile f(qEnvironmentVariable("FORDRAN_TEST_DATA") + u"/claims/"_qs + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s (is FORDRAN_TEST_DATA set?)", qPrintable(f.fileName()));
    return f.readAll();
}

} // namespace ClaimsFileTest
