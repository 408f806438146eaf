#include "models/storage/caserepository.h"
#include "models/storage/database.h"
#include "models/storage/databaseconfig.h"
#include "ui/actionregistry.h"
#include "ui/casequeuewidget.h"
#include "ui/dailyrundialog.h"
#include "ui/databaseactionhandler.h"
#include "ui/databasecontroller.h"
#include "ui/displaycheck.h"
#include "ui/importclaimsdialog.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>

namespace {

/*!
 * Puts the case queue of \a database (the one DatabaseController just opened, or nullptr) into
 * \a window. No database, or one without cases, leaves the empty state with the reason in the
 * status bar.
 */
void showQueue(Fordran::MainWindow &window, Fordran::Database *database)
{
    using namespace Fordran;
    window.setCentralQueueWidget(nullptr);
    window.statusBar()->clearMessage();
    window.statusBar()->setToolTip({});
    QAction *open = window.actions().action(ActionId::CaseOpen);
    if (open)
        open->setEnabled(false);
    if (!database)
        return;
    if (const auto cases = CaseRepository(*database).count(); !cases || *cases == 0) {
        window.statusBar()->showMessage(
            cases ? QCoreApplication::translate("Fordran::App", "The database has no cases yet.")
                  : cases.error().message);
        return;
    }

    auto *queue = new CaseQueueWidget(*database);
    window.setCentralQueueWidget(queue);
    QObject::connect(
        queue, &CaseQueueWidget::statusMessage, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });
    if (open) {
        QObject::connect(open, &QAction::triggered, queue, &CaseQueueWidget::focusSearch);
        open->setEnabled(true);
    }
    queue->focusSearch();
}

/*!
 * Opens and migrates the user's database (the one the CLI uses too). One that cannot be opened
 * leaves the empty state with the reason in the status bar; File → Database… chooses another.
 */
void openAtStart(Fordran::MainWindow &window, Fordran::DatabaseController &databases)
{
    using namespace Fordran;
    const DatabaseConfig config = DatabaseConfig::fromSettings();
    if (const Status opened = databases.open(config); !opened) {
        window.statusBar()->showMessage(
            QCoreApplication::translate("Fordran::App", "Cannot open the database %1: %2")
                .arg(config.displayName(), opened.error().message));
        if (!opened.error().detail.isEmpty())
            window.statusBar()->setToolTip(opened.error().detail);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display Qt would abort inside the platform plugin; say why in one line.
    if (const QString problem
        = Fordran::missingDisplayMessage(Fordran::DisplayEnvironment::fromProcess());
        !problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", problem.toLocal8Bit().constData());
        return 1;
    }

    QCoreApplication::setOrganizationName(QStringLiteral("Fordran"));
    QCoreApplication::setApplicationName(QStringLiteral("fordran"));
    QApplication app(argc, argv);

    Fordran::LanguageManager languages;
    languages.installConfigured();

    // Declared before the window, the open database outlives the queue that reads it.
    Fordran::DatabaseController databases;
    Fordran::MainWindow window;
    auto *databaseActions = new Fordran::DatabaseActionHandler(window, databases);
    QObject::connect(&databases, &Fordran::DatabaseController::aboutToChangeDatabase, &window,
                     [&window] { window.setCentralQueueWidget(nullptr); });
    QObject::connect(&databases, &Fordran::DatabaseController::databaseChanged, &window,
                     [&window](Fordran::Database *database) { showQueue(window, database); });
    auto *dailyRun = new Fordran::DailyRunActionHandler(window, databases);
    QObject::connect(dailyRun, &Fordran::DailyRunActionHandler::runFinished, &window,
                     [&window, &databases] { showQueue(window, databases.database()); });
    auto *imports = new Fordran::ImportClaimsActionHandler(window, databases);
    QObject::connect(imports, &Fordran::ImportClaimsActionHandler::imported, &window,
                     [&window, &databases] { showQueue(window, databases.database()); });
    openAtStart(window, databases);
    window.show();
    // Once the window is up: a missing reference rate for today's half-year is said at once.
    QTimer::singleShot(0, databaseActions, &Fordran::DatabaseActionHandler::checkReferenceRate);
    return app.exec();
}
