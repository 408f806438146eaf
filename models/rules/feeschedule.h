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
    Reminder, //!< "reminder": betalningspåminnelse, lag (1981:739) 4 § 1
    Inkassokrav, //!< "inkassokrav": lag (1981:739) 4 § 2
    Plan, //!< "plan": amorteringsplan, lag (1981:739) 4 § 3
    B2bCompensation, //!< "b2b_compensation": förseningsersättning, lag (1981:739) 4 a §
    BfApplication, //!< "bf_application": Kronofogden's application fee
    BfAgent, //!< "bf_agent": ombudsarvode, lag (1990:746) 48 §
    Enforcement, //!< "enforcement": grundavgift for verkställighet
};

QString feeTypeName(FeeType type);
std::optional<FeeType> feeTypeFromName(QStringView name);
QList<FeeType> allFeeTypes();

/*! What the amount of a fee means. */
enum class FeeCharge {
    Cap, //!< "cap": the most that may be charged (lag (1981:739) 4 §, BfL 48 §)
    Fixed, //!< "fixed": the amount itself (förseningsersättning, Kronofogden's fees)
};

/*! One dated entry of the fee table. */
struct Fee
{
    FeeType type = FeeType::Reminder;
    Money amount; //!< the cap or the fixed charge, see charge
    QDate validFrom;
    QString statute; //!< the rule it comes from, for refusal texts and letters
    QString note;
    FeeCharge charge = FeeCharge::Cap;
};

/*!
 * The fee table as dated data (resources/legal/fees.json). A fee applies from its valid-from
 * date until the next entry of the same type; lookup() on a date before the first entry is an
 * Error naming the fee and the date. Every entry cites its statute and says whether its amount
 * is a cap or a fixed charge; two entries of one type with the same valid-from date are refused.
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
