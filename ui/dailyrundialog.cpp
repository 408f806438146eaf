#include "ui/dailyrundialog.h"

#include "models/rules/processtemplate.h"
#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/databasecontroller.h"
#include "ui/databasetask.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"

#include <QAction>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Fordran {

DailyRunDialog::DailyRunDialog(DatabaseConfig config, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_config(std::move(config))
    , m_task(new DatabaseTask(m_config, this))
{
    setWindowTitle(tr("Run daily process"));
    setObjectName(QStringLiteral("DailyRunDialog"));

    auto *intro = new QLabel(
        tr("Advances every case that is due by its process template as of the date: fees and "
           "interest are posted, letters and SMS queued, calls and decisions given to the "
           "officers. Running a date twice changes nothing the second time; after missed days "
           "each case does its overdue step once."),
        this);
    intro->setWordWrap(true);

    m_date = new QDateEdit(today.isValid() ? today : QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Date:"), m_date);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_status = new QLabel(tr("Preview shows what the run will do, per kind of action, without "
                             "changing anything."),
                          this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for three lines: a wrapped label in a dialog is not given more height later.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3 + 4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("actions"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Count")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    m_buttons = new QDialogButtonBox(this);
    m_preview = m_buttons->addButton(tr("&Preview"), QDialogButtonBox::ActionRole);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_run = m_buttons->addButton(tr("&Run"), QDialogButtonBox::AcceptRole);
    m_run->setObjectName(QStringLiteral("run"));
    m_cancelButton = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(QStringLiteral("cancel"));
    auto *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("close"));
    m_run->setDefault(true);
    connect(m_preview, &QPushButton::clicked, this, &DailyRunDialog::startPreview);
    connect(m_run, &QPushButton::clicked, this, &DailyRunDialog::startRun);
    connect(m_cancelButton, &QPushButton::clicked, this, &DailyRunDialog::cancelRun);
    connect(m_task, &DatabaseTask::progress, this, &DailyRunDialog::showProgress);
    connect(m_task, &DatabaseTask::finished, this,
            [this](const QVariant &report) { showReport(report.value<DailyRunReport>()); });
    connect(m_task, &DatabaseTask::failed, this, &DailyRunDialog::showFailure);
    connect(close, &QPushButton::clicked, this, &DailyRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(560, 520);
    setRunning(false);
}

DailyRunDialog::~DailyRunDialog() = default;

QDate DailyRunDialog::date() const
{
    return m_date->date();
}

void DailyRunDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

void DailyRunDialog::start(bool dryRun)
{
    if (m_running)
        return;
    m_dryRun = dryRun;
    m_table->setRowCount(0);
    m_progress->setRange(0, 0); // busy until the first batch says how many
    m_status->setText(dryRun ? tr("Previewing %1…").arg(date().toString(Qt::ISODate))
                             : tr("Running %1…").arg(date().toString(Qt::ISODate)));
    setRunning(true);

    DailyRunOptions options;
    options.dryRun = dryRun;
    options.user = currentUserLogin();
    if (m_batchSize > 0)
        options.batchSize = m_batchSize;
    m_task->start(
        [day = date(), options](Database &database,
                                const DatabaseTask::Control &control) -> Result<QVariant> {
            const auto report = DailyRunService(database).run(
                day, options,
                [&control](const DailyRunProgress &p) { return control.report(p.done, p.total); },
                &control.cancel);
            if (!report)
                return report.error();
            return QVariant::fromValue(*report);
        });
}

void DailyRunDialog::cancelRun()
{
    if (!m_running)
        return;
    m_task->cancel();
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Stopping after the cases in hand…"));
}

void DailyRunDialog::reject()
{
    if (m_running) {
        m_closeWhenIdle = true;
        cancelRun();
        return; // closes once the run has stopped
    }
    QDialog::reject();
}

void DailyRunDialog::showProgress(qint64 done, qint64 total)
{
    const int scale = total > 0 ? 1000 : 1;
    m_progress->setRange(0, scale);
    m_progress->setValue(total > 0 ? int(std::min<qint64>(done, total) * scale / total) : 1);
    m_progress->setFormat(
        tr("%1 of %2 cases").arg(QLocale().toString(done), QLocale().toString(total)));
}

void DailyRunDialog::showReport(const DailyRunReport &report)
{
    setRunning(false);
    showProgress(report.casesExamined, std::max(report.casesDue, report.casesExamined));
    QList<std::pair<QString, qint64>> rows;
    for (ActionType type : allActionTypes()) {
        const qint64 n = report.actions.value(machineName(type));
        if (n > 0)
            rows.append({ProcessText::displayName(type), n});
    }
    if (report.refusals > 0)
        rows.append({tr("Steps stopped by a rule (refusals)"), report.refusals});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        auto *count = new QTableWidgetItem(QLocale().toString(rows.at(i).second));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 1, count);
    }
    const QString day = report.date.toString(Qt::ISODate);
    QString text;
    if (report.dryRun)
        text = tr("Preview of %1: %2 cases due, %3 would change (rules %4). Nothing was written.")
                   .arg(day, QLocale().toString(report.casesExamined),
                        QLocale().toString(report.casesChanged), report.rulesVersion);
    else if (report.cancelled)
        text = tr("Cancelled: %1 of %2 cases done; each is fully advanced or untouched. Run %3 "
                  "again to finish.")
                   .arg(QLocale().toString(report.casesExamined),
                        QLocale().toString(report.casesDue), day);
    else
        text = tr("Done: %1 cases examined for %2, %3 changed (rules %4), in %5 s.")
                   .arg(QLocale().toString(report.casesExamined), day,
                        QLocale().toString(report.casesChanged), report.rulesVersion)
                   .arg(double(report.elapsedMs) / 1000.0, 0, 'f', 1);
    if (rows.isEmpty())
        text += u' ' + tr("No actions.");
    for (const QString &warning : report.warnings)
        text += u'\n' + warning;
    m_status->setText(text);
    if (!report.dryRun)
        Q_EMIT runFinished(report);
    Q_EMIT idle();
    if (m_closeWhenIdle)
        QDialog::reject();
}

void DailyRunDialog::showFailure(const QString &message, const QString &detail)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_status->setText(tr("The run stopped: %1. The cases done before stay done; the rest are "
                         "untouched.")
                          .arg(message));
    m_status->setToolTip(detail);
    Q_EMIT idle();
    if (m_closeWhenIdle)
        QDialog::reject();
}

void DailyRunDialog::setRunning(bool running)
{
    m_running = running;
    m_date->setEnabled(!running);
    m_preview->setEnabled(!running);
    m_run->setEnabled(!running);
    m_cancelButton->setEnabled(running);
}

DailyRunActionHandler::DailyRunActionHandler(MainWindow &window, DatabaseController &controller)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
{
    QAction *action = window.actions().action(ActionId::CaseRunDaily);
    if (!action)
        return;
    controller.enableWhileOpen(action);
    connect(action, &QAction::triggered, this, &DailyRunActionHandler::showDialog);
}

DailyRunActionHandler::~DailyRunActionHandler() = default;

void DailyRunActionHandler::showDialog()
{
    if (!m_controller.database())
        return;
    DailyRunDialog dialog(m_controller.config(), QDate::currentDate(), &m_window);
    bool changed = false;
    connect(&dialog, &DailyRunDialog::runFinished, this, [&changed] { changed = true; });
    dialog.exec();
    if (changed)
        Q_EMIT runFinished();
}

} // namespace Fordran
