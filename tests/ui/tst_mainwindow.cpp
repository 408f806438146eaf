// The main window as a user sees it, in Swedish and in English: title, menus and their
// items, keyboard access, the case-queue area and the status bar. Screenshots of each language
// go to $FORDRAN_BUILD_DIR/screenshots/mainwindow_<lang>.png.

#include "settingssandbox.h"

#include "ui/actionregistry.h"
#include "ui/emptystatewidget.h"
#include "ui/languagemanager.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTest>

using namespace Fordran;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void inLanguage_data();
    void inLanguage();
    void mnemonicOpensFileMenu_data();
    void mnemonicOpensFileMenu();

    void centralQueueWidgetReplacesEmptyState();
    void databaseDescription();
    void defaultSizeAndRestoredGeometry();
    void quitClosesTheWindow();
    void aboutShowsTheVersion();
    void languageChoiceIsSavedAndNeedsRestart();

private:
    static QStringList menuTitles(const MainWindow &window);
    static QMenu *menu(const MainWindow &window, const QString &objectName);

    Test::SettingsSandbox m_settings;
    std::unique_ptr<LanguageManager> m_languages;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settings.enter(QStringLiteral("tst_mainwindow")));
}

void TestMainWindow::init()
{
    Test::SettingsSandbox::clear();
    m_languages = std::make_unique<LanguageManager>();
    QVERIFY(m_languages->install(QStringLiteral("sv")));
}

void TestMainWindow::cleanup()
{
    m_languages.reset();
}

QStringList TestMainWindow::menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (const QAction *top : window.menuBar()->actions())
        titles.append(top->text());
    return titles;
}

QMenu *TestMainWindow::menu(const MainWindow &window, const QString &objectName)
{
    return window.menuBar()->findChild<QMenu *>(objectName, Qt::FindDirectChildrenOnly);
}

void TestMainWindow::inLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("menus");
    QTest::addColumn<QStringList>("fileItems");
    QTest::addColumn<QStringList>("caseItems");
    QTest::addColumn<QString>("heading");
    QTest::addColumn<QString>("messageMentions");
    QTest::addColumn<QString>("status");

    QTest::newRow("swedish") << QStringLiteral("sv")
                             << QStringList{QStringLiteral("&Arkiv"), QStringLiteral("Ä&rende"),
                                            QStringLiteral("&Inställningar"), QStringLiteral("&Hjälp")}
                             << QStringList{QStringLiteral("&Databas…"), QStringLiteral("&Importera fordringar…"),
                                            QStringLiteral("Importera &betalningar…"), QString(),
                                            QStringLiteral("&Avsluta")}
                             << QStringList{QStringLiteral("&Öppna ärende…"), QStringLiteral("Registrera &inbetalning…"),
                                            QStringLiteral("Skriv ut &brev…"), QString(),
                                            QStringLiteral("Kör &dagskörning…")}
                             << QStringLiteral("Inga ärenden att visa") << QStringLiteral("Arkiv → Databas…")
                             << QStringLiteral("Ingen databas öppen");
    QTest::newRow("english") << QStringLiteral("en")
                             << QStringList{QStringLiteral("&File"), QStringLiteral("&Case"),
                                            QStringLiteral("&Settings"), QStringLiteral("&Help")}
                             << QStringList{QStringLiteral("&Database…"), QStringLiteral("&Import claims…"),
                                            QStringLiteral("Import &payments…"), QString(), QStringLiteral("&Quit")}
                             << QStringList{QStringLiteral("&Open case…"), QStringLiteral("Register &payment…"),
                                            QStringLiteral("Print &letters…"), QString(),
                                            QStringLiteral("Run &daily processing…")}
                             << QStringLiteral("No cases to show") << QStringLiteral("File → Database…")
                             << QStringLiteral("No database open");
}

void TestMainWindow::inLanguage()
{
    QFETCH(QString, language);
    QFETCH(QStringList, menus);
    QFETCH(QStringList, fileItems);
    QFETCH(QStringList, caseItems);
    QFETCH(QString, heading);
    QFETCH(QString, messageMentions);
    QFETCH(QString, status);

    QVERIFY(m_languages->install(language));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.windowTitle(), QStringLiteral("Fordran"));
    QCOMPARE(menuTitles(window), menus);

    const auto itemTexts = [](const QMenu *m) {
        QStringList texts;
        for (const QAction *a : m->actions())
            texts.append(a->isSeparator() ? QString() : a->text());
        return texts;
    };
    QMenu *file = menu(window, QStringLiteral("Menu.File"));
    QMenu *caseMenu = menu(window, QStringLiteral("Menu.Case"));
    QVERIFY(file && caseMenu);
    QCOMPARE(itemTexts(file), fileItems);
    QCOMPARE(itemTexts(caseMenu), caseItems);

    // The language submenu lists both languages by their own names.
    const QAction *languageAction = window.actions().action(u"Settings.Language");
    QVERIFY(languageAction && languageAction->menu());
    QCOMPARE(languageAction->menu()->actions().size(), 4); // system, separator, Svenska, English
    QVERIFY(window.actions().action(u"Settings.Language.Swedish"));
    QCOMPARE(window.actions().action(u"Settings.Language.Swedish")->text(), QStringLiteral("Svenska"));

    // Central area: the empty state until the case queue is put in.
    auto *area = window.findChild<QStackedWidget *>(QStringLiteral("caseQueueArea"));
    QVERIFY(area);
    QCOMPARE(window.centralWidget(), area);
    auto *empty = qobject_cast<EmptyStateWidget *>(area->currentWidget());
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->heading(), heading);
    QVERIFY2(empty->message().contains(messageMentions), qPrintable(empty->message()));

    // Status bar: which database is in use, and a hidden progress bar on the right.
    auto *databaseLabel = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(databaseLabel);
    QVERIFY(databaseLabel->isVisible());
    QCOMPARE(databaseLabel->text(), status);
    QVERIFY(window.progressBar());
    QVERIFY(!window.progressBar()->isVisible());

    // The window a collection officer works in all day: wide enough for the case queue.
    window.resize(1280, 800);
    QCoreApplication::processEvents();
    const QString shotDir = qEnvironmentVariable("FORDRAN_BUILD_DIR", QDir::tempPath()) + u"/screenshots"_qs;
    QVERIFY(QDir().mkpath(shotDir));
    const QString shot = shotDir + u"/mainwindow_"_qs + language + u".png"_qs;
    const QPixmap pixmap = window.grab();
    QCOMPARE(pixmap.size(), QSize(1280, 800));
    QVERIFY2(pixmap.save(shot), qPrintable(shot));
    qInfo("screenshot: %s", qUtf8Printable(shot));

    // And with its File menu open.
    file->popup(window.mapToGlobal(window.menuBar()->actionGeometry(file->menuAction()).bottomLeft()));
    QVERIFY(QTest::qWaitForWindowExposed(file));
    QPixmap withMenu = window.grab();
    {
        QPainter painter(&withMenu);
        painter.drawPixmap(window.mapFromGlobal(file->pos()), file->grab());
    }
    QVERIFY(withMenu.save(shotDir + u"/mainwindow_"_qs + language + u"_menu.png"_qs));
    file->close();
}

void TestMainWindow::mnemonicOpensFileMenu_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("key");
    QTest::newRow("swedish-alt-a") << QStringLiteral("sv") << int(Qt::Key_A);
    QTest::newRow("english-alt-f") << QStringLiteral("en") << int(Qt::Key_F);
}

void TestMainWindow::mnemonicOpensFileMenu()
{
    QFETCH(QString, language);
    QFETCH(int, key);

    QVERIFY(m_languages->install(language));
    MainWindow window;
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QMenu *file = menu(window, QStringLiteral("Menu.File"));
    QVERIFY(file);
    QVERIFY(!file->isVisible());

    QTest::keyClick(&window, Qt::Key(key), Qt::AltModifier);
    QTRY_VERIFY(file->isVisible());
    QTest::keyClick(file, Qt::Key_Escape);
    QTRY_VERIFY(!file->isVisible());
}

void TestMainWindow::centralQueueWidgetReplacesEmptyState()
{
    MainWindow window;
    auto *area = window.findChild<QStackedWidget *>(QStringLiteral("caseQueueArea"));
    QVERIFY(area);
    QWidget *empty = area->currentWidget();
    QVERIFY(qobject_cast<EmptyStateWidget *>(empty));
    QCOMPARE(window.centralQueueWidget(), nullptr);

    QPointer<QLabel> first = new QLabel(QStringLiteral("queue 1"));
    window.setCentralQueueWidget(first);
    QCOMPARE(area->currentWidget(), first.data());
    QCOMPARE(window.centralQueueWidget(), first.data());
    QCOMPARE(first->parentWidget(), area);

    auto *second = new QLabel(QStringLiteral("queue 2"));
    window.setCentralQueueWidget(second);
    QCOMPARE(area->currentWidget(), second);
    QTRY_VERIFY(first.isNull()); // the replaced queue is deleted

    window.setCentralQueueWidget(nullptr);
    QCOMPARE(area->currentWidget(), empty);
    QCOMPARE(window.centralQueueWidget(), nullptr);
    QCOMPARE(area->count(), 1);
}

void TestMainWindow::databaseDescription()
{
    MainWindow window;
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(label);
    const QString text = QStringLiteral("SQLite – /home/anna/fordran.sqlite");
    window.setDatabaseDescription(text);
    QCOMPARE(window.databaseDescription(), text);
    QCOMPARE(label->text(), QStringLiteral("Databas: ") + text);
    window.setDatabaseDescription({});
    QCOMPARE(label->text(), QStringLiteral("Ingen databas öppen"));
}

void TestMainWindow::defaultSizeAndRestoredGeometry()
{
    QSize defaultSize;
    {
        MainWindow window;
        defaultSize = window.size();
        // 1280×800, or 90 % of a smaller screen.
        const QSize available = window.screen()->availableSize() * 9 / 10;
        QCOMPARE(defaultSize, QSize(1280, 800).boundedTo(available));
        QVERIFY(!kMainGeometry.isSet());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(defaultSize - QSize(60, 40));
        QVERIFY(window.close());
        QVERIFY(kMainGeometry.isSet());
        QVERIFY(kMainState.isSet());
    }
    MainWindow restored;
    QCOMPARE(restored.size(), defaultSize - QSize(60, 40));
}

void TestMainWindow::quitClosesTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *quit = window.actions().action(u"File.Quit");
    QVERIFY(quit && quit->isEnabled());
    quit->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::aboutShowsTheVersion()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString title;
    QString text;
    QTimer::singleShot(0, &window, [&] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            title = box->windowTitle();
            text = box->text();
            box->accept();
        }
    });
    window.actions().action(u"Help.About")->trigger(); // modal: returns once the box is accepted
    QCOMPARE(title, QStringLiteral("Om Fordran"));
    QVERIFY2(QRegularExpression(QStringLiteral("Fordran \\d+\\.\\d+\\.\\d+")).match(text).hasMatch(), qPrintable(text));
    QVERIFY2(text.contains(u"inkassokrav"), qPrintable(text));
}

void TestMainWindow::languageChoiceIsSavedAndNeedsRestart()
{
    MainWindow window; // started in Swedish (system locale is C, so Swedish is resolved)
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QAction *english = window.actions().action(u"Settings.Language.English");
    QAction *system = window.actions().action(u"Settings.Language.System");
    QVERIFY(english && system);
    QVERIFY(system->isChecked());

    english->trigger();
    QCOMPARE(kLanguage.value(), QStringLiteral("en"));
    QVERIFY(english->isChecked());
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("languageRestartMessage"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), QStringLiteral("Det nya språket används nästa gång du startar Fordran."));
    QPointer<QMessageBox> guard(box);
    box->close();
    QTRY_VERIFY(guard.isNull());

    // Back to the language it runs in: saved, and nothing to restart for.
    system->trigger();
    QVERIFY(!kLanguage.isSet());
    QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("languageRestartMessage")));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
