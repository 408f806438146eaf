#pragma once

// Shared by the daily-run suites: demo data, table counts and per-case fingerprints (every
// row a case owns, without time stamps), so that "fully advanced or untouched" and "the same
// as an uninterrupted run" can be checked case by case.

#include "models/services/demodataservice.h"
#include "models/storage/database.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>

namespace Fordran::Test {

/*! \a cases demo cases from \a seed as if today were \a today. */
inline Status fillDemo(Database &db, qint64 cases, quint32 seed, QDate today)
{
    const auto summary = DemoDataService(db).fill({cases, seed, today, 100});
    if (!summary)
        return summary.error();
    return {};
}

/*! The single number \a sql gives (−1 on an error). */
inline qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

/*! The rows of \a table in the database \a config names (−1 when it cannot be read). */
inline qint64 rowCount(const DatabaseConfig &config, const QString &table)
{
    auto db = Database::open(config);
    return db ? scalar(**db, u"SELECT COUNT(*) FROM "_qs + table) : -1;
}

/*! The rows of the tables a run writes, by table. */
inline QMap<QString, qint64> tableCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table : {"cases", "ledger", "outbox", "tasks", "events", "pauses"})
        counts.insert(QString::fromLatin1(table),
                      scalar(db, u"SELECT COUNT(*) FROM "_qs + QString::fromLatin1(table)));
    return counts;
}

/*! Every column but the time stamps, as text. */
inline QString rowText(const QSqlQuery &q)
{
    QStringList values;
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString name = record.fieldName(i);
        if (name.endsWith(u"_at") || name == u"id")
            continue;
        const QVariant v = q.value(i);
        values.append(v.isNull() ? u"∅"_qs : v.toString());
    }
    return values.join(u'|');
}

/*!
 * Per case: its row and, in a stable order, its ledger lines, outbox rows, tasks, events and
 * pauses (time stamps and generated ids left out). Equal fingerprints: the case is in the same
 * state.
 */
inline QMap<qint64, QString> fingerprints(Database &db)
{
    QMap<qint64, QString> prints;
    const QList<std::pair<QString, QString>> sources {
        {u"cases"_qs, u"SELECT id AS case_key, * FROM cases ORDER BY id"_qs},
        {u"ledger"_qs,
         u"SELECT case_id AS case_key, * FROM ledger ORDER BY case_id, "
         "entry_date, kind, fee_type, amount_ore, claim_id"_qs},
        {u"outbox"_qs,
         u"SELECT case_id AS case_key, * FROM outbox ORDER BY case_id, created_on, "
         "rule_ref"_qs},
        {u"tasks"_qs,
         u"SELECT case_id AS case_key, * FROM tasks ORDER BY case_id, created_on, "
         "rule_ref, claim_id"_qs},
        {u"events"_qs,
         u"SELECT case_id AS case_key, * FROM events ORDER BY case_id, occurred_on, "
         "type, text, rule_ref"_qs},
        {u"pauses"_qs, u"SELECT case_id AS case_key, * FROM pauses ORDER BY case_id, id"_qs},
    };
    for (const auto &[table, sql] : sources) {
        QSqlQuery q(db.connection());
        if (!q.exec(sql))
            qFatal("fingerprints: %s", qPrintable(q.lastError().text()));
        while (q.next()) {
            QString &print = prints[q.value(0).toLongLong()];
            print += table + u": " + rowText(q).section(u'|', 1) + u'\n';
        }
    }
    return prints;
}

/*! The case ids in the order of \a sql's first column. */
inline QList<qint64> ids(Database &db, const QString &sql)
{
    QList<qint64> list;
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        qFatal("ids: %s", qPrintable(q.lastError().text()));
    while (q.next())
        list.append(q.value(0).toLongLong());
    return list;
}

} // namespace Fordran::Test
