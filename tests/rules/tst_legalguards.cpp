#include "models/domain/bankcalendar.h"
#include "models/rules/demanddeadline.h"
#include "models/rules/feeschedule.h"
#include "models/rules/interest.h"
#include "models/rules/legalguards.h"
#include "models/rules/referencerates.h"

#include "guardfixture.h"

#include <QTest>

using Fordran::BankCalendar;
using Fordran::ClaimFeeFacts;
using Fordran::DebtorType;
using Fordran::DemandDeadline;
using Fordran::DemandLetterFacts;
using Fordran::Fee;
using Fordran::FeeRequest;
using Fordran::FeeSchedule;
using Fordran::FeeType;
using Fordran::Guard;
using Fordran::InterestPosting;
using Fordran::InterestStartFacts;
using Fordran::LegalGuards;
using Fordran::Money;
using Fordran::Percentage;
using Fordran::PlanFacts;

Q_DECLARE_METATYPE(Fordran::DebtorType)
Q_DECLARE_METATYPE(Fordran::FeeType)

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

// The day the fee caps and rates are looked up for.
QDate today() { return d("2026-03-02"); }

} // namespace

class TestLegalGuards final : public QObject
{
    Q_OBJECT

private:
    FeeSchedule m_fees = GuardFixture::fees();
    Fordran::GuardRules m_rules = GuardFixture::rules();
    BankCalendar m_calendar;

    Fee cap(FeeType type) const { return *m_fees.lookup(type, today()); }
    Money capPlus(FeeType type, int ore) const { return cap(type).amount + Money::fromOre(ore); }

    /*! Allowed when \a code is empty; otherwise refused with \a code, citing its rule in the text. */
    static void verify(const Guard &guard, const QString &code)
    {
        if (code.isEmpty()) {
            QVERIFY2(guard.allowed, qPrintable(guard.text));
            QVERIFY(guard.code.isEmpty());
            QVERIFY(guard.text.isEmpty());
            return;
        }
        QVERIFY(!guard.allowed);
        QVERIFY(!static_cast<bool>(guard));
        QCOMPARE(guard.code, code);
        QVERIFY(!guard.rule.isEmpty());
        QVERIFY2(guard.text.contains(guard.rule), qPrintable(guard.text));
    }

private slots:
    void reminderFee_data()
    {
        QTest::addColumn<QString>("agreement");
        QTest::addColumn<int>("reminders");
        QTest::addColumn<int>("b2b");
        QTest::addColumn<int>("overCapOre");
        QTest::addColumn<QString>("code");

        const QString terms = u"Purchase terms v3 §7, accepted 2025-11-02"_qs;
        QTest::newRow("agreed-at-cap") << terms << 0 << 0 << 0 << QString();
        QTest::newRow("agreed-below-cap") << terms << 0 << 0 << -100 << QString();
        QTest::newRow("no-agreement") << QString() << 0 << 0 << 0 << u"reminder_fee_not_agreed"_qs;
        QTest::newRow("blank-agreement") << u"   "_qs << 0 << 0 << 0 << u"reminder_fee_not_agreed"_qs;
        QTest::newRow("second-reminder-fee") << terms << 1 << 0 << 0 << u"reminder_fee_repeated"_qs;
        QTest::newRow("after-b2b-compensation") << terms << 0 << 1 << 0 << u"fee_after_b2b_compensation"_qs;
        QTest::newRow("one-ore-over-cap") << terms << 0 << 0 << 1 << u"fee_above_cap"_qs;
    }

    void reminderFee()
    {
        QFETCH(QString, agreement);
        QFETCH(int, reminders);
        QFETCH(int, b2b);
        QFETCH(int, overCapOre);
        QFETCH(QString, code);

        ClaimFeeFacts claim;
        claim.reminderFeeAgreement = agreement;
        claim.feesCharged = {{FeeType::Reminder, reminders}, {FeeType::B2bCompensation, b2b}};
        const Guard guard = LegalGuards::reminderFee(claim, capPlus(FeeType::Reminder, overCapOre), cap(FeeType::Reminder));
        verify(guard, code);
        if (code == u"fee_above_cap")
            QCOMPARE(guard.rule, cap(FeeType::Reminder).statute);
    }

    void inkassokravFee_data()
    {
        QTest::addColumn<bool>("sent");
        QTest::addColumn<bool>("separated");
        QTest::addColumn<bool>("interestDetails");
        QTest::addColumn<bool>("deadline");
        QTest::addColumn<int>("charged");
        QTest::addColumn<int>("b2b");
        QTest::addColumn<int>("overCapOre");
        QTest::addColumn<QString>("code");

        QTest::newRow("complete-letter") << true << true << true << true << 0 << 0 << 0 << QString();
        QTest::newRow("not-sent") << false << true << true << true << 0 << 0 << 0 << u"demand_not_sent"_qs;
        QTest::newRow("amounts-lumped") << true << false << true << true << 0 << 0 << 0
                                        << u"demand_amounts_not_separated"_qs;
        QTest::newRow("no-interest-details") << true << true << false << true << 0 << 0 << 0
                                             << u"demand_interest_details_missing"_qs;
        QTest::newRow("no-deadline") << true << true << true << false << 0 << 0 << 0 << u"demand_deadline_missing"_qs;
        QTest::newRow("second-demand-fee") << true << true << true << true << 1 << 0 << 0 << u"demand_fee_repeated"_qs;
        QTest::newRow("after-b2b-compensation") << true << true << true << true << 0 << 1 << 0
                                                << u"fee_after_b2b_compensation"_qs;
        QTest::newRow("over-cap") << true << true << true << true << 0 << 0 << 1 << u"fee_above_cap"_qs;
    }

    void inkassokravFee()
    {
        QFETCH(bool, sent);
        QFETCH(bool, separated);
        QFETCH(bool, interestDetails);
        QFETCH(bool, deadline);
        QFETCH(int, charged);
        QFETCH(int, b2b);
        QFETCH(int, overCapOre);
        QFETCH(QString, code);

        ClaimFeeFacts claim;
        claim.feesCharged = {{FeeType::Inkassokrav, charged}, {FeeType::B2bCompensation, b2b}};
        DemandLetterFacts letter;
        letter.sentOn = sent ? today() : QDate();
        letter.amountsSeparated = separated;
        letter.interestDetailsStated = interestDetails;
        letter.deadline = deadline ? d("2026-03-16") : QDate();
        verify(LegalGuards::inkassokravFee(claim, letter, capPlus(FeeType::Inkassokrav, overCapOre),
                                           cap(FeeType::Inkassokrav)),
               code);
    }

    void demandDeadline_data()
    {
        QTest::addColumn<int>("transit");
        QTest::addColumn<bool>("hasDeadline");
        QTest::addColumn<int>("daysAfterMinimum");
        QTest::addColumn<QString>("code");

        QTest::newRow("exactly-the-minimum") << 2 << true << 0 << QString();
        QTest::newRow("longer-than-minimum") << 2 << true << 7 << QString();
        QTest::newRow("one-day-short") << 2 << true << -1 << u"demand_deadline_too_short"_qs;
        QTest::newRow("b-post-deadline-of-first-class") << 4 << true << -2 << u"demand_deadline_too_short"_qs;
        QTest::newRow("no-deadline") << 2 << false << 0 << u"demand_deadline_missing"_qs;
        QTest::newRow("minimum-not-computable") << -1 << true << 0 << u"demand_deadline_unknown"_qs;
    }

    void demandDeadline()
    {
        QFETCH(int, transit);
        QFETCH(bool, hasDeadline);
        QFETCH(int, daysAfterMinimum);
        QFETCH(QString, code);

        const auto minimum = DemandDeadline::deadline(today(), transit, m_rules.demandDeadline, m_calendar);
        DemandLetterFacts letter;
        letter.sentOn = today();
        letter.transitDays = transit;
        if (hasDeadline)
            letter.deadline = minimum.ok() ? minimum->addDays(daysAfterMinimum) : d("2026-03-20");
        verify(LegalGuards::demandDeadline(letter, minimum), code);
    }

    void legalStepAfterDeadline_data()
    {
        QTest::addColumn<QDate>("deadline");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("code");

        QTest::newRow("day-after-deadline") << d("2026-03-16") << d("2026-03-17") << QString();
        QTest::newRow("weeks-after") << d("2026-03-16") << d("2026-04-20") << QString();
        QTest::newRow("on-the-deadline") << d("2026-03-16") << d("2026-03-16") << u"legal_step_before_deadline"_qs;
        QTest::newRow("before-deadline") << d("2026-03-16") << d("2026-03-10") << u"legal_step_before_deadline"_qs;
        QTest::newRow("no-demand-sent") << QDate() << d("2026-03-17") << u"legal_step_without_demand"_qs;
    }

    void legalStepAfterDeadline()
    {
        QFETCH(QDate, deadline);
        QFETCH(QDate, on);
        QFETCH(QString, code);
        verify(LegalGuards::legalStepAfterDeadline(deadline, on), code);
    }

    void combinedDemand_data()
    {
        QTest::addColumn<QList<qint64>>("inLetter");
        QTest::addColumn<QList<qint64>>("combinable");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");

        QTest::newRow("single-claim") << QList<qint64>{1} << QList<qint64>{1} << QString() << QString();
        QTest::newRow("all-combined") << QList<qint64>{1, 2, 3} << QList<qint64>{3, 1, 2} << QString() << QString();
        QTest::newRow("one-left-out") << QList<qint64>{1, 2} << QList<qint64>{1, 2, 3} << QString()
                                      << u"demands_not_combined"_qs;
        QTest::newRow("left-out-with-reason") << QList<qint64>{1} << QList<qint64>{1, 2}
                                              << u"Subscription charges fall due monthly"_qs << QString();
        QTest::newRow("blank-reason") << QList<qint64>{1} << QList<qint64>{1, 2} << u" "_qs
                                      << u"demands_not_combined"_qs;
    }

    void combinedDemand()
    {
        QFETCH(QList<qint64>, inLetter);
        QFETCH(QList<qint64>, combinable);
        QFETCH(QString, reason);
        QFETCH(QString, code);

        DemandLetterFacts letter;
        letter.claimIds = inLetter;
        letter.combinableClaimIds = combinable;
        letter.separateDemandReason = reason;
        verify(LegalGuards::combinedDemand(letter), code);
    }

    void planFee_data()
    {
        QTest::addColumn<bool>("written");
        QTest::addColumn<bool>("whole");
        QTest::addColumn<bool>("agreed");
        QTest::addColumn<bool>("sent");
        QTest::addColumn<int>("overCapOre");
        QTest::addColumn<QString>("code");

        QTest::newRow("complete-plan") << true << true << true << true << 0 << QString();
        QTest::newRow("oral-plan") << false << true << true << true << 0 << u"plan_not_written"_qs;
        QTest::newRow("part-of-debt") << true << false << true << true << 0 << u"plan_incomplete"_qs;
        QTest::newRow("not-agreed") << true << true << false << true << 0 << u"plan_not_agreed"_qs;
        QTest::newRow("not-sent") << true << true << true << false << 0 << u"plan_not_sent"_qs;
        QTest::newRow("over-cap") << true << true << true << true << 1 << u"fee_above_cap"_qs;
    }

    void planFee()
    {
        QFETCH(bool, written);
        QFETCH(bool, whole);
        QFETCH(bool, agreed);
        QFETCH(bool, sent);
        QFETCH(int, overCapOre);
        QFETCH(QString, code);
        verify(LegalGuards::planFee({written, whole, agreed, sent}, capPlus(FeeType::Plan, overCapOre), cap(FeeType::Plan)),
               code);
    }

    void b2bCompensation_data()
    {
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<QDate>("interestFrom");
        QTest::addColumn<int>("b2b");
        QTest::addColumn<int>("reminder");
        QTest::addColumn<int>("inkassokrav");
        QTest::addColumn<int>("overCapOre");
        QTest::addColumn<QString>("code");

        const auto B = DebtorType::Business;
        QTest::newRow("business-interest-running") << B << d("2026-02-01") << 0 << 0 << 0 << 0 << QString();
        QTest::newRow("business-interest-starts-today") << B << today() << 0 << 0 << 0 << 0 << QString();
        QTest::newRow("consumer-never") << DebtorType::Consumer << d("2026-02-01") << 0 << 0 << 0 << 0
                                        << u"b2b_compensation_consumer"_qs;
        QTest::newRow("before-interest") << B << d("2026-03-03") << 0 << 0 << 0 << 0
                                         << u"b2b_compensation_before_interest"_qs;
        QTest::newRow("interest-start-unknown") << B << QDate() << 0 << 0 << 0 << 0
                                                << u"b2b_compensation_before_interest"_qs;
        QTest::newRow("second-time") << B << d("2026-02-01") << 1 << 0 << 0 << 0 << u"b2b_compensation_repeated"_qs;
        QTest::newRow("after-reminder-fee") << B << d("2026-02-01") << 0 << 1 << 0 << 0
                                            << u"b2b_compensation_after_fees"_qs;
        QTest::newRow("after-demand-fee") << B << d("2026-02-01") << 0 << 0 << 1 << 0
                                          << u"b2b_compensation_after_fees"_qs;
        QTest::newRow("over-the-fixed-amount") << B << d("2026-02-01") << 0 << 0 << 0 << 1 << u"fee_above_cap"_qs;
    }

    void b2bCompensation()
    {
        QFETCH(DebtorType, type);
        QFETCH(QDate, interestFrom);
        QFETCH(int, b2b);
        QFETCH(int, reminder);
        QFETCH(int, inkassokrav);
        QFETCH(int, overCapOre);
        QFETCH(QString, code);

        ClaimFeeFacts claim;
        claim.debtorType = type;
        claim.lateInterestFrom = interestFrom;
        claim.feesCharged = {{FeeType::B2bCompensation, b2b}, {FeeType::Reminder, reminder},
                             {FeeType::Inkassokrav, inkassokrav}};
        verify(LegalGuards::b2bCompensation(claim, today(), capPlus(FeeType::B2bCompensation, overCapOre),
                                            cap(FeeType::B2bCompensation)),
               code);
    }

    void costWithinStatute_data()
    {
        QTest::addColumn<FeeType>("type");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<int>("overCapOre");
        QTest::addColumn<QString>("code");

        QTest::newRow("bf-application-fee") << FeeType::BfApplication << today() << 0 << QString();
        QTest::newRow("bf-agent-below") << FeeType::BfAgent << today() << -5000 << QString();
        QTest::newRow("bf-agent-above") << FeeType::BfAgent << today() << 1 << u"cost_beyond_statute"_qs;
        QTest::newRow("enforcement-above") << FeeType::Enforcement << today() << 100 << u"cost_beyond_statute"_qs;
        QTest::newRow("reminder-above") << FeeType::Reminder << today() << 1 << u"cost_beyond_statute"_qs;
        QTest::newRow("no-statute-on-that-date") << FeeType::Reminder << d("1990-01-01") << 0
                                                 << u"cost_not_statutory"_qs;
    }

    void costWithinStatute()
    {
        QFETCH(FeeType, type);
        QFETCH(QDate, on);
        QFETCH(int, overCapOre);
        QFETCH(QString, code);

        const auto looked = m_fees.lookup(type, on);
        const Money amount = capPlus(type, overCapOre);
        verify(LegalGuards::costWithinStatute({type, amount}, looked), code);
    }

    void lateInterestRate_data()
    {
        QTest::addColumn<int>("bpOverStatutory");
        QTest::addColumn<QString>("evidence");
        QTest::addColumn<QString>("code");

        QTest::newRow("statutory-rate") << 0 << QString() << QString();
        QTest::newRow("below-statutory") << -200 << QString() << QString();
        QTest::newRow("above-without-agreement") << 1 << QString() << u"interest_rate_above_default"_qs;
        QTest::newRow("above-with-agreement") << 400 << u"Credit agreement 2025-04-01, §4"_qs << QString();
        QTest::newRow("above-blank-agreement") << 400 << u"  "_qs << u"interest_rate_above_default"_qs;
    }

    void lateInterestRate()
    {
        QFETCH(int, bpOverStatutory);
        QFETCH(QString, evidence);
        QFETCH(QString, code);

        // The statutory rate of the day: the reference-rate table + the margin of the conventions.
        const auto reference = Fordran::ReferenceRateTable::builtIn()->rateFor(today());
        QVERIFY(reference.ok());
        InterestPosting posting;
        posting.statutoryRate = *reference + Fordran::InterestConventions::defaults()->margin;
        posting.rate = posting.statutoryRate + Percentage::fromBasisPoints(bpOverStatutory);
        posting.contractualRateEvidence = evidence;
        verify(LegalGuards::lateInterestRate(posting), code);
    }

    void interestStartDate_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<bool>("agreed");
        QTest::addColumn<QDate>("notice");
        QTest::addColumn<QDate>("served");
        QTest::addColumn<QDate>("start");

        QTest::newRow("due-date-agreed") << d("2026-03-03") << true << QDate() << QDate() << d("2026-03-03");
        QTest::newRow("agreed-due-on-saturday-moves") << d("2026-03-07") << true << QDate() << QDate() << d("2026-03-09");
        QTest::newRow("agreed-due-on-julafton-moves") << d("2025-12-24") << true << QDate() << QDate() << d("2025-12-29");
        QTest::newRow("invoice-only-due-uses-notice") << d("2026-03-03") << false << d("2026-03-02") << QDate()
                                                      << d("2026-04-01");
        QTest::newRow("agreed-due-wins-over-notice") << d("2026-03-03") << true << d("2026-01-02") << QDate()
                                                     << d("2026-03-03");
        QTest::newRow("bf-served-earlier") << QDate() << false << d("2026-03-02") << d("2026-03-20") << d("2026-03-20");
        QTest::newRow("bf-served-later-no-effect") << d("2026-03-03") << true << QDate() << d("2026-05-01")
                                                   << d("2026-03-03");
        QTest::newRow("only-bf-served") << QDate() << false << QDate() << d("2026-05-04") << d("2026-05-04");
        QTest::newRow("nothing-known") << d("2026-03-03") << false << QDate() << QDate() << QDate();
    }

    void interestStartDate()
    {
        QFETCH(QDate, due);
        QFETCH(bool, agreed);
        QFETCH(QDate, notice);
        QFETCH(QDate, served);
        QFETCH(QDate, start);

        const InterestStartFacts facts{due, agreed, notice, served};
        const auto got = LegalGuards::interestStartDate(facts, m_rules.interestDaysAfterNotice, m_calendar);
        QCOMPARE(got.ok(), start.isValid());
        if (got.ok())
            QCOMPARE(*got, start);
        else
            QVERIFY(got.error().message.contains(u"Räntelagen"_qs));

        if (notice.isValid()) {
            const auto noRule = LegalGuards::interestStartDate({QDate(), false, notice, QDate()}, 0, m_calendar);
            QVERIFY(!noRule.ok());
        }
    }

    void interestStart_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QString>("code");

        QTest::newRow("from-the-start") << d("2026-03-03") << d("2026-03-03") << QString();
        QTest::newRow("from-later") << d("2026-03-10") << d("2026-03-03") << QString();
        QTest::newRow("from-before") << d("2026-03-02") << d("2026-03-03") << u"interest_start_too_early"_qs;
        QTest::newRow("start-unknown") << d("2026-03-10") << QDate() << u"interest_start_unknown"_qs;
        QTest::newRow("no-from") << QDate() << d("2026-03-03") << u"interest_start_unknown"_qs;
    }

    void interestStart()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, start);
        QFETCH(QString, code);
        InterestPosting posting;
        posting.from = from;
        verify(LegalGuards::interestStart(posting, start), code);
    }

    void interestBase_data()
    {
        QTest::addColumn<qint64>("interestOre");
        QTest::addColumn<qint64>("feesOre");
        QTest::addColumn<bool>("rulesAllow");
        QTest::addColumn<QString>("agreement");
        QTest::addColumn<QString>("code");

        const QString agreed = u"Client contract 2025-02, appendix 3"_qs;
        QTest::newRow("principal-only") << qint64(0) << qint64(0) << false << QString() << QString();
        QTest::newRow("interest-in-base") << qint64(8219) << qint64(0) << true << agreed << u"interest_on_interest"_qs;
        QTest::newRow("fees-rules-off") << qint64(0) << qint64(18000) << false << agreed << u"interest_on_fees"_qs;
        QTest::newRow("fees-no-agreement") << qint64(0) << qint64(18000) << true << QString() << u"interest_on_fees"_qs;
        QTest::newRow("fees-allowed-and-agreed") << qint64(0) << qint64(18000) << true << agreed << QString();
    }

    void interestBase()
    {
        QFETCH(qint64, interestOre);
        QFETCH(qint64, feesOre);
        QFETCH(bool, rulesAllow);
        QFETCH(QString, agreement);
        QFETCH(QString, code);

        InterestPosting posting;
        posting.interestInBase = Money::fromOre(interestOre);
        posting.feesInBase = Money::fromOre(feesOre);
        posting.feeInterestAgreement = agreement;
        verify(LegalGuards::interestBase(posting, rulesAllow), code);
    }

    void builtInRulesRefuseInterestOnFees()
    {
        InterestPosting posting;
        posting.feesInBase = cap(FeeType::Inkassokrav).amount;
        posting.feeInterestAgreement = u"signed"_qs;
        verify(LegalGuards::interestBase(posting, m_rules.interestOnFees), u"interest_on_fees"_qs);
    }

    void onBankDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("moved");
        QTest::addColumn<QString>("code");

        QTest::newRow("monday") << d("2026-03-02") << d("2026-03-02") << QString();
        QTest::newRow("saturday") << d("2026-03-07") << d("2026-03-09") << u"non_bank_day"_qs;
        QTest::newRow("langfredagen") << d("2026-04-03") << d("2026-04-07") << u"non_bank_day"_qs;
        QTest::newRow("midsommarafton") << d("2026-06-19") << d("2026-06-22") << u"non_bank_day"_qs;
        QTest::newRow("julafton") << d("2025-12-24") << d("2025-12-29") << u"non_bank_day"_qs;
        QTest::newRow("nyarsafton") << d("2026-12-31") << d("2027-01-04") << u"non_bank_day"_qs;
        QTest::newRow("missing") << QDate() << QDate() << u"date_missing"_qs;
    }

    void onBankDay()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, moved);
        QFETCH(QString, code);

        const Guard guard = LegalGuards::onBankDay(date, m_calendar);
        verify(guard, code);
        if (moved.isValid()) {
            QCOMPARE(LegalGuards::toBankDay(date, m_calendar), moved);
            if (!guard.allowed)
                QVERIFY(guard.text.contains(moved.toString(Qt::ISODate)));
        }
    }

    void notTimeBarred_data()
    {
        QTest::addColumn<QDate>("limitationDate");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("code");

        QTest::newRow("running") << d("2026-03-15") << d("2026-01-01") << QString();
        QTest::newRow("last-day") << d("2026-03-15") << d("2026-03-15") << QString();
        QTest::newRow("day-after") << d("2026-03-15") << d("2026-03-16") << u"time_barred"_qs;
        QTest::newRow("unknown") << QDate() << d("2026-03-16") << u"limitation_unknown"_qs;
    }

    void notTimeBarred()
    {
        QFETCH(QDate, limitationDate);
        QFETCH(QDate, on);
        QFETCH(QString, code);
        verify(LegalGuards::notTimeBarred(limitationDate, on), code);
    }

    void disputes_data()
    {
        QTest::addColumn<qint64>("outstanding");
        QTest::addColumn<qint64>("disputed");
        QTest::addColumn<qint64>("bfAmount");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("demandCode");
        QTest::addColumn<QString>("bfCode");

        QTest::newRow("undisputed") << qint64(100000) << qint64(0) << qint64(100000) << QString() << QString()
                                    << QString();
        QTest::newRow("wholly-disputed") << qint64(100000) << qint64(100000) << qint64(100000) << QString()
                                         << u"disputed"_qs << u"bf_disputed_part"_qs;
        QTest::newRow("bf-for-undisputed-part") << qint64(100000) << qint64(40000) << qint64(60000) << QString()
                                                << u"disputed"_qs << QString();
        QTest::newRow("bf-over-undisputed-part") << qint64(100000) << qint64(40000) << qint64(60001) << QString()
                                                 << u"disputed"_qs << u"bf_disputed_part"_qs;
        QTest::newRow("supervisor-override") << qint64(100000) << qint64(100000) << qint64(100000)
                                             << u"Court transfer requested"_qs << u"disputed"_qs << QString();
        QTest::newRow("dispute-above-balance") << qint64(100000) << qint64(150000) << qint64(1) << QString()
                                               << u"disputed"_qs << u"bf_disputed_part"_qs;
    }

    void disputes()
    {
        QFETCH(qint64, outstanding);
        QFETCH(qint64, disputed);
        QFETCH(qint64, bfAmount);
        QFETCH(QString, override);
        QFETCH(QString, demandCode);
        QFETCH(QString, bfCode);

        verify(LegalGuards::notDisputed(Money::fromOre(disputed)), demandCode);
        verify(LegalGuards::bfUndisputedPart(Money::fromOre(bfAmount), Money::fromOre(outstanding),
                                             Money::fromOre(disputed), override),
               bfCode);
    }

    void claimDue_data()
    {
        QTest::addColumn<QDate>("due");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<QString>("code");

        QTest::newRow("day-after-due") << d("2026-03-02") << d("2026-03-03") << QString();
        QTest::newRow("on-due-date") << d("2026-03-02") << d("2026-03-02") << u"claim_not_due"_qs;
        QTest::newRow("no-due-date") << QDate() << d("2026-03-02") << u"claim_without_due_date"_qs;
    }

    void claimDue()
    {
        QFETCH(QDate, due);
        QFETCH(QDate, on);
        QFETCH(QString, code);
        verify(LegalGuards::claimDue(due, on), code);
    }

    void extremeAmountsNeverCrash()
    {
        const Money huge = Money::fromOre(std::numeric_limits<qint64>::max());
        const Money tiny = Money::fromOre(std::numeric_limits<qint64>::min());
        QVERIFY(!LegalGuards::bfUndisputedPart(huge, tiny, huge, QString()).allowed);
        QVERIFY(!LegalGuards::reminderFee({}, huge, cap(FeeType::Reminder)).allowed);
        QVERIFY(!LegalGuards::costWithinStatute({FeeType::BfAgent, huge}, m_fees.lookup(FeeType::BfAgent, today())).allowed);
        QVERIFY(LegalGuards::notDisputed(tiny).allowed);
    }
};

QTEST_GUILESS_MAIN(TestLegalGuards)
#include "tst_legalguards.moc"
