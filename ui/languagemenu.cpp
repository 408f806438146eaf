#include "ui/languagemenu.h"

#include "ui/actionregistry.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QMessageBox>

namespace Fordran {

LanguageMenu::LanguageMenu(ActionRegistry &registry, QWidget *parent)
    : QMenu(parent)
    , m_group(new QActionGroup(this))
    , m_startupLanguage(LanguageManager::resolve(kLanguage.value(), QLocale::system()))
{
    setObjectName(QStringLiteral("Menu.Language"));
    struct Choice
    {
        QString id;
        QString text;
        QString setting;
    };
    // Language names are written in their own language so that everyone finds theirs.
    const Choice choices[] = {
        {QStringLiteral("Settings.Language.System"), tr("Follow the system language"), QString()},
        {QStringLiteral("Settings.Language.Swedish"), QStringLiteral("Svenska"), QStringLiteral("sv")},
        {QStringLiteral("Settings.Language.English"), QStringLiteral("English"), QStringLiteral("en")},
    };
    const QString current = LanguageManager::supportedLanguages().contains(kLanguage.value())
        ? kLanguage.value()
        : QString();
    for (const Choice &choice : choices) {
        QAction *action = registry.add(choice.id, choice.text);
        action->setCheckable(true);
        action->setChecked(choice.setting == current);
        m_group->addAction(action);
        addAction(action);
        if (choice.id.endsWith(u".System"))
            addSeparator();
        connect(action, &QAction::triggered, this, [this, setting = choice.setting] { choose(setting); });
    }
    if (QAction *language = registry.action(ActionId::SettingsLanguage))
        language->setMenu(this);
}

LanguageMenu::~LanguageMenu() = default;

void LanguageMenu::choose(const QString &setting)
{
    if (setting == kLanguage.value())
        return;
    if (setting.isEmpty())
        kLanguage.reset();
    else
        kLanguage.setValue(setting);
    emit languageSettingChanged(setting);

    if (LanguageManager::resolve(setting, QLocale::system()) == m_startupLanguage)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                tr("The new language is used the next time you start Fordran."),
                                QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("languageRestartMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Fordran
