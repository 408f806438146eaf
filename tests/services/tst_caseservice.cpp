// CaseService on SQLite and PostgreSQL: the balance split derived from the ledger as of a date
// (reversals, payments against principal, posted and accrued interest, closed cases, fixed
// rates), a half-year without a reference rate, the parties and the timeline.
#include "storage/queuefixture.h"
#include "storage/storagetestutil.h"

#include "models/rules/interest.h"
#include "models/rules/referencerates.h"
#include "models/rules/scoring.h"
#include "models/services/caseservice.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::QueueCase;
using Fordran::Test::QueueFixture;

namespace {

const QDate Due(2025, 12, 31);
const QDate Opened(2026, 1, 15);
const QDate PaidOn = Opened.addDays(20); // QueueFixture books the payment 20 days after opening
const QDate FeeOn = Opened.addDays(1);
const QDate AsOf(2026, 3, 31);

InterestCalculator calculator(bool adjustDue = true)
{
    InterestConventions conventions = InterestConventions::defaults().value();
    conventions.adjustDueToBankDay = adjustDue;
    return InterestCalculator(ReferenceRateTable::builtIn().value(), conventions);
}

} // namespace

class TestCaseService final : public QObject
{
    Q_OBJECT

private slots:
    void balanceSplit_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("scenario");
        for (const QString &engine : Fordran::Test::engines()) {
            for (const char *scenario :
                 {"principal-only", "fee-and-payment", "reversed-fee", "reversed-payment",
                  "posted-interest", "closed", "fixed-rate", "as-of-before-the-fee"})
                Fordran::Test::newEngineRow(engine, scenario) << QString::fromLatin1(scenario);
        }
    }
    void balanceSplit()
    {
        QFETCH(QString, scenario);
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        QueueCase spec;
        spec.debtorName = QStringLiteral("Eva Ek");
        spec.identity = QueueFixture::personnummer(QDate(1981, 12, 18), 987);
        spec.dueDate = Due;
        spec.openedOn = Opened;
        const bool withFee = scenario == u"fee-and-payment" || scenario == u"reversed-fee"
            || scenario == u"as-of-before-the-fee";
        const bool withPayment = scenario == u"fee-and-payment" || scenario == u"reversed-payment";
        spec.feeOre = withFee ? 6000 : 0;
        spec.paidOre = withPayment ? 20000 : 0;
        if (scenario == u"closed")
            spec.status = CaseStatus::Closed;
        if (scenario == u"fixed-rate") {
            spec.interestKind = InterestKind::Fixed;
            spec.fixedRateBp = 1200;
        }
        const auto stored = fx.add(spec);
        QVERIFY2(stored.ok(), qPrintable(Fordran::Test::errorText(stored)));

        LedgerRepository ledger(test.db());
        const auto entries = ledger.entriesForCase(stored->id);
        QVERIFY(entries.ok());
        const auto lineOf = [&entries](LedgerKind kind) {
            for (const LedgerEntry &e : *entries) {
                if (e.kind == kind)
                    return e.id;
            }
            return qint64(0);
        };
        const QDate reversedOn(2026, 2, 20);
        if (scenario == u"reversed-fee")
            QVERIFY(
                ledger.reverse(lineOf(LedgerKind::Fee), reversedOn, QStringLiteral("fel")).ok());
        if (scenario == u"reversed-payment")
            QVERIFY(ledger.reverse(lineOf(LedgerKind::Payment), reversedOn, QStringLiteral("åter"))
                        .ok());
        const QDate postedThrough(2026, 2, 27);
        const Money posted = Money::fromOre(1500);
        if (scenario == u"posted-interest") {
            LedgerEntry interest;
            interest.claimId = stored->claimId;
            interest.caseId = stored->id;
            interest.entryDate = postedThrough;
            interest.kind = LedgerKind::Interest;
            interest.amount = posted;
            QVERIFY(ledger.append(interest).ok());
        }

        const QDate asOf = scenario == u"as-of-before-the-fee" ? Opened : AsOf;
        const auto details = CaseService(test.db()).details(stored->id, asOf);
        QVERIFY2(details.ok(), qPrintable(Fordran::Test::errorText(details)));
        QVERIFY(details->has_value());
        const CaseDetails &d = **details;

        // What the scenario booked up to the date.
        QList<PrincipalStep> steps {{Due, Money::fromOre(100000)}};
        if (withPayment)
            steps.append({PaidOn, Money::fromOre(80000)});
        if (scenario == u"reversed-payment")
            steps.append({reversedOn, Money::fromOre(100000)});
        const Money fees
            = Money::fromOre(withFee && scenario != u"reversed-fee" && asOf >= FeeOn ? 6000 : 0);
        const Money paid = Money::fromOre(scenario == u"fee-and-payment" ? 20000 : 0);
        Money interest;
        if (scenario == u"posted-interest") {
            interest = posted
                + calculator(false).computeSchedule(steps, postedThrough, asOf).value().total;
        } else if (scenario == u"fixed-rate") {
            interest = calculator()
                           .computeSchedule(steps, Due, asOf, Percentage::fromBasisPoints(1200))
                           .value()
                           .total;
        } else if (scenario != u"closed") {
            interest = calculator().computeSchedule(steps, Due, asOf).value().total;
        }

        QCOMPARE(d.asOf, asOf);
        QCOMPARE(d.balance.principal, Money::fromOre(100000));
        QCOMPARE(d.balance.fees, fees);
        QCOMPARE(d.balance.paid, paid);
        QCOMPARE(d.balance.interest, interest);
        QCOMPARE(d.balance.total(), Money::fromOre(100000) + fees - paid + interest);
        QCOMPARE(d.claims.size(), 1);
        QCOMPARE(d.claims.first().balance.total(), d.balance.total());
        QCOMPARE(d.fees.size(), fees.isZero() ? 0 : 1);
        QVERIFY(d.warnings.isEmpty());
        if (scenario != u"closed")
            QVERIFY(interest.isPositive());
        // With nothing left to reverse or pay later, the booked part equals the cached balance.
        if (asOf == AsOf)
            QCOMPARE(d.balance.total() - d.claims.first().interestAccrued, d.caseData.balance);
    }

    void missingReferenceRateIsNamed_data() { Fordran::Test::addEngineRows(); }
    void missingReferenceRateIsNamed()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        QueueCase spec;
        spec.debtorName = QStringLiteral("Bo Berg");
        spec.dueDate = Due;
        spec.openedOn = Opened;
        const auto stored = fx.add(spec);
        QVERIFY(stored.ok());

        const ReferenceRateTable rates = ReferenceRateTable::builtIn().value();
        const QDate missing = rates.entries().last().validFrom.addMonths(6);
        const QDate asOf = missing.addMonths(3);
        const auto details = CaseService(test.db()).details(stored->id, asOf);
        QVERIFY(details.ok() && details->has_value());
        const CaseDetails &d = **details;
        QCOMPARE(d.warnings.size(), 1);
        QVERIFY2(d.warnings.first().contains(ReferenceRateTable::halfYearLabel(missing)),
                 qPrintable(d.warnings.first()));
        QVERIFY(d.warnings.first().contains(d.claims.first().claim.invoiceNo));
        const Money upToMissing
            = calculator().compute(Money::fromOre(100000), Due, missing.addDays(-1)).value().total;
        QCOMPARE(d.balance.interest, upToMissing);
    }

    void partiesAndTimeline_data() { Fordran::Test::addEngineRows(); }
    void partiesAndTimeline()
    {
        FORDRAN_TEST_DATABASE(test);
        QueueFixture fx(test.db());
        QVERIFY(fx.addBasics().ok());
        QueueCase spec;
        spec.debtorName = QStringLiteral("Eva Ek");
        spec.officer = 1;
        const auto stored = fx.add(spec);
        QueueCase other;
        other.debtorName = QStringLiteral("Olle Ek");
        other.identity = QueueFixture::personnummer(QDate(1979, 4, 2), 555);
        const auto second = fx.add(other);
        QVERIFY(stored.ok() && second.ok());
        QVERIFY(CaseRepository(test.db())
                    .addDebtor(stored->id, second->debtorId, DebtorRole::Guarantor)
                    .ok());
        Event later;
        later.caseId = stored->id;
        later.occurredOn = spec.openedOn.addDays(10);
        later.type = QStringLiteral("letter");
        later.text = QStringLiteral("Betalningspåminnelse skickad");
        QVERIFY(EventRepository(test.db()).append(later).ok());

        CaseService service(test.db());
        const auto d = service.detailsByCaseNo(u"  " + stored->caseNo + u" ");
        QVERIFY(d.ok() && d->has_value());
        QCOMPARE((*d)->caseData.id, stored->id);
        QCOMPARE((*d)->client.name, QStringLiteral("Alfa Energi AB"));
        QCOMPARE((*d)->assignedUser->login, QStringLiteral("bo"));
        QCOMPARE((*d)->debtors.size(), 2);
        QCOMPARE((*d)->mainDebtor()->name, QStringLiteral("Eva Ek"));
        QCOMPARE((*d)->debtors.at(1).role, DebtorRole::Guarantor);
        QCOMPARE((*d)->events.size(), 2);
        QCOMPARE((*d)->events.first().type, QStringLiteral("letter")); // newest first
        // The process engine's score (ProcessPreviewService): every factor with its reason.
        QVERIFY((*d)->score);
        QVERIFY((*d)->score->value >= 0 && (*d)->score->value <= 100);
        QCOMPARE((*d)->score->reasons.size(), ScoringModel::factorIds().size());

        const auto none = service.detailsByCaseNo(QStringLiteral("2099-000001"));
        QVERIFY(none.ok());
        QVERIFY(!none->has_value());
        QVERIFY(!service.details(-1)->has_value());
    }
};

QTEST_GUILESS_MAIN(TestCaseService)
#include "tst_caseservice.moc"
