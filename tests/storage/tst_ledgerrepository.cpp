#include "storagetestutil.h"

#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/unitofwork.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::errorText;

namespace {

// The ledger is append-only: no member that changes or removes a line may exist.
template<typename R>
concept CanUpdateLine = requires(R r, const LedgerEntry &e) { r.update(e); };
template<typename R>
concept CanRemoveLine = requires(R r, qint64 id) { r.remove(id); };
template<typename R>
concept CanDeleteLine = requires(R r, qint64 id) { r.deleteEntry(id); };
template<typename R>
concept CanEraseLine = requires(R r, qint64 id) { r.erase(id); };
template<typename R>
concept CanSetAmount = requires(R r, qint64 id, Money m) { r.setAmount(id, m); };
static_assert(!CanUpdateLine<LedgerRepository> && !CanRemoveLine<LedgerRepository> && !CanDeleteLine<LedgerRepository>
                  && !CanEraseLine<LedgerRepository> && !CanSetAmount<LedgerRepository>,
              "the ledger must stay append-only");

struct Ids
{
    qint64 caseId = 0;
    qint64 claimId = 0;
    qint64 secondClaimId = 0;
    QString why;
};

/*! A client, debtor, case and two claims. */
Ids setUp(Database &db)
{
    Ids ids;
    Client client;
    client.orgnr = u"5560360793"_qs;
    client.name = u"Elbolaget AB"_qs;
    const auto clientId = ClientRepository(db).insert(client);
    Debtor debtor;
    debtor.identity = u"198112189876"_qs;
    debtor.name = u"Anna Åström"_qs;
    const auto debtorId = DebtorRepository(db).insert(debtor);
    if (!clientId || !debtorId) {
        ids.why = errorText(clientId) + errorText(debtorId);
        return ids;
    }
    Case c;
    c.caseNo = u"2026-000001"_qs;
    c.ocr = u"2026000018"_qs;
    c.clientId = *clientId;
    c.debtorId = *debtorId;
    const auto caseId = CaseRepository(db).insert(c);
    if (!caseId) {
        ids.why = errorText(caseId);
        return ids;
    }
    ClaimRepository claims(db);
    Claim claim;
    claim.caseId = *caseId;
    claim.clientId = *clientId;
    claim.invoiceNo = u"F-1"_qs;
    claim.dueDate = QDate(2026, 1, 31);
    claim.originalAmount = Money::fromOre(100000);
    const auto first = claims.insert(claim);
    claim.invoiceNo = u"F-2"_qs;
    const auto second = claims.insert(claim);
    ids.why = errorText(first) + errorText(second);
    ids.caseId = *caseId;
    ids.claimId = first.valueOr(0);
    ids.secondClaimId = second.valueOr(0);
    return ids;
}

LedgerEntry line(const Ids &ids, LedgerKind kind, qint64 ore, const QString &feeType = {})
{
    LedgerEntry e;
    e.caseId = ids.caseId;
    e.claimId = ids.claimId;
    e.entryDate = QDate(2026, 2, 1);
    e.kind = kind;
    e.feeType = feeType;
    e.amount = Money::fromOre(ore);
    return e;
}

Money cachedBalance(Database &db, qint64 caseId)
{
    const auto c = CaseRepository(db).byId(caseId);
    return c.ok() && c->has_value() ? (*c)->balance : Money::fromOre(-1);
}

} // namespace

class TestLedgerRepository final : public QObject
{
    Q_OBJECT

private slots:
    void appendKeepsBalanceCacheEqualToSum_data() { Fordran::Test::addEngineRows(); }
    void appendKeepsBalanceCacheEqualToSum()
    {
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());

        QList<LedgerEntry> lines{line(ids, LedgerKind::Principal, 100000), line(ids, LedgerKind::Interest, 2345),
                                 line(ids, LedgerKind::Fee, 18000, u"inkassokrav"_qs),
                                 line(ids, LedgerKind::Principal, 55000)};
        lines[3].claimId = ids.secondClaimId;
        LedgerEntry payment = line(ids, LedgerKind::Payment, -30000);
        payment.component = LedgerKind::Fee;
        payment.feeType = u"inkassokrav"_qs;
        payment.reference = u"BGC 123"_qs;
        lines.append(payment);

        qint64 expected = 0;
        for (const LedgerEntry &e : std::as_const(lines)) {
            const auto id = ledger.append(e);
            QVERIFY2(id.ok(), qPrintable(errorText(id)));
            expected += e.amount.ore();
            QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(expected));
            QCOMPARE(ledger.balanceForCase(ids.caseId).valueOr(Money()), Money::fromOre(expected));
        }
        QCOMPARE(ledger.balanceForClaim(ids.secondClaimId).valueOr(Money()), Money::fromOre(55000));
        QCOMPARE(ledger.balanceForClaim(ids.claimId).valueOr(Money()), Money::fromOre(expected - 55000));

        const auto entries = ledger.entriesForCase(ids.caseId);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), lines.size());
        const LedgerEntry &paid = entries->last();
        QCOMPARE(paid.kind, LedgerKind::Payment);
        QCOMPARE(paid.component, std::optional<LedgerKind>(LedgerKind::Fee));
        QCOMPARE(paid.effectiveComponent(), LedgerKind::Fee);
        QCOMPARE(paid.reference, u"BGC 123"_qs);
        QCOMPARE(paid.entryDate, QDate(2026, 2, 1));
        QCOMPARE(entries->first().component, std::optional<LedgerKind>());
        QCOMPARE(ledger.entriesForClaim(ids.secondClaimId)->size(), 1);
    }

    void reversalUndoesALineOnce_data() { Fordran::Test::addEngineRows(); }
    void reversalUndoesALineOnce()
    {
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());
        QVERIFY(ledger.append(line(ids, LedgerKind::Principal, 100000)).ok());
        const auto fee = ledger.append(line(ids, LedgerKind::Fee, 6000, u"reminder"_qs));
        QVERIFY(fee.ok());
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(106000));

        const auto reversal = ledger.reverse(*fee, QDate(2026, 2, 5), u"fee not agreed"_qs);
        QVERIFY2(reversal.ok(), qPrintable(errorText(reversal)));
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(100000));
        QCOMPARE(ledger.balanceForCase(ids.caseId).valueOr(Money()), Money::fromOre(100000));
        const auto r = ledger.byId(*reversal);
        QVERIFY(r.ok() && r->has_value());
        QCOMPARE((*r)->kind, LedgerKind::Reversal);
        QCOMPARE((*r)->reversesId, *fee);
        QCOMPARE((*r)->amount, Money::fromOre(-6000));
        QCOMPARE((*r)->feeType, u"reminder"_qs);
        QCOMPARE((*r)->effectiveComponent(), LedgerKind::Fee);
        QCOMPARE((*r)->claimId, ids.claimId);

        QVERIFY(!ledger.reverse(*fee, QDate(2026, 2, 6), {}).ok());       // only once
        QVERIFY(!ledger.reverse(*reversal, QDate(2026, 2, 6), {}).ok());  // not a reversal
        QVERIFY(!ledger.reverse(987654, QDate(2026, 2, 6), {}).ok());     // no such line
        QCOMPARE(ledger.balanceForCase(ids.caseId).valueOr(Money()), Money::fromOre(100000));
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(100000));
    }

    void invalidLinesAreRefused_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("ore");
        QTest::addColumn<QString>("feeType");
        QTest::addColumn<bool>("unknownCase");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "zero") << int(LedgerKind::Principal) << qint64(0) << QString() << false;
            Fordran::Test::newEngineRow(engine, "reversal-without-line")
                << int(LedgerKind::Reversal) << qint64(-100) << QString() << false;
            Fordran::Test::newEngineRow(engine, "fee-without-type") << int(LedgerKind::Fee) << qint64(6000) << QString() << false;
            Fordran::Test::newEngineRow(engine, "positive-payment")
                << int(LedgerKind::Payment) << qint64(100) << QString() << false;
            Fordran::Test::newEngineRow(engine, "unknown-case")
                << int(LedgerKind::Principal) << qint64(100) << QString() << true;
        }
    }
    void invalidLinesAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(qint64, ore);
        QFETCH(QString, feeType);
        QFETCH(bool, unknownCase);
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());
        QVERIFY(ledger.append(line(ids, LedgerKind::Principal, 5000)).ok());
        LedgerEntry bad = line(ids, LedgerKind(kind), ore, feeType);
        if (unknownCase) {
            bad.caseId = 424242;
            bad.claimId = 0;
        }
        const auto refused = ledger.append(bad);
        QVERIFY(!refused.ok());
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(!test.db().inTransaction());
        QCOMPARE(ledger.entriesForCase(ids.caseId)->size(), 1);
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(5000));
    }

    void rolledBackUnitLeavesLedgerAndCacheUnchanged_data() { Fordran::Test::addEngineRows(); }
    void rolledBackUnitLeavesLedgerAndCacheUnchanged()
    {
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());
        QVERIFY(ledger.append(line(ids, LedgerKind::Principal, 7000)).ok());
        {
            UnitOfWork unit(test.db());
            QVERIFY(unit.ok());
            QVERIFY(ledger.append(line(ids, LedgerKind::Interest, 300)).ok());
            QVERIFY(ledger.append(line(ids, LedgerKind::Fee, 6000, u"reminder"_qs)).ok());
            QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(13300)); // visible inside
        } // no commit
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(7000));
        QCOMPARE(ledger.balanceForCase(ids.caseId).valueOr(Money()), Money::fromOre(7000));
        QCOMPARE(ledger.entriesForCase(ids.caseId)->size(), 1);
        {
            UnitOfWork unit(test.db());
            QVERIFY(ledger.append(line(ids, LedgerKind::Interest, 300)).ok());
            QVERIFY(unit.commit().ok());
        }
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(7300));
    }

    void caseLevelLineWithoutClaim_data() { Fordran::Test::addEngineRows(); }
    void caseLevelLineWithoutClaim()
    {
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());
        LedgerEntry overpaid = line(ids, LedgerKind::Payment, -2500);
        overpaid.claimId = 0;
        const auto id = ledger.append(overpaid);
        QVERIFY2(id.ok(), qPrintable(errorText(id)));
        QCOMPARE((*ledger.byId(*id))->claimId, qint64(0));
        QCOMPARE(cachedBalance(test.db(), ids.caseId), Money::fromOre(-2500));
        QCOMPARE(ledger.balanceForClaim(ids.claimId).valueOr(Money::fromOre(1)), Money());
    }

    void largeAmountsStayExact_data() { Fordran::Test::addEngineRows(); }
    void largeAmountsStayExact()
    {
        FORDRAN_TEST_DATABASE(test);
        const Ids ids = setUp(test.db());
        QVERIFY2(ids.why.isEmpty(), qPrintable(ids.why));
        LedgerRepository ledger(test.db());
        // Beyond 2^53 öre in total: a double would round the sum.
        const qint64 big = Money::MaxParsedOre;
        for (int i = 0; i < 100; ++i)
            QVERIFY(ledger.append(line(ids, LedgerKind::Principal, big)).ok());
        QVERIFY(ledger.append(line(ids, LedgerKind::Interest, 1)).ok());
        const Money expected = Money::fromOre(big * 100 + 1);
        QCOMPARE(ledger.balanceForCase(ids.caseId).valueOr(Money()), expected);
        QCOMPARE(cachedBalance(test.db(), ids.caseId), expected);
    }
};

QTEST_GUILESS_MAIN(TestLedgerRepository)
#include "tst_ledgerrepository.moc"
