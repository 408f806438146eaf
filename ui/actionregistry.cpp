#include "ui/actionregistry.h"

#include "ui/settings.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace Fordran {

namespace {

QString shortcutKey(const QString &id)
{
    return kShortcutsGroup + u'/' + id;
}

} // namespace

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{}

ActionRegistry::~ActionRegistry() = default;

QAction *ActionRegistry::add(const QString &id, const QString &text, const QKeySequence &defaultShortcut)
{
    if (const auto it = m_entries.constFind(id); it != m_entries.constEnd()) {
        qWarning("ActionRegistry: action id \"%s\" registered twice", qUtf8Printable(id));
        return it->action;
    }
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    const QVariant saved = QSettings().value(shortcutKey(id));
    action->setShortcut(saved.isValid() ? QKeySequence::fromString(saved.toString(), QKeySequence::PortableText)
                                        : defaultShortcut);
    m_entries.insert(id, Entry{action, defaultShortcut});
    m_order.append(id);
    return action;
}

QAction *ActionRegistry::action(QStringView id) const
{
    const auto it = m_entries.constFind(id.toString());
    return it == m_entries.constEnd() ? nullptr : it->action;
}

QKeySequence ActionRegistry::defaultShortcut(QStringView id) const
{
    const auto it = m_entries.constFind(id.toString());
    return it == m_entries.constEnd() ? QKeySequence() : it->defaultShortcut;
}

bool ActionRegistry::setUserShortcut(const QString &id, const QKeySequence &shortcut)
{
    QAction *target = action(id);
    if (!target)
        return false;
    target->setShortcut(shortcut);
    QSettings().setValue(shortcutKey(id), shortcut.toString(QKeySequence::PortableText));
    return true;
}

bool ActionRegistry::resetShortcut(const QString &id)
{
    QAction *target = action(id);
    if (!target)
        return false;
    QSettings().remove(shortcutKey(id));
    target->setShortcut(defaultShortcut(id));
    return true;
}

QMenu *ActionRegistry::createMenu(const QString &menuId, const QString &title, const QStringList &ids,
                                  QWidget *parent) const
{
    auto *menu = new QMenu(title, parent);
    menu->setObjectName(menuId);
    for (const QString &id : ids) {
        if (id == kSeparator) {
            menu->addSeparator();
        } else if (QAction *item = action(id)) {
            menu->addAction(item);
        } else {
            qWarning("ActionRegistry: menu \"%s\" names unknown action \"%s\"", qUtf8Printable(menuId),
                     qUtf8Printable(id));
        }
    }
    return menu;
}

} // namespace Fordran
