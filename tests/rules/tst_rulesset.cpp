#include "models/rules/rulesset.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Fordran;

namespace {

const QJsonValue kRemove(QJsonValue::Undefined);

/*! \a node with the value at \a path (object keys, array indexes) replaced; Undefined removes it. */
QJsonValue replaced(const QJsonValue &node, const QStringList &path, qsizetype depth,
                    const QJsonValue &value)
{
    if (depth == path.size())
        return value;
    const QString &key = path.at(depth);
    if (node.isArray()) {
        QJsonArray array = node.toArray();
        const qsizetype i = key.toInt();
        const QJsonValue child = i < array.size() ? array.at(i) : QJsonValue();
        const QJsonValue changed = replaced(child, path, depth + 1, value);
        if (changed.isUndefined())
            array.removeAt(i);
        else if (i < array.size())
            array.replace(i, changed);
        else
            array.append(changed);
        return array;
    }
    QJsonObject object = node.toObject();
    const QJsonValue changed = replaced(object.value(key), path, depth + 1, value);
    if (changed.isUndefined())
        object.remove(key);
    else
        object.insert(key, changed);
    return object;
}

QJsonObject builtInDocument()
{
    QFile file(RulesSet::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

/*! Every path (keys and indexes) in \a node, depth first. */
void collectPaths(const QJsonValue &node, QStringList &prefix, QList<QStringList> &out)
{
    if (node.isObject()) {
        const QJsonObject o = node.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            prefix.append(it.key());
            out.append(prefix);
            collectPaths(it.value(), prefix, out);
            prefix.removeLast();
        }
    } else if (node.isArray()) {
        const QJsonArray a = node.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            prefix.append(QString::number(i));
            out.append(prefix);
            collectPaths(a.at(i), prefix, out);
            prefix.removeLast();
        }
    }
}

QJsonObject step(const QString &id, const QString &action, int afterDays, const QString &from)
{
    return {{u"id"_qs, id}, {u"action"_qs, action}, {u"after_days"_qs, afterDays}, {u"from"_qs, from}};
}

QStringList path(const char16_t *a, const char16_t *b = nullptr, const char16_t *c = nullptr,
                 const char16_t *d = nullptr, const char16_t *e = nullptr, const char16_t *f = nullptr)
{
    QStringList p;
    for (const char16_t *part : {a, b, c, d, e, f}) {
        if (part)
            p.append(QString::fromUtf16(part));
    }
    return p;
}

} // namespace

class TestRulesSet final : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoads()
    {
        const auto rules = RulesSet::builtIn();
        QVERIFY2(rules.ok(), qPrintable(rules.ok() ? QString() : rules.error().detail));
        const QJsonObject raw = builtInDocument();
        QCOMPARE(rules->version(), raw.value(u"version").toString());
        QCOMPARE(rules->validFrom(), QDate::fromString(raw.value(u"valid_from").toString(), Qt::ISODate));
        QVERIFY(!rules->description().isEmpty());
        QCOMPARE(rules->contentHash().size(), 64);
        QCOMPARE(rules->templates().size(), 6);
    }

    void builtInTemplates_data()
    {
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<Segment>("segment");
        for (DebtorType type : {DebtorType::Consumer, DebtorType::Business}) {
            for (Segment segment : {Segment::Normal, Segment::Risk, Segment::Vip}) {
                const QString tag = ProcessTemplate::keyFor(type, segment);
                QTest::newRow(qPrintable(tag)) << type << segment;
            }
        }
    }

    void builtInTemplates()
    {
        QFETCH(DebtorType, type);
        QFETCH(Segment, segment);
        const RulesSet rules = RulesSet::builtIn().value();
        const ProcessTemplate &t = rules.templateFor(segment, type);
        QCOMPARE(t.debtorType, type);
        QCOMPARE(t.segment, segment);
        QVERIFY(!t.description.isEmpty());
        QVERIFY(t.validate().ok());
        QVERIFY(t.indexOf(ActionType::InkassokravLetter) > 0);
        QVERIFY(t.indexOf(ActionType::ReminderLetter) >= 0);
        QCOMPARE(t.steps.last().action, ActionType::BfDecisionTask);
        // The issue text: VIP never BF without approval; a call before any inkassokrav.
        if (segment == Segment::Vip) {
            QVERIFY(t.bfMode != BfMode::Automatic);
            const qsizetype call = t.indexOf(ActionType::CallTask);
            QVERIFY(call >= 0 && call < t.indexOf(ActionType::InkassokravLetter));
            const ProcessTemplate &normal = rules.templateFor(Segment::Normal, type);
            QVERIFY(t.step(u"reminder")->count > normal.step(u"reminder")->count);
        }
        // Risk: shorter gaps, inkassokrav right after the reminder's deadline, earlier calls.
        if (segment == Segment::Risk) {
            const ProcessTemplate &normal = rules.templateFor(Segment::Normal, type);
            const auto dayOf = [](const ProcessTemplate &p, ActionType a) {
                return p.nominalDay(p.indexOf(a));
            };
            QVERIFY(dayOf(t, ActionType::InkassokravLetter) < dayOf(normal, ActionType::InkassokravLetter));
            QVERIFY(dayOf(t, ActionType::CallTask) < dayOf(normal, ActionType::CallTask));
            QCOMPARE(t.step(u"inkassokrav")->anchor, Anchor::Deadline);
            QVERIFY(t.step(u"inkassokrav")->afterDays <= 1);
        }
        // Business: 450 kr once late interest starts, never the 60/180 kr fees.
        for (const ProcessStep &s : t.steps) {
            if (type == DebtorType::Business)
                QVERIFY2(s.fee.isEmpty(), qPrintable(s.id));
        }
        QCOMPARE(t.lateInterestFee, type == DebtorType::Business ? u"b2b_compensation"_qs : QString());
        if (type == DebtorType::Consumer) {
            QCOMPARE(t.step(u"reminder")->fee, u"reminder"_qs);
            QCOMPARE(t.step(u"inkassokrav")->fee, u"inkassokrav"_qs);
        }
        // The intensive burst: several actions within a few days, starting ~12 days after the demand.
        const qsizetype demand = t.indexOf(ActionType::InkassokravLetter);
        QList<int> burst;
        for (qsizetype i = demand; i < t.steps.size(); ++i) {
            const ActionType a = t.steps.at(i).action;
            if (a == ActionType::IntensiveSms || a == ActionType::IntensiveCall || a == ActionType::IntensiveLetter)
                burst.append(t.nominalDay(i));
        }
        QVERIFY(burst.size() >= 2);
        QVERIFY(burst.last() - burst.first() <= 10);
        const int start = burst.first() - t.nominalDay(demand);
        QVERIFY2(start >= 9 && start <= 20, qPrintable(QString::number(start)));
    }

    void sectionsMatchTheFile()
    {
        const RulesSet rules = RulesSet::builtIn().value();
        const QJsonObject raw = builtInDocument();
        const QJsonObject channels = raw.value(u"channels").toObject();
        qsizetype named = 0;
        for (auto it = channels.begin(); it != channels.end(); ++it) {
            if (!it.value().isObject())
                continue;
            ++named;
            const auto c = rules.channel(it.key());
            QVERIFY2(c.has_value(), qPrintable(it.key()));
            QCOMPARE(c->transitDays, it.value().toObject().value(u"transit_days").toInt());
        }
        QCOMPARE(rules.channels().size(), named);
        QVERIFY(rules.channel(rules.defaultChannel()).has_value());
        QVERIFY(!rules.channel(u"pigeon").has_value());

        const QJsonObject dd = raw.value(u"demand_deadline").toObject();
        QCOMPARE(rules.demandDeadline().minCalendarDays, dd.value(u"min_calendar_days").toInt());
        QCOMPARE(rules.demandDeadline().minBankDaysAfterReceipt, dd.value(u"min_bank_days_after_receipt").toInt());
        QVERIFY(!rules.demandDeadline().statute.isEmpty());

        const QJsonObject lim = raw.value(u"limitation").toObject();
        QCOMPARE(rules.limitation().yearsFor(DebtorType::Consumer), lim.value(u"consumer_years").toInt());
        QCOMPARE(rules.limitation().yearsFor(DebtorType::Business), lim.value(u"other_years").toInt());
        QCOMPARE(rules.limitation().alertDays, lim.value(u"alert_days").toInt());

        const QJsonObject cw = raw.value(u"contact_window").toObject();
        const ContactWindow &w = rules.contactWindow();
        QCOMPARE(w.weekdays->toString(), cw.value(u"weekdays").toString());
        QCOMPARE(w.saturday.has_value(), !cw.value(u"saturday").isNull());
        QCOMPARE(w.windowOn(Qt::Wednesday, false), w.weekdays);
        QCOMPARE(w.windowOn(Qt::Wednesday, true), w.holidays);
        QCOMPARE(w.windowOn(Qt::Sunday, false), w.sunday);
        QCOMPARE(w.maxCallsPerDay, cw.value(u"max_calls_per_day").toInt());
        QCOMPARE(w.maxCallsPerWeek, cw.value(u"max_calls_per_week").toInt());
        QVERIFY(w.weekdays->contains(w.weekdays->from));
        QVERIFY(!w.weekdays->contains(w.weekdays->to));

        QCOMPARE(rules.interestOnFees(), raw.value(u"fees").toObject().value(u"interest_on_fees").toBool());

        const QJsonObject pauses = raw.value(u"pause_reasons").toObject();
        for (auto it = pauses.begin(); it != pauses.end(); ++it) {
            if (!it.value().isObject())
                continue;
            const auto reason = rules.pauseReason(it.key());
            QVERIFY2(reason.has_value(), qPrintable(it.key()));
            QCOMPARE(reason->requiresPerson, it.value().toObject().value(u"requires_person").toBool());
        }
        QVERIFY(!rules.pauseReason(u"holiday_mood").has_value());
    }

    void roundTrip()
    {
        const RulesSet rules = RulesSet::builtIn().value();
        const auto again = RulesSet::fromJson(rules.toJson());
        QVERIFY(again.ok());
        QVERIFY(*again == rules);
        QCOMPARE(again->contentHash(), rules.contentHash());
        QCOMPARE(again->templates(), rules.templates());
        QCOMPARE(again->scoring(), rules.scoring());
        QCOMPARE(again->channels(), rules.channels());
        QCOMPARE(again->contactWindow(), rules.contactWindow());
        QCOMPARE(again->pauseReasons(), rules.pauseReasons());
        QCOMPARE(again->toJson(), rules.toJson());
        // Whitespace and key order in the file do not change the content hash.
        const QByteArray compact = QJsonDocument(rules.toJsonObject()).toJson(QJsonDocument::Compact);
        QCOMPARE(RulesSet::fromJson(compact)->contentHash(), rules.contentHash());
    }

    void newVersionChangesHash()
    {
        const RulesSet rules = RulesSet::builtIn().value();
        const auto next = rules.withVersion(u"2026.2"_qs, QDate(2026, 7, 1));
        QVERIFY(next.ok());
        QCOMPARE(next->version(), u"2026.2"_qs);
        QCOMPARE(next->validFrom(), QDate(2026, 7, 1));
        QVERIFY(next->contentHash() != rules.contentHash());
        QVERIFY(!(*next == rules));
        QCOMPARE(next->templates(), rules.templates());
        QVERIFY(!rules.withVersion(u"bad version"_qs, QDate(2026, 7, 1)).ok());
        QCOMPARE(rules.withVersion(u"2026.3"_qs, QDate()).error().field, u"valid_from"_qs);

        // A changed description is a changed document, so a different hash.
        QJsonObject doc = rules.toJsonObject();
        doc.insert(u"description"_qs, u"Edited"_qs);
        QVERIFY(RulesSet::fromJsonObject(doc)->contentHash() != rules.contentHash());
    }

    void brokenDocuments_data()
    {
        QTest::addColumn<QStringList>("where");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("problem");

        const auto cn = u"consumer.normal";
        const QString cnSteps = u"templates.consumer.normal.steps"_qs;
        QTest::newRow("negative-after-days") << path(u"templates", u"consumer.risk", u"steps", u"2", u"after_days")
                                             << QJsonValue(-1) << u"templates.consumer.risk.steps[2].after_days"_qs << u"≥ 0"_qs;
        QTest::newRow("fractional-after-days") << path(u"templates", cn, u"steps", u"0", u"after_days")
                                               << QJsonValue(1.5) << cnSteps + u"[0].after_days" << u"whole number"_qs;
        QTest::newRow("huge-after-days") << path(u"templates", cn, u"steps", u"0", u"after_days")
                                         << QJsonValue(1e300) << cnSteps + u"[0].after_days" << u"whole number"_qs;
        QTest::newRow("text-after-days") << path(u"templates", cn, u"steps", u"0", u"after_days")
                                         << QJsonValue(u"7"_qs) << cnSteps + u"[0].after_days" << u"whole number"_qs;
        QTest::newRow("missing-version") << path(u"version") << kRemove << u"version"_qs << u"required"_qs;
        QTest::newRow("version-with-space") << path(u"version") << QJsonValue(u"2026 1"_qs) << u"version"_qs << QString();
        QTest::newRow("impossible-date") << path(u"valid_from") << QJsonValue(u"2025-13-01"_qs) << u"valid_from"_qs << u"YYYY-MM-DD"_qs;
        QTest::newRow("format-2") << path(u"format") << QJsonValue(2) << u"format"_qs << u"not supported"_qs;
        QTest::newRow("unknown-top-key") << path(u"colour") << QJsonValue(u"red"_qs) << u"colour"_qs << u"unknown"_qs;
        QTest::newRow("typo-in-step") << path(u"templates", cn, u"steps", u"0", u"aftr_days") << QJsonValue(3)
                                      << cnSteps + u"[0].aftr_days" << u"unknown"_qs;
        QTest::newRow("unknown-action") << path(u"templates", cn, u"steps", u"1", u"action") << QJsonValue(u"fax"_qs)
                                        << cnSteps + u"[1].action" << u"'fax'"_qs;
        QTest::newRow("engine-action") << path(u"templates", cn, u"steps", u"3", u"action") << QJsonValue(u"fee_posted"_qs)
                                       << cnSteps + u"[3].action" << QString();
        QTest::newRow("unknown-anchor") << path(u"templates", cn, u"steps", u"2", u"from") << QJsonValue(u"yesterday"_qs)
                                        << cnSteps + u"[2].from" << QString();
        QTest::newRow("first-step-previous") << path(u"templates", cn, u"steps", u"0", u"from") << QJsonValue(u"previous"_qs)
                                             << cnSteps + u"[0].from" << u"previous"_qs;
        QTest::newRow("deadline-without-letter") << path(u"templates", cn, u"steps", u"0", u"from") << QJsonValue(u"deadline"_qs)
                                                 << cnSteps + u"[0].from" << u"deadline"_qs;
        QTest::newRow("duplicate-id") << path(u"templates", cn, u"steps", u"1", u"id") << QJsonValue(u"reminder"_qs)
                                      << cnSteps + u"[1].id" << u"earlier step"_qs;
        QTest::newRow("id-not-machine-name") << path(u"templates", cn, u"steps", u"1", u"id") << QJsonValue(u"Inkasso krav"_qs)
                                             << cnSteps + u"[1].id" << QString();
        QJsonObject secondDemand = step(u"second_demand"_qs, u"inkassokrav_letter"_qs, 1, u"previous"_qs);
        secondDemand.insert(u"deadline_days"_qs, 10);
        QTest::newRow("second-inkassokrav") << path(u"templates", cn, u"steps", u"2") << QJsonValue(secondDemand)
                                            << cnSteps + u"[2].action" << u"one inkassokrav"_qs;
        QJsonObject lateReminder = step(u"late_reminder"_qs, u"reminder_letter"_qs, 1, u"previous"_qs);
        lateReminder.insert(u"deadline_days"_qs, 10);
        lateReminder.insert(u"interval_days"_qs, 10);
        QTest::newRow("reminder-after-demand") << path(u"templates", cn, u"steps", u"2") << QJsonValue(lateReminder)
                                               << cnSteps + u"[2].action" << u"before the inkassokrav"_qs;
        QTest::newRow("intensive-before-demand") << path(u"templates", cn, u"steps", u"0")
                                                 << QJsonValue(step(u"early"_qs, u"intensive_sms"_qs, 1, u"due"_qs))
                                                 << cnSteps + u"[0].action" << u"after the inkassokrav"_qs;
        QTest::newRow("bf-not-last") << path(u"templates", cn, u"steps", u"8")
                                     << QJsonValue(step(u"bf_early"_qs, u"bf_decision_task"_qs, 1, u"previous"_qs))
                                     << cnSteps + u"[8].action" << u"last step"_qs;
        QTest::newRow("no-inkassokrav") << path(u"templates", cn, u"steps")
                                        << QJsonValue(QJsonArray{step(u"call"_qs, u"call_task"_qs, 3, u"due"_qs)})
                                        << cnSteps << u"inkassokrav_letter"_qs;
        QTest::newRow("empty-steps") << path(u"templates", cn, u"steps") << QJsonValue(QJsonArray())
                                     << cnSteps << u"at least one"_qs;
        QTest::newRow("step-not-object") << path(u"templates", cn, u"steps", u"0") << QJsonValue(5)
                                         << cnSteps + u"[0]" << u"object"_qs;
        QTest::newRow("count-on-call") << path(u"templates", cn, u"steps", u"3", u"count") << QJsonValue(2)
                                       << cnSteps + u"[3].count" << u"reminder"_qs;
        QTest::newRow("count-zero") << path(u"templates", cn, u"steps", u"0", u"count") << QJsonValue(0)
                                    << cnSteps + u"[0].count" << u"≥ 1"_qs;
        QTest::newRow("reminder-without-interval") << path(u"templates", cn, u"steps", u"0", u"interval_days") << kRemove
                                                   << cnSteps + u"[0].interval_days" << QString();
        QTest::newRow("inkassokrav-without-deadline") << path(u"templates", cn, u"steps", u"1", u"deadline_days") << kRemove
                                                      << cnSteps + u"[1].deadline_days" << u"deadline"_qs;
        QTest::newRow("inkassokrav-deadline-below-minimum") << path(u"templates", cn, u"steps", u"1", u"deadline_days")
                                                            << QJsonValue(5) << cnSteps + u"[1].deadline_days"
                                                            << u"demand_deadline.min_calendar_days"_qs;
        QTest::newRow("deadline-on-call") << path(u"templates", cn, u"steps", u"3", u"deadline_days") << QJsonValue(3)
                                          << cnSteps + u"[3].deadline_days" << u"only letters"_qs;
        QTest::newRow("fee-on-sms") << path(u"templates", cn, u"steps", u"2", u"fee") << QJsonValue(u"reminder"_qs)
                                    << cnSteps + u"[2].fee" << u"sms_notice"_qs;
        QTest::newRow("unknown-fee") << path(u"templates", cn, u"steps", u"0", u"fee") << QJsonValue(u"parking"_qs)
                                     << cnSteps + u"[0].fee" << u"'parking'"_qs;
        QTest::newRow("business-with-60-kr") << path(u"templates", u"business.normal", u"steps", u"0", u"fee")
                                             << QJsonValue(u"reminder"_qs)
                                             << u"templates.business.normal.steps[0].fee"_qs << u"förseningsersättning"_qs;
        QTest::newRow("b2b-for-consumer") << path(u"templates", cn, u"late_interest_fee") << QJsonValue(u"b2b_compensation"_qs)
                                          << u"templates.consumer.normal.late_interest_fee"_qs << u"business debtors only"_qs;
        QTest::newRow("late-interest-fee-plan") << path(u"templates", u"business.risk", u"late_interest_fee")
                                                << QJsonValue(u"plan"_qs)
                                                << u"templates.business.risk.late_interest_fee"_qs << u"b2b_compensation"_qs;
        QTest::newRow("vip-auto-bf") << path(u"templates", u"consumer.vip", u"bf", u"mode") << QJsonValue(u"auto"_qs)
                                     << u"templates.consumer.vip.bf.mode"_qs << u"approval"_qs;
        QTest::newRow("business-vip-auto-bf") << path(u"templates", u"business.vip", u"bf", u"mode") << QJsonValue(u"auto"_qs)
                                              << u"templates.business.vip.bf.mode"_qs << u"approval"_qs;
        QTest::newRow("bad-bf-mode") << path(u"templates", cn, u"bf", u"mode") << QJsonValue(u"sometimes"_qs)
                                     << u"templates.consumer.normal.bf.mode"_qs << u"client_approval"_qs;
        QTest::newRow("negative-bf-minimum") << path(u"templates", cn, u"bf", u"min_amount_ore") << QJsonValue(-1)
                                             << u"templates.consumer.normal.bf.min_amount_ore"_qs << u"≥ 0"_qs;
        QTest::newRow("missing-bf") << path(u"templates", cn, u"bf") << kRemove
                                    << u"templates.consumer.normal.bf"_qs << u"required"_qs;
        QTest::newRow("missing-template") << path(u"templates", u"business.risk") << kRemove
                                          << u"templates.business.risk"_qs << u"required"_qs;
        QTest::newRow("unknown-template") << path(u"templates", u"consumer.gold") << QJsonValue(QJsonObject())
                                          << u"templates.consumer.gold"_qs << u"unknown"_qs;
        QTest::newRow("template-not-object") << path(u"templates", u"consumer.vip") << QJsonValue(u"vip"_qs)
                                             << u"templates.consumer.vip"_qs << u"object"_qs;
        QTest::newRow("description-not-text") << path(u"templates", cn, u"description") << QJsonValue(5)
                                              << u"templates.consumer.normal.description"_qs << u"text"_qs;
        QTest::newRow("threshold-zero") << path(u"scoring", u"risk_threshold") << QJsonValue(0)
                                        << u"scoring.risk_threshold"_qs << u"≥ 1"_qs;
        QTest::newRow("threshold-101") << path(u"scoring", u"risk_threshold") << QJsonValue(101)
                                       << u"scoring.risk_threshold"_qs << u"≤ 100"_qs;
        QTest::newRow("band-not-from-zero") << path(u"scoring", u"factors", u"days_past_due", u"bands", u"0", u"from")
                                            << QJsonValue(1) << u"scoring.factors.days_past_due.bands[0].from"_qs << u"0"_qs;
        QTest::newRow("bands-not-increasing") << path(u"scoring", u"factors", u"days_past_due", u"bands", u"2", u"from")
                                              << QJsonValue(15) << u"scoring.factors.days_past_due.bands[2].from"_qs
                                              << u"previous band"_qs;
        QTest::newRow("points-too-big") << path(u"scoring", u"factors", u"amount", u"bands", u"1", u"points")
                                        << QJsonValue(500) << u"scoring.factors.amount.bands[1].points"_qs << u"≤ 100"_qs;
        QTest::newRow("amount-band-wrong-key") << path(u"scoring", u"factors", u"amount", u"bands", u"1", u"from")
                                               << QJsonValue(5) << u"scoring.factors.amount.bands[1].from"_qs << u"unknown"_qs;
        QTest::newRow("no-bands") << path(u"scoring", u"factors", u"earlier_cases", u"bands") << QJsonValue(QJsonArray())
                                  << u"scoring.factors.earlier_cases.bands"_qs << QString();
        QTest::newRow("missing-factor") << path(u"scoring", u"factors", u"broken_promises") << kRemove
                                        << u"scoring.factors.broken_promises"_qs << u"required"_qs;
        QTest::newRow("contact-missing-key") << path(u"scoring", u"factors", u"contact", u"phone_missing") << kRemove
                                             << u"scoring.factors.contact.phone_missing"_qs << u"required"_qs;
        QTest::newRow("credit-band-above-100") << path(u"scoring", u"factors", u"external_credit_score", u"bands", u"4", u"from")
                                               << QJsonValue(120) << u"scoring.factors.external_credit_score.bands[4].from"_qs
                                               << u"≤ 100"_qs;
        QTest::newRow("channel-negative-transit") << path(u"channels", u"b_post", u"transit_days") << QJsonValue(-1)
                                                  << u"channels.b_post.transit_days"_qs << u"≥ 0"_qs;
        QTest::newRow("channel-bad-name") << path(u"channels", u"B Post") << QJsonValue(QJsonObject{{u"transit_days"_qs, 3}})
                                          << u"channels.B Post"_qs << QString();
        QTest::newRow("unknown-default-channel") << path(u"default_channel") << QJsonValue(u"pigeon"_qs)
                                                 << u"default_channel"_qs << u"'pigeon'"_qs;
        QTest::newRow("demand-days-zero") << path(u"demand_deadline", u"min_calendar_days") << QJsonValue(0)
                                          << u"demand_deadline.min_calendar_days"_qs << u"≥ 1"_qs;
        QTest::newRow("limitation-years-zero") << path(u"limitation", u"consumer_years") << QJsonValue(0)
                                               << u"limitation.consumer_years"_qs << u"≥ 1"_qs;
        QTest::newRow("window-backwards") << path(u"contact_window", u"weekdays") << QJsonValue(u"20:00-08:00"_qs)
                                          << u"contact_window.weekdays"_qs << u"08:00-20:00"_qs;
        QTest::newRow("window-number") << path(u"contact_window", u"saturday") << QJsonValue(5)
                                       << u"contact_window.saturday"_qs << u"text"_qs;
        QTest::newRow("window-missing") << path(u"contact_window", u"sunday") << kRemove
                                        << u"contact_window.sunday"_qs << u"required"_qs;
        QTest::newRow("calls-week-below-day") << path(u"contact_window", u"max_calls_per_week") << QJsonValue(0)
                                              << u"contact_window.max_calls_per_week"_qs << u"max_calls_per_day"_qs;
        QTest::newRow("fees-not-bool") << path(u"fees", u"interest_on_fees") << QJsonValue(u"no"_qs)
                                       << u"fees.interest_on_fees"_qs << u"true or false"_qs;
        QTest::newRow("pause-not-bool") << path(u"pause_reasons", u"dispute", u"requires_person") << QJsonValue(1)
                                        << u"pause_reasons.dispute.requires_person"_qs << u"true or false"_qs;
        QTest::newRow("no-pause-reasons") << path(u"pause_reasons") << QJsonValue(QJsonObject())
                                          << u"pause_reasons"_qs << QString();
    }

    void brokenDocuments()
    {
        QFETCH(QStringList, where);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QFETCH(QString, problem);
        const QJsonObject doc = replaced(builtInDocument(), where, 0, value).toObject();
        const auto rules = RulesSet::fromJson(QJsonDocument(doc).toJson());
        QVERIFY(!rules.ok());
        QCOMPARE(rules.error().field, field);
        QVERIFY2(rules.error().message.startsWith(field + u": "), qPrintable(rules.error().message));
        QVERIFY2(rules.error().message.contains(problem), qPrintable(rules.error().message));
        QVERIFY(rules.error().detail.contains(rules.error().message));
    }

    void notJson_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"format\": 1,");
        QTest::newRow("array") << QByteArray("[1, 2]");
        QTest::newRow("null") << QByteArray("null");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe\x01", 4);
        QTest::newRow("too-large") << QByteArray(RulesSet::MaxFileBytes + 1, ' ');
        QTest::newRow("empty-object") << QByteArray("{}");
        QTest::newRow("deep-nesting") << QByteArray("{\"a\":") + QByteArray(200000, '[');
    }

    void notJson()
    {
        QFETCH(QByteArray, data);
        const auto rules = RulesSet::fromJson(data);
        QVERIFY(!rules.ok());
        QVERIFY(!rules.error().message.isEmpty());
    }

    void fuzzBytes()
    {
        const QByteArray original = RulesSet::builtIn()->toJson();
        QRandomGenerator rng(20260401);
        int accepted = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray data = original;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(int(data.size()));
                switch (rng.bounded(4)) {
                case 0: data[at] = char(rng.bounded(256)); break;
                case 1: data.remove(at, 1 + rng.bounded(20)); break;
                case 2: data.insert(at, QByteArray::number(rng.bounded(1000000)) + "e99"); break;
                default: data.truncate(at); break;
                }
            }
            const auto rules = RulesSet::fromJson(data);
            if (rules.ok()) {
                ++accepted;
                QCOMPARE(RulesSet::fromJson(rules->toJson())->contentHash(), rules->contentHash());
            } else {
                QVERIFY(!rules.error().message.isEmpty());
            }
        }
        qInfo("byte fuzz: %d of 400 mutations accepted", accepted);
    }

    void fuzzStructure()
    {
        const QJsonObject original = builtInDocument();
        QStringList prefix;
        QList<QStringList> paths;
        collectPaths(original, prefix, paths);
        QVERIFY(paths.size() > 100);
        const QList<QJsonValue> pool{
            kRemove, QJsonValue(), QJsonValue(true), QJsonValue(-1), QJsonValue(0), QJsonValue(7),
            QJsonValue(1e300), QJsonValue(-1e300), QJsonValue(2.5), QJsonValue(qint64(1) << 62),
            QJsonValue(u""_qs), QJsonValue(u"x"_qs), QJsonValue(QString(5000, u'å')),
            QJsonValue(QJsonArray{1, 2}), QJsonValue(QJsonObject{{u"a"_qs, 1}}),
            QJsonValue(QJsonArray()), QJsonValue(QJsonObject())};
        QRandomGenerator rng(4711);
        int accepted = 0;
        for (int round = 0; round < 600; ++round) {
            QJsonValue doc = original;
            const int edits = 1 + int(rng.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const QStringList &where = paths.at(rng.bounded(int(paths.size())));
                doc = replaced(doc, where, 0, pool.at(rng.bounded(int(pool.size()))));
            }
            const auto rules = RulesSet::fromJsonObject(doc.toObject());
            if (rules.ok()) {
                ++accepted;
                QVERIFY(RulesSet::fromJson(rules->toJson()).ok());
            } else {
                // Every validation problem names where it is.
                QVERIFY2(!rules.error().field.isEmpty(), qPrintable(rules.error().message));
            }
        }
        qInfo("structure fuzz: %d of 600 mutations accepted", accepted);
    }

    void templateJsonRoundTrip()
    {
        for (const ProcessTemplate &t : RulesSet::builtIn()->templates()) {
            const auto again = ProcessTemplate::fromJson(t.toJson(), t.debtorType, t.segment);
            QVERIFY2(again.ok(), qPrintable(t.key()));
            QCOMPARE(*again, t);
        }
        const auto vipAuto = ProcessTemplate::fromJson(
            RulesSet::builtIn()->templateFor(Segment::Normal, DebtorType::Consumer).toJson(),
            DebtorType::Consumer, Segment::Vip);
        QVERIFY(!vipAuto.ok());
        QCOMPARE(vipAuto.error().field, u"bf.mode"_qs);
    }

    void machineNames()
    {
        for (ActionType a : allActionTypes()) {
            const QString name = machineName(a);
            QVERIFY(!name.isEmpty());
            QCOMPARE(fromMachineName<ActionType>(name), std::optional<ActionType>(a));
            QVERIFY(!ProcessText::displayName(a).isEmpty());
        }
        QCOMPARE(allActionTypes().size(), 14);
        for (BfMode m : {BfMode::Automatic, BfMode::ClientApproval, BfMode::SupervisorApproval})
            QCOMPARE(fromMachineName<BfMode>(machineName(m)), std::optional<BfMode>(m));
        QCOMPARE(machineName(BfMode::Automatic), u"auto"_qs);
        QVERIFY(!fromMachineName<ActionType>(u"Reminder_Letter").has_value());
    }

    void nominalDay_data()
    {
        QTest::addColumn<QString>("stepId");
        QTest::addColumn<int>("occurrence");
        QTest::addColumn<int>("day");
        // reminder day 5 and 15 (two, 10 apart), deadline 15 + 8 = 23; demand 23 + 2 = 25,
        // deadline 25 + 10 = 35; sms 25 + 1 = 26; call 35 + 3 = 38.
        QTest::newRow("first-reminder") << u"reminder"_qs << 0 << 5;
        QTest::newRow("second-reminder") << u"reminder"_qs << 1 << 15;
        QTest::newRow("occurrence-past-count") << u"reminder"_qs << 7 << 15;
        QTest::newRow("demand-after-deadline") << u"demand"_qs << 0 << 25;
        QTest::newRow("sms-after-previous") << u"sms"_qs << 0 << 26;
        QTest::newRow("call-after-demand-deadline") << u"call"_qs << 0 << 38;
        QTest::newRow("unknown-step") << u"nope"_qs << 0 << -1;
    }

    void nominalDay()
    {
        QFETCH(QString, stepId);
        QFETCH(int, occurrence);
        QFETCH(int, day);
        ProcessTemplate t;
        t.steps = {{u"reminder"_qs, ActionType::ReminderLetter, 5, Anchor::Due, 2, 10, 8, {}, {}},
                   {u"demand"_qs, ActionType::InkassokravLetter, 2, Anchor::Deadline, 1, 0, 10, {}, {}},
                   {u"sms"_qs, ActionType::SmsNotice, 1, Anchor::Previous, 1, 0, 0, {}, {}},
                   {u"call"_qs, ActionType::CallTask, 3, Anchor::Deadline, 1, 0, 0, {}, {}}};
        QVERIFY(t.validate().ok());
        QCOMPARE(t.nominalDay(t.indexOf(stepId), occurrence), day);
    }
};

QTEST_GUILESS_MAIN(TestRulesSet)
#include "tst_rulesset.moc"
