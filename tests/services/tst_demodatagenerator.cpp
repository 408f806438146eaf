// DemoDataGenerator (pure generation) and DemoDataService (storing it) on SQLite and PostgreSQL.
#include "storage/storagetestutil.h"

#include "models/domain/bankgiro.h"
#include "models/domain/identity.h"
#include "models/domain/ocr.h"
#include "models/services/demodatagenerator.h"
#include "models/services/demodataservice.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/ledgerrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>
#include <QTest>

using namespace Fordran;

namespace {

const QDate Today(2026, 3, 16);

FeeSchedule fees()
{
    const auto table = FeeSchedule::builtIn();
    return table ? *table : FeeSchedule();
}

QList<DemoCase> generate(quint32 seed, qint64 count, QDate today = Today)
{
    DemoDataGenerator generator(seed, today, count, fees());
    QList<DemoCase> cases;
    while (generator.generated() < count)
        cases.append(generator.next());
    return cases;
}

void addDebtor(QCryptographicHash &hash, const Debtor &d)
{
    for (const QString &s :
         {d.identity, machineName(d.kind), d.name, d.careOf, d.address, d.postalCode, d.city,
          d.country, d.phone, d.email, d.createdAt.toString(Qt::ISODateWithMs)})
        hash.addData((s + u'|').toUtf8());
}

/*! Everything a demo case holds, as one SHA-256. */
QByteArray digest(const QList<DemoCase> &cases)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const DemoCase &c : cases) {
        hash.addData(QStringLiteral("%1|%2|%3|%4|")
                         .arg(c.number)
                         .arg(c.clientIndex)
                         .arg(c.debtor.index)
                         .arg(c.assignedUserIndex)
                         .toUtf8());
        addDebtor(hash, c.debtor.data);
        if (c.jointDebtor)
            addDebtor(hash, c.jointDebtor->data);
        const Case &k = c.caseData;
        for (const QString &s :
             {machineName(k.status), machineName(k.segment), k.openedOn.toString(Qt::ISODate),
              k.nextActionDate.toString(Qt::ISODate), k.nextAction,
              k.pausedUntil.toString(Qt::ISODate), k.pauseReason, k.closedOn.toString(Qt::ISODate),
              k.closeReason})
            hash.addData((s + u'|').toUtf8());
        for (const Claim &claim : c.claims)
            hash.addData(
                QStringLiteral("%1|%2|%3|%4|%5|%6|%7|")
                    .arg(claim.invoiceNo, claim.dueDate.toString(Qt::ISODate), claim.description)
                    .arg(claim.originalAmount.ore())
                    .arg(claim.reminderFeeAgreed)
                    .arg(claim.fixedRate.basisPoints())
                    .arg(claim.disputed)
                    .toUtf8());
        for (const DemoLedgerLine &line : c.ledger)
            hash.addData(QStringLiteral("%1|%2|%3|%4|%5|")
                             .arg(line.claimIndex)
                             .arg(machineName(line.entry.kind), line.entry.feeType,
                                  line.entry.entryDate.toString(Qt::ISODate))
                             .arg(line.entry.amount.ore())
                             .toUtf8());
        for (const DemoEvent &e : c.events)
            hash.addData(
                (e.event.type + e.event.text + e.event.occurredOn.toString(Qt::ISODate)).toUtf8());
    }
    return hash.result();
}

qint64 ledgerSum(const DemoCase &c)
{
    qint64 sum = 0;
    for (const DemoLedgerLine &line : c.ledger)
        sum += line.entry.amount.ore();
    return sum;
}

} // namespace

class TestDemoDataGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void reproducible_data()
    {
        QTest::addColumn<quint32>("seedA");
        QTest::addColumn<quint32>("seedB");
        QTest::addColumn<bool>("same");
        QTest::newRow("same-seed") << 7u << 7u << true;
        QTest::newRow("seed-0-twice") << 0u << 0u << true;
        QTest::newRow("different-seed") << 7u << 8u << false;
        QTest::newRow("seed-1-vs-42") << 1u << 42u << false;
    }
    void reproducible()
    {
        QFETCH(quint32, seedA);
        QFETCH(quint32, seedB);
        QFETCH(bool, same);
        const QByteArray a = digest(generate(seedA, 400));
        const QByteArray b = digest(generate(seedB, 400));
        QCOMPARE(a == b, same);
    }

    void todayMovesTheDates()
    {
        const QList<DemoCase> now = generate(5, 50);
        const QList<DemoCase> later = generate(5, 50, Today.addDays(30));
        QVERIFY(digest(now) != digest(later));
        for (const DemoCase &c : later)
            QVERIFY(c.caseData.openedOn <= Today.addDays(30));
    }

    void clientsAndUsersAreValid()
    {
        const QList<Client> clients = DemoDataGenerator::clients();
        QVERIFY(clients.size() >= 5);
        QSet<QString> orgnrs;
        for (const Client &client : clients) {
            const auto orgnr = Identity::parse(client.orgnr, Today);
            QVERIFY2(orgnr.ok(), qPrintable(client.name + u": " + client.orgnr));
            QVERIFY(orgnr->isLegalPerson());
            QCOMPARE(orgnr->normalized(), client.orgnr);
            const auto bankgiro = Bankgiro::parse(client.bankgiro);
            QVERIFY2(bankgiro.ok(), qPrintable(client.name + u": " + client.bankgiro));
            QVERIFY(!client.name.isEmpty() && client.postalCode.size() == 5);
            orgnrs.insert(client.orgnr);
        }
        QCOMPARE(orgnrs.size(), clients.size());
        QSet<QString> logins;
        for (const User &user : DemoDataGenerator::users())
            logins.insert(user.login);
        QCOMPARE(logins.size(), DemoDataGenerator::users().size());
        // The clients are the same whatever the seed: a second run reuses them.
        QCOMPARE(DemoDataGenerator::clients().first().orgnr, clients.first().orgnr);
    }

    void identitiesAreValid_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed-1") << 1u;
        QTest::newRow("seed-42") << 42u;
        QTest::newRow("seed-max") << 4294967295u;
    }
    void identitiesAreValid()
    {
        QFETCH(quint32, seed);
        const QList<DemoCase> cases = generate(seed, 3000);
        QSet<QString> identities;
        int organisations = 0;
        int persons = 0;
        int foreign = 0;
        for (const DemoCase &c : cases) {
            QList<DemoDebtor> debtors {c.debtor};
            if (c.jointDebtor)
                debtors.append(*c.jointDebtor);
            for (const DemoDebtor &debtor : debtors) {
                if (!debtor.firstAppearance)
                    continue;
                const Debtor &d = debtor.data;
                QVERIFY2(!d.name.isEmpty() && !d.address.isEmpty() && !d.city.isEmpty(),
                         qPrintable(d.name));
                if (d.identity.isEmpty()) {
                    QVERIFY(d.country != u"SE");
                    ++foreign;
                    continue;
                }
                QCOMPARE(d.country, u"SE"_qs);
                QCOMPARE(d.postalCode.size(), 5);
                const auto parsed = Identity::parse(d.identity, Today);
                QVERIFY2(
                    parsed.ok(),
                    qPrintable(d.identity + u": " + (parsed ? QString() : parsed.error().message)));
                QCOMPARE(parsed->normalized(), d.identity);
                QCOMPARE(parsed->isLegalPerson(), d.kind == DebtorKind::Organisation);
                if (d.kind == DebtorKind::Person) {
                    ++persons;
                    const int age = parsed->birthDate().daysTo(Today) / 365;
                    QVERIFY2(age >= 18 && age <= 91, qPrintable(d.identity));
                } else {
                    ++organisations;
                }
                QVERIFY2(!identities.contains(d.identity),
                         qPrintable(u"identity twice: " + d.identity));
                identities.insert(d.identity);
            }
        }
        const int share = organisations * 100 / (organisations + persons);
        QVERIFY2(share >= 8 && share <= 25, qPrintable(QString::number(share)));
        QVERIFY(foreign < cases.size() / 20);
    }

    void claimsAreRealistic()
    {
        const QList<DemoCase> cases = generate(3, 5000);
        QHash<int, QSet<QString>> invoices;
        QSet<qint64> debtorIndexes;
        int repeats = 0;
        int business = 0;
        int claims = 0;
        QSet<CaseStatus> statuses;
        QDate previousOpening;
        for (const DemoCase &c : cases) {
            QVERIFY(c.claims.size() >= 1 && c.claims.size() <= 3);
            QVERIFY(!previousOpening.isValid()
                    || c.caseData.openedOn >= previousOpening); // chronological
            previousOpening = c.caseData.openedOn;
            QVERIFY(c.caseData.openedOn < Today && c.caseData.openedOn >= Today.addDays(-731));
            for (const Claim &claim : c.claims) {
                ++claims;
                QVERIFY2(!invoices[c.clientIndex].contains(claim.invoiceNo),
                         qPrintable(claim.invoiceNo));
                invoices[c.clientIndex].insert(claim.invoiceNo);
                QVERIFY(claim.originalAmount.ore() >= 200'00
                        && claim.originalAmount.ore() <= 200'000'00);
                QVERIFY(claim.dueDate < c.caseData.openedOn
                        && claim.dueDate >= Today.addDays(-800));
                QVERIFY(claim.invoiceDate < claim.dueDate);
                QVERIFY(!claim.description.isEmpty());
                business += claim.debtorType == DebtorType::Business;
            }
            if (!c.debtor.firstAppearance) {
                ++repeats;
                QVERIFY(debtorIndexes.contains(c.debtor.index));
            }
            debtorIndexes.insert(c.debtor.index);
            statuses.insert(c.caseData.status);
            // The ledger: never owing less than nothing; closed cases owe nothing.
            const qint64 balance = ledgerSum(c);
            QVERIFY(balance >= 0);
            QCOMPARE(balance == 0, c.caseData.status == CaseStatus::Closed);
            QCOMPARE(c.caseData.closedOn.isValid(), c.caseData.status == CaseStatus::Closed);
            QCOMPARE(c.caseData.nextActionDate.isValid(), c.caseData.status != CaseStatus::Closed);
            QCOMPARE(c.events.first().event.type, u"registered"_qs);
            for (const DemoEvent &e : c.events)
                QVERIFY(e.event.occurredOn >= c.caseData.openedOn && e.event.occurredOn <= Today);
        }
        QCOMPARE(statuses.size(), allCaseStatuses().size());
        QVERIFY2(repeats > cases.size() / 30 && repeats < cases.size() / 6,
                 qPrintable(QString::number(repeats)));
        QVERIFY(business > claims / 20 && business < claims / 3);
    }

    void storesOnBothEngines_data() { Test::addEngineRows(); }
    void storesOnBothEngines()
    {
        FORDRAN_TEST_DATABASE(test);
        constexpr int count = 200;
        DemoDataService service(test.db());
        int calls = 0;
        const auto summary
            = service.fill({count, 11, Today, 64}, [&calls](const DemoDataProgress &p) {
                  ++calls;
                  return p.written <= p.total;
              });
        QVERIFY2(summary.ok(), qPrintable(Test::errorText(summary)));
        QCOMPARE(summary->cases, qint64(count));
        QVERIFY(!summary->cancelled);
        QCOMPARE(calls, 4); // 64 + 64 + 64 + 8
        QCOMPARE(*CaseRepository(test.db()).count(), qint64(count));

        CaseRepository cases(test.db());
        ClaimRepository claims(test.db());
        LedgerRepository ledger(test.db());
        EventRepository events(test.db());
        DebtorRepository debtors(test.db());
        QSet<QString> caseNumbers;
        QSet<QString> ocrs;
        qint64 claimCount = 0;
        int found = 0;
        for (qint64 id = 1; found < count && id <= 4 * count; ++id) {
            const auto c = cases.byId(id);
            QVERIFY2(c.ok(), qPrintable(Test::errorText(c)));
            if (!c->has_value())
                continue;
            ++found;
            const Case &k = **c;
            QVERIFY2(Ocr::check(k.ocr, true).ok(), qPrintable(k.ocr));
            QVERIFY(!caseNumbers.contains(k.caseNo) && !ocrs.contains(k.ocr));
            caseNumbers.insert(k.caseNo);
            ocrs.insert(k.ocr);
            QCOMPARE(k.balance, *ledger.balanceForCase(k.id));
            const auto caseClaims = claims.forCase(k.id);
            QVERIFY(caseClaims.ok() && !caseClaims->isEmpty());
            claimCount += caseClaims->size();
            QVERIFY(!events.forCase(k.id)->isEmpty());
            const auto debtor = debtors.byId(k.debtorId);
            QVERIFY(debtor.ok() && debtor->has_value());
        }
        QCOMPARE(found, count);
        QCOMPARE(claimCount, summary->claims);
    }

    void secondRunOnFilledDatabase_data() { Test::addEngineRows(); }
    void secondRunOnFilledDatabase()
    {
        FORDRAN_TEST_DATABASE(test);
        DemoDataService service(test.db());
        const auto first = service.fill({120, 5, Today});
        QVERIFY2(first.ok(), qPrintable(Test::errorText(first)));
        // The same seed again: every identity and invoice number is taken already.
        const auto second = service.fill({120, 5, Today});
        QVERIFY2(second.ok(), qPrintable(Test::errorText(second)));
        QCOMPARE(second->cases, qint64(120));
        // The debtors of the first run are reused; only those without a Swedish number are new.
        qint64 withoutIdentity = 0;
        const QList<DemoCase> generated = generate(5, 120);
        for (const DemoCase &c : generated) {
            withoutIdentity += c.debtor.firstAppearance && c.debtor.data.identity.isEmpty();
            withoutIdentity += c.jointDebtor && c.jointDebtor->data.identity.isEmpty();
        }
        QCOMPARE(second->debtors, withoutIdentity);
        // A taken invoice number gets a suffix.
        const Claim &claim = generated.first().claims.first();
        const auto client = ClientRepository(test.db()).byOrgnr(
            DemoDataGenerator::clients().at(generated.first().clientIndex).orgnr);
        QVERIFY(client.ok() && client->has_value());
        QVERIFY(*ClaimRepository(test.db()).existsInvoice((*client)->id, claim.invoiceNo + u"-2"));
        QCOMPARE(*CaseRepository(test.db()).count(), qint64(240));
        const auto clients = ClientRepository(test.db()).all();
        QCOMPARE(clients->size(), DemoDataGenerator::clients().size());
    }

    void cancelKeepsFinishedBatches()
    {
        Test::TestDatabase test(Test::sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        const auto summary = DemoDataService(test.db()).fill(
            {500, 2, Today, 50}, [](const DemoDataProgress &p) { return p.written < 100; });
        QVERIFY2(summary.ok(), qPrintable(Test::errorText(summary)));
        QVERIFY(summary->cancelled);
        QCOMPARE(summary->cases, qint64(100));
        QCOMPARE(*CaseRepository(test.db()).count(), qint64(100));
    }

    void sameSeedSameDatabase()
    {
        // The writer adds nothing random: two empty databases get the same cases.
        QStringList rows[2];
        for (QStringList &out : rows) {
            Test::TestDatabase test(Test::sqliteEngine());
            QVERIFY2(test.ok(), qPrintable(test.errorText()));
            QVERIFY(DemoDataService(test.db()).fill({80, 9, Today}).ok());
            CaseRepository cases(test.db());
            DebtorRepository debtors(test.db());
            for (qint64 id = 1; id <= 80; ++id) {
                const Case k = **cases.byId(id);
                const Debtor d = **debtors.byId(k.debtorId);
                out.append(QStringList {k.caseNo, k.ocr, machineName(k.status),
                                        QString::number(k.balance.ore()), d.name, d.identity}
                               .join(u';'));
            }
        }
        QCOMPARE(rows[0], rows[1]);
    }

    void refusesBadOptions_data()
    {
        QTest::addColumn<qint64>("cases");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("batch");
        QTest::newRow("zero-cases") << qint64(0) << Today << 10;
        QTest::newRow("negative-cases") << qint64(-5) << Today << 10;
        QTest::newRow("too-many") << DemoDataService::MaxCases + 1 << Today << 10;
        QTest::newRow("no-today") << qint64(10) << QDate() << 10;
        QTest::newRow("zero-batch") << qint64(10) << Today << 0;
    }
    void refusesBadOptions()
    {
        QFETCH(qint64, cases);
        QFETCH(QDate, today);
        QFETCH(int, batch);
        Test::TestDatabase test(Test::sqliteEngine());
        QVERIFY2(test.ok(), qPrintable(test.errorText()));
        const auto summary = DemoDataService(test.db()).fill({cases, 1, today, batch});
        QVERIFY(!summary.ok());
        QVERIFY(!summary.error().message.isEmpty());
        QCOMPARE(*CaseRepository(test.db()).count(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestDemoDataGenerator)
#include "tst_demodatagenerator.moc"
