#pragma once

#include "models/domain/percentage.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Fordran {

/*!
 * The Riksbank reference rate per calendar half-year (räntelagen 9 §).
 *
 * The built-in values come from resources/legal/reference_rates.json (each with its source).
 * Rates the user enters (stored in the database, so every workstation shares them) extend the
 * table: withEntered() adds them for half-years the built-in table does not cover. A built-in
 * (confirmed) value is never overridden by an entered one: such entries, and entries whose date
 * is not 1 January or 1 July, are left out and returned by conflicts() so the caller can tell
 * the user. Of two entered values for one half-year the later in the list wins.
 *
 * rateFor() never carries a rate forward: a half-year with no value — after the last entry, in
 * a gap, or before the first entry — is an Error naming it.
 */
class ReferenceRateTable
{
    Q_DECLARE_TR_FUNCTIONS(ReferenceRateTable)

public:
    enum class Source { BuiltIn, Entered };

    struct Entry
    {
        QDate validFrom; //!< 1 January or 1 July
        Percentage rate;
        Source source = Source::BuiltIn;
        QString note; //!< where the value comes from, or who entered it
    };

    ReferenceRateTable() = default;

    static Result<ReferenceRateTable> builtIn();
    static Result<ReferenceRateTable> fromJson(const QByteArray &json);

    /*! This table extended by \a entered (half-years not in the table); built-in values win. */
    ReferenceRateTable withEntered(const QList<Entry> &entered) const;
    /*! Entered entries left out by withEntered(): a built-in value exists, or not a half-year
     * start. */
    const QList<Entry> &conflicts() const { return m_conflicts; }

    /*! The rate of the half-year containing \a day, or an Error naming the missing half-year. */
    Result<Percentage> rateFor(QDate day) const;
    const QList<Entry> &entries() const { return m_entries; }

    static QDate halfYearStart(QDate day);
    static bool isHalfYearStart(QDate day);
    /*! "2026-07-01" style label used in errors and dialogs. */
    static QString halfYearLabel(QDate start);

    static QString sourceName(Source source); //!< "built-in" / "entered" (cli.md)

private:
    static Result<ReferenceRateTable> parse(const QJsonObject &root);

    QList<Entry> m_entries; // sorted by validFrom, one per half-year
    QList<Entry> m_conflicts;
};

} // namespace Fordran
