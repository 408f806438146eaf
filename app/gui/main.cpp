#include "models/storage/caserepository.h"
#include "models/storage/database.h"
#include "models/storage/databaseconfig.h"
#include "ui/actionregistry.h"
#include "ui/casequeuewidget.h"
#include "ui/displaycheck.h"
#include "ui/languagemanager.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QStatusBar>

#include <cstdio>
#include <memory>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Fordran::App", text);
}

/*!
 * Opens and migrates the user's database (the one the CLI uses too) and puts its case queue into
 * \a window. A database that cannot be opened, or has no cases yet, leaves the empty state with
 * the reason in the status bar.
 */
std::unique_ptr<Fordran::Database> openQueue(Fordran::MainWindow &window)
{
    using namespace Fordran;
    const DatabaseConfig config = DatabaseConfig::fromSettings();
    window.setDatabaseDescription(config.displayName());
    const auto fail = [&window, &config](const Error &error) {
        window.setDatabaseDescription({});
        window.statusBar()->showMessage(
            tr("Cannot open the database %1: %2").arg(config.displayName(), error.message));
        if (!error.detail.isEmpty())
            window.statusBar()->setToolTip(error.detail);
    };
    auto opened = Database::open(config);
    if (!opened) {
        fail(opened.error());
        return {};
    }
    std::unique_ptr<Database> database = std::move(opened).value();
    if (const Status migrated = database->migrate(); !migrated) {
        fail(migrated.error());
        return {};
    }
    if (const auto cases = CaseRepository(*database).count(); !cases || *cases == 0) {
        window.statusBar()->showMessage(cases ? tr("The database has no cases yet.")
                                              : cases.error().message);
        return database;
    }

    auto *queue = new CaseQueueWidget(*database);
    window.setCentralQueueWidget(queue);
    QObject::connect(
        queue, &CaseQueueWidget::statusMessage, &window,
        [&window](const QString &message) { window.statusBar()->showMessage(message, 15000); });
    if (QAction *open = window.actions().action(ActionId::CaseOpen)) {
        QObject::connect(open, &QAction::triggered, queue, &CaseQueueWidget::focusSearch);
        open->setEnabled(true);
    }
    queue->focusSearch();
    return database;
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

    // Declared before the window, the database outlives the queue that reads it.
    std::unique_ptr<Fordran::Database> database;
    Fordran::MainWindow window;
    database = openQueue(window);
    window.show();
    return app.exec();
}
