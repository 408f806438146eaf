#include "models/rules/pause.h"

#include "guardfixture.h"

#include <QTest>

using Fordran::PauseRules;
using Fordran::Pauses;
using Fordran::PauseScope;
using Fordran::PauseState;

Q_DECLARE_METATYPE(Fordran::PauseScope)

namespace {

QDate d(const char *iso) { return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate); }

PauseState pause(const char *reason, const char *from, const char *until)
{
    PauseState p;
    p.reason = QString::fromLatin1(reason);
    p.from = d(from);
    p.until = d(until);
    return p;
}

} // namespace

class TestPause final : public QObject
{
    Q_OBJECT

private:
    PauseRules m_rules = GuardFixture::rules().pauses;

private slots:
    void builtInReasons_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("requiresPerson");

        // The issue: dispute, debtor says paid, deceased and debt relief need a person;
        // a client's request resumes by itself.
        QTest::newRow("dispute") << u"dispute"_qs << true;
        QTest::newRow("debtor-says-paid") << u"debtor_says_paid"_qs << true;
        QTest::newRow("deceased") << u"deceased"_qs << true;
        QTest::newRow("debt-relief") << u"debt_relief"_qs << true;
        QTest::newRow("client-request") << u"client_request"_qs << false;
    }

    void builtInReasons()
    {
        QFETCH(QString, reason);
        QFETCH(bool, requiresPerson);
        QVERIFY(m_rules.knows(reason));
        QCOMPARE(m_rules.requiresPersonFor(reason), requiresPerson);
        QVERIFY(!Pauses::displayName(reason).isEmpty());
        QVERIFY(Pauses::displayName(reason) != reason);
    }

    void lifecycle_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<bool>("autoResume");
        QTest::addColumn<bool>("awaitsPerson");

        // Paused from 2026-03-01 until 2026-04-01 (the first day collection may resume).
        QTest::newRow("client-before-start") << u"client_request"_qs << d("2026-02-28") << false << false << false;
        QTest::newRow("client-first-day") << u"client_request"_qs << d("2026-03-01") << true << false << false;
        QTest::newRow("client-last-paused-day") << u"client_request"_qs << d("2026-03-31") << true << false << false;
        QTest::newRow("client-end-date-resumes") << u"client_request"_qs << d("2026-04-01") << false << true << false;
        QTest::newRow("client-after-end-resumes") << u"client_request"_qs << d("2026-05-01") << false << true << false;
        QTest::newRow("dispute-during") << u"dispute"_qs << d("2026-03-15") << true << false << false;
        QTest::newRow("dispute-end-date-needs-person") << u"dispute"_qs << d("2026-04-01") << true << false << true;
        QTest::newRow("deceased-long-after-still-paused") << u"deceased"_qs << d("2027-01-01") << true << false << true;
        QTest::newRow("debt-relief-end-date") << u"debt_relief"_qs << d("2026-04-01") << true << false << true;
        QTest::newRow("says-paid-end-date") << u"debtor_says_paid"_qs << d("2026-04-01") << true << false << true;
        QTest::newRow("unknown-reason-needs-person") << u"moon_phase"_qs << d("2026-04-01") << true << false << true;
    }

    void lifecycle()
    {
        QFETCH(QString, reason);
        QFETCH(QDate, on);
        QFETCH(bool, paused);
        QFETCH(bool, autoResume);
        QFETCH(bool, awaitsPerson);

        PauseState p = pause("", "2026-03-01", "2026-04-01");
        p.reason = reason;
        QCOMPARE(p.isPaused(on, m_rules), paused);
        QCOMPARE(p.shouldAutoResume(on, m_rules), autoResume);
        QCOMPARE(p.awaitsPerson(on, m_rules), awaitsPerson);
    }

    void noEndDateStaysPaused()
    {
        PauseState p = pause("client_request", "2026-03-01", "");
        QVERIFY(p.isPaused(d("2030-01-01"), m_rules));
        QVERIFY(!p.shouldAutoResume(d("2030-01-01"), m_rules));
        QVERIFY(!p.awaitsPerson(d("2030-01-01"), m_rules));
        QVERIFY(Pauses::describe(p).contains(Pauses::displayName(p.reason)));
    }

    void blocking_data()
    {
        QTest::addColumn<PauseScope>("scope");
        QTest::addColumn<qint64>("pausedClaim");
        QTest::addColumn<qint64>("askedClaim");
        QTest::addColumn<bool>("blocked");

        QTest::newRow("case-pause-blocks-any-claim") << PauseScope::Case << qint64(0) << qint64(7) << true;
        QTest::newRow("case-pause-blocks-case") << PauseScope::Case << qint64(0) << qint64(0) << true;
        QTest::newRow("claim-pause-blocks-its-claim") << PauseScope::Claim << qint64(7) << qint64(7) << true;
        QTest::newRow("claim-pause-spares-other-claim") << PauseScope::Claim << qint64(7) << qint64(8) << false;
        QTest::newRow("claim-pause-spares-case-step") << PauseScope::Claim << qint64(7) << qint64(0) << false;
    }

    void blocking()
    {
        QFETCH(PauseScope, scope);
        QFETCH(qint64, pausedClaim);
        QFETCH(qint64, askedClaim);
        QFETCH(bool, blocked);

        PauseState p = pause("dispute", "2026-03-01", "2026-04-01");
        p.scope = scope;
        p.claimId = pausedClaim;
        const QList<PauseState> all{pause("client_request", "2025-01-01", "2025-02-01"), p};
        const auto found = Pauses::blocking(all, askedClaim, d("2026-03-10"), m_rules);
        QCOMPARE(found.has_value(), blocked);
        if (blocked)
            QCOMPARE(found->reason, u"dispute"_qs);
        QVERIFY(!Pauses::blocking(all, askedClaim, d("2026-02-10"), m_rules));
    }

    void validate_data()
    {
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<PauseScope>("scope");
        QTest::addColumn<qint64>("claimId");
        QTest::addColumn<QString>("field");

        QTest::newRow("ok-case") << u"dispute"_qs << d("2026-03-01") << d("2026-04-01") << PauseScope::Case << qint64(0)
                                 << QString();
        QTest::newRow("ok-claim-no-start") << u"client_request"_qs << QDate() << d("2026-04-01") << PauseScope::Claim
                                           << qint64(3) << QString();
        QTest::newRow("unknown-reason") << u"holiday"_qs << d("2026-03-01") << d("2026-04-01") << PauseScope::Case
                                        << qint64(0) << u"reason"_qs;
        QTest::newRow("no-end-date") << u"dispute"_qs << d("2026-03-01") << QDate() << PauseScope::Case << qint64(0)
                                     << u"until"_qs;
        QTest::newRow("ends-before-start") << u"dispute"_qs << d("2026-03-01") << d("2026-02-01") << PauseScope::Case
                                           << qint64(0) << u"until"_qs;
        QTest::newRow("ends-on-start") << u"dispute"_qs << d("2026-03-01") << d("2026-03-01") << PauseScope::Case
                                       << qint64(0) << u"until"_qs;
        QTest::newRow("claim-without-id") << u"dispute"_qs << d("2026-03-01") << d("2026-04-01") << PauseScope::Claim
                                          << qint64(0) << u"claim_id"_qs;
    }

    void validate()
    {
        QFETCH(QString, reason);
        QFETCH(QDate, from);
        QFETCH(QDate, until);
        QFETCH(PauseScope, scope);
        QFETCH(qint64, claimId);
        QFETCH(QString, field);

        const PauseState p{reason, scope, claimId, from, until, {}};
        const auto status = p.validate(m_rules);
        QCOMPARE(status.ok(), field.isEmpty());
        if (!status.ok()) {
            QCOMPARE(status.error().field, field);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void scopeNames()
    {
        for (auto scope : {PauseScope::Case, PauseScope::Claim})
            QCOMPARE(Fordran::fromMachineName<PauseScope>(Fordran::machineName(scope)), scope);
        QCOMPARE(Fordran::machineName(PauseScope::Claim), u"claim"_qs);
        QCOMPARE(Fordran::fromMachineName<PauseScope>(u"Case"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestPause)
#include "tst_pause.moc"
