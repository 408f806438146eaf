#include "ui/databasedialog.h"

#include "ui/databasecontroller.h"

#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

namespace Fordran {

namespace {

constexpr int kMinimumWidth = 620;
constexpr QColor kErrorColour(0xa4, 0x00, 0x0f);
constexpr QColor kSuccessColour(0x1e, 0x6b, 0x2e);

QPalette coloured(QPalette palette, const QColor &text)
{
    palette.setColor(QPalette::WindowText, text);
    return palette;
}

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setPalette(
        coloured(label->palette(), label->palette().color(QPalette::PlaceholderText)));
    return label;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

} // namespace

DatabaseDialog::DatabaseDialog(const DatabaseConfig &current, QWidget *parent)
    : QDialog(parent)
    , m_initial(current)
{
    setObjectName(QStringLiteral("databaseDialog"));
    setWindowTitle(tr("Database"));
    buildForm();

    const bool postgres = current.engine == DatabaseConfig::Engine::Postgres;
    m_path->setText(QDir::toNativeSeparators(!postgres && !current.sqlitePath.isEmpty()
                                                 ? current.sqlitePath
                                                 : DatabaseConfig::defaultSqlitePath()));
    if (postgres) {
        m_host->setText(current.host);
        m_port->setValue(current.port);
        m_database->setText(current.database);
        m_user->setText(current.user);
        m_password->setText(current.password);
    }
    (postgres ? m_postgresChoice : m_sqliteChoice)->setChecked(true);
    engineChosen();
}

DatabaseDialog::~DatabaseDialog() = default;

void DatabaseDialog::buildForm()
{
    auto *intro
        = new QLabel(tr("Fordran keeps cases, payments and reference rates in one database. "
                        "A SQLite file suits a single workstation; to work on the same cases "
                        "from several workstations, use a PostgreSQL server."),
                     this);
    intro->setWordWrap(true);

    m_sqliteChoice = new QRadioButton(tr("&SQLite file on this computer"), this);
    m_sqliteChoice->setObjectName(QStringLiteral("sqliteChoice"));
    m_postgresChoice = new QRadioButton(tr("&PostgreSQL server"), this);
    m_postgresChoice->setObjectName(QStringLiteral("postgresChoice"));
    m_engineGroup = new QButtonGroup(this);
    m_engineGroup->addButton(m_sqliteChoice);
    m_engineGroup->addButton(m_postgresChoice);

    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_path->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_useDefault = new QPushButton(tr("Use &default"), this);
    m_useDefault->setObjectName(QStringLiteral("useDefaultButton"));
    m_defaultPath = hintLabel(
        tr("Default: %1").arg(QDir::toNativeSeparators(DatabaseConfig::defaultSqlitePath())), this);
    m_defaultPath->setObjectName(QStringLiteral("defaultPathLabel"));
    m_defaultPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_useDefault->setToolTip(QDir::toNativeSeparators(DatabaseConfig::defaultSqlitePath()));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("postgresHost"));
    m_host->setPlaceholderText(tr("e.g. db.office.local; empty: this computer"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("postgresPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database = new QLineEdit(this);
    m_database->setObjectName(QStringLiteral("postgresDatabase"));
    m_database->setPlaceholderText(QStringLiteral("fordran"));
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("postgresUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("postgresPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *passwordHint = hintLabel(tr("The password is used for this session only and never saved. "
                                      "To connect without typing it, put it in ~/.pgpass."),
                                   this);

    auto *portLabel = buddyLabel(tr("P&ort:"), m_port, this);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_port);
    auto *defaultRow = new QHBoxLayout;
    defaultRow->addWidget(m_useDefault);
    defaultRow->addWidget(m_defaultPath, 1);

    // One grid for both choices, so the labels of the two forms line up under the radio text.
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(2, 1);
    int row = 0;
    grid->addWidget(m_sqliteChoice, row++, 0, 1, 4);
    auto *pathLabel = buddyLabel(tr("&File:"), m_path, this);
    grid->addWidget(pathLabel, row, 1);
    grid->addWidget(m_path, row, 2);
    grid->addWidget(m_browse, row++, 3);
    grid->addLayout(defaultRow, row++, 2, 1, 2);
    grid->setRowMinimumHeight(row++, fontMetrics().height() / 2);
    grid->addWidget(m_postgresChoice, row++, 0, 1, 4);
    auto *hostLabel = buddyLabel(tr("Ser&ver:"), m_host, this);
    grid->addWidget(hostLabel, row, 1);
    grid->addLayout(hostRow, row++, 2, 1, 2);
    auto *databaseLabel = buddyLabel(tr("D&atabase:"), m_database, this);
    grid->addWidget(databaseLabel, row, 1);
    grid->addWidget(m_database, row++, 2, 1, 2);
    auto *userLabel = buddyLabel(tr("&User:"), m_user, this);
    grid->addWidget(userLabel, row, 1);
    grid->addWidget(m_user, row++, 2, 1, 2);
    auto *passwordLabel = buddyLabel(tr("Pass&word:"), m_password, this);
    grid->addWidget(passwordLabel, row, 1);
    grid->addWidget(m_password, row++, 2, 1, 2);
    grid->addWidget(passwordHint, row++, 2, 1, 2);

    m_sqliteWidgets = {pathLabel, m_path, m_browse, m_useDefault, m_defaultPath};
    m_postgresWidgets = {hostLabel, m_host, portLabel,     m_port,     databaseLabel, m_database,
                         userLabel, m_user, passwordLabel, m_password, passwordHint};

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);

    m_validation = new QLabel(this);
    m_validation->setObjectName(QStringLiteral("validationMessage"));
    m_validation->setWordWrap(true);
    m_validation->setPalette(coloured(m_validation->palette(), kErrorColour));
    m_validation->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(grid);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);
    layout->addWidget(m_validation);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(kMinimumWidth);

    connect(m_engineGroup, &QButtonGroup::buttonToggled, this, &DatabaseDialog::engineChosen);
    connect(m_browse, &QPushButton::clicked, this, &DatabaseDialog::browse);
    connect(m_useDefault, &QPushButton::clicked, this, &DatabaseDialog::useDefaultPath);
    connect(m_test, &QPushButton::clicked, this, &DatabaseDialog::testConnection);
    for (QLineEdit *edit : {m_path, m_host, m_database, m_user, m_password})
        connect(edit, &QLineEdit::textEdited, this, &DatabaseDialog::formEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &DatabaseDialog::formEdited);
    connect(buttons, &QDialogButtonBox::accepted, this, &DatabaseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatabaseDialog::reject);
}

bool DatabaseDialog::postgresChosen() const
{
    return m_postgresChoice->isChecked();
}

DatabaseConfig DatabaseDialog::config() const
{
    if (!postgresChosen())
        return DatabaseConfig::sqlite(QDir::fromNativeSeparators(m_path->text().trimmed()));
    DatabaseConfig config;
    config.engine = DatabaseConfig::Engine::Postgres;
    config.host = m_host->text().trimmed();
    config.port = m_port->value();
    config.database = m_database->text().trimmed();
    config.user = m_user->text().trimmed();
    config.password = m_password->text();
    // Options (sslmode, …) come from a URL or the saved choice; the form keeps them.
    if (m_initial.engine == DatabaseConfig::Engine::Postgres)
        config.options = m_initial.options;
    return config;
}

QString DatabaseDialog::validationError() const
{
    const DatabaseConfig chosen = config();
    if (!postgresChosen()) {
        if (chosen.sqlitePath.isEmpty())
            return tr("File: choose the file of the SQLite database (Browse… or Use default).");
        if (QDir::isRelativePath(chosen.sqlitePath))
            return tr("File: give the full path of the database file, e.g. %1.")
                .arg(QDir::toNativeSeparators(DatabaseConfig::defaultSqlitePath()));
        if (QFileInfo(chosen.sqlitePath).isDir())
            return tr("File: %1 is a folder; add a file name, e.g. %2.")
                .arg(QDir::toNativeSeparators(chosen.sqlitePath),
                     QDir::toNativeSeparators(chosen.sqlitePath + u"/fordran.sqlite"));
        return {};
    }
    if (chosen.host.contains(u' '))
        return tr("Server: a host name has no spaces (\"%1\").").arg(chosen.host);
    if (chosen.database.isEmpty())
        return tr(
            "Database: enter the name of the database on the PostgreSQL server, e.g. fordran.");
    if (chosen.database.contains(u' ') || chosen.database.contains(u'/'))
        return tr("Database: \"%1\" is not a database name (no spaces or slashes).")
            .arg(chosen.database);
    if (chosen.user.contains(u' '))
        return tr("User: a user name has no spaces (\"%1\").").arg(chosen.user);
    return {};
}

QWidget *DatabaseDialog::invalidField() const
{
    if (!postgresChosen())
        return m_path;
    const DatabaseConfig chosen = config();
    if (chosen.host.contains(u' '))
        return m_host;
    if (chosen.database.isEmpty() || chosen.database.contains(u' ')
        || chosen.database.contains(u'/'))
        return m_database;
    return m_user;
}

QString DatabaseDialog::shownValidationError() const
{
    return m_validation->isHidden() ? QString() : m_validation->text();
}

QString DatabaseDialog::testResult() const
{
    return m_testResult->text();
}

void DatabaseDialog::engineChosen()
{
    const bool postgres = postgresChosen();
    for (QWidget *widget : std::as_const(m_sqliteWidgets))
        widget->setEnabled(!postgres);
    for (QWidget *widget : std::as_const(m_postgresWidgets))
        widget->setEnabled(postgres);
    formEdited();
}

void DatabaseDialog::formEdited()
{
    m_testResult->clear();
    m_testSucceeded = false;
    if (!m_validation->isHidden()) {
        const QString error = validationError();
        m_validation->setText(error);
        m_validation->setHidden(error.isEmpty());
    }
}

void DatabaseDialog::browse()
{
    const QString start = m_path->text().trimmed().isEmpty() ? DatabaseConfig::defaultSqlitePath()
                                                             : m_path->text().trimmed();
    // A save dialog, so a new file can be named as well as an existing one picked.
    const QString file = QFileDialog::getSaveFileName(
        this, tr("SQLite database file"), start,
        tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (file.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(file));
    formEdited();
}

void DatabaseDialog::useDefaultPath()
{
    m_sqliteChoice->setChecked(true);
    m_path->setText(QDir::toNativeSeparators(DatabaseConfig::defaultSqlitePath()));
    formEdited();
}

void DatabaseDialog::showTestResult(bool ok, const QString &text)
{
    m_testSucceeded = ok;
    m_testResult->setPalette(coloured(m_testResult->palette(), ok ? kSuccessColour : kErrorColour));
    m_testResult->setText(text);
    // Grow for a long driver message rather than cut it off.
    if (const int needed = layout()->totalHeightForWidth(width()); needed > height())
        resize(width(), needed);
    layout()->activate();
}

void DatabaseDialog::testConnection()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        showTestResult(false, error);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<ConnectionReport> report = DatabaseController::testConnection(config());
    QApplication::restoreOverrideCursor();
    if (!report) {
        const Error &error = report.error();
        // The driver's text, one trimmed line each (libpq indents its hints with a tab).
        QStringList detail = error.detail.split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : detail)
            line = line.trimmed();
        detail.removeAll(QString());
        showTestResult(
            false,
            detail.isEmpty()
                ? tr("Connection failed: %1").arg(error.message)
                : tr("Connection failed: %1\n%2").arg(error.message, detail.join(u'\n')));
        return;
    }
    if (!report->exists)
        showTestResult(true,
                       tr("The file does not exist yet; Fordran creates it when you click Open."));
    else if (report->schemaVersion == 0)
        showTestResult(true,
                       tr("Connection works. The database is empty; Fordran sets it up when you "
                          "click Open."));
    else if (report->schemaVersion < report->latestSchemaVersion)
        showTestResult(true,
                       tr("Connection works. The database is brought up to date (version %1 to %2) "
                          "when you click Open.")
                           .arg(report->schemaVersion)
                           .arg(report->latestSchemaVersion));
    else
        showTestResult(true, tr("Connection works. The database is up to date."));
}

void DatabaseDialog::accept()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        m_validation->setText(error);
        m_validation->show();
        invalidField()->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

} // namespace Fordran
