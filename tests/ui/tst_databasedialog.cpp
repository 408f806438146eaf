// File → Database…, offscreen: the SQLite and PostgreSQL forms filled as a person types them,
// validation naming the field, "Test connection" against real databases, and the choice saved
// once the new database is open. Screenshots: $FORDRAN_BUILD_DIR/screenshots/databasedialog*.png.

#include "settingssandbox.h"
#include "storage/storagetestutil.h"
#include "uitestutil.h"

#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/databaseactionhandler.h"
#include "ui/databasecontroller.h"
#include "ui/databasedialog.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Fordran;

namespace {

using Fordran::Test::child;
using Fordran::Test::shotPath;

/*! Replaces the text of \a edit as a person would: select all, then type. */
void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

/*! The text of the label of the field \a objectName, without the mnemonic: "File:". */
QString labelOf(const QWidget &dialog, const QString &objectName)
{
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->buddy() && label->buddy()->objectName() == objectName)
            return QString(label->text()).remove(u'&');
    }
    qFatal("no label for %s", qPrintable(objectName));
    return {};
}

void clickOk(const DatabaseDialog &dialog)
{
    QTest::mouseClick(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

/*! Clicks the radio button \a name on its indicator, where a person clicks. */
void choose(const QWidget &dialog, const char *name)
{
    auto *button = child<QRadioButton>(dialog, name);
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void choosePostgres(const DatabaseDialog &dialog)
{
    choose(dialog, "postgresChoice");
}

struct PostgresForm
{
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
};

void fillPostgres(const DatabaseDialog &dialog, const PostgresForm &form)
{
    choosePostgres(dialog);
    typeInto(child<QLineEdit>(dialog, "postgresHost"), form.host);
    auto *port = child<QSpinBox>(dialog, "postgresPort");
    port->setFocus();
    port->selectAll();
    QTest::keyClicks(port, QString::number(form.port));
    typeInto(child<QLineEdit>(dialog, "postgresDatabase"), form.database);
    typeInto(child<QLineEdit>(dialog, "postgresUser"), form.user);
    typeInto(child<QLineEdit>(dialog, "postgresPassword"), form.password);
}

} // namespace

class TestDatabaseDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_settings.enter(QStringLiteral("tst_databasedialog")));
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        Test::SettingsSandbox::clear();
        m_languages = std::make_unique<LanguageManager>();
        QVERIFY(m_languages->install(QStringLiteral("sv")));
    }

    void cleanup()
    {
        m_languages.reset();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    void showsTheCurrentChoice()
    {
        const QString path = m_dir.filePath(QStringLiteral("current.sqlite"));
        DatabaseDialog sqlite(DatabaseConfig::sqlite(path));
        QVERIFY(child<QRadioButton>(sqlite, "sqliteChoice")->isChecked());
        QCOMPARE(QDir::fromNativeSeparators(child<QLineEdit>(sqlite, "sqlitePath")->text()), path);
        QVERIFY(!child<QLineEdit>(sqlite, "postgresHost")->isEnabled());
        QCOMPARE(sqlite.config(), DatabaseConfig::sqlite(path));

        auto postgres = DatabaseConfig::fromUrl(
            u"postgresql://anna@db.office.local:5433/fordran?sslmode=require");
        QVERIFY(postgres.ok());
        DatabaseDialog server(*postgres);
        QVERIFY(child<QRadioButton>(server, "postgresChoice")->isChecked());
        QVERIFY(!child<QLineEdit>(server, "sqlitePath")->isEnabled());
        QCOMPARE(child<QSpinBox>(server, "postgresPort")->value(), 5433);
        QCOMPARE(server.config(), *postgres); // the sslmode option is kept
    }

    void sqliteForm()
    {
        DatabaseDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("old.sqlite"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_dir.filePath(QStringLiteral("office/cases.sqlite"));
        typeInto(child<QLineEdit>(dialog, "sqlitePath"), QDir::toNativeSeparators(path));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.config().engine, DatabaseConfig::Engine::Sqlite);
        QCOMPARE(dialog.config().sqlitePath, path);
        QVERIFY(!QFile::exists(path)); // the dialog opens nothing
    }

    void useDefault()
    {
        DatabaseDialog dialog(
            DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("elsewhere.sqlite"))));
        dialog.show();
        choosePostgres(dialog);
        const QString defaultPath = DatabaseConfig::defaultSqlitePath();
        QVERIFY2(child<QLabel>(dialog, "defaultPathLabel")
                     ->text()
                     .contains(QDir::toNativeSeparators(defaultPath)),
                 qPrintable(child<QLabel>(dialog, "defaultPathLabel")->text()));
        QTest::mouseClick(child<QPushButton>(dialog, "useDefaultButton"), Qt::LeftButton);
        QVERIFY(!child<QPushButton>(dialog, "useDefaultButton")->isEnabled()); // still PostgreSQL
        choose(dialog, "sqliteChoice");
        QTest::mouseClick(child<QPushButton>(dialog, "useDefaultButton"), Qt::LeftButton);
        QCOMPARE(dialog.config(), DatabaseConfig::sqlite(defaultPath));
    }

    void postgresForm()
    {
        DatabaseDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("a.sqlite"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPostgres(dialog,
                     {u"db.office.local"_qs, 5433, u"fordran"_qs, u"anna"_qs, u"hemligt"_qs});
        QCOMPARE(child<QLineEdit>(dialog, "postgresPassword")->echoMode(), QLineEdit::Password);
        QVERIFY(!child<QLineEdit>(dialog, "sqlitePath")->isEnabled());
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const DatabaseConfig config = dialog.config();
        QCOMPARE(config.engine, DatabaseConfig::Engine::Postgres);
        QCOMPARE(config.host, u"db.office.local"_qs);
        QCOMPARE(config.port, 5433);
        QCOMPARE(config.database, u"fordran"_qs);
        QCOMPARE(config.user, u"anna"_qs);
        QCOMPARE(config.password, u"hemligt"_qs);
    }

    void validation_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("sqlitePath"); // "<dir>" is the temporary folder
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>(
            "focused"); // objectName of the field to fix, whose label starts the message

        QTest::newRow("sqlite-empty")
            << false << QString() << QString() << QString() << QString() << u"sqlitePath"_qs;
        QTest::newRow("sqlite-relative") << false << u"fordran.sqlite"_qs << QString() << QString()
                                         << QString() << u"sqlitePath"_qs;
        QTest::newRow("sqlite-folder")
            << false << u"<dir>"_qs << QString() << QString() << QString() << u"sqlitePath"_qs;
        QTest::newRow("postgres-no-database") << true << QString() << u"db.office.local"_qs
                                              << QString() << u"anna"_qs << u"postgresDatabase"_qs;
        QTest::newRow("postgres-database-with-space")
            << true << QString() << QString() << u"min databas"_qs << QString()
            << u"postgresDatabase"_qs;
        QTest::newRow("postgres-host-with-space")
            << true << QString() << u"db office"_qs << u"fordran"_qs << QString()
            << u"postgresHost"_qs;
        QTest::newRow("postgres-user-with-space") << true << QString() << QString() << u"fordran"_qs
                                                  << u"anna b"_qs << u"postgresUser"_qs;
    }
    void validation()
    {
        QFETCH(bool, postgres);
        QFETCH(QString, sqlitePath);
        QFETCH(QString, host);
        QFETCH(QString, database);
        QFETCH(QString, user);
        QFETCH(QString, focused);

        DatabaseDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("x.sqlite"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (postgres) {
            fillPostgres(dialog, {host, 5432, database, user, QString()});
        } else {
            sqlitePath.replace(u"<dir>"_qs, m_dir.path());
            typeInto(child<QLineEdit>(dialog, "sqlitePath"), sqlitePath);
        }
        QVERIFY(dialog.shownValidationError().isEmpty());
        clickOk(dialog);
        QVERIFY(dialog.isVisible()); // refused
        const QString message = dialog.shownValidationError();
        QVERIFY2(message.startsWith(labelOf(dialog, focused)), qPrintable(message));
        QCOMPARE(message, dialog.validationError());
        QCOMPARE(QApplication::focusWidget()->objectName(), focused);

        // Fixing the field takes the message away.
        if (postgres) {
            typeInto(child<QLineEdit>(dialog, "postgresHost"), u"db.office.local"_qs);
            typeInto(child<QLineEdit>(dialog, "postgresDatabase"), u"fordran"_qs);
            typeInto(child<QLineEdit>(dialog, "postgresUser"), u"anna"_qs);
        } else {
            typeInto(child<QLineEdit>(dialog, "sqlitePath"),
                     m_dir.filePath(QStringLiteral("ok.sqlite")));
        }
        QVERIFY2(dialog.shownValidationError().isEmpty(),
                 qPrintable(dialog.shownValidationError()));
        clickOk(dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void testConnectionSqlite()
    {
        Test::TestDatabase existing(Test::sqliteEngine());
        QVERIFY2(existing.ok(), qPrintable(existing.errorText()));
        DatabaseDialog dialog(existing.config());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY2(dialog.testSucceeded(), qPrintable(dialog.testResult()));
        QVERIFY(!dialog.testResult().isEmpty());
        QVERIFY(!QSqlDatabase::connectionNames().filter(u"connection-test"_qs).size());
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("databasedialog.png"))));

        // Typing clears the result of the previous test.
        const QString fresh = m_dir.filePath(QStringLiteral("new/fordran.sqlite"));
        typeInto(child<QLineEdit>(dialog, "sqlitePath"), fresh);
        QVERIFY(dialog.testResult().isEmpty());
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY2(dialog.testSucceeded(), qPrintable(dialog.testResult()));
        QVERIFY(!QFile::exists(fresh)); // testing creates nothing
    }

    void testConnectionFails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("not-a-database-file") << u"garbage"_qs;
        QTest::newRow("postgres-nobody-listening") << u"closed-port"_qs;
        QTest::newRow("invalid-form") << u"invalid"_qs;
    }
    void testConnectionFails()
    {
        QFETCH(QString, kind);
        DatabaseDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("y.sqlite"))));
        dialog.show();
        if (kind == u"garbage") {
            const QString path = m_dir.filePath(QStringLiteral("garbage.sqlite"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
            file.close();
            typeInto(child<QLineEdit>(dialog, "sqlitePath"), path);
        } else if (kind == u"closed-port") {
            fillPostgres(dialog, {u"127.0.0.1"_qs, 1, u"fordran"_qs, u"fordran"_qs, QString()});
        } else {
            fillPostgres(dialog, {QString(), 5432, QString(), QString(), QString()});
        }
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY(!dialog.testSucceeded());
        QVERIFY(!dialog.testResult().isEmpty());
        if (kind == u"invalid")
            QCOMPARE(dialog.testResult(), dialog.validationError());
        else
            QVERIFY2(dialog.testResult().contains(u'\n'),
                     qPrintable(dialog.testResult())); // driver text
        if (kind == u"closed-port")
            QVERIFY(
                dialog.grab().save(shotPath(QStringLiteral("databasedialog_postgres_failed.png"))));
    }

    void testConnectionPostgres()
    {
        FORDRAN_REQUIRE_ENGINE(Test::postgresEngine());
        Test::TestDatabase server(Test::postgresEngine(), /*migrate=*/false);
        QVERIFY2(server.ok(), qPrintable(server.errorText()));
        const DatabaseConfig target = server.config();
        DatabaseDialog dialog(DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("z.sqlite"))));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillPostgres(dialog,
                     {target.host, target.port, target.database, target.user, target.password});
        QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
        QVERIFY2(dialog.testSucceeded(), qPrintable(dialog.testResult()));
        QVERIFY(dialog.grab().save(shotPath(QStringLiteral("databasedialog_postgres.png"))));
    }

    void controllerSwitchesDatabase()
    {
        DatabaseController controller;
        QSignalSpy about(&controller, &DatabaseController::aboutToChangeDatabase);
        QSignalSpy changed(&controller, &DatabaseController::databaseChanged);
        const DatabaseConfig first
            = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("one.sqlite")));
        const DatabaseConfig second
            = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("two.sqlite")));

        QVERIFY(controller.open(first).ok());
        QCOMPARE(about.size(), 0); // nothing was open
        QCOMPARE(changed.size(), 1);
        const QString firstConnection = controller.database()->connectionName();

        QVERIFY(controller.open(second).ok());
        QCOMPARE(about.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.last().at(0).value<Database *>(), controller.database());
        QCOMPARE(controller.config(), second);
        // The old connection lives until the event loop deleted its readers.
        QVERIFY(QSqlDatabase::contains(firstConnection));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!QSqlDatabase::contains(firstConnection));

        // A failed open changes nothing.
        const Status failed = controller.open(DatabaseConfig::sqlite(m_dir.path()));
        QVERIFY(!failed.ok());
        QCOMPARE(controller.config(), second);
        QCOMPARE(changed.size(), 2);

        controller.close();
        QCOMPARE(changed.last().at(0).value<Database *>(), nullptr);
        QVERIFY(!controller.database());
    }

    void chosenDatabaseIsOpenedAndSaved()
    {
        Test::Workstation ws(
            QDate(2026, 3, 2)); // a half-year with a built-in rate: no start-up box
        QAction *choose = ws.window.actions().action(ActionId::FileDatabase);
        QAction *rates = ws.window.actions().action(ActionId::SettingsReferenceRates);
        QVERIFY(choose->isEnabled());
        QVERIFY(!rates->isEnabled());
        QSignalSpy changed(&ws.controller, &DatabaseController::databaseChanged);

        const QString path = m_dir.filePath(QStringLiteral("chosen/fordran.sqlite"));
        bool shown = false;
        Test::whenModal<DatabaseDialog>(
            [&path](DatabaseDialog *dialog) {
                typeInto(child<QLineEdit>(*dialog, "sqlitePath"), path);
                clickOk(*dialog);
            },
            &shown);
        choose->trigger();
        QVERIFY(shown);
        QCOMPARE(changed.size(), 1);
        QVERIFY(ws.controller.database());
        QCOMPARE(ws.controller.config().sqlitePath, path);
        QVERIFY(QFile::exists(path));
        QCOMPARE(ws.controller.database()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(DatabaseConfig::fromSettings(), DatabaseConfig::sqlite(path));
        QVERIFY(rates->isEnabled());
        QVERIFY(ws.window.databaseDescription().contains(QDir::toNativeSeparators(path))
                || ws.window.databaseDescription().contains(path));
    }

    void unopenableChoiceIsNotSaved()
    {
        Test::Workstation ws(QDate(2026, 3, 2));
        const QString first = m_dir.filePath(QStringLiteral("first.sqlite"));
        QVERIFY(ws.controller.open(DatabaseConfig::sqlite(first)).ok());
        DatabaseConfig::sqlite(first).saveToSettings();

        const QString garbage = m_dir.filePath(QStringLiteral("not-a-database.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, '\x7f'));
        file.close();

        bool refused = false;
        Test::whenModal<DatabaseDialog>([&garbage, &refused](DatabaseDialog *dialog) {
            typeInto(child<QLineEdit>(*dialog, "sqlitePath"), garbage);
            Test::whenModal<QMessageBox>(
                [](QMessageBox *box) {
                    QVERIFY(box->text().contains(u"not-a-database.sqlite"_qs));
                    box->accept();
                },
                &refused);
            clickOk(*dialog);
        });
        ws.handler.chooseDatabase();
        QVERIFY(refused);
        QCOMPARE(ws.controller.config().sqlitePath, first); // the open database stays
        QCOMPARE(DatabaseConfig::fromSettings().sqlitePath, first);
    }

    void postgresChoiceIsSavedWithoutPassword()
    {
        FORDRAN_REQUIRE_ENGINE(Test::postgresEngine());
        Test::TestDatabase server(Test::postgresEngine(), /*migrate=*/false);
        QVERIFY2(server.ok(), qPrintable(server.errorText()));
        DatabaseConfig target = server.config();
        target.password = u"secret-not-saved"_qs;

        Test::Workstation ws(QDate(2026, 3, 2));
        Test::whenModal<DatabaseDialog>([&target](DatabaseDialog *dialog) {
            fillPostgres(*dialog,
                         {target.host, target.port, target.database, target.user, target.password});
            clickOk(*dialog);
        });
        ws.handler.chooseDatabase();
        QVERIFY(ws.controller.database());
        QCOMPARE(ws.controller.database()->schemaVersion(), Database::latestSchemaVersion());
        const DatabaseConfig saved = DatabaseConfig::fromSettings();
        QCOMPARE(saved.engine, DatabaseConfig::Engine::Postgres);
        QCOMPARE(saved.database, target.database);
        QVERIFY(saved.password.isEmpty());
        ws.controller.close(); // before the test database is dropped
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

private:
    Test::SettingsSandbox m_settings;
    QTemporaryDir m_dir;
    std::unique_ptr<LanguageManager> m_languages;
};

QTEST_MAIN(TestDatabaseDialog)
#include "tst_databasedialog.moc"
