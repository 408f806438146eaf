#include "ui/mainwindow.h"

#include "ui/actionregistry.h"
#include "ui/buildinfo.h"
#include "ui/emptystatewidget.h"
#include "ui/languagemenu.h"
#include "ui/mainactions.h"
#include "ui/settings.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>

namespace Fordran {

namespace {

constexpr QSize kDefaultSize{1280, 800};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_actions(new ActionRegistry(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Fordran"));

    MainActions::registerAll(*m_actions);
    MainActions::buildMenus(*m_actions, menuBar());
    new LanguageMenu(*m_actions, this);
    connect(m_actions->action(ActionId::FileQuit), &QAction::triggered, this, &QWidget::close);
    connect(m_actions->action(ActionId::HelpAbout), &QAction::triggered, this, &MainWindow::showAbout);

    buildCentralArea();
    buildStatusBar();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::setDatabaseDescription(const QString &description)
{
    m_databaseDescription = description;
    m_databaseLabel->setText(description.isEmpty() ? tr("No database open") : tr("Database: %1").arg(description));
    m_databaseLabel->setToolTip(description);
}

void MainWindow::setCentralQueueWidget(QWidget *queue)
{
    if (m_queue == queue)
        return;
    if (m_queue) {
        m_queueArea->removeWidget(m_queue);
        m_queue->deleteLater();
        m_queue = nullptr;
    }
    if (queue) {
        m_queue = queue;
        m_queueArea->addWidget(queue);
        m_queueArea->setCurrentWidget(queue);
    } else {
        m_queueArea->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    kMainGeometry.setValue(saveGeometry());
    kMainState.setValue(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::buildCentralArea()
{
    m_queueArea = new QStackedWidget(this);
    m_queueArea->setObjectName(QStringLiteral("caseQueueArea"));

    m_emptyState = new EmptyStateWidget(m_queueArea);
    m_emptyState->setObjectName(QStringLiteral("caseQueueEmptyState"));
    m_emptyState->setHeading(tr("No cases to show"));
    m_emptyState->setMessage(tr("The cases that need attention are listed here, most urgent first.<br>"
                                "To begin, choose a database with <b>%1</b> or import a client's claims "
                                "with <b>%2</b>")
                                 .arg(MainActions::menuPath(ActionId::FileDatabase).toHtmlEscaped(),
                                      MainActions::menuPath(ActionId::FileImportClaims).toHtmlEscaped()));
    m_queueArea->addWidget(m_emptyState);
    setCentralWidget(m_queueArea);
}

void MainWindow::buildStatusBar()
{
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_databaseLabel, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("statusProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);

    setDatabaseDescription({});
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(kMainGeometry.value())) {
        QSize size = kDefaultSize;
        if (const QScreen *screen = this->screen()) {
            const QSize available = screen->availableSize();
            size = size.boundedTo(available * 9 / 10);
        }
        resize(size);
    }
    restoreState(kMainState.value());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Fordran"),
                       tr("<h3>Fordran %1</h3>"
                          "<p>Desktop workstation for Swedish debt collection: cases, payment reminders, "
                          "collection demands, payment plans and payments.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QString::fromLatin1(BuildInfo::kVersion), QString::fromLatin1(qVersion())));
}

} // namespace Fordran
