#pragma once

#include "models/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace Fordran {

/*! A public holiday or another non-bank day of one year (domain.md §9.6). */
struct Holiday
{
    QDate date;
    QString name; //!< Swedish name, e.g. "långfredagen"
    bool isPublicHoliday = true; //!< false for midsommarafton, julafton and nyårsafton
    QString statute; //!< the rule that makes the day a holiday or a non-bank day
};

/*!
 * The rules that give the Swedish holidays and non-bank eves of a year, as dated data
 * (resources/legal/holidays.json): fixed dates, days counted from Easter Sunday (Gregorian
 * computus) and moving Saturdays, each with its statute and an optional validity range, so that
 * a change in the law (such as SFS 2004:1320: nationaldagen in, annandag pingst out) is a new
 * entry. Sundays are non-bank days by themselves and are not listed.
 */
class HolidayRules
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRules)

public:
    enum class Kind { Fixed, Easter, SaturdayFrom };

    struct Rule
    {
        QString name;
        Kind kind = Kind::Fixed;
        int month = 0; //!< Fixed and SaturdayFrom
        int day = 0; //!< Fixed and SaturdayFrom
        int offset = 0; //!< days from Easter Sunday or from the Saturday; a day moved out of its
                        //!< year is dropped
        bool isPublicHoliday = true;
        QDate validFrom; //!< invalid: no lower bound
        QDate validUntil; //!< exclusive; invalid: no upper bound
        QString statute;
    };

    static constexpr int FirstYear = 1583; //!< first year of the Gregorian computus
    static constexpr int LastYear = 9999;

    HolidayRules() = default;
    explicit HolidayRules(QList<Rule> rules);

    /*! The embedded table; an Error only if the resource is broken. Loaded once, thread-safe. */
    static const Result<HolidayRules> &builtIn();
    static Result<HolidayRules> fromJson(const QByteArray &json);

    /*! The days the rules give for \a year, in date order; empty outside FirstYear–LastYear. */
    QList<Holiday> holidaysOf(int year) const;
    const QList<Rule> &rules() const { return m_rules; }

    /*! Easter Sunday of \a year (anonymous Gregorian algorithm); invalid outside
     * FirstYear–LastYear. */
    static QDate easterSunday(int year);

private:
    QList<Rule> m_rules;
};

} // namespace Fordran
