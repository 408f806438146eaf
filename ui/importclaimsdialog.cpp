#include "ui/importclaimsdialog.h"

#include "models/storage/clientrepository.h"
#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/databasecontroller.h"
#include "ui/databasetask.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fordran {

namespace {

QTableWidget *newTable(const QStringList &headers, const char *name, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QString::fromLatin1(name));
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    return table;
}

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(QLocale().toString(value));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidgetItem *textItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

/*! Data rows of \a report without a problem (a row can have several). */
int validRows(const ClaimsImportReport &report)
{
    QSet<int> lines;
    for (const RowError &error : report.rejected)
        lines.insert(error.line);
    return std::max(0, report.dataRows - int(lines.size()));
}

/*! Rows beyond this are summarised in the status line: a table of a million rejected rows helps no
 * one. */
constexpr int MaxTableRows = 10000;

} // namespace

ImportClaimsDialog::ImportClaimsDialog(DatabaseConfig config, const QList<Client> &clients,
                                       QDate today, QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_user(currentUserLogin())
    , m_task(new DatabaseTask(m_config, this))
{
    setWindowTitle(tr("Import claims"));
    setObjectName(QStringLiteral("ImportClaimsDialog"));

    auto *intro = new QLabel(
        tr("Imports a client's claims file (CSV, one row per invoice). Claims of the client "
           "against one debtor become one case with its own case number and OCR reference. "
           "Check reads the whole file and lists every rejected row without changing anything."),
        this);
    intro->setWordWrap(true);

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("file"));
    m_file->setPlaceholderText(tr("Claims file (.csv)"));
    m_file->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browse"));
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    m_client = new QComboBox(this);
    m_client->setObjectName(QStringLiteral("client"));
    for (const Client &client : clients)
        m_client->addItem(tr("%1 (%2)").arg(client.name, client.orgnr), client.orgnr);
    if (clients.isEmpty())
        m_client->setPlaceholderText(tr("No clients yet: add one with fordran-cli client add"));

    m_acceptValid
        = new QCheckBox(tr("Import the &valid rows and leave out the rejected ones"), this);
    m_acceptValid->setObjectName(QStringLiteral("acceptValid"));
    m_acceptValid->setToolTip(tr("Unticked, a file with any rejected row imports nothing, so the "
                                 "client can send a corrected file."));

    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Client:"), m_client);
    form->addRow(QString(), m_acceptValid);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QString());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3 + 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_rejected = newTable({tr("Line"), tr("Column"), tr("Reason")}, "rejected", this);
    m_cases = newTable({tr("Line"), tr("Case no."), tr("OCR"), tr("Debtor"), tr("Identity"),
                        tr("Claims"), tr("Amount")},
                       "cases", this);
    m_cases->horizontalHeader()->setStretchLastSection(false);
    m_cases->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(m_rejected, tr("Rejected rows"));
    m_tabs->addTab(m_cases, tr("Cases"));

    m_buttons = new QDialogButtonBox(this);
    m_check = m_buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(QStringLiteral("check"));
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    auto *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    m_check->setDefault(true);

    connect(m_browse, &QPushButton::clicked, this, &ImportClaimsDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &ImportClaimsDialog::startCheck);
    connect(m_import, &QPushButton::clicked, this, &ImportClaimsDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportClaimsDialog::cancelWork);
    connect(close, &QPushButton::clicked, this, &ImportClaimsDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &ImportClaimsDialog::inputChanged);
    connect(m_client, &QComboBox::currentIndexChanged, this, &ImportClaimsDialog::inputChanged);
    connect(m_acceptValid, &QCheckBox::toggled, this, &ImportClaimsDialog::inputChanged);
    connect(m_task, &DatabaseTask::progress, this, &ImportClaimsDialog::showProgress);
    connect(m_task, &DatabaseTask::finished, this, [this](const QVariant &report) {
        showReport(report.value<ClaimsImportReport>(), m_write);
    });
    connect(m_task, &DatabaseTask::failed, this, &ImportClaimsDialog::showFailure);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    resize(780, 560);
    inputChanged();
}

ImportClaimsDialog::~ImportClaimsDialog() = default;

QString ImportClaimsDialog::filePath() const
{
    return m_file->text().trimmed();
}

void ImportClaimsDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
}

bool ImportClaimsDialog::setClient(const QString &orgnr)
{
    QString digits = orgnr;
    digits.remove(u'-');
    for (int i = 0; i < m_client->count(); ++i) {
        QString candidate = m_client->itemData(i).toString();
        candidate.remove(u'-');
        if (candidate == digits || candidate.endsWith(digits) || digits.endsWith(candidate)) {
            m_client->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void ImportClaimsDialog::setAcceptValid(bool accept)
{
    m_acceptValid->setChecked(accept);
}

ClaimsImportOptions ImportClaimsDialog::options() const
{
    ClaimsImportOptions options;
    options.clientOrgNo = m_client->currentData().toString();
    options.acceptValid = m_acceptValid->isChecked();
    options.today = m_today;
    options.user = m_user;
    return options;
}

void ImportClaimsDialog::browse()
{
    QString folder = kImportFolder.value();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a claims file"), folder, tr("Claims files (*.csv *.txt);;All files (*)"));
    if (chosen.isEmpty())
        return;
    kImportFolder.setValue(QFileInfo(chosen).absolutePath());
    setFilePath(chosen);
    startCheck(); // what is in the file is the next thing the officer wants to see
}

void ImportClaimsDialog::inputChanged()
{
    if (m_running)
        return;
    m_checked = false;
    if (m_client->count() == 0)
        m_status->setText(tr("This database has no clients. Add the client first "
                             "(fordran-cli client add ORGNR NAME), then import its file."));
    else if (filePath().isEmpty())
        m_status->setText(tr("Choose the client's claims file and the client, then Check."));
    else
        m_status->setText(tr("Check reads the file and shows what would be imported; Import "
                             "stores it."));
    updateButtons();
}

void ImportClaimsDialog::updateButtons()
{
    const bool ready = !filePath().isEmpty() && m_client->currentIndex() >= 0;
    m_file->setEnabled(!m_running);
    m_browse->setEnabled(!m_running);
    m_client->setEnabled(!m_running);
    m_acceptValid->setEnabled(!m_running);
    m_check->setEnabled(!m_running && ready);
    m_import->setEnabled(!m_running && ready);
    m_cancelButton->setEnabled(m_running && m_write);
    m_import->setDefault(m_checked);
    m_check->setDefault(!m_checked);
}

void ImportClaimsDialog::start(bool write)
{
    if (m_running || filePath().isEmpty() || m_client->currentIndex() < 0)
        return;
    const QString path = QDir::fromNativeSeparators(filePath());
    if (!QFileInfo(path).isFile()) {
        m_status->setText(tr("%1: no such file.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    m_write = write;
    m_progress->setRange(0, 0); // busy until the writing says how far it is
    m_progress->setFormat(QString());
    m_status->setText(write ? tr("Importing %1…").arg(QFileInfo(path).fileName())
                            : tr("Checking %1…").arg(QFileInfo(path).fileName()));
    m_status->setToolTip(QString());
    setRunning(true);

    m_task->start(
        [path, opts = options(), write](Database &database,
                                        const DatabaseTask::Control &control) -> Result<QVariant> {
            ClaimsImportService service(database);
            const auto report = write ? service.import(
                                    path, opts,
                                    [&control](const ClaimsImportProgress &p) {
                                        return control.report(p.done, p.total);
                                    },
                                    &control.cancel)
                                      : service.preview(path, opts);
            if (!report)
                return report.error();
            return QVariant::fromValue(*report);
        });
}

void ImportClaimsDialog::cancelWork()
{
    if (!m_running)
        return;
    m_task->cancel();
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling: nothing of this import will be kept…"));
}

void ImportClaimsDialog::reject()
{
    if (m_running) {
        m_closeWhenIdle = true;
        cancelWork();
        return; // closes once the work has stopped
    }
    QDialog::reject();
}

void ImportClaimsDialog::showProgress(qint64 done, qint64 total)
{
    m_progress->setRange(0, int(std::max<qint64>(total, 1)));
    m_progress->setValue(int(std::min<qint64>(done, std::max<qint64>(total, 1))));
    m_progress->setFormat(
        tr("%1 of %2 cases").arg(QLocale().toString(done), QLocale().toString(total)));
}

void ImportClaimsDialog::showReport(const ClaimsImportReport &report, bool written)
{
    m_report = report;
    setRunning(false);

    const int rejectedShown = int(std::min<qsizetype>(report.rejected.size(), MaxTableRows));
    const int warningsShown
        = int(std::min<qsizetype>(report.warnings.size(), MaxTableRows - rejectedShown));
    m_rejected->setUpdatesEnabled(false);
    m_rejected->setSortingEnabled(false);
    m_rejected->setRowCount(rejectedShown + warningsShown);
    for (int i = 0; i < rejectedShown; ++i) {
        const RowError &error = report.rejected.at(i);
        m_rejected->setItem(i, 0, numberItem(error.line));
        m_rejected->setItem(i, 1, textItem(error.field));
        m_rejected->setItem(i, 2, textItem(error.message));
    }
    for (int i = 0; i < warningsShown; ++i) {
        const RowError &warning = report.warnings.at(i);
        const int row = rejectedShown + i;
        m_rejected->setItem(row, 0, numberItem(warning.line));
        m_rejected->setItem(row, 1, textItem(warning.field));
        auto *text = textItem(tr("Warning: %1").arg(warning.message));
        text->setForeground(palette().color(QPalette::PlaceholderText));
        m_rejected->setItem(row, 2, text);
    }
    m_rejected->setUpdatesEnabled(true);

    const int casesShown = int(std::min<qsizetype>(report.cases.size(), MaxTableRows));
    m_cases->setUpdatesEnabled(false);
    m_cases->setRowCount(casesShown);
    for (int i = 0; i < casesShown; ++i) {
        const ImportedCase &c = report.cases.at(i);
        m_cases->setItem(i, 0, numberItem(c.line));
        m_cases->setItem(i, 1, textItem(c.caseNo));
        m_cases->setItem(i, 2, textItem(c.ocr));
        m_cases->setItem(i, 3, textItem(c.debtorName));
        m_cases->setItem(i, 4, textItem(c.debtorIdentity));
        m_cases->setItem(i, 5, numberItem(c.claims));
        auto *amount = textItem(c.amount.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_cases->setItem(i, 6, amount);
    }
    m_cases->setUpdatesEnabled(true);
    m_tabs->setTabText(0, tr("Rejected rows (%1)").arg(QLocale().toString(report.rejected.size())));
    m_tabs->setTabText(1, tr("Cases (%1)").arg(QLocale().toString(report.cases.size())));

    const QString file = QFileInfo(report.fileName).fileName();
    const QString rows = QLocale().toString(report.dataRows);
    const QString claims = QLocale().toString(report.imported);
    const QString cases = QLocale().toString(report.cases.size());
    const QString rejected = QLocale().toString(report.rejected.size());
    QString text;
    if (report.fileRejected) {
        text = tr("%1 cannot be imported: %2")
                   .arg(file,
                        report.rejected.isEmpty() ? tr("the file is not a claims file")
                                                  : report.rejected.first().message);
    } else if (report.cancelled) {
        text = tr("Import cancelled: nothing was imported.");
    } else if (written) {
        text = report.imported > 0 ? tr("Imported %1 claims from %2 as %3 cases for %4.")
                                         .arg(claims, file, cases, report.clientName)
                                   : tr("Nothing was imported from %1.").arg(file);
        if (!report.rejected.isEmpty())
            text += u' '
                + (report.imported > 0
                       ? tr("%1 rejected rows were left out.").arg(rejected)
                       : tr("%1 rejected rows: correct the file, or tick the option to import "
                            "the valid rows.")
                             .arg(rejected));
    } else if (report.rejected.isEmpty()) {
        text = tr("%1: all %2 rows are valid: %3 claims as %4 cases. Nothing has been written "
                  "yet: Import stores them.")
                   .arg(file, rows, claims, cases);
        m_checked = true;
    } else {
        text = tr("%1: %2 of %3 rows are rejected (see the list).").arg(file, rejected, rows) + u' '
            + (report.wouldImportNothing
                   ? (validRows(report) > 0
                          ? tr("As it is, nothing would be imported; tick the option to import "
                               "the %1 valid rows, or ask the client for a corrected file.")
                                .arg(QLocale().toString(validRows(report)))
                          : tr("No row can be imported; ask the client for a corrected file."))
                   : tr("Import would store the %1 valid claims as %2 cases.").arg(claims, cases));
        m_checked = !report.wouldImportNothing;
    }
    if (report.rejected.size() + report.warnings.size() > MaxTableRows)
        text += u' ' + tr("The list shows the first %1.").arg(QLocale().toString(MaxTableRows));
    m_status->setText(text);
    m_progress->setRange(0, 1);
    m_progress->setValue(written && report.imported > 0 ? 1 : 0);
    m_progress->setFormat(QString());
    m_tabs->setCurrentWidget(report.rejected.isEmpty() ? m_cases : m_rejected);
    updateButtons();

    if (written && report.imported > 0) {
        m_checked = false; // the same file again would only find duplicates
        updateButtons();
        Q_EMIT imported(report);
    }
    Q_EMIT idle();
    if (m_closeWhenIdle)
        QDialog::reject();
}

void ImportClaimsDialog::showFailure(const QString &message, const QString &detail)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_status->setText(m_write ? tr("The import failed: %1. Nothing was imported.").arg(message)
                              : tr("The file could not be checked: %1.").arg(message));
    m_status->setToolTip(detail);
    Q_EMIT idle();
    if (m_closeWhenIdle)
        QDialog::reject();
}

void ImportClaimsDialog::setRunning(bool running)
{
    m_running = running;
    updateButtons();
}

ImportClaimsActionHandler::ImportClaimsActionHandler(MainWindow &window,
                                                     DatabaseController &controller)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
{
    QAction *action = window.actions().action(ActionId::FileImportClaims);
    if (!action)
        return;
    controller.enableWhileOpen(action);
    connect(action, &QAction::triggered, this, &ImportClaimsActionHandler::showDialog);
}

ImportClaimsActionHandler::~ImportClaimsActionHandler() = default;

void ImportClaimsActionHandler::showDialog()
{
    Database *database = m_controller.database();
    if (!database)
        return;
    const auto clients = ClientRepository(*database).all();
    if (!clients) {
        QMessageBox::warning(&m_window, tr("Import claims"),
                             tr("The clients could not be read: %1").arg(clients.error().message));
        return;
    }
    ImportClaimsDialog dialog(m_controller.config(), *clients, QDate::currentDate(), &m_window);
    bool changed = false;
    connect(&dialog, &ImportClaimsDialog::imported, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        Q_EMIT imported();
}

} // namespace Fordran
