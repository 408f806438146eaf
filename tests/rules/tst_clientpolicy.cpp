#include "models/rules/clientpolicy.h"
#include "models/rules/rulesset.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Fordran;

namespace {

RulesSet rules()
{
    return RulesSet::builtIn().value();
}

ClientPolicy policy(const char *json)
{
    const auto p = ClientPolicy::fromJson(QByteArray(json));
    if (!p.ok())
        qWarning("%s", qPrintable(p.error().message));
    return p.valueOr(ClientPolicy());
}

const ProcessTemplate &consumerNormal(const RulesSet &r)
{
    return r.templateFor(Segment::Normal, DebtorType::Consumer);
}

} // namespace

class TestClientPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void emptyPolicyChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no-text") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n\t");
        QTest::newRow("empty-object") << QByteArray("{}");
        QTest::newRow("only-description") << QByteArray(R"({"description": "Standard terms"})");
    }

    void emptyPolicyChangesNothing()
    {
        QFETCH(QByteArray, json);
        const auto p = ClientPolicy::fromJson(json);
        QVERIFY(p.ok());
        QVERIFY(p->isEmpty());
        for (const ProcessTemplate &t : rules().templates())
            QCOMPARE(p->apply(t), t);
    }

    void reminderCount_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("one") << 1;
        QTest::newRow("three") << 3;
        QTest::newRow("ten") << 10;
    }

    void reminderCount()
    {
        QFETCH(int, count);
        const RulesSet r = rules();
        const ClientPolicy p = ClientPolicy::fromJsonObject({{u"reminder_count"_qs, count}}).value();
        for (const ProcessTemplate &t : r.templates()) {
            const ProcessTemplate applied = p.apply(t);
            const ProcessStep *reminder = applied.step(u"reminder");
            QVERIFY(reminder);
            QCOMPARE(reminder->count, count);
            QCOMPARE(applied.steps.size(), t.steps.size());
            QVERIFY(applied.validate().ok());
            // Later steps move by the added (or removed) repetitions.
            const qsizetype demand = t.indexOf(ActionType::InkassokravLetter);
            const int shift = (count - t.step(u"reminder")->count) * reminder->intervalDays;
            QCOMPARE(applied.nominalDay(demand), t.nominalDay(demand) + shift);
        }
    }

    void noReminderKeepsTheCalendar()
    {
        const ClientPolicy p = policy(R"({"reminder_count": 0})");
        for (const ProcessTemplate &t : rules().templates()) {
            const ProcessTemplate applied = p.apply(t);
            QCOMPARE(applied.indexOf(ActionType::ReminderLetter), qsizetype(-1));
            QCOMPARE(applied.steps.size(), t.steps.size() - 1);
            QVERIFY2(applied.validate().ok(), qPrintable(applied.validate().error().message));
            for (qsizetype i = 0; i < applied.steps.size(); ++i) {
                const ProcessStep &s = applied.steps.at(i);
                QCOMPARE(applied.nominalDay(i), t.nominalDay(t.indexOf(s.id)));
            }
            // The step that counted from the reminder's deadline now counts from the due date.
            QCOMPARE(applied.steps.first().anchor, Anchor::Due);
        }
    }

    void scaling_data()
    {
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("scaled");
        QTest::newRow("double") << 200 << 5 << 10;
        QTest::newRow("half-rounds-up") << 150 << 5 << 8;
        QTest::newRow("one-and-half") << 150 << 1 << 2;
        QTest::newRow("shorter") << 50 << 7 << 4;
        QTest::newRow("zero-stays-zero") << 300 << 0 << 0;
        QTest::newRow("capped") << 1000 << 3000 << 3650;
    }

    void scaling()
    {
        QFETCH(int, percent);
        QFETCH(int, days);
        QFETCH(int, scaled);
        ProcessTemplate t;
        t.steps = {{u"r"_qs, ActionType::ReminderLetter, days, Anchor::Due, 1, days, 10, {}, {}},
                   {u"d"_qs, ActionType::InkassokravLetter, days, Anchor::Deadline, 1, 0, 10, {}, {}}};
        const ClientPolicy p = ClientPolicy::fromJsonObject({{u"step_days_percent"_qs, percent}}).value();
        const ProcessTemplate applied = p.apply(t);
        QCOMPARE(applied.steps.at(1).afterDays, scaled);
        QCOMPARE(applied.steps.at(0).intervalDays, std::max(scaled, 1));
        QCOMPARE(applied.steps.at(1).deadlineDays, 10); // the debtor's deadline is never shortened
    }

    void perStepAfterScaling()
    {
        const RulesSet r = rules();
        const ClientPolicy p = policy(
            R"({"step_days_percent": 200, "steps": {"inkassokrav": {"after_days": 2}, "reminder": {"interval_days": 21}}})");
        for (const ProcessTemplate &t : r.templates()) {
            const ProcessTemplate applied = p.apply(t);
            QCOMPARE(applied.step(u"inkassokrav")->afterDays, 2);
            QCOMPARE(applied.step(u"reminder")->intervalDays, 21);
            QCOMPARE(applied.step(u"bf_decision")->afterDays, t.step(u"bf_decision")->afterDays * 2);
        }
    }

    void bfOverrides()
    {
        const RulesSet r = rules();
        const ClientPolicy p = policy(R"({"bf": {"mode": "client_approval", "min_amount_ore": 150000}})");
        const ProcessTemplate applied = p.apply(consumerNormal(r));
        QCOMPARE(applied.bfMode, BfMode::ClientApproval);
        QCOMPARE(applied.bfMinAmount, Money::fromOre(150000));
        const ClientPolicy onlyMinimum = policy(R"({"bf": {"min_amount_ore": 0}})");
        QCOMPARE(onlyMinimum.apply(consumerNormal(r)).bfMode, consumerNormal(r).bfMode);
        QCOMPARE(onlyMinimum.apply(consumerNormal(r)).bfMinAmount, Money());
    }

    void segmentOverridesComeLast()
    {
        const RulesSet r = rules();
        const ClientPolicy p = policy(R"({"reminder_count": 1, "segments": {"vip": {"reminder_count": 4},
                                         "risk": {"bf": {"mode": "supervisor_approval"}}}})");
        QCOMPARE(p.overridesFor(Segment::Vip).reminderCount, std::optional<int>(4));
        QVERIFY(p.overridesFor(Segment::Normal).isEmpty());
        for (DebtorType type : {DebtorType::Consumer, DebtorType::Business}) {
            QCOMPARE(p.apply(r.templateFor(Segment::Vip, type)).step(u"reminder")->count, 4);
            QCOMPARE(p.apply(r.templateFor(Segment::Normal, type)).step(u"reminder")->count, 1);
            QCOMPARE(p.apply(r.templateFor(Segment::Risk, type)).bfMode, BfMode::SupervisorApproval);
            QCOMPARE(p.apply(r.templateFor(Segment::Normal, type)).bfMode, r.templateFor(Segment::Normal, type).bfMode);
        }
    }

    void vipNeverAutomaticBf()
    {
        const RulesSet r = rules();
        const ClientPolicy allAuto = policy(R"({"bf": {"mode": "auto"}})");
        QCOMPARE(allAuto.apply(consumerNormal(r)).bfMode, BfMode::Automatic);
        for (DebtorType type : {DebtorType::Consumer, DebtorType::Business}) {
            const ProcessTemplate &vip = r.templateFor(Segment::Vip, type);
            QCOMPARE(allAuto.apply(vip).bfMode, vip.bfMode);
            QVERIFY(allAuto.apply(vip).bfMode != BfMode::Automatic);
        }
        // Even a VIP template built by hand with automatic BF gets an approval step.
        ProcessTemplate handMade = r.templateFor(Segment::Vip, DebtorType::Consumer);
        handMade.bfMode = BfMode::Automatic;
        QVERIFY(!handMade.validate().ok());
        QCOMPARE(ClientPolicy().apply(handMade).bfMode, BfMode::SupervisorApproval);

        const auto rejected = ClientPolicy::fromJson(R"({"segments": {"vip": {"bf": {"mode": "auto"}}}})");
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().field, u"segments.vip.bf.mode"_qs);
    }

    void vipDebtors()
    {
        const ClientPolicy p = policy(
            R"({"vip_debtors": ["198112189876", "5560360793", "165560360793", "198112189876"]})");
        QCOMPARE(p.vipDebtors(), (QStringList{u"198112189876"_qs, u"5560360793"_qs}));
        QVERIFY(p.isVipDebtor(u"198112189876"));
        QVERIFY(p.isVipDebtor(u"5560360793"));
        QVERIFY(!p.isVipDebtor(u"199001011234"));
        QVERIFY(!p.isVipDebtor(u""));
        QVERIFY(!p.isEmpty());
    }

    void reminderTermsRef()
    {
        const ClientPolicy p = policy(R"({"reminder_terms_ref": "  General terms 2024-01, section 7  "})");
        QCOMPARE(p.reminderTermsRef(), u"General terms 2024-01, section 7"_qs);
        QVERIFY(policy("{}").reminderTermsRef().isEmpty());
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");

        QTest::newRow("negative-reminders") << QByteArray(R"({"reminder_count": -1})") << u"reminder_count"_qs;
        QTest::newRow("too-many-reminders") << QByteArray(R"({"reminder_count": 11})") << u"reminder_count"_qs;
        QTest::newRow("reminders-as-text") << QByteArray(R"({"reminder_count": "2"})") << u"reminder_count"_qs;
        QTest::newRow("fractional-reminders") << QByteArray(R"({"reminder_count": 1.5})") << u"reminder_count"_qs;
        QTest::newRow("scale-too-small") << QByteArray(R"({"step_days_percent": 5})") << u"step_days_percent"_qs;
        QTest::newRow("scale-too-big") << QByteArray(R"({"step_days_percent": 1001})") << u"step_days_percent"_qs;
        QTest::newRow("negative-step-days") << QByteArray(R"({"steps": {"inkassokrav": {"after_days": -3}}})")
                                            << u"steps.inkassokrav.after_days"_qs;
        QTest::newRow("empty-step-override") << QByteArray(R"({"steps": {"inkassokrav": {}}})") << u"steps.inkassokrav"_qs;
        QTest::newRow("step-override-not-object") << QByteArray(R"({"steps": {"inkassokrav": 3}})") << u"steps.inkassokrav"_qs;
        QTest::newRow("bad-step-id") << QByteArray(R"({"steps": {"Bad Id": {"after_days": 1}}})") << u"steps.Bad Id"_qs;
        QTest::newRow("zero-interval") << QByteArray(R"({"steps": {"reminder": {"interval_days": 0}}})")
                                       << u"steps.reminder.interval_days"_qs;
        QTest::newRow("typo-in-step") << QByteArray(R"({"steps": {"reminder": {"after_dayz": 2}}})")
                                      << u"steps.reminder.after_dayz"_qs;
        QTest::newRow("bad-bf-mode") << QByteArray(R"({"bf": {"mode": "sometimes"}})") << u"bf.mode"_qs;
        QTest::newRow("empty-bf") << QByteArray(R"({"bf": {}})") << u"bf"_qs;
        QTest::newRow("negative-bf-minimum") << QByteArray(R"({"bf": {"min_amount_ore": -1}})") << u"bf.min_amount_ore"_qs;
        QTest::newRow("bf-minimum-in-kronor") << QByteArray(R"({"bf": {"min_amount_ore": "500 kr"}})") << u"bf.min_amount_ore"_qs;
        QTest::newRow("unknown-segment") << QByteArray(R"({"segments": {"gold": {}}})") << u"segments.gold"_qs;
        QTest::newRow("vip-list-inside-segment") << QByteArray(R"({"segments": {"vip": {"vip_debtors": []}}})")
                                                 << u"segments.vip.vip_debtors"_qs;
        QTest::newRow("segment-auto-bf-vip") << QByteArray(R"({"segments": {"vip": {"bf": {"mode": "auto"}}}})")
                                             << u"segments.vip.bf.mode"_qs;
        QTest::newRow("vip-not-a-number") << QByteArray(R"({"vip_debtors": ["abc"]})") << u"vip_debtors[0]"_qs;
        QTest::newRow("vip-ten-digit-person") << QByteArray(R"({"vip_debtors": ["8112189876"]})") << u"vip_debtors[0]"_qs;
        QTest::newRow("vip-check-digit") << QByteArray(R"({"vip_debtors": ["198112189876", "198112189877"]})")
                                         << u"vip_debtors[1]"_qs;
        QTest::newRow("vip-number-not-text") << QByteArray(R"({"vip_debtors": [198112189876]})") << u"vip_debtors[0]"_qs;
        QTest::newRow("vip-not-a-list") << QByteArray(R"({"vip_debtors": "198112189876"})") << u"vip_debtors"_qs;
        QTest::newRow("unknown-key") << QByteArray(R"({"colour": "red"})") << u"colour"_qs;
        QTest::newRow("terms-not-text") << QByteArray(R"({"reminder_terms_ref": 5})") << u"reminder_terms_ref"_qs;
        QTest::newRow("not-json") << QByteArray("{") << QString();
        QTest::newRow("array") << QByteArray("[]") << QString();
    }

    void badValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto p = ClientPolicy::fromJson(json);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().field, field);
        QVERIFY(!p.error().message.isEmpty());
        if (!field.isEmpty())
            QVERIFY2(p.error().message.startsWith(field), qPrintable(p.error().message));
    }

    void roundTrip()
    {
        const ClientPolicy p = policy(R"({"reminder_count": 2, "step_days_percent": 120,
            "steps": {"inkassokrav": {"after_days": 3}, "reminder": {"interval_days": 9}},
            "bf": {"mode": "client_approval", "min_amount_ore": 100000},
            "segments": {"vip": {"reminder_count": 3, "bf": {"mode": "supervisor_approval"}}},
            "vip_debtors": ["198112189876"], "reminder_terms_ref": "Terms v3 §7"})");
        QVERIFY(!p.isEmpty());
        const auto again = ClientPolicy::fromJson(p.toJson());
        QVERIFY(again.ok());
        QCOMPARE(*again, p);
        QCOMPARE(again->toJsonObject(), p.toJsonObject());
    }

    void checkAgainstRules_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field"); // empty: fits the rules
        QTest::newRow("fits") << QByteArray(R"({"reminder_count": 0, "steps": {"call_after_deadline": {"after_days": 2}}})")
                              << QString();
        QTest::newRow("unknown-step") << QByteArray(R"({"steps": {"no_such_step": {"after_days": 1}}})")
                                      << u"steps.no_such_step"_qs;
        QTest::newRow("unknown-step-in-segment") << QByteArray(R"({"segments": {"risk": {"steps": {"nope": {"after_days": 1}}}}})")
                                                 << u"segments.risk.steps.nope"_qs;
    }

    void checkAgainstRules()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const auto p = ClientPolicy::fromJson(json);
        QVERIFY(p.ok());
        const Status status = p->checkAgainst(rules());
        QCOMPARE(status.ok(), field.isEmpty());
        if (!field.isEmpty())
            QCOMPARE(status.error().field, field);
    }

    void fuzz()
    {
        const QByteArray original = R"({"reminder_count": 2, "step_days_percent": 120,
            "steps": {"inkassokrav": {"after_days": 3}}, "bf": {"mode": "client_approval", "min_amount_ore": 100000},
            "segments": {"vip": {"reminder_count": 3}}, "vip_debtors": ["198112189876", "5560360793"]})";
        const RulesSet r = rules();
        QRandomGenerator rng(1981);
        int accepted = 0;
        for (int round = 0; round < 500; ++round) {
            QByteArray data = original;
            for (int e = 0; e < 1 + int(rng.bounded(3)) && !data.isEmpty(); ++e) {
                const qsizetype at = rng.bounded(int(data.size()));
                switch (rng.bounded(3)) {
                case 0: data[at] = char(rng.bounded(256)); break;
                case 1: data.remove(at, 1 + rng.bounded(8)); break;
                default: data.insert(at, QByteArray::number(qint64(rng.generate64() >> 1))); break;
                }
            }
            const auto p = ClientPolicy::fromJson(data);
            if (!p.ok()) {
                QVERIFY(!p.error().message.isEmpty());
                continue;
            }
            ++accepted;
            for (const ProcessTemplate &t : r.templates()) {
                const ProcessTemplate applied = p->apply(t);
                if (t.segment == Segment::Vip)
                    QVERIFY(applied.bfMode != BfMode::Automatic);
            }
            p->checkAgainst(r);
        }
        qInfo("policy fuzz: %d of 500 mutations accepted", accepted);
    }
};

QTEST_GUILESS_MAIN(TestClientPolicy)
#include "tst_clientpolicy.moc"
