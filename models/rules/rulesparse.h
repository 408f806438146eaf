#pragma once

// Internal: the readers of the parts of a rules document, shared by RulesSet, ClientPolicy and
// the parts' own fromJson(). Not part of the rules API.

#include "models/rules/processtemplate.h"
#include "models/rules/rulessections.h"
#include "models/rules/rulesjson.h"

#include <optional>

namespace Fordran {
struct ScoringConfig;
}

namespace Fordran::Internal {

/*! Reads a template object at \a path (types and ranges only). */
std::optional<ProcessTemplate> readTemplate(JsonReader &reader, const QJsonObject &object,
                                            const QString &path, DebtorType debtorType,
                                            Segment segment);
/*! The structural checks of ProcessTemplate::validate(), reported under \a path. */
void checkTemplate(JsonReader &reader, const ProcessTemplate &tmpl, const QString &path);

/*! Reads the "scoring" object at \a path. */
std::optional<ScoringConfig> readScoring(JsonReader &reader, const QJsonObject &object,
                                         const QString &path);

/*! Reads a BF mode name ("auto", …) at path.key. */
std::optional<BfMode> readBfMode(JsonReader &reader, const QJsonObject &object,
                                 const QString &path, QStringView key);

/*! The sections of a rules document beside templates and scoring, each at its own path. */
QList<Channel> readChannels(JsonReader &reader, const QJsonObject &object, const QString &path);
DemandDeadlineRules readDemandDeadline(JsonReader &reader, const QJsonObject &object,
                                       const QString &path);
LimitationRules readLimitation(JsonReader &reader, const QJsonObject &object, const QString &path);
ContactWindow readContactWindow(JsonReader &reader, const QJsonObject &object, const QString &path);
QList<PauseReason> readPauseReasons(JsonReader &reader, const QJsonObject &object,
                                    const QString &path);

/*! The fee types of the fee schedule ("reminder", "inkassokrav", …). */
QStringList feeTypeNames();

} // namespace Fordran::Internal
