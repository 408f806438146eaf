#pragma once

// Helpers for the suites of the database and reference-rate dialogs: screenshots, children by
// object name, modal dialogs driven without blocking the suite, and a main window wired to a
// DatabaseController as the application does it.
//
//   Fordran::Test::whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
//   handler.checkReferenceRate(); // shows the box; the action above closes it

#include "ui/databaseactionhandler.h"
#include "ui/databasecontroller.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

namespace Fordran::Test {

/*! $FORDRAN_BUILD_DIR/screenshots/<name>, the folder created if needed. */
inline QString shotPath(const QString &name)
{
    const QString dir
        = qEnvironmentVariable("FORDRAN_BUILD_DIR", QDir::tempPath()) + u"/screenshots";
    QDir().mkpath(dir);
    return dir + u'/' + name;
}

/*! The child of \a parent named \a name; a missing one ends the suite (a broken form). */
template<typename T> T *child(const QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

/*! A main window with the database actions on a DatabaseController, as main.cpp wires them,
    checking reference rates as of \a today. */
struct Workstation
{
    explicit Workstation(QDate today) { handler.setToday(today); }

    DatabaseController controller; // outlives the window, as in the application
    MainWindow window;
    DatabaseActionHandler handler {window, controller};
};

/*!
 * Runs \a action on the next modal widget of type T within \a timeoutMs. \a done, if given, is
 * set to true once the action ran, so the suite can check that the dialog showed at all. The
 * action must close the widget; one left open (a failed check returned early) is closed.
 */
template<typename T>
void whenModal(std::function<void(T *)> action, bool *done = nullptr, int timeoutMs = 5000)
{
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, timer,
                     [timer, clock, action = std::move(action), done, timeoutMs] {
                         if (auto *modal = qobject_cast<T *>(QApplication::activeModalWidget())) {
                             timer->stop();
                             timer->deleteLater();
                             if (done)
                                 *done = true;
                             const QPointer<QWidget> guard(modal);
                             action(modal);
                             // An action that failed a check returned early: do not leave the suite
                             // blocked.
                             if (guard && guard->isVisible()
                                 && QApplication::activeModalWidget() == guard) {
                                 qWarning("whenModal: %s was left open; closing it",
                                          guard->metaObject()->className());
                                 guard->close();
                             }
                             return;
                         }
                         if (clock->elapsed() > timeoutMs) {
                             timer->stop();
                             timer->deleteLater();
                             // Whatever is modal instead would block the suite: close it.
                             if (QWidget *other = QApplication::activeModalWidget())
                                 other->close();
                         }
                     });
    timer->start();
}

} // namespace Fordran::Test
