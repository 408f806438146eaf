#pragma once

#include "models/domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace Fordran {

/*! Points for every value from \c from up to the next band's \c from. */
struct ScoreBand
{
    qint64 from = 0;
    int points = 0;

    bool operator==(const ScoreBand &) const = default;
};

/*!
 * A step function from a value (days, öre, a count, a percentage) to points. The bands are in
 * increasing \c from order and the first starts at 0, so every value ≥ 0 falls in one band; a
 * negative value counts as 0. No bands: 0 points.
 */
struct ScoreBands
{
    QList<ScoreBand> bands;

    int pointsFor(qint64 value) const;
    bool operator==(const ScoreBands &) const = default;
};

/*!
 * The weights of the risk score ("scoring" in the rules file). Every point the ScoringModel
 * gives comes from here; nothing is hard-coded. The score is a RISK score: 0 = very likely to
 * pay, 100 = very unlikely; at or above \c riskThreshold the segment is risk.
 */
struct ScoringConfig
{
    Q_DECLARE_TR_FUNCTIONS(ScoringConfig)

public:
    int riskThreshold = 70;
    int basePoints = 0;
    ScoreBands daysPastDue;         //!< days past the earliest due date
    ScoreBands amountOre;           //!< the outstanding amount in öre
    int consumerPoints = 0;         //!< debtor type consumer
    int businessPoints = 0;         //!< debtor type business
    ScoreBands earlierCases;        //!< number of the debtor's earlier cases (any client)
    ScoreBands earlierCasesPaid;    //!< … of which paid in full
    ScoreBands earlierCasesUnpaid;  //!< … of which closed unpaid, time-barred or sent to BF
    ScoreBands brokenPromises;      //!< broken payment promises across all cases
    int phoneMissingPoints = 0;
    int emailMissingPoints = 0;
    int addressMissingPoints = 0;
    ScoreBands partialPaidPercent;  //!< paid ÷ (paid + outstanding), whole percent 0–100
    ScoreBands externalCreditScore; //!< the client file's credit score 0–100 (higher = better)
    int externalMissingPoints = 0;  //!< when the client file has no credit score

    /*! Reads and validates a "scoring" object; errors name the path ("scoring.factors.amount…"). */
    static Result<ScoringConfig> fromJson(const QJsonObject &scoring);

    bool operator==(const ScoringConfig &) const = default;
};

} // namespace Fordran
