#include "storagetestutil.h"

#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/importbatchrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sqlsupport.h"
#include "models/storage/taskrepository.h"
#include "models/storage/unitofwork.h"
#include "models/storage/userrepository.h"

#include <QTest>

using namespace Fordran;
using Fordran::Test::errorText;

namespace {

Client sampleClient(const QString &orgnr = u"5560360793"_qs, const QString &name = u"Elbolaget AB"_qs)
{
    Client c;
    c.orgnr = orgnr;
    c.name = name;
    c.bankgiro = u"56781234"_qs;
    c.address = u"Storgatan 1"_qs;
    c.postalCode = u"11122"_qs;
    c.city = u"Stockholm"_qs;
    c.reminderTermsRef = u"Allmänna villkor 2024-01, punkt 7"_qs;
    return c;
}

Debtor sampleDebtor(const QString &identity = u"198112189876"_qs, const QString &name = u"Anna Åström"_qs)
{
    Debtor d;
    d.identity = identity;
    d.name = name;
    d.address = u"Vägen 2"_qs;
    d.postalCode = u"41301"_qs;
    d.city = u"Göteborg"_qs;
    d.phone = u"+46701234567"_qs;
    d.email = u"anna@example.se"_qs;
    return d;
}

/*! A client, a debtor and a case; the ids, or 0 on failure (with the reason in \a why). */
struct Fixture
{
    qint64 clientId = 0;
    qint64 debtorId = 0;
    qint64 caseId = 0;
    QString why;
    bool ok() const { return caseId != 0; }
};

Fixture makeCase(Database &db, const QString &caseNo = u"2026-000001"_qs, const QString &ocr = u"2026000018"_qs)
{
    Fixture f;
    ClientRepository clients(db);
    DebtorRepository debtors(db);
    CaseRepository cases(db);
    const auto client = clients.byOrgnr(u"5560360793"_qs);
    if (client.ok() && client->has_value()) {
        f.clientId = (*client)->id;
    } else {
        const auto id = clients.insert(sampleClient());
        f.clientId = id.valueOr(0);
        f.why += errorText(id);
    }
    const auto debtor = debtors.findByIdentity(u"198112189876"_qs);
    if (debtor.ok() && debtor->has_value()) {
        f.debtorId = (*debtor)->id;
    } else {
        const auto id = debtors.insert(sampleDebtor());
        f.debtorId = id.valueOr(0);
        f.why += errorText(id);
    }
    Case c;
    c.caseNo = caseNo;
    c.ocr = ocr;
    c.clientId = f.clientId;
    c.debtorId = f.debtorId;
    c.openedOn = QDate(2026, 1, 15);
    const auto id = cases.insert(c);
    f.caseId = id.valueOr(0);
    f.why += errorText(id);
    return f;
}

Claim sampleClaim(const Fixture &f, const QString &invoiceNo, QDate due)
{
    Claim c;
    c.caseId = f.caseId;
    c.clientId = f.clientId;
    c.invoiceNo = invoiceNo;
    c.invoiceDate = due.addDays(-30);
    c.dueDate = due;
    c.contractDate = due.addDays(-45);
    c.originalAmount = Money::fromOre(123450);
    c.description = u"El, december"_qs;
    c.debtorType = DebtorType::Consumer;
    c.reminderFeeAgreed = true;
    c.interestKind = InterestKind::Fixed;
    c.fixedRate = Percentage::fromBasisPoints(1250);
    return c;
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private slots:
    void prefixUpperBound_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("bound");
        QTest::newRow("ascii") << u"abc"_qs << u"abd"_qs;
        QTest::newRow("swedish") << u"andersö"_qs << QStringLiteral("anders\u00F7"); // the code point after ö
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("last-is-ffff") << QStringLiteral("a\uFFFF") << u"b"_qs;
        QTest::newRow("before-surrogates") << QStringLiteral("a\uD7FF") << QStringLiteral("a\uE000");
        QTest::newRow("astral-last") << QStringLiteral("a\U0001F600") << QString();
    }
    void prefixUpperBound()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, bound);
        QCOMPARE(Sql::prefixUpperBound(prefix), bound);
        if (!bound.isEmpty())
            QVERIFY(prefix < bound);
    }

    void clientRoundTrip_data() { Fordran::Test::addEngineRows(); }
    void clientRoundTrip()
    {
        FORDRAN_TEST_DATABASE(test);
        ClientRepository clients(test.db());
        Client written = sampleClient();
        written.createdAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
        const auto id = clients.insert(written);
        QVERIFY2(id.ok(), qPrintable(errorText(id)));
        QVERIFY(*id > 0);
        const auto second = clients.insert(sampleClient(u"5592021234"_qs, u"Abc Fastigheter AB"_qs));
        QVERIFY2(second.ok(), qPrintable(errorText(second)));

        const auto read = clients.byOrgnr(written.orgnr);
        QVERIFY(read.ok() && read->has_value());
        const Client &c = **read;
        QCOMPARE(c.id, *id);
        QCOMPARE(c.name, written.name);
        QCOMPARE(c.bankgiro, written.bankgiro);
        QCOMPARE(c.address, written.address);
        QCOMPARE(c.postalCode, written.postalCode);
        QCOMPARE(c.city, written.city);
        QCOMPARE(c.reminderTermsRef, written.reminderTermsRef);
        QCOMPARE(c.createdAt, written.createdAt);

        const auto byId = clients.byId(*id);
        QVERIFY(byId.ok() && byId->has_value());
        QCOMPARE((*byId)->orgnr, written.orgnr);
        const auto missing = clients.byOrgnr(u"0000000000"_qs);
        QVERIFY(missing.ok() && !missing->has_value());

        const auto all = clients.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).name, u"Abc Fastigheter AB"_qs); // by name
    }

    void uniquenessViolationsAreErrors_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("field");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "client-orgnr") << u"client"_qs << u"orgnr"_qs;
            Fordran::Test::newEngineRow(engine, "user-login") << u"user"_qs << u"login"_qs;
            Fordran::Test::newEngineRow(engine, "debtor-identity") << u"debtor"_qs << u"identity"_qs;
            Fordran::Test::newEngineRow(engine, "case-number") << u"case_no"_qs << u"case_no"_qs;
            Fordran::Test::newEngineRow(engine, "case-ocr") << u"ocr"_qs << u"case_no"_qs;
            Fordran::Test::newEngineRow(engine, "claim-invoice") << u"claim"_qs << u"invoice_no"_qs;
        }
    }
    void uniquenessViolationsAreErrors()
    {
        QFETCH(QString, what);
        QFETCH(QString, field);
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        Result<qint64> duplicate = Error();
        if (what == u"client") {
            duplicate = ClientRepository(test.db()).insert(sampleClient(u"5560360793"_qs, u"Other name"_qs));
        } else if (what == u"user") {
            UserRepository users(test.db());
            QVERIFY(users.insert({0, u"anna"_qs, u"Anna"_qs, u"handler"_qs, true, {}}).ok());
            duplicate = users.insert({0, u"anna"_qs, u"Anna Two"_qs, u"admin"_qs, true, {}});
        } else if (what == u"debtor") {
            duplicate = DebtorRepository(test.db()).insert(sampleDebtor(u"198112189876"_qs, u"Someone Else"_qs));
        } else if (what == u"case_no" || what == u"ocr") {
            Case c;
            c.caseNo = what == u"case_no" ? u"2026-000001"_qs : u"2026-000002"_qs;
            c.ocr = what == u"ocr" ? u"2026000018"_qs : u"2026000026"_qs;
            c.clientId = f.clientId;
            c.debtorId = f.debtorId;
            duplicate = CaseRepository(test.db()).insert(c);
        } else {
            ClaimRepository claims(test.db());
            QVERIFY(claims.insert(sampleClaim(f, u"F-1"_qs, QDate(2026, 1, 1))).ok());
            duplicate = claims.insert(sampleClaim(f, u"F-1"_qs, QDate(2026, 2, 1)));
        }
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().field, field);
        QVERIFY(!duplicate.error().message.isEmpty());
        QVERIFY(!duplicate.error().detail.isEmpty());
        // Outside a transaction the connection stays usable after the violation.
        QVERIFY(ClientRepository(test.db()).all().ok());
        QCOMPARE(CaseRepository(test.db()).count().valueOr(-1), qint64(1));
    }

    void userRoundTrip_data() { Fordran::Test::addEngineRows(); }
    void userRoundTrip()
    {
        FORDRAN_TEST_DATABASE(test);
        UserRepository users(test.db());
        const auto id = users.insert({0, u"bo"_qs, u"Bo Ek"_qs, u"admin"_qs, false, {}});
        QVERIFY2(id.ok(), qPrintable(errorText(id)));
        QVERIFY(users.insert({0, u"anna"_qs, u"Anna Al"_qs, u"handler"_qs, true, {}}).ok());
        const auto bo = users.byLogin(u"bo"_qs);
        QVERIFY(bo.ok() && bo->has_value());
        QCOMPARE((*bo)->id, *id);
        QCOMPARE((*bo)->name, u"Bo Ek"_qs);
        QCOMPARE((*bo)->role, u"admin"_qs);
        QCOMPARE((*bo)->active, false);
        QVERIFY((*bo)->createdAt.isValid());
        const auto all = users.all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->first().login, u"anna"_qs);
        QVERIFY(users.byId(*id).ok());
    }

    void debtorRoundTrip_data() { Fordran::Test::addEngineRows(); }
    void debtorRoundTrip()
    {
        FORDRAN_TEST_DATABASE(test);
        DebtorRepository debtors(test.db());
        Debtor written = sampleDebtor();
        written.careOf = u"Bo Ek"_qs;
        written.protectedIdentity = true;
        written.deceasedOn = QDate(2025, 12, 31);
        const auto id = debtors.insert(written);
        QVERIFY2(id.ok(), qPrintable(errorText(id)));
        const auto read = debtors.findByIdentity(written.identity);
        QVERIFY(read.ok() && read->has_value());
        const Debtor &d = **read;
        QCOMPARE(d.id, *id);
        QCOMPARE(d.kind, DebtorKind::Person);
        QCOMPARE(d.name, written.name);
        QCOMPARE(d.careOf, written.careOf);
        QCOMPARE(d.country, u"SE"_qs);
        QCOMPARE(d.protectedIdentity, true);
        QCOMPARE(d.deceasedOn, written.deceasedOn);

        // Foreign debtors have no Swedish number: several may be stored.
        Debtor foreign = sampleDebtor(QString(), u"Ola Nordmann"_qs);
        foreign.country = u"NO"_qs;
        QVERIFY(debtors.insert(foreign).ok());
        QVERIFY(debtors.insert(foreign).ok());
        const auto none = debtors.findByIdentity(QString());
        QVERIFY(none.ok() && !none->has_value());

        Debtor changed = d;
        changed.name = u"Anna Berg"_qs;
        changed.address = u"Nya vägen 9"_qs;
        changed.deceasedOn = QDate();
        changed.protectedIdentity = false;
        QVERIFY(debtors.updateContact(changed).ok());
        const auto after = debtors.byId(d.id);
        QVERIFY(after.ok() && after->has_value());
        QCOMPARE((*after)->name, u"Anna Berg"_qs);
        QCOMPARE((*after)->address, u"Nya vägen 9"_qs);
        QVERIFY(!(*after)->deceasedOn.isValid());
        QCOMPARE((*after)->identity, written.identity);
        changed.id = 999999;
        QVERIFY(!debtors.updateContact(changed).ok());
    }

    void nameSearch_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QStringList>("names");
        for (const QString &engine : Fordran::Test::engines()) {
            Fordran::Test::newEngineRow(engine, "lower-case-prefix")
                << u"anders"_qs << QStringList{u"Anders Ek"_qs, u"ANDERSSON ÅSA"_qs, u"Andersson, Bo"_qs}; // ' ' < ','

            Fordran::Test::newEngineRow(engine, "mixed-case-prefix")
                << u"ANDERSS"_qs << QStringList{u"ANDERSSON ÅSA"_qs, u"Andersson, Bo"_qs};
            Fordran::Test::newEngineRow(engine, "swedish-letter") << u"å"_qs << QStringList{u"Åberg Olle"_qs};
            Fordran::Test::newEngineRow(engine, "after-z") << u"z"_qs << QStringList{u"Zetterlund Eva"_qs};
            Fordran::Test::newEngineRow(engine, "no-match") << u"q"_qs << QStringList{};
            Fordran::Test::newEngineRow(engine, "whitespace-collapsed") << u"anders  ek"_qs << QStringList{u"Anders Ek"_qs};
        }
    }
    void nameSearch()
    {
        QFETCH(QString, prefix);
        QFETCH(QStringList, names);
        FORDRAN_TEST_DATABASE(test);
        DebtorRepository debtors(test.db());
        const QStringList all{u"Zetterlund Eva"_qs, u"Andersson, Bo"_qs, u"Åberg Olle"_qs, u"Anders Ek"_qs,
                              u"ANDERSSON ÅSA"_qs, u"Berg Anders"_qs};
        int n = 0;
        for (const QString &name : all)
            QVERIFY(debtors.insert(sampleDebtor(QStringLiteral("19800101%1").arg(++n, 4, 10, QLatin1Char('0')), name)).ok());
        const auto found = debtors.searchByNamePrefix(prefix);
        QVERIFY2(found.ok(), qPrintable(errorText(found)));
        QStringList foundNames;
        for (const Debtor &d : *found)
            foundNames.append(d.name);
        QCOMPARE(foundNames, names);
    }

    void caseRoundTrip_data() { Fordran::Test::addEngineRows(); }
    void caseRoundTrip()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        CaseRepository cases(test.db());
        const auto read = cases.byCaseNo(u"2026-000001"_qs);
        QVERIFY(read.ok() && read->has_value());
        const Case &c = **read;
        QCOMPARE(c.id, f.caseId);
        QCOMPARE(c.ocr, u"2026000018"_qs);
        QCOMPARE(c.clientId, f.clientId);
        QCOMPARE(c.debtorId, f.debtorId);
        QCOMPARE(c.status, CaseStatus::New);
        QCOMPARE(c.segment, Segment::Normal);
        QCOMPARE(c.openedOn, QDate(2026, 1, 15));
        QCOMPARE(c.balance, Money());
        QCOMPARE(c.assignedUserId, qint64(0));
        QVERIFY(!c.nextActionDate.isValid());

        const auto debtorsOfCase = cases.debtors(f.caseId);
        QVERIFY(debtorsOfCase.ok());
        QCOMPARE(debtorsOfCase->size(), 1);
        QCOMPARE(debtorsOfCase->first().role, DebtorRole::Main);

        const auto user = UserRepository(test.db()).insert({0, u"anna"_qs, u"Anna"_qs, u"handler"_qs, true, {}});
        QVERIFY(user.ok());
        QVERIFY(cases.setStatus(f.caseId, CaseStatus::Collection).ok());
        QVERIFY(cases.setSegment(f.caseId, Segment::Vip).ok());
        QVERIFY(cases.setNextAction(f.caseId, QDate(2026, 3, 1), u"send_inkassokrav"_qs).ok());
        QVERIFY(cases.assign(f.caseId, *user).ok());
        QVERIFY(cases.setPause(f.caseId, QDate(2026, 4, 1), u"Debtor in hospital"_qs).ok());
        const auto changed = cases.byOcr(u"2026000018"_qs);
        QVERIFY(changed.ok() && changed->has_value());
        QCOMPARE((*changed)->status, CaseStatus::Collection);
        QCOMPARE((*changed)->segment, Segment::Vip);
        QCOMPARE((*changed)->nextActionDate, QDate(2026, 3, 1));
        QCOMPARE((*changed)->nextAction, u"send_inkassokrav"_qs);
        QCOMPARE((*changed)->assignedUserId, *user);
        QCOMPARE((*changed)->pausedUntil, QDate(2026, 4, 1));
        QCOMPARE((*changed)->pauseReason, u"Debtor in hospital"_qs);
        QVERIFY(cases.assign(f.caseId, 0).ok());

        const auto open = cases.openCaseFor(f.clientId, f.debtorId);
        QVERIFY(open.ok() && open->has_value());
        QCOMPARE((*open)->id, f.caseId);
        QVERIFY(cases.close(f.caseId, QDate(2026, 5, 2), u"paid"_qs).ok());
        const auto closed = cases.byId(f.caseId);
        QVERIFY(closed.ok() && closed->has_value());
        QCOMPARE((*closed)->status, CaseStatus::Closed);
        QCOMPARE((*closed)->closedOn, QDate(2026, 5, 2));
        QCOMPARE((*closed)->closeReason, u"paid"_qs);
        QCOMPARE((*closed)->assignedUserId, qint64(0));
        QVERIFY(!(*closed)->nextActionDate.isValid());
        const auto noneOpen = cases.openCaseFor(f.clientId, f.debtorId);
        QVERIFY(noneOpen.ok() && !noneOpen->has_value());

        QVERIFY(!cases.setStatus(4242, CaseStatus::Plan).ok());
    }

    void jointDebtorsAndDebtorCases_data() { Fordran::Test::addEngineRows(); }
    void jointDebtorsAndDebtorCases()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        const auto guarantor = DebtorRepository(test.db()).insert(sampleDebtor(u"197001019876"_qs, u"Bo Borgen"_qs));
        QVERIFY(guarantor.ok());
        CaseRepository cases(test.db());
        QVERIFY(cases.addDebtor(f.caseId, *guarantor, DebtorRole::Guarantor).ok());
        QVERIFY(!cases.addDebtor(f.caseId, *guarantor, DebtorRole::Joint).ok()); // once per case
        const auto list = cases.debtors(f.caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).debtorId, f.debtorId);
        QCOMPARE(list->at(1).role, DebtorRole::Guarantor);
        const auto ofGuarantor = cases.forDebtor(*guarantor);
        QVERIFY(ofGuarantor.ok());
        QCOMPARE(ofGuarantor->size(), 1);
        QCOMPARE(ofGuarantor->first().id, f.caseId);
    }

    void claimRoundTrip_data() { Fordran::Test::addEngineRows(); }
    void claimRoundTrip()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        ClaimRepository claims(test.db());
        const Claim later = sampleClaim(f, u"F-2"_qs, QDate(2026, 2, 28));
        Claim earlier = sampleClaim(f, u"F-1"_qs, QDate(2026, 1, 31));
        earlier.interestKind = InterestKind::Reference;
        earlier.interestMargin = Percentage::fromBasisPoints(900);
        earlier.debtorType = DebtorType::Business;
        earlier.reminderFeeAgreed = false;
        earlier.contractDate = QDate();
        QVERIFY(claims.insert(later).ok());
        const auto id = claims.insert(earlier);
        QVERIFY2(id.ok(), qPrintable(errorText(id)));

        const auto list = claims.forCase(f.caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        const Claim &c = list->at(0); // oldest due date first
        QCOMPARE(c.id, *id);
        QCOMPARE(c.invoiceNo, u"F-1"_qs);
        QCOMPARE(c.invoiceDate, earlier.invoiceDate);
        QCOMPARE(c.dueDate, earlier.dueDate);
        QVERIFY(!c.contractDate.isValid());
        QCOMPARE(c.originalAmount, Money::fromOre(123450));
        QCOMPARE(c.description, earlier.description);
        QCOMPARE(c.debtorType, DebtorType::Business);
        QCOMPARE(c.reminderFeeAgreed, false);
        QCOMPARE(c.interestKind, InterestKind::Reference);
        QCOMPARE(c.interestMargin, Percentage::fromBasisPoints(900));
        const Claim &d = list->at(1);
        QCOMPARE(d.interestKind, InterestKind::Fixed);
        QCOMPARE(d.fixedRate, Percentage::fromBasisPoints(1250));
        QCOMPARE(d.reminderFeeAgreed, true);
        QCOMPARE(d.contractDate, later.contractDate);

        QCOMPARE(claims.existsInvoice(f.clientId, u"F-1"_qs).valueOr(false), true);
        QCOMPARE(claims.existsInvoice(f.clientId, u"F-3"_qs).valueOr(true), false);
        QVERIFY(claims.setDisputed(*id, true).ok());
        QCOMPARE((*claims.byId(*id))->disputed, true);
        QVERIFY(!claims.setDisputed(987654, true).ok());

        // The same invoice number from another client is a different claim.
        const auto otherClient = ClientRepository(test.db()).insert(sampleClient(u"5592021234"_qs, u"Annan AB"_qs));
        QVERIFY(otherClient.ok());
        Claim other = sampleClaim(f, u"F-1"_qs, QDate(2026, 1, 31));
        other.clientId = *otherClient;
        QVERIFY(claims.insert(other).ok());
        QCOMPARE(claims.existsInvoice(*otherClient, u"F-1"_qs).valueOr(false), true);
    }

    void eventsNewestFirst_data() { Fordran::Test::addEngineRows(); }
    void eventsNewestFirst()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        EventRepository events(test.db());
        const QList<QDate> dates{QDate(2026, 1, 20), QDate(2026, 3, 1), QDate(2026, 2, 10), QDate(2026, 3, 1)};
        QList<qint64> ids;
        for (qsizetype i = 0; i < dates.size(); ++i) {
            Event e;
            e.caseId = f.caseId;
            e.debtorId = i % 2 == 0 ? f.debtorId : 0;
            e.occurredOn = dates.at(i);
            e.type = u"note"_qs;
            e.text = QStringLiteral("Event %1").arg(i);
            e.ruleRef = i == 0 ? u"inkassolagen 5 §"_qs : QString();
            const auto id = events.append(e);
            QVERIFY2(id.ok(), qPrintable(errorText(id)));
            ids.append(*id);
        }
        const auto list = events.forCase(f.caseId);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        // Newest date first; on the same date the later entry first.
        QCOMPARE(list->at(0).id, ids.at(3));
        QCOMPARE(list->at(1).id, ids.at(1));
        QCOMPARE(list->at(2).id, ids.at(2));
        QCOMPARE(list->at(3).id, ids.at(0));
        QCOMPARE(list->at(3).ruleRef, u"inkassolagen 5 §"_qs);
        QCOMPARE(list->at(3).debtorId, f.debtorId);
        QCOMPARE(list->at(0).debtorId, qint64(0));
        QCOMPARE(events.forCase(f.caseId, 2)->size(), 2);
        const auto ofDebtor = events.forDebtor(f.debtorId);
        QVERIFY(ofDebtor.ok());
        QCOMPARE(ofDebtor->size(), 2);
        QCOMPARE(ofDebtor->first().id, ids.at(2));
    }

    void importBatches_data() { Fordran::Test::addEngineRows(); }
    void importBatches()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        ImportBatchRepository batches(test.db());
        const QString sum = QString(64, u'a');
        QVERIFY(batches.insert({0, f.clientId, u"claims.csv"_qs, sum, {}, 12, 10, 2, 4, u"anna"_qs}).ok());
        QVERIFY(batches.insert({0, f.clientId, u"other.csv"_qs, QString(64, u'b'), {}, 3, 3, 0, 1, {}}).ok());
        const auto found = batches.findByChecksum(f.clientId, sum);
        QVERIFY(found.ok());
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().fileName, u"claims.csv"_qs);
        QCOMPARE(found->first().rowCount, 12);
        QCOMPARE(found->first().claimsImported, 10);
        QCOMPARE(found->first().rowsRejected, 2);
        QCOMPARE(found->first().casesCreated, 4);
        QCOMPARE(found->first().importedBy, u"anna"_qs);
        QVERIFY(found->first().importedAt.isValid());
        QVERIFY(batches.findByChecksum(f.clientId, QString(64, u'c'))->isEmpty());
    }

    // The daily run's tasks of a batch go in with multi-row INSERTs (64, 32, … rows each): every
    // count gets each row stored whole, and a task made twice (case, rule, day) fails the call.
    void taskBulkInsert_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<int>("count");
        for (const QString &engine : Fordran::Test::engines()) {
            for (int count : {0, 1, 64, 65, 131})
                Fordran::Test::newEngineRow(engine, QByteArray(QByteArray::number(count) + " tasks").constData())
                    << count;
        }
    }
    void taskBulkInsert()
    {
        QFETCH(int, count);
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        const auto user
            = UserRepository(test.db()).insert({0, u"anna"_qs, u"Anna"_qs, u"handler"_qs, true, {}});
        QVERIFY2(user.ok(), qPrintable(errorText(user)));
        QList<TaskItem> tasks;
        for (int i = 0; i < count; ++i) {
            TaskItem t;
            t.caseId = f.caseId;
            t.userId = i % 2 ? *user : 0;
            t.kind = i % 3 ? u"call"_qs : u"limitation"_qs;
            t.action = i % 3 ? u"call_task"_qs : u"limitation_alert"_qs;
            t.text = QStringLiteral("Ring gäldenären (%1)").arg(i);
            t.createdOn = QDate(2026, 3, 2).addDays(i);
            t.dueOn = t.createdOn.addDays(1);
            t.rulesVersion = u"2026.1"_qs;
            t.ruleRef = u"consumer_normal/call"_qs;
            t.createdAt = QDateTime(QDate(2026, 3, 2), QTime(1, 2, 3), Qt::UTC);
            tasks.append(t);
        }
        TaskRepository repo(test.db());
        const Status stored = repo.insertAll(tasks);
        QVERIFY2(stored.ok(), qPrintable(errorText(stored)));
        const auto read = repo.forCase(f.caseId);
        QVERIFY2(read.ok(), qPrintable(errorText(read)));
        QCOMPARE(read->size(), count);
        for (int i = 0; i < count; ++i) {
            const TaskItem &t = read->at(i);
            QVERIFY(t.id > 0);
            QCOMPARE(t.userId, tasks.at(i).userId);
            QCOMPARE(t.kind, tasks.at(i).kind);
            QCOMPARE(t.text, tasks.at(i).text);
            QCOMPARE(t.createdOn, tasks.at(i).createdOn);
            QCOMPARE(t.dueOn, tasks.at(i).dueOn);
            QCOMPARE(t.status, u"open"_qs);
            QCOMPARE(t.ruleRef, tasks.at(i).ruleRef);
            QCOMPARE(t.createdAt, tasks.at(i).createdAt);
        }
        if (count == 0)
            return;
        // 64 new tasks and one made again, in a transaction: refused in the second statement,
        // and the transaction rolled back keeps none of the first statement's 64.
        QList<TaskItem> again;
        for (int i = 0; i < 64; ++i) {
            TaskItem t = tasks.last();
            t.createdOn = QDate(2027, 1, 1).addDays(i);
            again.append(t);
        }
        again.append(tasks.last());
        UnitOfWork unit(test.db());
        QVERIFY(unit.ok());
        const Status twice = repo.insertAll(again);
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(u"exists already"), qPrintable(twice.error().message));
        unit.rollback();
        QCOMPARE(repo.forCase(f.caseId)->size(), count);
    }

    // The bulk writes of imports: more rows than one statement holds (64), ids in input order
    // whatever order the engine returns them in, each case's balance once per case.
    void bulkInserts_data() { Fordran::Test::addEngineRows(); }
    void bulkInserts()
    {
        FORDRAN_TEST_DATABASE(test);
        const Fixture f = makeCase(test.db());
        QVERIFY2(f.ok(), qPrintable(f.why));
        constexpr int Count = 70;
        QList<Debtor> debtors;
        for (int i = 0; i < Count; ++i) {
            Debtor d = sampleDebtor();
            d.identity = QStringLiteral("55600%1").arg(i, 5, 10, QLatin1Char('0'));
            d.kind = DebtorKind::Organisation;
            d.name = QStringLiteral("Bolag %1 AB").arg(i);
            debtors.append(d);
        }
        DebtorRepository debtorRepo(test.db());
        const auto debtorIds = debtorRepo.insertAll(debtors);
        QVERIFY2(debtorIds.ok(), qPrintable(errorText(debtorIds)));
        QCOMPARE(debtorIds->size(), Count);
        for (int i = 0; i < Count; i += 13)
            QCOMPARE((*debtorRepo.byId(debtorIds->at(i)))->identity, debtors.at(i).identity);
        QList<Debtor> twice{debtors.first(), debtors.first()};
        twice[0].identity = u"5560099999"_qs;
        twice[1].identity = u"5560099999"_qs;
        QCOMPARE(debtorRepo.insertAll(twice).error().field, u"identity"_qs);

        QList<Case> cases;
        for (int i = 0; i < Count; ++i) {
            Case c;
            c.caseNo = QStringLiteral("2026-1%1").arg(i, 5, 10, QLatin1Char('0'));
            c.ocr = QStringLiteral("91%1").arg(i, 5, 10, QLatin1Char('0'));
            c.clientId = f.clientId;
            c.debtorId = debtorIds->at(i);
            c.openedOn = QDate(2026, 3, 2);
            cases.append(c);
        }
        CaseRepository caseRepo(test.db());
        const auto caseIds = caseRepo.insertAll(cases);
        QVERIFY2(caseIds.ok(), qPrintable(errorText(caseIds)));
        for (int i = 0; i < Count; i += 11) {
            const auto stored = caseRepo.byId(caseIds->at(i));
            QCOMPARE((*stored)->caseNo, cases.at(i).caseNo);
            const auto parties = caseRepo.debtors(caseIds->at(i));
            QCOMPARE(parties->size(), 1);
            QCOMPARE(parties->first().debtorId, debtorIds->at(i));
            QCOMPARE(parties->first().role, DebtorRole::Main);
        }

        QList<Claim> claims;
        for (int i = 0; i < 2 * Count; ++i) {
            Claim c;
            c.caseId = caseIds->at(i % Count);
            c.clientId = f.clientId;
            c.invoiceNo = QStringLiteral("B-%1").arg(i);
            c.dueDate = QDate(2026, 1, 1).addDays(i);
            c.originalAmount = Money::fromOre(100 + i);
            claims.append(c);
        }
        ClaimRepository claimRepo(test.db());
        const auto claimIds = claimRepo.insertAll(claims);
        QVERIFY2(claimIds.ok(), qPrintable(errorText(claimIds)));
        for (int i = 0; i < 2 * Count; i += 17)
            QCOMPARE((*claimRepo.byId(claimIds->at(i)))->invoiceNo, claims.at(i).invoiceNo);

        QList<LedgerEntry> lines;
        for (int i = 0; i < 2 * Count; ++i) {
            LedgerEntry e;
            e.claimId = claimIds->at(i);
            e.caseId = claims.at(i).caseId;
            e.entryDate = QDate(2026, 3, 2);
            e.amount = claims.at(i).originalAmount;
            lines.append(e);
        }
        LedgerRepository ledger(test.db());
        QVERIFY(ledger.appendAll(lines).ok());
        for (int i = 0; i < Count; i += 7) {
            const qint64 expected = (100 + i) + (100 + i + Count);
            QCOMPARE(ledger.balanceForCase(caseIds->at(i))->ore(), expected);
            QCOMPARE((*caseRepo.byId(caseIds->at(i)))->balance.ore(), expected);
        }
        LedgerEntry zero = lines.first();
        zero.amount = Money();
        QCOMPARE(ledger.appendAll({lines.first(), zero}).error().field, u"amount"_qs);
        QCOMPARE(ledger.balanceForCase(caseIds->first())->ore(), 100 + 100 + Count);

        QList<Event> events;
        for (int i = 0; i < Count; ++i) {
            Event e;
            e.caseId = caseIds->at(i);
            e.occurredOn = QDate(2026, 3, 2);
            e.type = u"registered"_qs;
            e.text = QStringLiteral("event %1").arg(i);
            events.append(e);
        }
        EventRepository eventRepo(test.db());
        QVERIFY(eventRepo.appendAll(events).ok());
        QCOMPARE(eventRepo.forCase(caseIds->at(5))->first().text, u"event 5"_qs);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
