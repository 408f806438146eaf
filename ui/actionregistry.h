#pragma once

// Central registry of the application's QActions under stable string ids ("File.Quit",
// "Case.RegisterPayment"). Menus are built from ids; default shortcuts are given at
// registration and a user's changed shortcut is saved under Shortcuts/<id>.
//
// Feature code finds its action by id, connects it and enables it:
//   QAction *pay = registry.action(u"Case.RegisterPayment");
//   connect(pay, &QAction::triggered, handler, &CaseActionHandler::registerPayment);

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace Fordran {

class ActionRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionRegistry)

public:
    /*! Id that stands for a separator in menu layouts. */
    static constexpr QStringView kSeparator = u"-";

    explicit ActionRegistry(QObject *parent = nullptr);
    ~ActionRegistry() override;

    /*! Creates the action \a id (owned by the registry, objectName = id) with \a text and
        \a defaultShortcut; a shortcut the user saved for \a id takes precedence. Registering
        an id twice returns the existing action unchanged (and warns). */
    QAction *add(const QString &id, const QString &text, const QKeySequence &defaultShortcut = {});

    /*! The action registered as \a id, or nullptr. */
    [[nodiscard]] QAction *action(QStringView id) const;
    /*! Every id in registration order. */
    [[nodiscard]] QStringList ids() const { return m_order; }
    [[nodiscard]] QKeySequence defaultShortcut(QStringView id) const;

    /*! Changes the shortcut of \a id and saves it for the user; false for an unknown id. */
    bool setUserShortcut(const QString &id, const QKeySequence &shortcut);
    /*! Forgets the user's shortcut for \a id and restores the default. */
    bool resetShortcut(const QString &id);

    /*! A menu titled \a title (objectName \a menuId) holding the actions \a ids in order;
        kSeparator inserts a separator; unknown ids are skipped with a warning. The menu
        is owned by \a parent. */
    QMenu *createMenu(const QString &menuId, const QString &title, const QStringList &ids,
                      QWidget *parent) const;

private:
    struct Entry
    {
        QAction *action = nullptr;
        QKeySequence defaultShortcut;
    };

    QHash<QString, Entry> m_entries;
    QStringList m_order;
};

} // namespace Fordran
