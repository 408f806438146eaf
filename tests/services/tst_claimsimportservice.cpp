// ClaimsImportService on SQLite and PostgreSQL, what it refuses: a table of bad files (each
// rejected row named by line, column and reason, and nothing in the database changed), a file or
// client refused before any row is read, preview without writes, and Cancel, a refused progress
// callback and a failing write keeping nothing.
#include "services/claimsimportfixture.h"

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
