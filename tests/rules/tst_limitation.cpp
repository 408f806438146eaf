#include "models/rules/limitation.h"

#include "guardfixture.h"

#include <QTest>

using Fordran::ClaimLimitationFacts;
using Fordran::DebtorType;
using Fordran::InterruptionEvent;
using Fordran::InterruptionKind;
using Fordran::Limitation;
using Fordran::LimitationRules;
using Fordran::LimitationStatus;

Q_DECLARE_METATYPE(Fordran::DebtorType)
Q_DECLARE_METATYPE(Fordran::LimitationStatus)
Q_DECLARE_METATYPE(Fordran::InterruptionEvent)

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

InterruptionEvent interruption(const char *date, InterruptionKind kind, const char *evidence = "register 4711")
{
    return {d(date), kind, QString::fromLatin1(evidence)};
}

} // namespace

class TestLimitation final : public QObject
{
    Q_OBJECT

private:
    LimitationRules m_rules = GuardFixture::rules().limitation;

private slots:
    void builtInRules()
    {
        QVERIFY(Limitation::validate(m_rules).ok());
        QVERIFY(m_rules.consumerYears < m_rules.otherYears);
        QVERIFY(m_rules.alertDays > 0);
    }

    void compute_data()
    {
        QTest::addColumn<QDate>("contract");
        QTest::addColumn<QDate>("invoice");
        QTest::addColumn<DebtorType>("type");
        QTest::addColumn<bool>("negotiable");
        QTest::addColumn<QList<InterruptionEvent>>("events");
        QTest::addColumn<QDate>("limitationDate");
        QTest::addColumn<int>("ignored");

        const auto C = DebtorType::Consumer;
        const auto B = DebtorType::Business;
        using K = InterruptionKind;
        const QList<InterruptionEvent> none;

        // Expected dates by hand: domain.md §6 (3 years consumer, 10 years otherwise, restarted
        // by each counted interruption).
        QTest::newRow("consumer-3-years") << d("2023-03-15") << QDate() << C << false << none << d("2026-03-15") << 0;
        QTest::newRow("business-10-years") << d("2016-05-10") << QDate() << B << false << none << d("2026-05-10") << 0;
        QTest::newRow("invoice-date-when-no-contract") << QDate() << d("2023-02-01") << C << false << none
                                                       << d("2026-02-01") << 0;
        QTest::newRow("contract-date-before-invoice-date") << d("2022-11-20") << d("2023-01-05") << C << false << none
                                                           << d("2025-11-20") << 0;
        QTest::newRow("consumer-negotiable-note-10-years") << d("2020-01-10") << QDate() << C << true << none
                                                           << d("2030-01-10") << 0;
        QTest::newRow("delivered-demand-restarts") << d("2021-01-10") << QDate() << C << false
                                                   << QList{interruption("2023-06-01", K::DemandDelivered)} << d("2026-06-01") << 0;
        QTest::newRow("undelivered-demand-does-not-restart")
            << d("2021-01-10") << QDate() << C << false << QList{interruption("2023-06-01", K::DemandDelivered, "")}
            << d("2024-01-10") << 1;
        QTest::newRow("blank-evidence-does-not-restart")
            << d("2021-01-10") << QDate() << C << false << QList{interruption("2023-06-01", K::DemandDelivered, "  ")}
            << d("2024-01-10") << 1;
        QTest::newRow("payment-restarts-business") << d("2015-03-01") << QDate() << B << false
                                                   << QList{interruption("2024-02-10", K::Payment)} << d("2034-02-10") << 0;
        QTest::newRow("acknowledgement-restarts") << d("2022-04-04") << QDate() << C << false
                                                  << QList{interruption("2024-09-30", K::Acknowledgement)} << d("2027-09-30") << 0;
        QTest::newRow("legal-action-restarts") << d("2022-04-04") << QDate() << C << false
                                               << QList{interruption("2025-01-15", K::LegalAction)} << d("2028-01-15") << 0;
        QTest::newRow("payment-without-evidence-still-counts") << d("2022-04-04") << QDate() << C << false
                                                               << QList{interruption("2024-01-02", K::Payment, "")}
                                                               << d("2027-01-02") << 0;
        QTest::newRow("chain-in-any-order")
            << d("2015-01-01") << QDate() << C << false
            << QList{interruption("2021-06-01", K::Payment), interruption("2017-03-01", K::DemandDelivered),
                     interruption("2019-08-15", K::Acknowledgement)}
            << d("2024-06-01") << 0;
        QTest::newRow("chain-broken-by-expiry")
            << d("2015-01-01") << QDate() << C << false
            << QList{interruption("2017-03-01", K::DemandDelivered), interruption("2021-06-01", K::Payment)}
            << d("2020-03-01") << 1;
        QTest::newRow("interruption-on-the-last-day-counts") << d("2020-01-01") << QDate() << C << false
                                                             << QList{interruption("2023-01-01", K::Payment)}
                                                             << d("2026-01-01") << 0;
        QTest::newRow("interruption-the-day-after-does-not") << d("2020-01-01") << QDate() << C << false
                                                             << QList{interruption("2023-01-02", K::Payment)}
                                                             << d("2023-01-01") << 1;
        QTest::newRow("event-before-creation-ignored") << d("2022-05-01") << QDate() << C << false
                                                       << QList{interruption("2022-04-01", K::Acknowledgement)}
                                                       << d("2025-05-01") << 1;
        QTest::newRow("event-without-date-ignored") << d("2022-05-01") << QDate() << C << false
                                                    << QList{InterruptionEvent{QDate(), K::Payment, u"x"_qs}}
                                                    << d("2025-05-01") << 1;
        QTest::newRow("leap-day-creation-consumer") << d("2024-02-29") << QDate() << C << false << none
                                                    << d("2027-02-28") << 0;
        QTest::newRow("leap-day-creation-business") << d("2024-02-29") << QDate() << B << false << none
                                                    << d("2034-02-28") << 0;
        QTest::newRow("leap-day-interruption") << d("2022-05-01") << QDate() << C << false
                                               << QList{interruption("2024-02-29", K::Payment)} << d("2027-02-28") << 0;
    }

    void compute()
    {
        QFETCH(QDate, contract);
        QFETCH(QDate, invoice);
        QFETCH(DebtorType, type);
        QFETCH(bool, negotiable);
        QFETCH(QList<InterruptionEvent>, events);
        QFETCH(QDate, limitationDate);
        QFETCH(int, ignored);

        const ClaimLimitationFacts facts{contract, invoice, type, negotiable, events};
        const auto info = Limitation::compute(facts, m_rules);
        QVERIFY(info.ok());
        QCOMPARE(info->limitationDate, limitationDate);
        QCOMPARE(info->ignored.size(), ignored);
        for (const auto &skipped : info->ignored)
            QVERIFY(!skipped.reason.isEmpty());
        QCOMPARE(info->creationDate, contract.isValid() ? contract : invoice);
        QCOMPARE(info->lastInterruption.has_value(), info->startDate != info->creationDate);
        QCOMPARE(info->alertFrom, limitationDate.addDays(-m_rules.alertDays));
    }

    void status_data()
    {
        QTest::addColumn<QDate>("on");
        QTest::addColumn<LimitationStatus>("status");

        // Consumer claim created 2023-03-15: limitation date 2026-03-15; the built-in 90-day
        // alert window opens on 2025-12-15.
        QTest::newRow("running") << d("2025-06-01") << LimitationStatus::Running;
        QTest::newRow("day-before-alert") << d("2025-12-14") << LimitationStatus::Running;
        QTest::newRow("first-alert-day") << d("2025-12-15") << LimitationStatus::AlertWindow;
        QTest::newRow("last-day") << d("2026-03-15") << LimitationStatus::AlertWindow;
        QTest::newRow("time-barred") << d("2026-03-16") << LimitationStatus::TimeBarred;
        QTest::newRow("long-after") << d("2040-01-01") << LimitationStatus::TimeBarred;
    }

    void status()
    {
        QFETCH(QDate, on);
        QFETCH(LimitationStatus, status);

        ClaimLimitationFacts facts;
        facts.contractDate = d("2023-03-15");
        const auto info = Limitation::compute(facts, m_rules);
        QVERIFY(info.ok());
        QCOMPARE(info->alertFrom, d("2026-03-15").addDays(-m_rules.alertDays));
        QCOMPARE(info->status(on), status);
        QCOMPARE(info->isTimeBarred(on), status == LimitationStatus::TimeBarred);
    }

    void errors_data()
    {
        QTest::addColumn<QDate>("contract");
        QTest::addColumn<int>("consumerYears");
        QTest::addColumn<int>("otherYears");
        QTest::addColumn<int>("alertDays");
        QTest::addColumn<QString>("field");

        const LimitationRules ok = GuardFixture::rules().limitation;
        QTest::newRow("no-creation-date") << QDate() << ok.consumerYears << ok.otherYears << ok.alertDays
                                          << u"contract_date"_qs;
        QTest::newRow("zero-years") << d("2023-01-01") << 0 << ok.otherYears << ok.alertDays << u"limitation"_qs;
        QTest::newRow("negative-years") << d("2023-01-01") << ok.consumerYears << -10 << ok.alertDays
                                        << u"limitation"_qs;
        QTest::newRow("negative-alert") << d("2023-01-01") << ok.consumerYears << ok.otherYears << -1
                                        << u"limitation.alert_days"_qs;
    }

    void errors()
    {
        QFETCH(QDate, contract);
        QFETCH(int, consumerYears);
        QFETCH(int, otherYears);
        QFETCH(int, alertDays);
        QFETCH(QString, field);

        ClaimLimitationFacts facts;
        facts.contractDate = contract;
        LimitationRules rules = m_rules;
        rules.consumerYears = consumerYears;
        rules.otherYears = otherYears;
        rules.alertDays = alertDays;
        const auto info = Limitation::compute(facts, rules);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().field, field);
        QVERIFY(!info.error().message.isEmpty());
    }

    void machineNames()
    {
        for (auto kind : {InterruptionKind::DemandDelivered, InterruptionKind::Payment,
                          InterruptionKind::Acknowledgement, InterruptionKind::LegalAction})
            QCOMPARE(Fordran::fromMachineName<InterruptionKind>(Fordran::machineName(kind)), kind);
        for (auto status : {LimitationStatus::Running, LimitationStatus::AlertWindow, LimitationStatus::TimeBarred})
            QCOMPARE(Fordran::fromMachineName<LimitationStatus>(Fordran::machineName(status)), status);
        QCOMPARE(Fordran::fromMachineName<InterruptionKind>(u"delivered"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestLimitation)
#include "tst_limitation.moc"
