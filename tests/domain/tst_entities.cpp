#include "models/domain/entities.h"

#include <QSet>
#include <QTest>

using namespace Fordran;

namespace {

/*! Every value of \a E round-trips through its machine name, and the names are distinct. */
template<typename E>
bool roundTrips(const QList<E> &values, QString *why)
{
    QSet<QString> seen;
    for (E value : values) {
        const QString name = machineName(value);
        if (name.isEmpty() || seen.contains(name) || fromMachineName<E>(name) != value) {
            *why = u"bad machine name '"_qs + name + u'\'';
            return false;
        }
        seen.insert(name);
    }
    return true;
}

} // namespace

class TestEntities final : public QObject
{
    Q_OBJECT

private slots:
    void machineNamesRoundTrip()
    {
        QString why;
        QVERIFY2(roundTrips(allCaseStatuses(), &why), qPrintable(why));
        QCOMPARE(allCaseStatuses().size(), 10);
        QVERIFY2(roundTrips<Segment>({Segment::Risk, Segment::Normal, Segment::Vip}, &why), qPrintable(why));
        QVERIFY2(roundTrips<DebtorType>({DebtorType::Consumer, DebtorType::Business}, &why), qPrintable(why));
        QVERIFY2(roundTrips<DebtorKind>({DebtorKind::Person, DebtorKind::Organisation}, &why), qPrintable(why));
        QVERIFY2(roundTrips<DebtorRole>({DebtorRole::Main, DebtorRole::Joint, DebtorRole::Guarantor}, &why),
                 qPrintable(why));
        QVERIFY2(roundTrips<InterestKind>({InterestKind::Reference, InterestKind::Fixed}, &why), qPrintable(why));
        QVERIFY2(roundTrips<LedgerKind>({LedgerKind::Principal, LedgerKind::Interest, LedgerKind::Fee,
                                         LedgerKind::Payment, LedgerKind::Reversal},
                                        &why),
                 qPrintable(why));
    }

    // The stored names are part of the database and cli.md: they must never change.
    void storedNames_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("status-new") << machineName(CaseStatus::New) << u"new"_qs;
        QTest::newRow("status-bf") << machineName(CaseStatus::Bf) << u"bf"_qs;
        QTest::newRow("status-surveillance") << machineName(CaseStatus::Surveillance) << u"surveillance"_qs;
        QTest::newRow("segment-vip") << machineName(Segment::Vip) << u"vip"_qs;
        QTest::newRow("debtor-business") << machineName(DebtorType::Business) << u"business"_qs;
        QTest::newRow("ledger-reversal") << machineName(LedgerKind::Reversal) << u"reversal"_qs;
        QTest::newRow("role-guarantor") << machineName(DebtorRole::Guarantor) << u"guarantor"_qs;
    }
    void storedNames()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void unknownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("upper-case") << u"NEW"_qs;
        QTest::newRow("padded") << u" new"_qs;
        QTest::newRow("other") << u"archived"_qs;
    }
    void unknownNames()
    {
        QFETCH(QString, name);
        QVERIFY(!fromMachineName<CaseStatus>(name).has_value());
        QVERIFY(!fromMachineName<LedgerKind>(name).has_value());
        QVERIFY(!fromMachineName<Segment>(name).has_value());
    }

    void displayNamesAreSet()
    {
        for (CaseStatus status : allCaseStatuses())
            QVERIFY(!EntityText::displayName(status).isEmpty());
    }

    void nameKey_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::newRow("lower-cased") << u"Anna ÅSTRÖM"_qs << u"anna åström"_qs;
        QTest::newRow("whitespace-collapsed") << u"  Bo \t Ek  "_qs << u"bo ek"_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void nameKey()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QCOMPARE(Debtor::nameKeyFor(name), key);
    }

    void effectiveComponent_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("component"); // -1: none
        QTest::addColumn<int>("effective");
        QTest::newRow("principal") << int(LedgerKind::Principal) << -1 << int(LedgerKind::Principal);
        QTest::newRow("fee-ignores-component") << int(LedgerKind::Fee) << int(LedgerKind::Interest) << int(LedgerKind::Fee);
        QTest::newRow("payment-to-interest") << int(LedgerKind::Payment) << int(LedgerKind::Interest)
                                             << int(LedgerKind::Interest);
        QTest::newRow("unallocated-payment") << int(LedgerKind::Payment) << -1 << int(LedgerKind::Payment);
        QTest::newRow("reversal-of-fee") << int(LedgerKind::Reversal) << int(LedgerKind::Fee) << int(LedgerKind::Fee);
    }
    void effectiveComponent()
    {
        QFETCH(int, kind);
        QFETCH(int, component);
        QFETCH(int, effective);
        LedgerEntry e;
        e.kind = LedgerKind(kind);
        if (component >= 0)
            e.component = LedgerKind(component);
        QCOMPARE(int(e.effectiveComponent()), effective);
    }
};

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
