// ClaimsImportService on SQLite and PostgreSQL: a table of bad files (each rejected row named by
// line, column and reason, and nothing in the database changed), the good path (claims of one
// debtor in one case, an existing debtor reused, valid and unique OCR references, sequential case
// numbers, the balance equal to the principal, the import batch), --accept-valid, preview without
// writes, Cancel, a refused progress callback and a failing write keeping nothing, and new cases
// due in the next daily run.
#include "services/dailyrunfixture.h"
#include "storage/storagetestutil.h"

#include "models/domain/luhn.h"
#include "models/domain/ocr.h"
#include "models/services/claimsimportservice.h"
#include "models/services/dailyrunservice.h"
#include "models/storage/caserepository.h"
#include "models/storage/claimrepository.h"
#include "models/storage/clientrepository.h"
#include "models/storage/debtorrepository.h"
#include "models/storage/eventrepository.h"
#include "models/storage/importbatchrepository.h"
#include "models/storage/ledgerrepository.h"
#include "models/storage/sequencerepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace Fordran;
using namespace Fordran::Test;

namespace {

// All data is synthetic: fictional names, identity numbers with generated check digits.
const QDate Today(2026, 3, 2); // a Monday
const QString ClientOrgnr = u"5560360793"_qs;
const QString OtherClientOrgnr = u"5565475489"_qs;

// "YYMMDDNNN" → "YYMMDD-NNNC" with a correct check digit.
QString idFor(const QString &nineDigits)
{
    return nineDigits.left(6) + u'-' + nineDigits.mid(6)
        + QString::number(Luhn::checkDigit(nineDigits));
}

QString anna()
{
    return idFor(u"850115234"_qs);
}
QString bertil()
{
    return idFor(u"620330456"_qs);
}
QString company()
{
    return idFor(u"559900012"_qs);
}

/*! The 12- or 10-digit form the database stores. */
QString normalized(const QString &id)
{
    return Identity::parse(id, Today).value().normalized();
}

const QStringList HeaderColumns = {
    u"debtor_id"_qs,   u"debtor_name"_qs,  u"address"_qs,
    u"postal_code"_qs, u"city"_qs,         u"country"_qs,
    u"phone"_qs,       u"email"_qs,        u"debtor_type"_qs,
    u"invoice_no"_qs,  u"invoice_date"_qs, u"due_date"_qs,
    u"amount"_qs,      u"description"_qs,  u"reminder_fee_agreed"_qs,
    u"interest"_qs,
};

QString header()
{
    return HeaderColumns.join(u';');
}

/*! A valid data row in header order (Anna, invoice F-1, 100 kr), with some columns replaced. */
QString row(const QList<std::pair<QString, QString>> &overrides = {})
{
    QHash<QString, QString> v = {
        {u"debtor_id"_qs, anna()},
        {u"debtor_name"_qs, u"Anna Testsson"_qs},
        {u"address"_qs, u"Provgatan 1"_qs},
        {u"postal_code"_qs, u"123 45"_qs},
        {u"city"_qs, u"Teststad"_qs},
        {u"invoice_no"_qs, u"F-1"_qs},
        {u"invoice_date"_qs, u"2025-11-01"_qs},
        {u"due_date"_qs, u"2025-12-01"_qs},
        {u"amount"_qs, u"100,00"_qs},
        {u"description"_qs, u"Tjänst"_qs},
    };
    for (const auto &[column, value] : overrides)
        v[column] = value;
    QStringList fields;
    for (const QString &column : HeaderColumns)
        fields << v.value(column);
    return fields.join(u';');
}

QByteArray file(const QStringList &lines)
{
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QByteArray dataFile(const QString &name)
{
    QFile f(qEnvironmentVariable("FORDRAN_TEST_DATA") + u"/claims/"_qs + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s (is FORDRAN_TEST_DATA set?)", qPrintable(f.fileName()));
    return f.readAll();
}

/*! Anna twice (lines 2 and 4), a company (line 3) and Bertil (line 5): three cases. */
QByteArray fourClaims()
{
    return file({header(),
                 row({{u"invoice_no"_qs, u"F-1"_qs},
                      {u"amount"_qs, u"1 250,00"_qs},
                      {u"reminder_fee_agreed"_qs, u"yes"_qs},
                      {u"phone"_qs, u"070-123 45 67"_qs}}),
                 row({{u"debtor_id"_qs, company()},
                      {u"debtor_name"_qs, u"Exempelbolaget AB"_qs},
                      {u"address"_qs, u"Box 12"_qs},
                      {u"postal_code"_qs, u"54321"_qs},
                      {u"invoice_no"_qs, u"F-2"_qs},
                      {u"amount"_qs, u"8400.50"_qs},
                      {u"interest"_qs, u"ref+10"_qs}}),
                 row({{u"invoice_no"_qs, u"F-3"_qs},
                      {u"amount"_qs, u"99,90"_qs},
                      {u"interest"_qs, u"12.5"_qs},
                      {u"due_date"_qs, u"2025-11-20"_qs}}),
                 row({{u"debtor_id"_qs, bertil()},
                      {u"debtor_name"_qs, u"Bertil Provsson"_qs},
                      {u"invoice_no"_qs, u"F-4"_qs},
                      {u"amount"_qs, u"10"_qs}})});
}

/*! "line|field|message part" matched against an error (message by contains()). */
bool matches(const RowError &error, const QString &expected)
{
    const QStringList parts = expected.split(u'|');
    return parts.size() == 3 && error.line == parts[0].toInt() && error.field == parts[1]
        && error.message.contains(parts[2], Qt::CaseInsensitive);
}

QString describe(const QList<RowError> &errors)
{
    QStringList out;
    for (const RowError &e : errors)
        out << QStringLiteral("%1|%2|%3").arg(e.line).arg(e.field, e.message);
    return out.join(u"\n  ");
}

QString errorOf(const Result<ClaimsImportReport> &r)
{
    return r ? QString() : r.error().message + u": " + r.error().detail;
}

/*! Row counts of every table an import writes, and the case-number counters' total. */
QMap<QString, qint64> importCounts(Database &db)
{
    QMap<QString, qint64> counts;
    for (const char *table :
         {"cases", "claims", "debtors", "case_debtors", "ledger", "events", "import_batches"})
        counts.insert(QString::fromLatin1(table),
                      scalar(db, u"SELECT COUNT(*) FROM "_qs + QString::fromLatin1(table)));
    counts.insert(u"counters"_qs, scalar(db, u"SELECT COALESCE(SUM(value), 0) FROM counters"_qs));
    counts.insert(u"balance"_qs, scalar(db, u"SELECT COALESCE(SUM(balance_ore), 0) FROM cases"_qs));
    return counts;
}

/*! A fresh database with the client (and a second one), and a folder for the files. */
struct Fixture
{
    explicit Fixture(const QString &engine)
        : test(engine)
    {
        if (!test.ok())
            return;
        ClientRepository clients(test.db());
        Client client;
        client.orgnr = ClientOrgnr;
        client.name = u"Testbolaget AB"_qs;
        const auto id = clients.insert(client);
        client.orgnr = OtherClientOrgnr;
        client.name = u"Andra bolaget AB"_qs;
        const auto other = clients.insert(client);
        ok = id.ok() && other.ok();
        clientId = id.valueOr(0);
        otherClientId = other.valueOr(0);
    }

    QString write(const QByteArray &bytes, const QString &name = u"claims.csv"_qs)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static ClaimsImportOptions options(bool acceptValid = false,
                                       const QString &orgnr = u"556036-0793"_qs)
    {
        ClaimsImportOptions o;
        o.clientOrgNo = orgnr;
        o.acceptValid = acceptValid;
        o.today = Today;
        o.user = u"anna.handlaggare"_qs;
        return o;
    }

    TestDatabase test;
    QTemporaryDir dir;
    qint64 clientId = 0;
    qint64 otherClientId = 0;
    bool ok = false;
};

#define FORDRAN_IMPORT_FIXTURE(var)                                                                \
    QFETCH(QString, engine);                                                                       \
    FORDRAN_REQUIRE_ENGINE(engine);                                                                \
    Fixture var(engine);                                                                           \
    QVERIFY2(var.test.ok(), qPrintable(var.test.errorText()));                                     \
    QVERIFY(var.ok)

} // namespace

class TestClaimsImportService final : public QObject
{
    Q_OBJECT

private slots:
    // Every bad file: the rejected rows by line, column and reason; nothing imported; the
    // database exactly as before (also after a preview).
    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QByteArray>("before"); // imported first (empty: nothing)
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("fileRejected");
        QTest::addColumn<QStringList>("errors"); // "line|field|message part", in order

        const QString h = header();
        QByteArray utf16("\xff\xfe");
        for (const QChar c : h)
            utf16 += QByteArray(reinterpret_cast<const char *>(&c), 2);

        for (const QString &engine : engines()) {
            newEngineRow(engine, "utf16-encoding")
                << QByteArray() << utf16 << true << QStringList {u"1||UTF-16"_qs};
            newEngineRow(engine, "invalid-utf8")
                << QByteArray()
                << QByteArray("\xef\xbb\xbf" + h.toUtf8() + "\n" + row().toUtf8() + "\nG\xf6ran\n")
                << true << QStringList {u"3||not valid UTF-8"_qs};
            newEngineRow(engine, "missing-column")
                << QByteArray() << file({QString(h).replace(u";amount"_qs, QString()), u"x"_qs})
                << true << QStringList {u"1|amount|required column 'amount' is missing"_qs};
            newEngineRow(engine, "unknown-column")
                << QByteArray() << file({h + u";notes"_qs, row() + u";hej"_qs}) << true
                << QStringList {u"1|notes|unknown column 'notes'"_qs};
            newEngineRow(engine, "bad-personnummer-check-digit")
                << QByteArray()
                << file({h, row({{u"invoice_no"_qs, u"F-0"_qs}}),
                         row({{u"debtor_id"_qs, anna().chopped(1) + u"6"_qs}})})
                << false << QStringList {u"3|debtor_id|check digit mismatch"_qs};
            newEngineRow(engine, "negative-amount")
                << QByteArray() << file({h, row({{u"amount"_qs, u"-100"_qs}})}) << false
                << QStringList {u"2|amount|must be greater than zero"_qs};
            newEngineRow(engine, "duplicate-invoice-in-file")
                << QByteArray() << file({h, row(), row({{u"debtor_id"_qs, bertil()}})}) << false
                << QStringList {u"3|invoice_no|'F-1' already appears on line 2"_qs};
            newEngineRow(engine, "same-file-again")
                << fourClaims() << fourClaims() << false
                << QStringList {u"2|invoice_no|'F-1' is already imported for this client"_qs,
                                u"3|invoice_no|'F-2' is already imported for this client"_qs,
                                u"4|invoice_no|'F-3' is already imported for this client"_qs,
                                u"5|invoice_no|'F-4' is already imported for this client"_qs};
            newEngineRow(engine, "one-invoice-already-imported")
                << file({h, row()})
                << file({h, row({{u"invoice_no"_qs, u"F-2"_qs}}),
                         row({{u"debtor_id"_qs, bertil()}})})
                << false
                << QStringList {u"3|invoice_no|'F-1' is already imported for this client"_qs};
            newEngineRow(engine, "empty-file")
                << QByteArray() << QByteArray() << true << QStringList {u"1||the file is empty"_qs};
            newEngineRow(engine, "header-only")
                << QByteArray() << file({h}) << true
                << QStringList {u"1||has a header but no claims"_qs};
            newEngineRow(engine, "binary-garbage") << QByteArray() << dataFile(u"bad_binary.csv"_qs)
                                                   << true << QStringList {u"3||binary"_qs};
        }
    }

    void badFilesChangeNothing()
    {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, fileRejected);
        QFETCH(QStringList, errors);
        FORDRAN_IMPORT_FIXTURE(f);
        ClaimsImportService service(f.test.db());
        if (!before.isEmpty()) {
            const auto first = service.import(f.write(before, u"first.csv"_qs), Fixture::options());
            QVERIFY2(first.ok(), qPrintable(errorOf(first)));
            QVERIFY(first->imported > 0);
        }
        const auto countsBefore = importCounts(f.test.db());
        const QString path = f.write(bytes);

        for (const bool write : {false, true}) {
            const auto r = write ? service.import(path, Fixture::options())
                                 : service.preview(path, Fixture::options());
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
            QCOMPARE(r->fileRejected, fileRejected);
            QCOMPARE(r->imported, 0);
            QVERIFY(r->cases.isEmpty());
            QVERIFY(r->wouldImportNothing);
            QVERIFY(!r->cancelled);
            QCOMPARE(r->batchId, 0);
            QCOMPARE(r->fileName, u"claims.csv"_qs);
            QCOMPARE(r->clientId, f.clientId);
            QVERIFY2(r->rejected.size() == errors.size(), qPrintable(describe(r->rejected)));
            for (qsizetype i = 0; i < errors.size(); ++i)
                QVERIFY2(matches(r->rejected.at(i), errors.at(i)),
                         qPrintable(describe(r->rejected)));
            QCOMPARE(importCounts(f.test.db()), countsBefore);
        }
    }

    // The good path: one case per debtor in file order, every field stored, the principal on
    // the ledger, OCR and case numbers, timeline events, the import batch.
    void importsCasesPerDebtor_data() { addEngineRows(); }
    void importsCasesPerDebtor()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        const QByteArray bytes = fourClaims();
        const auto r = ClaimsImportService(f.test.db()).import(f.write(bytes), Fixture::options());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QVERIFY2(r->rejected.isEmpty(), qPrintable(describe(r->rejected)));
        QCOMPARE(r->dataRows, 4);
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->clientName, u"Testbolaget AB"_qs);
        QVERIFY(!r->wouldImportNothing && !r->cancelled && !r->fileRejected);
        QCOMPARE(r->cases.size(), 3);

        // Anna (lines 2 and 4), the company (3), Bertil (5): in the order of their first rows.
        const QList<int> lines {2, 3, 5};
        const QList<int> claimCounts {2, 1, 1};
        const QList<qint64> amounts {125000 + 9990, 840050, 1000};
        const QStringList identities {normalized(anna()), normalized(company()),
                                      normalized(bertil())};
        CaseRepository cases(f.test.db());
        ClaimRepository claims(f.test.db());
        LedgerRepository ledger(f.test.db());
        DebtorRepository debtors(f.test.db());
        EventRepository events(f.test.db());
        QSet<QString> ocrs;
        for (qsizetype i = 0; i < r->cases.size(); ++i) {
            const ImportedCase &ic = r->cases.at(i);
            QCOMPARE(ic.line, lines.at(i));
            QCOMPARE(ic.claims, claimCounts.at(i));
            QCOMPARE(ic.amount.ore(), amounts.at(i));
            QCOMPARE(ic.debtorIdentity, identities.at(i));
            QVERIFY(!ic.debtorKnown);
            // Sequential case numbers of the import year, from the case-number counter.
            QCOMPARE(ic.caseNo, SequenceRepository::formatCaseNumber(2026, i + 1));
            QVERIFY2(Ocr::check(ic.ocr, true).ok(), qPrintable(ic.ocr));
            QCOMPARE(ic.ocr, Ocr::forCaseNumber(ic.caseNo).value());
            ocrs.insert(ic.ocr);

            const auto stored = cases.byCaseNo(ic.caseNo);
            QVERIFY(stored.ok() && stored->has_value());
            const Case &c = **stored;
            QCOMPARE(c.ocr, ic.ocr);
            QCOMPARE(c.clientId, f.clientId);
            QCOMPARE(c.status, CaseStatus::New);
            QCOMPARE(c.segment, Segment::Normal);
            QCOMPARE(c.openedOn, Today);
            QCOMPARE(c.nextActionDate, Today);
            QCOMPARE(c.nextAction, u"reminder_letter"_qs);
            // The balance is the principal, on the ledger and in the case's cache.
            QCOMPARE(c.balance.ore(), amounts.at(i));
            QCOMPARE(ledger.balanceForCase(c.id)->ore(), amounts.at(i));
            const auto entries = ledger.entriesForCase(c.id);
            QVERIFY(entries.ok());
            QCOMPARE(entries->size(), ic.claims);
            for (const LedgerEntry &e : *entries) {
                QCOMPARE(e.kind, LedgerKind::Principal);
                QCOMPARE(e.entryDate, Today);
                QVERIFY(e.claimId != 0);
            }
            const auto debtor = debtors.byId(c.debtorId);
            QVERIFY(debtor.ok() && debtor->has_value());
            QCOMPARE((*debtor)->identity, ic.debtorIdentity);
            QCOMPARE((*debtor)->name, ic.debtorName);
            const auto caseDebtors = cases.debtors(c.id);
            QVERIFY(caseDebtors.ok() && caseDebtors->size() == 1);
            QCOMPARE(caseDebtors->first().role, DebtorRole::Main);
            const auto timeline = events.forCase(c.id);
            QVERIFY(timeline.ok());
            QStringList types;
            for (const Event &e : *timeline) {
                types << e.type;
                QCOMPARE(e.occurredOn, Today);
            }
            types.sort();
            QCOMPARE(types, (QStringList {u"imported"_qs, u"registered"_qs}));
            for (const Event &e : *timeline) {
                if (e.type == u"imported") {
                    QVERIFY2(e.text.contains(u"claims.csv"_qs)
                                 && e.text.contains(u"anna.handlaggare"_qs)
                                 && e.text.contains(QString::number(ic.line)),
                             qPrintable(e.text));
                } else {
                    QVERIFY2(e.text.contains(u"Testbolaget AB"_qs), qPrintable(e.text));
                }
            }
        }
        QCOMPARE(ocrs.size(), 3);

        // Anna's case holds both of her claims with their terms.
        const auto annaCase = cases.byCaseNo(r->cases.first().caseNo);
        const auto annaClaims = claims.forCase((*annaCase)->id);
        QVERIFY(annaClaims.ok());
        QCOMPARE(annaClaims->size(), 2);
        const Claim &f3 = annaClaims->at(0); // oldest due date first
        const Claim &f1 = annaClaims->at(1);
        QCOMPARE(f1.invoiceNo, u"F-1"_qs);
        QCOMPARE(f1.originalAmount.ore(), 125000);
        QCOMPARE(f1.invoiceDate, QDate(2025, 11, 1));
        QCOMPARE(f1.dueDate, QDate(2025, 12, 1));
        QCOMPARE(f1.description, u"Tjänst"_qs);
        QVERIFY(f1.reminderFeeAgreed);
        QCOMPARE(f1.debtorType, DebtorType::Consumer);
        QCOMPARE(f1.interestKind, InterestKind::Reference);
        QCOMPARE(f1.interestMargin, Percentage::fromPercent(8));
        QCOMPARE(f3.invoiceNo, u"F-3"_qs);
        QCOMPARE(f3.interestKind, InterestKind::Fixed);
        QCOMPARE(f3.fixedRate.basisPoints(), 1250);
        QCOMPARE(f3.originalAmount.ore(), 9990);
        const auto annaDebtor = debtors.byId((*annaCase)->debtorId);
        QCOMPARE((*annaDebtor)->postalCode, u"12345"_qs);
        QCOMPARE((*annaDebtor)->phone, u"070-123 45 67"_qs);
        QCOMPARE((*annaDebtor)->kind, DebtorKind::Person);
        const auto companyCase = cases.byCaseNo(r->cases.at(1).caseNo);
        const auto companyDebtor = debtors.byId((*companyCase)->debtorId);
        QCOMPARE((*companyDebtor)->kind, DebtorKind::Organisation);
        const auto companyClaims = claims.forCase((*companyCase)->id);
        QCOMPARE(companyClaims->first().debtorType, DebtorType::Business);
        QCOMPARE(companyClaims->first().interestMargin, Percentage::fromPercent(10));

        // Totals and the import batch.
        const auto counts = importCounts(f.test.db());
        QCOMPARE(counts.value(u"cases"_qs), 3);
        QCOMPARE(counts.value(u"claims"_qs), 4);
        QCOMPARE(counts.value(u"debtors"_qs), 3);
        QCOMPARE(counts.value(u"ledger"_qs), 4);
        QCOMPARE(counts.value(u"events"_qs), 6);
        QCOMPARE(counts.value(u"import_batches"_qs), 1);
        QCOMPARE(counts.value(u"balance"_qs), 125000 + 9990 + 840050 + 1000);
        const QString checksum = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const auto batches
            = ImportBatchRepository(f.test.db()).findByChecksum(f.clientId, checksum);
        QVERIFY(batches.ok());
        QCOMPARE(batches->size(), 1);
        const ImportBatch &b = batches->first();
        QCOMPARE(b.id, r->batchId);
        QCOMPARE(b.fileName, u"claims.csv"_qs);
        QCOMPARE(b.rowCount, 4);
        QCOMPARE(b.claimsImported, 4);
        QCOMPARE(b.rowsRejected, 0);
        QCOMPARE(b.casesCreated, 3);
        QCOMPARE(b.importedBy, u"anna.handlaggare"_qs);

        // A second file continues the numbers.
        const auto next
            = ClaimsImportService(f.test.db())
                  .import(
                      f.write(file({header(), row({{u"invoice_no"_qs, u"G-1"_qs}})}), u"b.csv"_qs),
                      Fixture::options());
        QVERIFY2(next.ok(), qPrintable(errorOf(next)));
        QCOMPARE(next->cases.size(), 1);
        QCOMPARE(next->cases.first().caseNo, SequenceRepository::formatCaseNumber(2026, 4));
        QVERIFY(next->cases.first().debtorKnown); // Anna, from the first file
        QVERIFY(!ocrs.contains(next->cases.first().ocr));
    }

    // A debtor already in the database (by identity, whatever form the file writes it in) is
    // reused as it is; the others are created.
    void reusesExistingDebtor_data() { addEngineRows(); }
    void reusesExistingDebtor()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        Debtor known;
        known.identity = normalized(anna());
        known.kind = DebtorKind::Person;
        known.name = u"Anna Testsson (on record)"_qs;
        known.address = u"Gamla vägen 3"_qs;
        known.postalCode = u"11111"_qs;
        known.city = u"Förr"_qs;
        const auto knownId = DebtorRepository(f.test.db()).insert(known);
        QVERIFY(knownId.ok());

        // Anna written with 12 digits this time.
        QByteArray bytes = fourClaims();
        bytes.replace(anna().toUtf8(), QString(u"19"_qs + anna()).toUtf8());
        const QString path = f.write(bytes);
        ClaimsImportService service(f.test.db());
        const auto preview = service.preview(path, Fixture::options());
        QVERIFY2(preview.ok(), qPrintable(errorOf(preview)));
        QCOMPARE(preview->cases.size(), 3);
        QVERIFY(preview->cases.at(0).debtorKnown);
        QVERIFY(!preview->cases.at(1).debtorKnown);

        const auto r = service.import(path, Fixture::options());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(r->cases.size(), 3);
        QVERIFY(r->cases.at(0).debtorKnown);
        QVERIFY(!r->cases.at(1).debtorKnown && !r->cases.at(2).debtorKnown);
        const auto annaCase = CaseRepository(f.test.db()).byCaseNo(r->cases.at(0).caseNo);
        QCOMPARE((*annaCase)->debtorId, *knownId);
        QCOMPARE(scalar(f.test.db(), u"SELECT COUNT(*) FROM debtors"_qs), 3);
        const auto stillKnown = DebtorRepository(f.test.db()).byId(*knownId);
        QCOMPARE((*stillKnown)->name, known.name);
        QCOMPARE((*stillKnown)->address, known.address);
    }

    // The same invoice number of another client is not a duplicate.
    void invoiceNumbersArePerClient_data() { addEngineRows(); }
    void invoiceNumbersArePerClient()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        ClaimsImportService service(f.test.db());
        const QString path = f.write(fourClaims());
        const auto first = service.import(path, Fixture::options());
        QVERIFY2(first.ok() && first->imported == 4, qPrintable(errorOf(first)));
        const auto other = service.import(path, Fixture::options(false, OtherClientOrgnr));
        QVERIFY2(other.ok(), qPrintable(errorOf(other)));
        QVERIFY2(other->rejected.isEmpty(), qPrintable(describe(other->rejected)));
        QCOMPARE(other->imported, 4);
        QCOMPARE(other->clientId, f.otherClientId);
        // The debtors are shared between the clients' cases.
        QCOMPARE(scalar(f.test.db(), u"SELECT COUNT(*) FROM debtors"_qs), 3);
        QCOMPARE(scalar(f.test.db(), u"SELECT COUNT(*) FROM cases"_qs), 6);
    }

    // Without acceptValid any rejected row imports nothing; with it, exactly the valid rows.
    void acceptValidImportsTheValidRows_data() { addEngineRows(); }
    void acceptValidImportsTheValidRows()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        ClaimsImportService service(f.test.db());
        // Already stored: F-9 (so line 6 below is a database duplicate).
        QVERIFY(service
                    .import(f.write(file({header(), row({{u"invoice_no"_qs, u"F-9"_qs}})}),
                                    u"old.csv"_qs),
                            Fixture::options())
                    ->imported
                == 1);
        const auto before = importCounts(f.test.db());
        const QByteArray bytes
            = file({header(), row({{u"invoice_no"_qs, u"F-1"_qs}}),
                    row({{u"invoice_no"_qs, u"F-2"_qs}, {u"amount"_qs, u"-3"_qs}}),
                    row({{u"debtor_id"_qs, bertil()}, {u"invoice_no"_qs, u"F-3"_qs}}),
                    row({{u"debtor_id"_qs, bertil()}, {u"invoice_no"_qs, u"F-1"_qs}}),
                    row({{u"debtor_id"_qs, bertil()}, {u"invoice_no"_qs, u"F-9"_qs}})});
        const QString path = f.write(bytes);
        const QStringList expected {u"3|amount|greater than zero"_qs,
                                    u"5|invoice_no|already appears on line 2"_qs,
                                    u"6|invoice_no|already imported"_qs};

        const auto strict = service.import(path, Fixture::options(false));
        QVERIFY2(strict.ok(), qPrintable(errorOf(strict)));
        QCOMPARE(strict->imported, 0);
        QVERIFY(strict->cases.isEmpty() && strict->wouldImportNothing);
        QCOMPARE(importCounts(f.test.db()), before);

        const auto preview = service.preview(path, Fixture::options(true));
        QVERIFY2(preview.ok(), qPrintable(errorOf(preview)));
        QCOMPARE(preview->imported, 2);
        QVERIFY(!preview->wouldImportNothing);
        QCOMPARE(preview->cases.size(), 2);
        QVERIFY(preview->cases.first().caseNo.isEmpty() && preview->cases.first().ocr.isEmpty());
        QCOMPARE(importCounts(f.test.db()), before);

        const auto r = service.import(path, Fixture::options(true));
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(r->dataRows, 5);
        QCOMPARE(r->imported, 2);
        QVERIFY2(r->rejected.size() == expected.size(), qPrintable(describe(r->rejected)));
        for (qsizetype i = 0; i < expected.size(); ++i)
            QVERIFY2(matches(r->rejected.at(i), expected.at(i)), qPrintable(describe(r->rejected)));
        QCOMPARE(r->cases.size(), 2);
        QCOMPARE(r->cases.at(0).line, 2); // Anna: F-1
        QCOMPARE(r->cases.at(1).line, 4); // Bertil: F-3 only
        QCOMPARE(r->cases.at(1).claims, 1);
        // The preview said what the import did, but for the numbers.
        for (qsizetype i = 0; i < r->cases.size(); ++i) {
            ImportedCase withoutNumbers = r->cases.at(i);
            withoutNumbers.caseNo.clear();
            withoutNumbers.ocr.clear();
            QCOMPARE(withoutNumbers, preview->cases.at(i));
        }
        QCOMPARE(preview->rejected, r->rejected);
        const auto after = importCounts(f.test.db());
        QCOMPARE(after.value(u"claims"_qs), before.value(u"claims"_qs) + 2);
        QCOMPARE(after.value(u"cases"_qs), before.value(u"cases"_qs) + 2);
        QCOMPARE(after.value(u"import_batches"_qs), before.value(u"import_batches"_qs) + 1);
        const auto stored = ClaimRepository(f.test.db())
                                .existingInvoices(f.clientId, {u"F-1"_qs, u"F-2"_qs, u"F-3"_qs});
        QCOMPARE(*stored, (QSet<QString> {u"F-1"_qs, u"F-3"_qs}));
        const auto batch
            = ImportBatchRepository(f.test.db())
                  .findByChecksum(
                      f.clientId,
                      QString::fromLatin1(
                          QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(batch->size(), 1);
        QCOMPARE(batch->first().claimsImported, 2);
        QCOMPARE(batch->first().rowsRejected, 3);
    }

    // preview() checks everything and writes nothing, not even a case number.
    void previewWritesNothing_data() { addEngineRows(); }
    void previewWritesNothing()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        const auto before = importCounts(f.test.db());
        const auto r
            = ClaimsImportService(f.test.db()).preview(f.write(fourClaims()), Fixture::options());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        QCOMPARE(r->imported, 4);
        QCOMPARE(r->cases.size(), 3);
        for (const ImportedCase &c : r->cases)
            QVERIFY(c.caseNo.isEmpty() && c.ocr.isEmpty());
        QCOMPARE(r->batchId, 0);
        QCOMPARE(importCounts(f.test.db()), before);
    }

    // Cancel, a progress callback saying stop and a failing write: nothing is kept, and the
    // case numbers taken are given again.
    void interruptedImportKeepsNothing_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("how");
        for (const QString &engine : engines()) {
            for (const char *how : {"cancel-before", "cancel-between-cases", "progress-false",
                                    "progress-false-at-end", "before-case-write-error"})
                newEngineRow(engine, how) << QString::fromLatin1(how);
        }
    }
    void interruptedImportKeepsNothing()
    {
        QFETCH(QString, how);
        FORDRAN_IMPORT_FIXTURE(f);
        ClaimsImportService service(f.test.db());
        QVERIFY(service
                    .import(f.write(file({header(), row({{u"invoice_no"_qs, u"OLD-1"_qs}})}),
                                    u"old.csv"_qs),
                            Fixture::options())
                    ->imported
                == 1);
        const auto before = importCounts(f.test.db());
        const QString path = f.write(fourClaims());

        std::atomic_bool cancel = how == u"cancel-before";
        ClaimsImportOptions options = Fixture::options();
        int written = 0;
        if (how == u"before-case-write-error") {
            options.beforeCaseWrite = [&written](int line) -> Status {
                if (++written == 3)
                    return Error(QStringLiteral("disk full at line %1").arg(line));
                return {};
            };
        } else if (how == u"cancel-between-cases") {
            // Cancel pressed (in another thread) while the second case is being written.
            options.beforeCaseWrite = [&written, &cancel](int) -> Status {
                if (++written == 2)
                    cancel = true;
                return {};
            };
        }
        QList<ClaimsImportProgress> reported;
        const auto progress = [&](const ClaimsImportProgress &p) {
            reported.append(p);
            if (how == u"progress-false")
                return p.done < 2;
            if (how == u"progress-false-at-end")
                return p.done < p.total;
            return true;
        };
        const auto r = service.import(path, options, progress, &cancel);
        if (how == u"before-case-write-error") {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().message, u"disk full at line 5"_qs);
        } else {
            QVERIFY2(r.ok(), qPrintable(errorOf(r)));
            QVERIFY(r->cancelled);
            QCOMPARE(r->imported, 0);
            QVERIFY(r->cases.isEmpty());
            QCOMPARE(r->batchId, 0);
        }
        if (how != u"cancel-before") {
            QVERIFY(!reported.isEmpty());
            QCOMPARE(reported.first().done, 0);
            QCOMPARE(reported.first().total, 3);
        }
        QCOMPARE(importCounts(f.test.db()), before);

        // Nothing is left half-done: the same file imports in full afterwards, with the numbers
        // the interrupted import had taken.
        const auto again = service.import(path, Fixture::options());
        QVERIFY2(again.ok(), qPrintable(errorOf(again)));
        QCOMPARE(again->imported, 4);
        QCOMPARE(again->cases.first().caseNo, SequenceRepository::formatCaseNumber(2026, 2));
    }

    // A new case is due on the import day: the next daily run takes it up.
    void newCasesAreDueInTheNextDailyRun_data() { addEngineRows(); }
    void newCasesAreDueInTheNextDailyRun()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        const auto r
            = ClaimsImportService(f.test.db()).import(f.write(fourClaims()), Fixture::options());
        QVERIFY2(r.ok(), qPrintable(errorOf(r)));
        DailyRunOptions dry;
        dry.dryRun = true;
        dry.verbose = true;
        const auto run = DailyRunService(f.test.db()).run(Today, dry);
        QVERIFY2(run.ok(), qPrintable(run ? QString() : run.error().message));
        QCOMPARE(run->casesDue, 3);
        QCOMPARE(run->casesExamined, 3);
        QStringList seen;
        for (const DailyRunCaseLine &line : run->cases)
            seen << line.caseNo;
        seen.sort();
        QStringList imported;
        for (const ImportedCase &c : r->cases)
            imported << c.caseNo;
        QCOMPARE(seen, imported);
        // And the real run acts on them.
        const auto real = DailyRunService(f.test.db()).run(Today, DailyRunOptions());
        QVERIFY2(real.ok(), qPrintable(real ? QString() : real.error().message));
        QCOMPARE(real->casesExamined, 3);
    }

    // More rows than one IN list holds: the batched look-ups find every stored invoice number.
    void manyRowsAgainstTheDatabase_data() { addEngineRows(); }
    void manyRowsAgainstTheDatabase()
    {
        FORDRAN_IMPORT_FIXTURE(f);
        constexpr int Rows = 1203; // two full chunks of 500 and a padded one
        QStringList lines {header()};
        for (int i = 0; i < Rows; ++i) {
            const QString id = idFor(QStringLiteral("%1%2%3%4")
                                         .arg(70 + i % 30)
                                         .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                         .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                                         .arg(i % 1000, 3, 10, QLatin1Char('0')));
            lines << row(
                {{u"debtor_id"_qs, id}, {u"invoice_no"_qs, QStringLiteral("M-%1").arg(i)}});
        }
        ClaimsImportService service(f.test.db());
        const auto first = service.import(f.write(file(lines), u"many.csv"_qs), Fixture::options());
        QVERIFY2(first.ok(), qPrintable(errorOf(first)));
        QVERIFY2(first->rejected.isEmpty(), qPrintable(describe(first->rejected.mid(0, 5))));
        QCOMPARE(first->imported, Rows);
        const qint64 cases = scalar(f.test.db(), u"SELECT COUNT(*) FROM cases"_qs);
        QCOMPARE(cases, first->cases.size());
        QCOMPARE(scalar(f.test.db(), u"SELECT COUNT(*) FROM debtors"_qs), cases);

        lines << row({{u"debtor_id"_qs, bertil()}, {u"invoice_no"_qs, u"NEW-1"_qs}});
        const auto again
            = service.import(f.write(file(lines), u"many2.csv"_qs), Fixture::options(true));
        QVERIFY2(again.ok(), qPrintable(errorOf(again)));
        QCOMPARE(again->rejected.size(), Rows);
        for (int i = 0; i < Rows; ++i) {
            QCOMPARE(again->rejected.at(i).line, i + 2);
            QCOMPARE(again->rejected.at(i).field, u"invoice_no"_qs);
        }
        QCOMPARE(again->imported, 1);
        QCOMPARE(again->cases.first().line, Rows + 2);
    }

    // Not about the rows: an Error, and nothing written.
    void refusedBeforeReadingRows_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("orgnr");
        QTest::addColumn<QString>("fileName"); // empty: a good file
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        for (const QString &engine : engines()) {
            newEngineRow(engine, "unknown-client")
                << u"212000-0142"_qs << QString() << u"client"_qs
                << u"no client with organisation number 212000-0142"_qs;
            newEngineRow(engine, "bad-orgnr")
                << u"556036-0794"_qs << QString() << u"client"_qs << u"check digit"_qs;
            newEngineRow(engine, "no-client")
                << u" "_qs << QString() << u"client"_qs << u"client"_qs;
            newEngineRow(engine, "missing-file")
                << ClientOrgnr << u"missing.csv"_qs << u"file"_qs << u"Cannot read"_qs;
            newEngineRow(engine, "folder") << ClientOrgnr << u"."_qs << u"file"_qs << u"folder"_qs;
        }
    }
    void refusedBeforeReadingRows()
    {
        QFETCH(QString, orgnr);
        QFETCH(QString, fileName);
        QFETCH(QString, field);
        QFETCH(QString, message);
        FORDRAN_IMPORT_FIXTURE(f);
        const QString path = fileName.isEmpty() ? f.write(fourClaims()) : f.dir.filePath(fileName);
        const auto before = importCounts(f.test.db());
        ClaimsImportService service(f.test.db());
        for (const bool write : {false, true}) {
            const auto options = Fixture::options(true, orgnr);
            const auto r = write ? service.import(path, options) : service.preview(path, options);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().field, field);
            QVERIFY2(r.error().message.contains(message, Qt::CaseInsensitive),
                     qPrintable(r.error().message));
        }
        QCOMPARE(importCounts(f.test.db()), before);
    }
};

QTEST_GUILESS_MAIN(TestClaimsImportService)
#include "tst_claimsimportservice.moc"
