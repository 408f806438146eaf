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

    // A read snapshot sees the database as at its first statement: not what another connection
    // commits meanwhile, and that again once it has ended. No write transaction inside it.
    void readSnapshotIgnoresLaterCommits_data() { Fordran::Test::addEngineRows(); }
    void readSnapshotIgnoresLaterCommits()
    {
        FORDRAN_TEST_DATABASE(test);
        QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
        auto reader = Database::openReader(test.config());
        QVERIFY2(reader.ok(), qPrintable(errorText(reader)));
        Database &r = *reader.value();
        QVERIFY(r.beginRead().ok());
        QVERIFY(!r.beginRead().ok()); // not twice
        QCOMPARE(clientCount(r), 1);
        {
            UnitOfWork unit(r);
            QVERIFY(!unit.ok()); // no writing inside a snapshot
        }
        QVERIFY(ClientRepository(test.db()).insert(client(u"5592021234"_qs)).ok());
        QCOMPARE(clientCount(r), 1);
        r.endRead();
        QCOMPARE(clientCount(r), 2);
        QVERIFY(!r.inTransaction());
    }

    // SQLite's data version: the same after this connection's own commits, another after one of
    // another connection. PostgreSQL has none. A reader connection copies no log.
    void dataVersionTellsOtherWriters_data() { Fordran::Test::addEngineRows(); }
    void dataVersionTellsOtherWriters()
    {
        FORDRAN_TEST_DATABASE(test);
        const auto first = test.db().dataVersion();
        if (engine == Fordran::Test::postgresEngine()) {
            QVERIFY(!first.ok());
            return;
        }
        QVERIFY2(first.ok(), qPrintable(errorText(first)));
        {
            UnitOfWork unit(test.db());
            QVERIFY(ClientRepository(test.db()).insert(client(u"5560360793"_qs)).ok());
            QVERIFY(unit.commit().ok());
        }
        QCOMPARE(*test.db().dataVersion(), *first);
        auto reader = Database::openReader(test.config());
        QVERIFY2(reader.ok(), qPrintable(errorText(reader)));
        QVERIFY(!reader.value()->checkpointsInBackground());
        QCOMPARE(clientCount(*reader.value()), 1);
        QCOMPARE(*test.db().dataVersion(), *first); // reading is not writing
        auto other = test.openAnother();
        QVERIFY(other.ok());
        QVERIFY(ClientRepository(*other.value()).insert(client(u"5592021234"_qs)).ok());
        QVERIFY(*test.db().dataVersion() != *first);
    }
};

QTEST_GUILESS_MAIN(TestUnitOfWork)
#include "tst_unitofwork.moc"
