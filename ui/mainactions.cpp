#include "ui/mainactions.h"

#include "ui/actionregistry.h"

#include <QAction>
#include <QKeyCombination>
#include <QMenu>
#include <QMenuBar>

#include <array>

namespace Fordran {

namespace {

constexpr const char *kContext = "Fordran::MainActions";

struct ActionDef
{
    QStringView id;
    const char *text;
    const char *statusTip;
    QKeyCombination shortcut;
    bool enabled;
};

struct MenuDef
{
    QStringView id;
    const char *title;
    std::array<QStringView, 8> items; // unused trailing entries stay empty
};

constexpr std::array kActions{
    ActionDef{ActionId::FileDatabase, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Database…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Open or create the database to work in"), {}, false},
    ActionDef{ActionId::FileImportClaims, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Import claims…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Import a client's claims file as new cases"),
              Qt::CTRL | Qt::Key_I, false},
    ActionDef{ActionId::FileImportPayments, QT_TRANSLATE_NOOP("Fordran::MainActions", "Import &payments…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Book a payment file from Bankgirot"), {}, false},
    ActionDef{ActionId::FileQuit, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Quit"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Close Fordran"), Qt::CTRL | Qt::Key_Q, true},
    ActionDef{ActionId::CaseOpen, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Open case…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions",
                                "Find a case by case number, OCR, invoice number, personnummer or name"),
              Qt::CTRL | Qt::Key_O, false},
    ActionDef{ActionId::CaseRegisterPayment, QT_TRANSLATE_NOOP("Fordran::MainActions", "Register &payment…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Register a payment received on the current case"),
              Qt::CTRL | Qt::SHIFT | Qt::Key_P, false},
    ActionDef{ActionId::CasePrintLetters, QT_TRANSLATE_NOOP("Fordran::MainActions", "Print &letters…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Print every queued letter that is due"),
              Qt::CTRL | Qt::Key_P, false},
    ActionDef{ActionId::CaseRunDaily, QT_TRANSLATE_NOOP("Fordran::MainActions", "Run &daily processing…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions",
                                "Advance every case by the rules: fees, interest, letters and tasks"),
              {}, false},
    ActionDef{ActionId::SettingsClients, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Clients…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Register and edit clients (creditors)"), {}, false},
    ActionDef{ActionId::SettingsReferenceRates, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Reference rates…"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "The Riksbank reference rate for each half-year"),
              {}, false},
    ActionDef{ActionId::SettingsLanguage, QT_TRANSLATE_NOOP("Fordran::MainActions", "&Language"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Choose the language of the user interface"), {}, true},
    ActionDef{ActionId::HelpAbout, QT_TRANSLATE_NOOP("Fordran::MainActions", "&About Fordran"),
              QT_TRANSLATE_NOOP("Fordran::MainActions", "Version and licence of Fordran"), {}, true},
};

constexpr std::array kMenus{
    MenuDef{u"Menu.File", QT_TRANSLATE_NOOP("Fordran::MainActions", "&File"),
            {ActionId::FileDatabase, ActionId::FileImportClaims, ActionId::FileImportPayments,
             ActionRegistry::kSeparator, ActionId::FileQuit}},
    MenuDef{u"Menu.Case", QT_TRANSLATE_NOOP("Fordran::MainActions", "&Case"),
            {ActionId::CaseOpen, ActionId::CaseRegisterPayment, ActionId::CasePrintLetters,
             ActionRegistry::kSeparator, ActionId::CaseRunDaily}},
    MenuDef{u"Menu.Settings", QT_TRANSLATE_NOOP("Fordran::MainActions", "&Settings"),
            {ActionId::SettingsClients, ActionId::SettingsReferenceRates, ActionRegistry::kSeparator,
             ActionId::SettingsLanguage}},
    MenuDef{u"Menu.Help", QT_TRANSLATE_NOOP("Fordran::MainActions", "&Help"), {ActionId::HelpAbout}},
};

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

QString withoutMnemonic(QString text)
{
    // "&&" is a literal ampersand; a single "&" marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\u0001")).remove(u'&').replace(u'\u0001', u'&');
    return text;
}

} // namespace

void MainActions::registerAll(ActionRegistry &registry)
{
    for (const ActionDef &def : kActions) {
        const QString id = def.id.toString();
        if (registry.action(id))
            continue;
        const bool hasShortcut = def.shortcut.key() != Qt::Key_unknown;
        QAction *action = registry.add(id, translated(def.text),
                                       hasShortcut ? QKeySequence(def.shortcut) : QKeySequence());
        action->setStatusTip(translated(def.statusTip));
        action->setEnabled(def.enabled);
        if (def.id == ActionId::FileQuit)
            action->setMenuRole(QAction::QuitRole);
        else if (def.id == ActionId::HelpAbout)
            action->setMenuRole(QAction::AboutRole);
    }
}

void MainActions::buildMenus(const ActionRegistry &registry, QMenuBar *menuBar)
{
    for (const MenuDef &def : kMenus) {
        QStringList ids;
        for (QStringView item : def.items) {
            if (!item.isEmpty())
                ids.append(item.toString());
        }
        menuBar->addMenu(registry.createMenu(def.id.toString(), translated(def.title), ids, menuBar));
    }
}

QString MainActions::menuPath(QStringView id)
{
    for (const MenuDef &menu : kMenus) {
        for (QStringView item : menu.items) {
            if (item.isEmpty() || item != id)
                continue;
            for (const ActionDef &action : kActions) {
                if (action.id == id)
                    return tr("%1 → %2", "menu path: menu, then menu item")
                        .arg(withoutMnemonic(translated(menu.title)), withoutMnemonic(translated(action.text)));
            }
        }
    }
    return {};
}

} // namespace Fordran
