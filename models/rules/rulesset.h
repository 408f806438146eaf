#pragma once

#include "models/domain/entities.h"
#include "models/domain/result.h"
#include "models/rules/processtemplate.h"
#include "models/rules/rulessections.h"
#include "models/rules/scoringconfig.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace Fordran {

/*!
 * A versioned set of collection rules: process templates per debtor type and segment, scoring
 * weights, letter channels, deadline minima, limitation periods, the contact window, fee
 * settings and pause reasons. The built-in default is resources/rules/default_rules.json; a set
 * is stored in the database with its version and valid-from date, and exported/imported as the
 * same JSON (toJson()/fromJson()). Law-bound amounts (fees, reference rates, holidays) are not
 * here: they come from the dated legal tables.
 *
 * A RulesSet is always valid: it can only be made by fromJson()/builtIn(), which check every
 * value and name the JSON path of the first problem ("templates.consumer.risk.steps[2].after_days:
 * must be ≥ 0"; Error::field holds the path, Error::detail every problem found).
 *
 * contentHash() identifies the exact content (hex SHA-256 of the canonical compact JSON: keys
 * sorted, no spaces; descriptions included), so a case can record which rules acted.
 */
class RulesSet final
{
    Q_DECLARE_TR_FUNCTIONS(RulesSet)

public:
    static constexpr int Format = 1;
    static constexpr qsizetype MaxFileBytes = 1024 * 1024;

    /*! Reads and validates a rules document (at most MaxFileBytes). */
    static Result<RulesSet> fromJson(const QByteArray &json);
    static Result<RulesSet> fromJsonObject(const QJsonObject &object);
    /*! The built-in default (":/rules/default_rules.json"). */
    static Result<RulesSet> builtIn();
    static QString builtInPath();

    /*! The document, indented, keys sorted: fromJson(toJson()) gives an equal set. */
    QByteArray toJson() const;
    const QJsonObject &toJsonObject() const { return m_document; }
    QString contentHash() const { return m_hash; }

    /*! The same rules as a new version: a changed set always gets a new version. */
    Result<RulesSet> withVersion(const QString &version, QDate validFrom) const;

    QString version() const { return m_version; }
    QDate validFrom() const { return m_validFrom; }
    QString description() const { return m_description; }

    const ProcessTemplate &templateFor(Segment segment, DebtorType debtorType) const;
    QList<ProcessTemplate> templates() const;

    const ScoringConfig &scoring() const { return m_scoring; }

    const QList<Channel> &channels() const { return m_channels; }
    std::optional<Channel> channel(QStringView name) const;
    /*! The channel letters go by unless a case says otherwise; always one of channels(). */
    QString defaultChannel() const { return m_defaultChannel; }

    const DemandDeadlineRules &demandDeadline() const { return m_demandDeadline; }
    const LimitationRules &limitation() const { return m_limitation; }
    const ContactWindow &contactWindow() const { return m_contactWindow; }
    /*! Whether late interest accrues on reminder/collection/plan fees (default false). */
    bool interestOnFees() const { return m_interestOnFees; }

    const QList<PauseReason> &pauseReasons() const { return m_pauseReasons; }
    std::optional<PauseReason> pauseReason(QStringView name) const;

    /*! Equal content (the canonical documents are the same). */
    bool operator==(const RulesSet &other) const { return m_document == other.m_document; }

private:
    RulesSet() = default;
    static qsizetype templateIndex(Segment segment, DebtorType debtorType);

    QJsonObject m_document;
    QString m_hash;
    QString m_version;
    QDate m_validFrom;
    QString m_description;
    std::array<ProcessTemplate, 6> m_templates;
    ScoringConfig m_scoring;
    QList<Channel> m_channels;
    QString m_defaultChannel;
    DemandDeadlineRules m_demandDeadline;
    LimitationRules m_limitation;
    ContactWindow m_contactWindow;
    bool m_interestOnFees = false;
    QList<PauseReason> m_pauseReasons;
};

} // namespace Fordran
