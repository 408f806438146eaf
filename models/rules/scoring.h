#pragma once

#include "models/domain/entities.h"
#include "models/domain/money.h"
#include "models/rules/scoringconfig.h"
#include "models/rules/segmentpin.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Fordran {

/*! What the score is computed from: the facts of one case and its debtor's history. */
struct ScoringFacts
{
    int daysPastDue = 0;       //!< since the earliest due date; ≤ 0: not yet due
    Money amount;              //!< outstanding now
    DebtorType debtorType = DebtorType::Consumer;
    int earlierCases = 0;      //!< the debtor's earlier cases, with any client
    int earlierCasesPaid = 0;  //!< … ended paid in full
    int earlierCasesUnpaid = 0; //!< … closed unpaid, time-barred or sent to BF
    int brokenPromises = 0;    //!< payment promises not kept, across all cases
    bool hasPhone = false;
    bool hasEmail = false;
    bool hasAddress = false;
    Money partiallyPaid;       //!< paid so far on this case
    std::optional<int> externalCreditScore; //!< 0–100 from the client file, higher = better credit
};

/*! One line of the explanation: a factor, its points and a one-line reason for people. */
struct ScoreReason
{
    int points = 0;
    QString factor; //!< machine id, see ScoringModel::factorIds()
    QString text;   //!< translated, e.g. "142 days past due"

    bool operator==(const ScoreReason &) const = default;
};

/*!
 * A score with its explanation. \c rawValue is the sum of the reasons' points (every factor
 * is listed, also with 0 points); \c value is rawValue clamped to 0–100.
 */
struct ScoreResult
{
    int value = 0;
    int rawValue = 0;
    Segment segment = Segment::Normal;
    QList<ScoreReason> reasons;
    bool pinned = false;    //!< the segment comes from an active SegmentPin
    QString pinReason;      //!< the pin's reason when pinned
    QString segmentReason;  //!< translated one line: why this segment

    /*! The points of \a factor, or 0 if it is not listed. */
    int pointsOf(QStringView factor) const;
};

/*!
 * The explainable risk score (0 = very likely to pay, 100 = very unlikely) and the segment.
 * Every point comes from the ScoringConfig (the rules file); facts out of range are clamped
 * (negative counts and amounts count as 0, a credit score outside 0–100 is clamped).
 */
class ScoringModel final
{
    Q_DECLARE_TR_FUNCTIONS(ScoringModel)

public:
    explicit ScoringModel(ScoringConfig config);

    const ScoringConfig &config() const { return m_config; }

    /*! The factor ids in the order the reasons list them. */
    static QStringList factorIds();

    /*! Scores \a facts; the segment is risk at or above the threshold, else normal. */
    ScoreResult score(const ScoringFacts &facts) const;

    /*!
     * The segment for a scored case: an active pin (until ≥ \a today) wins; else the client's
     * VIP list gives vip; else risk when the score is at or above the threshold; else normal.
     */
    Segment segmentFor(const ScoreResult &result, bool onVipList,
                       const std::optional<SegmentPin> &pin, QDate today) const;

    /*! score() and segmentFor() together, with pinned, pinReason and segmentReason filled in. */
    ScoreResult assess(const ScoringFacts &facts, bool onVipList,
                       const std::optional<SegmentPin> &pin, QDate today) const;

private:
    ScoringConfig m_config;
};

} // namespace Fordran
