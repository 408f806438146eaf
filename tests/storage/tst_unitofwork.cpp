#include "storagetestutil.h"

#include "models/storage/clientrepository.h"
#include "models/storage/unitofwork.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::errorText;

namespace {

Client client(const QString &orgnr)
{
    Client c;
    c.orgnr = orgnr;
    c.name = u"Client "_qs + orgnr;
    return c;
}

qsizetype clientCount(Database &db)
{
    const auto all = ClientRepository(db).all();
    return all.ok() ? all->size() : -1;
}

} // namespace

class TestUnitOfWork final : public QObject
{
    Q_OBJECT

private slots:
    void commitKeepsChanges_data() { Fordran::Test::addEngineRows(); }
    void commitKeepsChanges()
    {
        FORDRAN_TEST_DATABASE(test);
        {
            UnitOfWork unit(test.db());
            QVERIFY2(unit.ok(), qPrintable(errorText(unit.status())));
            QVERIFY(test.db().inTransaction());
            ClientRepository clients(test.db());
            QVERIFY(clients.insert(client(u"5560360793"_qs)).ok());
            QVERIFY(clients.insert(client(u"5592021234"_qs)).ok());
            const auto committed = unit.commit();
            QVERIFY2(committed.ok(), qPrintable(errorText(committed)));
            QVERIFY(!unit.commit().ok()); // only once
        }
        QVERIFY(!test.db().inTransaction());
        QCOMPARE(clientCount(test.db()), 2);
        // Seen from another connection too.
        auto other = test.openAnother();
        QVERIFY(other.ok());
        QCOMPARE(clientCount(*other.value()), 2);
    }

    void rollsBackUnlessCommitted_data() { Fordran::Test::addEngineRows(); }
    void rollsBackUnlessCommitted()
    {
        FORDRAN_TEST_DATABASE(test);
        {
            UnitOfWork unit(test.db());
            QVERIFY(unit.ok());
            QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
            QCOMPARE(clientCount(test.db()), 1);
        }
        QVERIFY(!test.db().inTransaction());
        QCOMPARE(clientCount(test.db()), 0);
    }

    void explicitRollback_data() { Fordran::Test::addEngineRows(); }
    void explicitRollback()
    {
        FORDRAN_TEST_DATABASE(test);
        UnitOfWork unit(test.db());
        QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
        unit.rollback();
        QVERIFY(!test.db().inTransaction());
        QVERIFY(!unit.commit().ok());
        QCOMPARE(clientCount(test.db()), 0);
    }

    void nestedUnitsJoinTheOuter_data() { Fordran::Test::addEngineRows(); }
    void nestedUnitsJoinTheOuter()
    {
        FORDRAN_TEST_DATABASE(test);
        {
            UnitOfWork outer(test.db());
            {
                UnitOfWork inner(test.db());
                QVERIFY(inner.ok());
                QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
                QVERIFY(inner.commit().ok());
            }
            QVERIFY(test.db().inTransaction()); // the inner commit did not end the transaction
        } // outer not committed: the inner work goes too
        QCOMPARE(clientCount(test.db()), 0);
    }

    void failedInnerUnitSpoilsTheOuter_data() { Fordran::Test::addEngineRows(); }
    void failedInnerUnitSpoilsTheOuter()
    {
        FORDRAN_TEST_DATABASE(test);
        UnitOfWork outer(test.db());
        QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
        {
            UnitOfWork inner(test.db());
            QVERIFY(ClientRepository(test.db()).insert(client(u"5592021234"_qs)).ok());
        } // left without commit
        const auto committed = outer.commit();
        QVERIFY(!committed.ok());
        QVERIFY(!committed.error().message.isEmpty());
        QVERIFY(!test.db().inTransaction());
        QCOMPARE(clientCount(test.db()), 0);
    }

    void failedStatementThenRollbackLeavesConnectionUsable_data() { Fordran::Test::addEngineRows(); }
    void failedStatementThenRollbackLeavesConnectionUsable()
    {
        FORDRAN_TEST_DATABASE(test);
        ClientRepository clients(test.db());
        QVERIFY(clients.insert(client(u"5560360793"_qs)).ok());
        {
            UnitOfWork unit(test.db());
            QVERIFY(clients.insert(client(u"5592021234"_qs)).ok());
            QVERIFY(!clients.insert(client(u"5560360793"_qs)).ok()); // duplicate
        }
        QCOMPARE(clientCount(test.db()), 1);
        QVERIFY(clients.insert(client(u"5592021234"_qs)).ok());
        QCOMPARE(clientCount(test.db()), 2);
    }

    void uncommittedWorkIsInvisibleToOthers_data() { Fordran::Test::addEngineRows(); }
    void uncommittedWorkIsInvisibleToOthers()
    {
        FORDRAN_TEST_DATABASE(test);
        auto other = test.openAnother();
        QVERIFY2(other.ok(), qPrintable(errorText(other)));
        UnitOfWork unit(test.db());
        QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
        QCOMPARE(clientCount(*other.value()), 0);
        QVERIFY(unit.commit().ok());
        QCOMPARE(clientCount(*other.value()), 1);
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
