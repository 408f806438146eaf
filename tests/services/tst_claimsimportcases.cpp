// ClaimsImportService on SQLite and PostgreSQL, what it stores: claims of one debtor in one case,
// an existing debtor reused, valid and unique OCR references, sequential case numbers, the balance
// equal to the principal, the import batch; invoice numbers per client, --accept-valid, many rows
// against the database, and new cases due in the next daily run.
#include "services/claimsimportfixture.h"

class TestClaimsImportCases final : public QObject
{
    Q_OBJECT

private slots:
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
};

QTEST_GUILESS_MAIN(TestClaimsImportCases)
#include "tst_claimsimportcases.moc"
