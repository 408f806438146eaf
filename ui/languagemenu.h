#pragma once

// Settings → Language: follow the system, Svenska or English. The choice is saved in the
// kLanguage setting and used from the next start (feature widgets are not retranslated live).

#include <QMenu>

class QActionGroup;

namespace Fordran {

class ActionRegistry;

class LanguageMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageMenu)

public:
    /*! Registers "Settings.Language.System", "Settings.Language.Swedish" and
        "Settings.Language.English" in \a registry and attaches itself as the submenu of
        "Settings.Language". */
    LanguageMenu(ActionRegistry &registry, QWidget *parent);
    ~LanguageMenu() override;

signals:
    /*! The saved language setting changed to \a setting ("" = system, "sv", "en"). */
    void languageSettingChanged(const QString &setting);

private:
    void choose(const QString &setting);

    QActionGroup *m_group;
    QString m_startupLanguage;
};

} // namespace Fordran
