#pragma once

// What every use of the process engine on a database needs, loaded once: the rules acting on
// the date (RulesService), the built-in fee table, the reference rates of the database, the
// interest conventions, the engine over them, and the snapshot builder with the clients'
// policies and the segment pins holding on the date. Internal to models/services.

#include "models/domain/result.h"
#include "models/rules/feeschedule.h"
#include "models/rules/interest.h"
#include "models/rules/processengine.h"
#include "models/services/processsnapshot.h"
#include "models/services/rulesservice.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>

namespace Fordran {

class Database;

class ProcessContext final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessContext)

public:
    /*!
     * Loads everything for \a date. \a storeRules stores the built-in rules when none are
     * stored yet (a real run does; previews do not).
     */
    static Result<std::unique_ptr<ProcessContext>> load(Database &database, QDate date,
                                                        bool storeRules, const QString &user);
    Q_DISABLE_COPY_MOVE(ProcessContext)

    const ActiveRules &rules() const { return m_rules; }
    const ProcessEngine &engine() const { return m_engine; }
    const ProcessSnapshotBuilder &builder() const { return *m_builder; }
    /*! Problems that did not stop the loading (a client policy that no longer parses). */
    const QStringList &warnings() const { return m_warnings; }

private:
    ProcessContext(ActiveRules rules, FeeSchedule fees, InterestCalculator interest);

    ActiveRules m_rules;
    FeeSchedule m_fees;
    InterestCalculator m_interest;
    ProcessEngine m_engine; // refers to the three above
    std::optional<ProcessSnapshotBuilder> m_builder;
    QStringList m_warnings;
};

/*! What the process engine makes of one case on a date, written nowhere. */
struct ProcessPreview
{
    QString caseNo;
    QString rulesVersion;
    ProcessDecision decision; //!< its score explains the segment; its actions are what a run
                              //!< on the date would do, if the case is due then
};

/*!
 * The engine's view of one case, for showing it (`case show`, the case view): the score with
 * its reasons and the next action, through the same snapshot as the daily run.
 */
class ProcessPreviewService final
{
    Q_DECLARE_TR_FUNCTIONS(ProcessPreviewService)

public:
    explicit ProcessPreviewService(Database &database);
    Q_DISABLE_COPY_MOVE(ProcessPreviewService)

    /*! The preview of \a caseId on \a date; nothing if there is no such case. */
    Result<std::optional<ProcessPreview>> preview(qint64 caseId, QDate date);

private:
    Database &m_database;
};

} // namespace Fordran
