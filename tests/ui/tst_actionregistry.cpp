// ActionRegistry: stable ids, default and user shortcuts, menus built from ids; and the main
// window's action table (unique ids and shortcuts, unfinished features disabled).

#include "settingssandbox.h"

#include "ui/actionregistry.h"
#include "ui/mainactions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QTest>

using namespace Fordran;

class TestActionRegistry final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void addAndFind();
    void duplicateIdKeepsFirst();
    void userShortcutIsSavedAndRestored();
    void resetShortcutRestoresDefault();
    void unknownIds();
    void menuFromIds();
    void mainActionsHaveUniqueShortcuts();
    void mainActionsEnabledState_data();
    void mainActionsEnabledState();
    void mainMenusFollowTheLayout();
    void menuPath();

private:
    Test::SettingsSandbox m_settings;
};

void TestActionRegistry::initTestCase()
{
    QVERIFY(m_settings.enter(QStringLiteral("tst_actionregistry")));
}

void TestActionRegistry::init()
{
    Test::SettingsSandbox::clear();
}

void TestActionRegistry::addAndFind()
{
    ActionRegistry registry;
    QAction *open = registry.add(QStringLiteral("Case.Open"), QStringLiteral("Open"), QKeySequence(Qt::CTRL | Qt::Key_O));
    QVERIFY(open);
    QCOMPARE(registry.action(u"Case.Open"), open);
    QCOMPARE(open->objectName(), QStringLiteral("Case.Open"));
    QCOMPARE(open->parent(), &registry);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_O));
    QCOMPARE(registry.defaultShortcut(u"Case.Open"), QKeySequence(Qt::CTRL | Qt::Key_O));

    registry.add(QStringLiteral("Case.Close"), QStringLiteral("Close"));
    QCOMPARE(registry.ids(), (QStringList{QStringLiteral("Case.Open"), QStringLiteral("Case.Close")}));
    QVERIFY(registry.action(u"Case.Close")->shortcut().isEmpty());
}

void TestActionRegistry::duplicateIdKeepsFirst()
{
    ActionRegistry registry;
    QAction *first = registry.add(QStringLiteral("File.Quit"), QStringLiteral("Quit"));
    QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: action id \"File.Quit\" registered twice");
    QAction *second = registry.add(QStringLiteral("File.Quit"), QStringLiteral("Exit"));
    QCOMPARE(second, first);
    QCOMPARE(first->text(), QStringLiteral("Quit"));
    QCOMPARE(registry.ids().size(), 1);
}

void TestActionRegistry::userShortcutIsSavedAndRestored()
{
    const QKeySequence custom(Qt::CTRL | Qt::ALT | Qt::Key_B);
    {
        ActionRegistry registry;
        registry.add(QStringLiteral("Case.RegisterPayment"), QStringLiteral("Pay"), QKeySequence(Qt::CTRL | Qt::Key_B));
        QVERIFY(registry.setUserShortcut(QStringLiteral("Case.RegisterPayment"), custom));
        QCOMPARE(registry.action(u"Case.RegisterPayment")->shortcut(), custom);
    }
    ActionRegistry next;
    QAction *pay = next.add(QStringLiteral("Case.RegisterPayment"), QStringLiteral("Pay"), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(pay->shortcut(), custom);
    QCOMPARE(next.defaultShortcut(u"Case.RegisterPayment"), QKeySequence(Qt::CTRL | Qt::Key_B));
}

void TestActionRegistry::resetShortcutRestoresDefault()
{
    const QKeySequence def(Qt::Key_F9);
    {
        ActionRegistry registry;
        registry.add(QStringLiteral("Case.RunDaily"), QStringLiteral("Run"), def);
        QVERIFY(registry.setUserShortcut(QStringLiteral("Case.RunDaily"), QKeySequence(Qt::Key_F10)));
        QVERIFY(registry.resetShortcut(QStringLiteral("Case.RunDaily")));
        QCOMPARE(registry.action(u"Case.RunDaily")->shortcut(), def);
    }
    ActionRegistry next;
    QCOMPARE(next.add(QStringLiteral("Case.RunDaily"), QStringLiteral("Run"), def)->shortcut(), def);
}

void TestActionRegistry::unknownIds()
{
    ActionRegistry registry;
    QCOMPARE(registry.action(u"No.Such"), nullptr);
    QVERIFY(registry.defaultShortcut(u"No.Such").isEmpty());
    QVERIFY(!registry.setUserShortcut(QStringLiteral("No.Such"), QKeySequence(Qt::Key_F2)));
    QVERIFY(!registry.resetShortcut(QStringLiteral("No.Such")));
    QVERIFY(!QSettings().contains(QStringLiteral("Shortcuts/No.Such")));
}

void TestActionRegistry::menuFromIds()
{
    ActionRegistry registry;
    QAction *a = registry.add(QStringLiteral("A.One"), QStringLiteral("One"));
    QAction *b = registry.add(QStringLiteral("A.Two"), QStringLiteral("Two"));
    QWidget parent;
    QTest::ignoreMessage(QtWarningMsg, "ActionRegistry: menu \"Menu.A\" names unknown action \"A.Missing\"");
    QMenu *menu = registry.createMenu(QStringLiteral("Menu.A"), QStringLiteral("&A"),
                                      {QStringLiteral("A.One"), QStringLiteral("-"), QStringLiteral("A.Missing"),
                                       QStringLiteral("A.Two")},
                                      &parent);
    QCOMPARE(menu->parent(), &parent);
    QCOMPARE(menu->objectName(), QStringLiteral("Menu.A"));
    QCOMPARE(menu->title(), QStringLiteral("&A"));
    const QList<QAction *> items = menu->actions();
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0), a);
    QVERIFY(items.at(1)->isSeparator());
    QCOMPARE(items.at(2), b);
}

void TestActionRegistry::mainActionsHaveUniqueShortcuts()
{
    ActionRegistry registry;
    MainActions::registerAll(registry);
    QVERIFY(registry.ids().size() >= 10);
    QSet<QString> seen;
    for (const QString &id : registry.ids()) {
        const QAction *action = registry.action(id);
        QVERIFY2(!action->text().isEmpty(), qPrintable(id));
        QVERIFY2(!action->statusTip().isEmpty(), qPrintable(id));
        const QString shortcut = action->shortcut().toString(QKeySequence::PortableText);
        if (shortcut.isEmpty())
            continue;
        QVERIFY2(!seen.contains(shortcut), qPrintable(id + u" reuses "_qs + shortcut));
        seen.insert(shortcut);
    }
    // Registering again adds nothing and warns about nothing.
    const qsizetype count = registry.ids().size();
    MainActions::registerAll(registry);
    QCOMPARE(registry.ids().size(), count);
}

void TestActionRegistry::mainActionsEnabledState_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<QKeySequence>("shortcut");

    QTest::newRow("quit") << QStringLiteral("File.Quit") << true << QKeySequence(Qt::CTRL | Qt::Key_Q);
    QTest::newRow("about") << QStringLiteral("Help.About") << true << QKeySequence();
    QTest::newRow("language") << QStringLiteral("Settings.Language") << true << QKeySequence();
    QTest::newRow("database-not-built") << QStringLiteral("File.Database") << false << QKeySequence();
    QTest::newRow("import-claims-not-built") << QStringLiteral("File.ImportClaims") << false
                                             << QKeySequence(Qt::CTRL | Qt::Key_I);
    QTest::newRow("open-case-not-built") << QStringLiteral("Case.Open") << false << QKeySequence(Qt::CTRL | Qt::Key_O);
    QTest::newRow("payment-not-built") << QStringLiteral("Case.RegisterPayment") << false
                                       << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P);
    QTest::newRow("daily-run-not-built") << QStringLiteral("Case.RunDaily") << false << QKeySequence();
    QTest::newRow("reference-rates-not-built") << QStringLiteral("Settings.ReferenceRates") << false
                                               << QKeySequence();
}

void TestActionRegistry::mainActionsEnabledState()
{
    QFETCH(QString, id);
    QFETCH(bool, enabled);
    QFETCH(QKeySequence, shortcut);

    ActionRegistry registry;
    MainActions::registerAll(registry);
    const QAction *action = registry.action(id);
    QVERIFY2(action, qPrintable(id));
    QCOMPARE(action->isEnabled(), enabled);
    QCOMPARE(action->shortcut(), shortcut);
}

void TestActionRegistry::mainMenusFollowTheLayout()
{
    ActionRegistry registry;
    MainActions::registerAll(registry);
    QMenuBar bar;
    MainActions::buildMenus(registry, &bar);

    QStringList menuIds;
    for (const QAction *top : bar.actions())
        menuIds.append(top->menu()->objectName());
    QCOMPARE(menuIds, (QStringList{QStringLiteral("Menu.File"), QStringLiteral("Menu.Case"),
                                   QStringLiteral("Menu.Settings"), QStringLiteral("Menu.Help")}));

    // Every registered action appears in exactly one menu.
    QStringList placed;
    for (const QAction *top : bar.actions()) {
        for (const QAction *item : top->menu()->actions()) {
            if (!item->isSeparator())
                placed.append(item->objectName());
        }
    }
    QStringList registered = registry.ids();
    registered.sort();
    placed.sort();
    QCOMPARE(placed, registered);
}

void TestActionRegistry::menuPath()
{
    // Untranslated here: the English source texts without mnemonics.
    QCOMPARE(MainActions::menuPath(ActionId::FileDatabase), QStringLiteral("File → Database…"));
    QCOMPARE(MainActions::menuPath(ActionId::SettingsReferenceRates), QStringLiteral("Settings → Reference rates…"));
    QVERIFY(MainActions::menuPath(u"No.Such").isEmpty());
}

QTEST_MAIN(TestActionRegistry)
#include "tst_actionregistry.moc"
