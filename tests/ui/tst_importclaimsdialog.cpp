// File → Import claims…, offscreen, on a temporary SQLite file: the file typed in, Check listing
// the cases a clean file would make without writing, Import storing them with case numbers and
// OCR references; a file with rejected rows listed line by line, imported not at all by default
// and only its valid rows with the option ticked; Cancel part-way keeping nothing; and the
// main-window action enabled while a database is open. Screenshots:
// $FORDRAN_BUILD_DIR/screenshots/importclaims_*.png.
#include "services/dailyrunfixture.h"
#include "settingssandbox.h"
#include "uitestutil.h"

#include "models/domain/ocr.h"
#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/importclaimsdialog.h"
#include "ui/mainactions.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Fordran;
using Fordran::Test::child;
using Fordran::Test::rowCount;
using Fordran::Test::shotPath;

namespace {

const QDate Today(2026, 3, 2);
const QString ClientOrgnr = u"5560360793"_qs;

const QByteArray Header = "debtor_id;debtor_name;address;postal_code;city;invoice_no;invoice_date;"
                          "due_date;amount;description\n";

bool waitIdle(ImportClaimsDialog &dialog)
{
    QSignalSpy idle(&dialog, &ImportClaimsDialog::idle);
    return dialog.isRunning() ? idle.wait(60000) : true;
}

/*! A valid personnummer (Luhn) for a date in the 1980s, \a n < 100000. */
QString personnummer(int n)
{
    const QString body = u"%1%2%3%4"_qs.arg(80 + n % 10, 2, 10, QChar(u'0'))
                             .arg(1 + n % 12, 2, 10, QChar(u'0'))
                             .arg(1 + n % 28, 2, 10, QChar(u'0'))
                             .arg(n % 1000, 3, 10, QChar(u'0'));
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        int d = body.at(i).digitValue() * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return u"19"_qs + body + QString::number((10 - sum % 10) % 10);
}

} // namespace

class TestImportClaimsDialog final : public QObject
{
    Q_OBJECT

private:
    Fordran::Test::SettingsSandbox m_settings;
    QTemporaryDir m_dir;
    DatabaseConfig m_config;
    QList<Client> m_clients;

    void makeDatabase(const QString &name)
    {
        m_config = DatabaseConfig::sqlite(m_dir.filePath(name));
        auto db = Database::open(m_config);
        QVERIFY(db.ok());
        QVERIFY((*db)->migrate().ok());
        Client client;
        client.orgnr = ClientOrgnr;
        client.name = u"Norrsken Energi AB"_qs;
        client.address = u"Storgatan 1"_qs;
        client.postalCode = u"11122"_qs;
        client.city = u"Stockholm"_qs;
        QVERIFY(ClientRepository(**db).insert(client).ok());
        const auto all = ClientRepository(**db).all();
        QVERIFY(all.ok());
        m_clients = *all;
    }

    QString writeFile(const QString &name, const QByteArray &rows)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(Header + rows);
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_settings.enter(u"tst_importclaimsdialog"_qs));
        QVERIFY(m_dir.isValid());
    }

    void checkThenImport()
    {
        makeDatabase(u"clean.sqlite"_qs);
        const QString path = writeFile(
            u"clean.csv"_qs,
            "198112189876;Anna Berg;Storgatan 2;111 22;Stockholm;F1001;2025-10-01;2025-10-31;"
            "1250,00;El oktober\n"
            "194107086995;Karl Ek;Ågatan 3;75320;Uppsala;F1002;2025-10-01;2025-10-31;"
            "980,50;El oktober\n"
            "198112189876;Anna Berg;Storgatan 2;111 22;Stockholm;F1003;2025-11-01;2025-11-30;"
            "1100,00;El november\n");
        ImportClaimsDialog dialog(m_config, m_clients, Today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *check = child<QPushButton>(dialog, "check");
        auto *import = child<QPushButton>(dialog, "import");
        QVERIFY(!check->isEnabled()); // no file yet
        QTest::keyClicks(child<QLineEdit>(dialog, "file"), path);
        QCOMPARE(child<QComboBox>(dialog, "client")->currentData().toString(), ClientOrgnr);
        QVERIFY(check->isEnabled());

        QTest::mouseClick(check, Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        auto *cases = child<QTableWidget>(dialog, "cases");
        auto *rejected = child<QTableWidget>(dialog, "rejected");
        auto *status = child<QLabel>(dialog, "status");
        QCOMPARE(cases->rowCount(), 2);
        QCOMPARE(rejected->rowCount(), 0);
        QVERIFY2(status->text().contains(u"all 3 rows are valid"), qPrintable(status->text()));
        QCOMPARE(cases->item(0, 5)->data(Qt::UserRole).toInt(), 2); // Anna: two claims
        QCOMPARE(rowCount(m_config, u"cases"_qs), 0); // Check writes nothing
        QVERIFY(import->isDefault());
        QVERIFY(dialog.grab().save(shotPath(u"importclaims_checked.png"_qs)));

        QSignalSpy imported(&dialog, &ImportClaimsDialog::imported);
        QTest::mouseClick(import, Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(rowCount(m_config, u"cases"_qs), 2);
        QCOMPARE(rowCount(m_config, u"claims"_qs), 3);
        QCOMPARE(cases->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            QVERIFY(!cases->item(row, 1)->text().isEmpty());
            QVERIFY2(Ocr::check(cases->item(row, 2)->text(), true).ok(),
                     qPrintable(cases->item(row, 2)->text()));
        }
        QVERIFY2(status->text().startsWith(u"Imported 3 claims"), qPrintable(status->text()));
        QVERIFY(dialog.grab().save(shotPath(u"importclaims_imported.png"_qs)));

        // The same file again: every row is a duplicate, nothing more is imported.
        dialog.startImport();
        QVERIFY(waitIdle(dialog));
        QCOMPARE(rejected->rowCount(), 3);
        QCOMPARE(rowCount(m_config, u"cases"_qs), 2);
        QCOMPARE(imported.count(), 1);
    }

    void rejectedRows()
    {
        makeDatabase(u"rejected.sqlite"_qs);
        const QString path = writeFile(
            u"rejected.csv"_qs,
            "198112189876;Anna Berg;Storgatan 2;11122;Stockholm;F2001;2025-10-01;2025-10-31;"
            "1250,00;El\n"
            "197010102021;Per Fel;Gatan 1;11122;Stockholm;F2002;2025-10-01;2025-10-31;500;El\n"
            "194107086995;Karl Ek;Ågatan 3;75320;Uppsala;F2003;2025-10-01;2025-10-31;-10;El\n");
        ImportClaimsDialog dialog(m_config, m_clients, Today);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setFilePath(path);
        QTest::mouseClick(child<QPushButton>(dialog, "check"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        auto *rejected = child<QTableWidget>(dialog, "rejected");
        QCOMPARE(rejected->rowCount(), 2);
        QCOMPARE(rejected->item(0, 0)->data(Qt::UserRole).toInt(), 3);
        QCOMPARE(rejected->item(0, 1)->text(), u"debtor_id"_qs);
        QCOMPARE(rejected->item(1, 0)->data(Qt::UserRole).toInt(), 4);
        QCOMPARE(rejected->item(1, 1)->text(), u"amount"_qs);
        QCOMPARE(child<QTabWidget>(dialog, "tabs")->currentWidget(), rejected);
        QVERIFY(dialog.grab().save(shotPath(u"importclaims_rejected.png"_qs)));

        // Default: a file with a rejected row imports nothing.
        QTest::mouseClick(child<QPushButton>(dialog, "import"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.lastReport().imported, 0);
        QCOMPARE(rowCount(m_config, u"cases"_qs), 0);
        QCOMPARE(rowCount(m_config, u"claims"_qs), 0);

        // With the option ticked, the valid row goes in.
        auto *accept = child<QCheckBox>(dialog, "acceptValid");
        QTest::mouseClick(accept, Qt::LeftButton, {}, QPoint(4, accept->height() / 2));
        QVERIFY(accept->isChecked());
        QTest::mouseClick(child<QPushButton>(dialog, "import"), Qt::LeftButton);
        QVERIFY(waitIdle(dialog));
        QCOMPARE(dialog.lastReport().imported, 1);
        QCOMPARE(rowCount(m_config, u"cases"_qs), 1);
        QCOMPARE(rowCount(m_config, u"claims"_qs), 1);
    }

    void notAClaimsFile()
    {
        makeDatabase(u"garbage.sqlite"_qs);
        const QString path = m_dir.filePath(u"garbage.bin"_qs);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\x00\x01\x02\xff\xfe garbage \x00\x00", 16));
        file.close();
        ImportClaimsDialog dialog(m_config, m_clients, Today);
        dialog.setFilePath(path);
        dialog.startCheck();
        QVERIFY(waitIdle(dialog));
        QVERIFY(dialog.lastReport().fileRejected);
        QVERIFY2(child<QLabel>(dialog, "status")->text().contains(u"cannot be imported"),
                 qPrintable(child<QLabel>(dialog, "status")->text()));
        QCOMPARE(rowCount(m_config, u"cases"_qs), 0);
    }

    void cancelKeepsNothing()
    {
        makeDatabase(u"cancel.sqlite"_qs);
        QByteArray rows;
        for (int i = 0; i < 3000; ++i)
            rows += u"%1;Gäldenär %2;Gatan %2;11122;Stockholm;C%2;2025-10-01;2025-10-31;%3;El\n"_qs
                        .arg(personnummer(i))
                        .arg(i)
                        .arg(100 + i)
                        .toUtf8();
        const QString path = writeFile(u"big.csv"_qs, rows);
        ImportClaimsDialog dialog(m_config, m_clients, Today);
        dialog.show();
        dialog.setFilePath(path);
        dialog.setAcceptValid(true); // generated identities may repeat; duplicates are fine here
        auto *progress = child<QProgressBar>(dialog, "progress");
        bool cancelled = false;
        connect(progress, &QProgressBar::valueChanged, &dialog,
                [&dialog, &cancelled, progress](int value) {
                    if (value > 0 && value < progress->maximum() && !cancelled) {
                        cancelled = true;
                        dialog.cancelWork();
                    }
                });
        QSignalSpy imported(&dialog, &ImportClaimsDialog::imported);
        dialog.startImport();
        QVERIFY(waitIdle(dialog));
        QVERIFY(cancelled);
        QVERIFY(dialog.lastReport().cancelled);
        QCOMPARE(imported.count(), 0);
        QVERIFY(child<QLabel>(dialog, "status")->text().contains(u"nothing was imported"));
        QCOMPARE(rowCount(m_config, u"cases"_qs), 0);
        QCOMPARE(rowCount(m_config, u"claims"_qs), 0);
        QCOMPARE(rowCount(m_config, u"debtors"_qs), 0);
    }

    void mainWindowAction()
    {
        makeDatabase(u"window.sqlite"_qs);
        Fordran::Test::Workstation station(Today);
        ImportClaimsActionHandler handler(station.window, station.controller);
        QAction *action = station.window.actions().action(ActionId::FileImportClaims);
        QVERIFY(action);
        QVERIFY(!action->isEnabled());
        QVERIFY(station.controller.open(m_config).ok());
        QVERIFY(action->isEnabled());
        bool shown = false;
        Fordran::Test::whenModal<ImportClaimsDialog>(
            [](ImportClaimsDialog *dialog) {
                QCOMPARE(child<QComboBox>(*dialog, "client")->count(), 1);
                dialog->reject();
            },
            &shown);
        action->trigger();
        QVERIFY(shown);
        station.controller.close();
        QVERIFY(!action->isEnabled());
    }
};

QTEST_MAIN(TestImportClaimsDialog)
#include "tst_importclaimsdialog.moc"
