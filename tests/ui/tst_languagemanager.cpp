// LanguageManager: which language is picked, and that installing it really translates.

#include "settingssandbox.h"

#include "ui/languagemanager.h"
#include "ui/settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTest>

using namespace Fordran;

class TestLanguageManager final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void resolve_data();
    void resolve();
    void installTranslatesAppStrings_data();
    void installTranslatesAppStrings();
    void installSwedishTranslatesQtStrings();
    void unsupportedLanguageFallsBackToSource();
    void destructorRemovesTranslators();
    void installConfiguredReadsTheSetting();

private:
    Test::SettingsSandbox m_settings;
};

void TestLanguageManager::initTestCase()
{
    QVERIFY(m_settings.enter(QStringLiteral("tst_languagemanager")));
}

void TestLanguageManager::resolve_data()
{
    QTest::addColumn<QString>("configured");
    QTest::addColumn<QString>("systemLocale");
    QTest::addColumn<QString>("expected");

    QTest::newRow("setting-en-on-swedish-system") << QStringLiteral("en") << QStringLiteral("sv_SE") << QStringLiteral("en");
    QTest::newRow("setting-sv-on-english-system") << QStringLiteral("sv") << QStringLiteral("en_US") << QStringLiteral("sv");
    QTest::newRow("setting-with-space-and-case") << QStringLiteral(" EN ") << QStringLiteral("sv_SE") << QStringLiteral("en");
    QTest::newRow("empty-follows-english-us") << QString() << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("empty-follows-english-gb") << QString() << QStringLiteral("en_GB") << QStringLiteral("en");
    QTest::newRow("empty-swedish-system") << QString() << QStringLiteral("sv_SE") << QStringLiteral("sv");
    QTest::newRow("empty-finland-swedish") << QString() << QStringLiteral("sv_FI") << QStringLiteral("sv");
    QTest::newRow("empty-german-system-gets-primary") << QString() << QStringLiteral("de_DE") << QStringLiteral("sv");
    QTest::newRow("empty-c-locale-gets-primary") << QString() << QStringLiteral("C") << QStringLiteral("sv");
    QTest::newRow("unsupported-setting-follows-system") << QStringLiteral("fr") << QStringLiteral("en_US")
                                                        << QStringLiteral("en");
}

void TestLanguageManager::resolve()
{
    QFETCH(QString, configured);
    QFETCH(QString, systemLocale);
    QFETCH(QString, expected);
    QCOMPARE(LanguageManager::resolve(configured, QLocale(systemLocale)), expected);
}

void TestLanguageManager::installTranslatesAppStrings_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QLocale::Language>("formatting");

    QTest::newRow("swedish") << QStringLiteral("sv") << QStringLiteral("&Arkiv") << QStringLiteral("Inga ärenden att visa")
                             << QLocale::Swedish;
    QTest::newRow("english") << QStringLiteral("en") << QStringLiteral("&File") << QStringLiteral("No cases to show")
                             << QLocale::English;
}

void TestLanguageManager::installTranslatesAppStrings()
{
    QFETCH(QString, language);
    QFETCH(QString, file);
    QFETCH(QString, title);
    QFETCH(QLocale::Language, formatting);

    LanguageManager manager;
    QVERIFY(manager.install(language));
    QCOMPARE(manager.language(), language);
    QCOMPARE(QCoreApplication::translate("Fordran::MainActions", "&File"), file);
    QCOMPARE(QCoreApplication::translate("Fordran::MainWindow", "No cases to show"), title);
    QCOMPARE(QLocale().language(), formatting);
}

void TestLanguageManager::installSwedishTranslatesQtStrings()
{
    LanguageManager manager;
    QVERIFY(manager.install(QStringLiteral("sv")));
    // Standard buttons come from Fordran's catalogue (Debian ships no qtbase_sv.qm)...
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Avbryt"));
    QCOMPARE(QCoreApplication::translate("QMessageBox", "Show Details..."), QStringLiteral("Visa detaljer…"));

    // ...the rest from Qt's own Swedish catalogue, when it is installed.
    const QDir qtDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (!qtDir.exists(QStringLiteral("qtbase_sv.qm")) && !qtDir.exists(QStringLiteral("qt_sv.qm")))
        QSKIP("Qt's Swedish catalogue is not installed (package qt6-translations-l10n)");
    QCOMPARE(QCoreApplication::translate("QFileDialog", "New Folder"), QStringLiteral("Ny mapp"));
}

void TestLanguageManager::unsupportedLanguageFallsBackToSource()
{
    LanguageManager manager;
    QVERIFY(manager.install(QStringLiteral("sv")));
    QTest::ignoreMessage(QtWarningMsg, "LanguageManager: unsupported language \"xx\"; showing English source texts");
    QVERIFY(!manager.install(QStringLiteral("xx")));
    QCOMPARE(QCoreApplication::translate("Fordran::MainActions", "&File"), QStringLiteral("&File"));
}

void TestLanguageManager::destructorRemovesTranslators()
{
    {
        LanguageManager manager;
        QVERIFY(manager.install(QStringLiteral("sv")));
        QCOMPARE(QCoreApplication::translate("Fordran::MainActions", "&Quit"), QStringLiteral("&Avsluta"));
    }
    QCOMPARE(QCoreApplication::translate("Fordran::MainActions", "&Quit"), QStringLiteral("&Quit"));
}

void TestLanguageManager::installConfiguredReadsTheSetting()
{
    kLanguage.setValue(QStringLiteral("en"));
    {
        LanguageManager manager;
        QVERIFY(manager.installConfigured());
        QCOMPARE(manager.language(), QStringLiteral("en"));
    }
    kLanguage.setValue(QStringLiteral("sv"));
    LanguageManager manager;
    QVERIFY(manager.installConfigured());
    QCOMPARE(manager.language(), QStringLiteral("sv"));
    QCOMPARE(QCoreApplication::translate("Fordran::MainActions", "&Help"), QStringLiteral("&Hjälp"));
    kLanguage.reset();
}

QTEST_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
