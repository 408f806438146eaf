#include "models/rules/rulesset.h"
#include "models/rules/scoring.h"

#include <QJsonDocument>
#include <QTest>

using namespace Fordran;

namespace {

/*! A small scoring config with round numbers, so the expected scores below are easy to check. */
const char kTestScoring[] = R"({
  "risk_threshold": 60,
  "base_points": 10,
  "factors": {
    "days_past_due": {"bands": [{"from": 0, "points": 0}, {"from": 30, "points": 10}, {"from": 90, "points": 20}]},
    "amount": {"bands": [{"from_ore": 0, "points": 0}, {"from_ore": 1000000, "points": 5}]},
    "debtor_type": {"consumer": 0, "business": 4},
    "earlier_cases": {"bands": [{"from": 0, "points": 0}, {"from": 1, "points": 5}, {"from": 3, "points": 10}]},
    "earlier_cases_paid": {"bands": [{"from": 0, "points": 0}, {"from": 1, "points": -5}]},
    "earlier_cases_unpaid": {"bands": [{"from": 0, "points": 0}, {"from": 1, "points": 15}, {"from": 2, "points": 25}]},
    "broken_promises": {"bands": [{"from": 0, "points": 0}, {"from": 1, "points": 10}]},
    "contact": {"phone_missing": 6, "email_missing": 1, "address_missing": 12},
    "partial_payments": {"bands": [{"from_percent": 0, "points": 0}, {"from_percent": 1, "points": -3}, {"from_percent": 50, "points": -10}]},
    "external_credit_score": {"missing_points": 2, "bands": [{"from": 0, "points": 20}, {"from": 50, "points": 0}, {"from": 80, "points": -8}]}
  }
})";

ScoringConfig testConfig()
{
    return ScoringConfig::fromJson(QJsonDocument::fromJson(kTestScoring).object()).value();
}

/*! "base=10,amount=5" → {base: 10, amount: 5} */
QMap<QString, int> parsePoints(const QString &spec)
{
    QMap<QString, int> points;
    for (const QString &part : spec.split(u',', Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(u'=');
        points.insert(kv.at(0), kv.at(1).toInt());
    }
    return points;
}

ScoringFacts goodFacts()
{
    ScoringFacts f;
    f.amount = Money::fromOre(50000);
    f.hasPhone = f.hasEmail = f.hasAddress = true;
    return f;
}

} // namespace

class TestScoring final : public QObject
{
    Q_OBJECT

private slots:
    void score_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<qint64>("amountOre");
        QTest::addColumn<bool>("business");
        QTest::addColumn<int>("earlier");
        QTest::addColumn<int>("paid");
        QTest::addColumn<int>("unpaid");
        QTest::addColumn<int>("broken");
        QTest::addColumn<QString>("contact"); // letters present: p(hone) e(mail) a(ddress)
        QTest::addColumn<qint64>("partialOre");
        QTest::addColumn<int>("credit"); // −1: none in the client file
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("raw");
        QTest::addColumn<Segment>("segment");
        QTest::addColumn<QString>("nonZero");

        QTest::newRow("new-consumer-good-credit")
            << 10 << qint64(500000) << false << 0 << 0 << 0 << 0 << u"pea"_qs << qint64(0) << 85
            << 2 << 2 << Segment::Normal << u"base=10,external_credit_score=-8"_qs;
        QTest::newRow("old-debt-no-contact-no-credit")
            << 120 << qint64(2000000) << false << 0 << 0 << 0 << 0 << QString() << qint64(0) << -1
            << 56 << 56 << Segment::Normal
            << u"base=10,days_past_due=20,amount=5,phone=6,email=1,address=12,external_credit_score=2"_qs;
        QTest::newRow("above-threshold")
            << 90 << qint64(1000000) << false << 1 << 0 << 1 << 1 << u"pea"_qs << qint64(0) << 60
            << 65 << 65 << Segment::Risk
            << u"base=10,days_past_due=20,amount=5,earlier_cases=5,earlier_cases_unpaid=15,broken_promises=10"_qs;
        QTest::newRow("threshold-exact-60")
            << 90 << qint64(1000000) << false << 0 << 0 << 1 << 1 << u"pea"_qs << qint64(0) << 60
            << 60 << 60 << Segment::Risk
            << u"base=10,days_past_due=20,amount=5,earlier_cases_unpaid=15,broken_promises=10"_qs;
        QTest::newRow("one-below-threshold")
            << 90 << qint64(999999) << false << 0 << 0 << 1 << 1 << u"pea"_qs << qint64(0) << 60
            << 55 << 55 << Segment::Normal
            << u"base=10,days_past_due=20,earlier_cases_unpaid=15,broken_promises=10"_qs;
        QTest::newRow("clamped-high")
            << 400 << qint64(1000000) << true << 5 << 0 << 3 << 4 << QString() << qint64(0) << 10
            << 100 << 123 << Segment::Risk
            << u"base=10,days_past_due=20,amount=5,debtor_type=4,earlier_cases=10,earlier_cases_unpaid=25,"
               u"broken_promises=10,phone=6,email=1,address=12,external_credit_score=20"_qs;
        QTest::newRow("clamped-low")
            << 0 << qint64(40000) << false << 4 << 4 << 0 << 0 << u"pea"_qs << qint64(60000) << 90
            << 0 << -3 << Segment::Normal
            << u"base=10,earlier_cases=10,earlier_cases_paid=-5,partial_payments=-10,external_credit_score=-8"_qs;
        QTest::newRow("tiny-partial-payment-rounds-down")
            << 0 << qint64(1000000) << false << 0 << 0 << 0 << 0 << u"pea"_qs << qint64(1) << 50
            << 15 << 15 << Segment::Normal << u"base=10,amount=5"_qs;
        QTest::newRow("one-percent-paid")
            << 0 << qint64(99000) << false << 0 << 0 << 0 << 0 << u"pea"_qs << qint64(1000) << 50
            << 7 << 7 << Segment::Normal << u"base=10,partial_payments=-3"_qs;
        QTest::newRow("negative-facts-count-as-zero")
            << -5 << qint64(-100) << false << -2 << -1 << -3 << -4 << u"pea"_qs << qint64(-50) << 150
            << 2 << 2 << Segment::Normal << u"base=10,external_credit_score=-8"_qs;
        QTest::newRow("business-missing-phone")
            << 45 << qint64(300000) << true << 0 << 0 << 0 << 0 << u"ea"_qs << qint64(0) << 55
            << 30 << 30 << Segment::Normal << u"base=10,days_past_due=10,debtor_type=4,phone=6"_qs;
    }

    void score()
    {
        QFETCH(int, days);
        QFETCH(qint64, amountOre);
        QFETCH(bool, business);
        QFETCH(int, earlier);
        QFETCH(int, paid);
        QFETCH(int, unpaid);
        QFETCH(int, broken);
        QFETCH(QString, contact);
        QFETCH(qint64, partialOre);
        QFETCH(int, credit);
        QFETCH(int, value);
        QFETCH(int, raw);
        QFETCH(Segment, segment);
        QFETCH(QString, nonZero);

        ScoringFacts f;
        f.daysPastDue = days;
        f.amount = Money::fromOre(amountOre);
        f.debtorType = business ? DebtorType::Business : DebtorType::Consumer;
        f.earlierCases = earlier;
        f.earlierCasesPaid = paid;
        f.earlierCasesUnpaid = unpaid;
        f.brokenPromises = broken;
        f.hasPhone = contact.contains(u'p');
        f.hasEmail = contact.contains(u'e');
        f.hasAddress = contact.contains(u'a');
        f.partiallyPaid = Money::fromOre(partialOre);
        if (credit >= 0)
            f.externalCreditScore = credit;

        const ScoringModel model(testConfig());
        const ScoreResult r = model.score(f);
        QCOMPARE(r.value, value);
        QCOMPARE(r.rawValue, raw);
        QCOMPARE(r.segment, segment);
        QVERIFY(!r.pinned);

        // Every factor is listed exactly once, in order, with the expected points.
        QStringList ids;
        int sum = 0;
        for (const ScoreReason &reason : r.reasons) {
            ids.append(reason.factor);
            sum += reason.points;
            QVERIFY2(!reason.text.isEmpty(), qPrintable(reason.factor));
        }
        QCOMPARE(ids, ScoringModel::factorIds());
        QCOMPARE(sum, r.rawValue);
        const QMap<QString, int> expected = parsePoints(nonZero);
        for (const QString &id : ScoringModel::factorIds())
            QCOMPARE(r.pointsOf(id), expected.value(id, 0));
        QVERIFY(!r.segmentReason.isEmpty());
    }

    void reasonTexts()
    {
        const ScoringModel model(testConfig());
        ScoringFacts f = goodFacts();
        f.daysPastDue = 142;
        f.amount = Money::fromOre(123450);
        f.brokenPromises = 2;
        f.externalCreditScore = 33;
        const ScoreResult r = model.score(f);
        const auto textOf = [&r](const char16_t *factor) {
            for (const ScoreReason &reason : r.reasons) {
                if (reason.factor == QStringView(factor))
                    return reason.text;
            }
            return QString();
        };
        QVERIFY(textOf(u"days_past_due").contains(u"142"));
        QVERIFY(textOf(u"days_past_due").contains(u"past due"));
        QVERIFY(textOf(u"amount").contains(Money::fromOre(123450).toString()));
        QVERIFY(textOf(u"broken_promises").contains(u"2"));
        QVERIFY(textOf(u"external_credit_score").contains(u"33"));
        QCOMPARE(textOf(u"debtor_type"), u"Consumer debtor"_qs);
        QVERIFY(textOf(u"phone") != model.score(ScoringFacts()).reasons.at(8).text);
    }

    void externalCreditScoreOptional()
    {
        const ScoringConfig config = testConfig();
        const ScoringModel model(config);
        ScoringFacts f = goodFacts();
        const ScoreResult without = model.score(f);
        QCOMPARE(without.pointsOf(u"external_credit_score"), config.externalMissingPoints);
        f.externalCreditScore = 0;
        const ScoreResult worst = model.score(f);
        QCOMPARE(worst.pointsOf(u"external_credit_score"), config.externalCreditScore.pointsFor(0));
        QCOMPARE(worst.rawValue - without.rawValue,
                 config.externalCreditScore.pointsFor(0) - config.externalMissingPoints);
        QVERIFY(worst.reasons.last().text != without.reasons.last().text);
    }

    void segmentFor_data()
    {
        QTest::addColumn<int>("score");
        QTest::addColumn<bool>("onVipList");
        QTest::addColumn<int>("pinDays"); // pin end relative to today; −999: no pin
        QTest::addColumn<Segment>("pinSegment");
        QTest::addColumn<Segment>("expected");

        const int none = -999;
        QTest::newRow("below-threshold") << 59 << false << none << Segment::Normal << Segment::Normal;
        QTest::newRow("at-threshold") << 60 << false << none << Segment::Normal << Segment::Risk;
        QTest::newRow("vip-list-beats-risk-score") << 95 << true << none << Segment::Normal << Segment::Vip;
        QTest::newRow("vip-list-low-score") << 5 << true << none << Segment::Normal << Segment::Vip;
        QTest::newRow("pin-beats-vip-list") << 95 << true << 30 << Segment::Normal << Segment::Normal;
        QTest::newRow("pin-beats-score") << 10 << false << 30 << Segment::Risk << Segment::Risk;
        QTest::newRow("pin-to-vip") << 90 << false << 1 << Segment::Vip << Segment::Vip;
        QTest::newRow("pin-ending-today-holds") << 90 << false << 0 << Segment::Normal << Segment::Normal;
        QTest::newRow("expired-pin-ignored-vip") << 10 << true << -1 << Segment::Risk << Segment::Vip;
        QTest::newRow("expired-pin-ignored-score") << 80 << false << -1 << Segment::Normal << Segment::Risk;
    }

    void segmentFor()
    {
        QFETCH(int, score);
        QFETCH(bool, onVipList);
        QFETCH(int, pinDays);
        QFETCH(Segment, pinSegment);
        QFETCH(Segment, expected);
        const QDate today(2026, 3, 15);
        std::optional<SegmentPin> pin;
        if (pinDays != -999)
            pin = SegmentPin{pinSegment, u"Agreed with the client"_qs, today.addDays(pinDays), u"anna"_qs};
        const ScoringModel model(testConfig());
        ScoreResult r;
        r.value = score;
        QCOMPARE(model.segmentFor(r, onVipList, pin, today), expected);
    }

    void assessExplainsTheSegment()
    {
        const ScoringModel model(testConfig());
        const QDate today(2026, 3, 15);
        ScoringFacts risky;
        risky.daysPastDue = 200;
        risky.earlierCasesUnpaid = 3;
        risky.brokenPromises = 2;

        const ScoreResult plain = model.assess(risky, false, std::nullopt, today);
        QCOMPARE(plain.segment, Segment::Risk);
        QVERIFY(!plain.pinned);
        QVERIFY(plain.segmentReason.contains(QString::number(plain.value)));

        const ScoreResult vip = model.assess(risky, true, std::nullopt, today);
        QCOMPARE(vip.segment, Segment::Vip);
        QCOMPARE(vip.value, plain.value);
        QVERIFY(vip.segmentReason != plain.segmentReason);

        const SegmentPin pin{Segment::Normal, u"Hospital stay, agreed pause in pressure"_qs, today.addDays(20), u"bo"_qs};
        const ScoreResult pinned = model.assess(risky, true, pin, today);
        QCOMPARE(pinned.segment, Segment::Normal);
        QVERIFY(pinned.pinned);
        QCOMPARE(pinned.pinReason, pin.reason);
        QVERIFY(pinned.segmentReason.contains(pin.reason));
        QCOMPARE(pinned.reasons, plain.reasons);

        const ScoreResult expired = model.assess(risky, false, pin, today.addDays(21));
        QVERIFY(!expired.pinned);
        QVERIFY(expired.pinReason.isEmpty());
        QCOMPARE(expired.segment, Segment::Risk);
    }

    void builtInConfig()
    {
        const auto rules = RulesSet::builtIn();
        QVERIFY(rules.ok());
        const ScoringModel model(rules->scoring());
        // More days past due, more unpaid history or broken promises never lower the risk.
        int previous = -1000;
        for (int days = 0; days <= 800; days += 7) {
            ScoringFacts f = goodFacts();
            f.daysPastDue = days;
            const ScoreResult r = model.score(f);
            QVERIFY(r.rawValue >= previous);
            previous = r.rawValue;
            QVERIFY(r.value >= 0 && r.value <= 100);
        }
        ScoringFacts f = goodFacts();
        const int before = model.score(f).rawValue;
        f.earlierCases = 2;
        f.earlierCasesUnpaid = 2;
        f.brokenPromises = 3;
        QVERIFY(model.score(f).rawValue > before);
        // A debtor with everything against them lands in risk with the default threshold.
        ScoringFacts worst;
        worst.daysPastDue = 400;
        worst.amount = Money::fromOre(50000000);
        worst.earlierCases = 8;
        worst.earlierCasesUnpaid = 5;
        worst.brokenPromises = 5;
        worst.externalCreditScore = 0;
        QCOMPARE(model.score(worst).segment, Segment::Risk);
        QCOMPARE(model.score(worst).value, 100);
    }

    void bands_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("points");
        QTest::newRow("negative-counts-as-first") << qint64(-10) << 1;
        QTest::newRow("zero") << qint64(0) << 1;
        QTest::newRow("inside-first") << qint64(9) << 1;
        QTest::newRow("band-start") << qint64(10) << 2;
        QTest::newRow("last-band") << qint64(1000) << 3;
        QTest::newRow("huge") << std::numeric_limits<qint64>::max() << 3;
    }

    void bands()
    {
        QFETCH(qint64, value);
        QFETCH(int, points);
        const ScoreBands b{{{0, 1}, {10, 2}, {100, 3}}};
        QCOMPARE(b.pointsFor(value), points);
        QCOMPARE(ScoreBands().pointsFor(value), 0);
    }

    void pinValidation_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("untilDays"); // relative to today; −999: no date
        QTest::addColumn<QString>("field"); // empty: valid

        QTest::newRow("valid") << u"Client's key account"_qs << 30 << QString();
        QTest::newRow("tomorrow") << u"Short pause"_qs << 1 << QString();
        QTest::newRow("no-reason") << QString() << 30 << u"reason"_qs;
        QTest::newRow("blank-reason") << u"   "_qs << 30 << u"reason"_qs;
        QTest::newRow("long-reason") << QString(SegmentPin::MaxReasonLength + 1, u'x') << 30 << u"reason"_qs;
        QTest::newRow("no-end-date") << u"Why"_qs << -999 << u"until"_qs;
        QTest::newRow("ends-today") << u"Why"_qs << 0 << u"until"_qs;
        QTest::newRow("ended") << u"Why"_qs << -3 << u"until"_qs;
    }

    void pinValidation()
    {
        QFETCH(QString, reason);
        QFETCH(int, untilDays);
        QFETCH(QString, field);
        const QDate today(2026, 3, 15);
        const SegmentPin pin{Segment::Vip, reason, untilDays == -999 ? QDate() : today.addDays(untilDays), u"anna"_qs};
        const Status status = pin.validate(today);
        QCOMPARE(status.ok(), field.isEmpty());
        if (!field.isEmpty()) {
            QCOMPARE(status.error().field, field);
            QVERIFY(!status.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
