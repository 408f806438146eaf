#pragma once

// Pausing a case or one claim (issue 4): a reason and an end date. The daily run skips whatever is
// paused; at the end date it resumes automatically unless the reason requires a person (the
// rules' pause reasons, RulesSet::pauseReasons(): "requires_person"), in which case the pause stays
// until someone resumes it and the run raises a task instead.

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/rules/rulessections.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace Fordran {

/*! What a pause covers. */
enum class PauseScope {
    Case,  //!< "case": every claim of the case
    Claim, //!< "claim": one claim (claimId)
};

/*!
 * The pause reasons of the rules (RulesSet::pauseReasons()). A reason that is not in the list
 * requires a person: the safe side.
 */
struct PauseRules
{
    QList<PauseReason> reasons;

    bool requiresPersonFor(QStringView reason) const;
    bool knows(QStringView reason) const;
};

/*! One pause of a case or of a claim. */
struct PauseState
{
    QString reason;     //!< a pause reason's machine name: "dispute", "debtor_says_paid", "deceased",
                        //!< "debt_relief", "client_request", or another one the rules define
    PauseScope scope = PauseScope::Case;
    qint64 claimId = 0; //!< for PauseScope::Claim
    QDate from;         //!< first paused day; invalid = paused since it was recorded
    QDate until;        //!< end date: the first day collection may resume
    QString note;       //!< free text from the case handler

    /*! Checks a pause before it is stored: a reason the rules know, an end date after the start,
        a claim id for a claim pause. */
    Status validate(const PauseRules &rules) const;

    /*! Whether it covers \a claimId (a case pause covers every claim). */
    bool covers(qint64 claimId) const { return scope == PauseScope::Case || this->claimId == claimId; }

    /*!
     * Whether the run must skip it on \a on: from \c from up to the day before \c until, and
     * after that for as long as a person has not resumed it when the reason requires one.
     * A pause without an end date stays in force.
     */
    bool isPaused(const QDate &on, const PauseRules &rules) const;

    /*! The end date has come and the reason does not need a person: the run resumes it. */
    bool shouldAutoResume(const QDate &on, const PauseRules &rules) const;

    /*! The end date has come but the reason needs a person: the run raises a task, and skips. */
    bool awaitsPerson(const QDate &on, const PauseRules &rules) const;
};

/*! Pause checks over all pauses of a case. Pure. */
class Pauses final
{
    Q_DECLARE_TR_FUNCTIONS(Pauses)

public:
    /*! The first pause in \a pauses that keeps \a claimId (0: the whole case) from collection on \a on. */
    static std::optional<PauseState> blocking(const QList<PauseState> &pauses, qint64 claimId,
                                              const QDate &on, const PauseRules &rules);

    /*! "Paused until 2026-05-01: the debtor says the claim is paid." (translated) */
    static QString describe(const PauseState &pause);

    /*! The reason for people: "The debtor says the claim is paid"; an unknown name as it is. */
    static QString displayName(QStringView reason);
};

QString machineName(PauseScope value);
template<> std::optional<PauseScope> fromMachineName<PauseScope>(QStringView name);

} // namespace Fordran
