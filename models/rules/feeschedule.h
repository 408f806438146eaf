#pragma once

#include "models/domain/money.h"
#include "models/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace Fordran {

/*! The statutory fees and Kronofogden charges; machine names as in cli.md `case show`. */
enum class FeeType {
    Reminder,        //!< "reminder": betalningspåminnelse, lag (1981:739) 4 § 1
    Inkassokrav,     //!< "inkassokrav": lag (1981:739) 4 § 2
    Plan,            //!< "plan": amorteringsplan, lag (1981:739) 4 § 3
    B2bCompensation, //!< "b2b_compensation": förseningsersättning, lag (1981:739) 4 a §
    BfApplication,   //!< "bf_application": Kronofogden's application fee
    BfAgent,         //!< "bf_agent": ombudsarvode, lag (1990:746) 48 §
    Enforcement,     //!< "enforcement": grundavgift for verkställighet
};

QString feeTypeName(FeeType type);
std::optional<FeeType> feeTypeFromName(QStringView name);
QList<FeeType> allFeeTypes();

/*! One dated entry of the fee table. */
struct Fee
{
    FeeType type = FeeType::Reminder;
    Money amount;     //!< the cap (collection fees) or the fixed charge
    QDate validFrom;
    QString statute;  //!< the rule it comes from, for refusal texts and letters
    QString note;
};

/*!
 * The fee table as dated data (resources/legal/fees.json). A fee applies from its valid-from
 * date until the next entry of the same type; lookup() on a date before the first entry is an
 * Error naming the fee and the date.
 */
class FeeSchedule
{
    Q_DECLARE_TR_FUNCTIONS(FeeSchedule)

public:
    FeeSchedule() = default;
    explicit FeeSchedule(QList<Fee> fees);

    /*! The built-in table; an Error only if the embedded resource is broken. */
    static Result<FeeSchedule> builtIn();
    static Result<FeeSchedule> fromJson(const QByteArray &json);

    Result<Fee> lookup(FeeType type, QDate on) const;
    const QList<Fee> &fees() const { return m_fees; }

private:
    QList<Fee> m_fees; // sorted by type, then valid-from
};

} // namespace Fordran
