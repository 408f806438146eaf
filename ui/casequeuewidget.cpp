#include "ui/casequeuewidget.h"

#include "models/items/casequeuemodel.h"
#include "models/services/caseservice.h"
#include "models/storage/clientrepository.h"
#include "models/storage/userrepository.h"
#include "ui/caseview.h"
#include "ui/settings.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Fordran {

namespace {

constexpr int kDebounceMs = 200;
const QString kOpenStatus = QStringLiteral("open");

/*! Default column widths in average characters. */
int columnChars(int column)
{
    switch (column) {
    case CaseQueueModel::CaseNo:
        return 13;
    case CaseQueueModel::Debtor:
        return 32;
    case CaseQueueModel::Identity:
        return 16;
    case CaseQueueModel::Client:
        return 28;
    case CaseQueueModel::Status:
        return 14;
    case CaseQueueModel::Segment:
        return 9;
    case CaseQueueModel::Balance:
        return 14;
    case CaseQueueModel::NextActionDate:
        return 12;
    default:
        return 16;
    }
}

/*! The login of the person at the keyboard: the saved one, else the operating system's. */
QString defaultLogin()
{
    const QString saved = kUserLogin.value().trimmed();
    if (!saved.isEmpty())
        return saved;
    return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
}

} // namespace

CaseQueueWidget::CaseQueueWidget(Database &database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<CaseService>(database))
    , m_model(new CaseQueueModel(database, this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("caseQueue"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures a million rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView *header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSortIndicatorShown(true);
    header->setStretchLastSection(true);
    for (int column = 0; column < CaseQueueModel::ColumnCount; ++column)
        header->resizeSection(column,
                              m_table->fontMetrics().averageCharWidth() * columnChars(column) + 16);
    // The model sorts in the database: the header only says what to ask for.
    header->setSortIndicator(CaseQueueModel::NextActionDate, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->installEventFilter(this);
    m_nothingFound = new QLabel(m_table->viewport());
    m_nothingFound->setObjectName(QStringLiteral("nothingFound"));
    m_nothingFound->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_nothingFound->setWordWrap(true);
    m_nothingFound->setForegroundRole(QPalette::PlaceholderText);
    m_nothingFound->hide();
    m_table->viewport()->installEventFilter(this); // keeps the message as wide as the table
    connect(m_table, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        openCase(index.data(CaseQueueModel::CaseIdRole).toLongLong());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(buildFilterBar());
    layout->addWidget(m_table, 1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &CaseQueueWidget::applySearchNow);
    connect(m_search, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive())
            applySearchNow();
        openCurrent();
    });
    m_search->installEventFilter(this);

    connect(m_model, &CaseQueueModel::countChanged, this, &CaseQueueWidget::updateCount);
    connect(m_model, &CaseQueueModel::errorOccurred, this, [this](const QString &message) {
        Q_EMIT statusMessage(tr("The case queue could not be read: %1").arg(message));
    });

    fillFilterChoices();
    setCurrentUserLogin(QString());
    applyFilters();
}

CaseQueueWidget::~CaseQueueWidget() = default;

QWidget *CaseQueueWidget::buildFilterBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(QStringLiteral("caseSearch"));
    m_search->setPlaceholderText(
        tr("Search: case no., OCR, invoice no., personnummer/org. no. or name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 52);
    row->addWidget(m_search, 3);

    m_status = new QComboBox(bar);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setToolTip(tr("Show only cases in this status"));
    m_client = new QComboBox(bar);
    m_client->setObjectName(QStringLiteral("clientFilter"));
    m_client->setToolTip(tr("Show only the cases of one client"));
    m_client->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_client->setMinimumContentsLength(18);
    m_officer = new QComboBox(bar);
    m_officer->setObjectName(QStringLiteral("officerFilter"));
    m_officer->setToolTip(tr("Show only the cases assigned to one officer"));
    m_mine = new QCheckBox(tr("&My cases"), bar);
    m_mine->setObjectName(QStringLiteral("myCases"));
    for (QComboBox *combo : {m_status, m_client, m_officer}) {
        row->addWidget(combo, 1);
        connect(combo, &QComboBox::currentIndexChanged, this, &CaseQueueWidget::applyFilters);
    }
    row->addWidget(m_mine);
    connect(m_mine, &QCheckBox::toggled, this, &CaseQueueWidget::applyFilters);

    m_count = new QLabel(bar);
    m_count->setObjectName(QStringLiteral("caseCount"));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_count->setMinimumWidth(m_count->fontMetrics().averageCharWidth() * 16);
    row->addWidget(m_count);
    return bar;
}

void CaseQueueWidget::fillFilterChoices()
{
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockClient(m_client);
    const QSignalBlocker blockOfficer(m_officer);

    m_status->addItem(tr("Open cases"), kOpenStatus);
    m_status->addItem(tr("All statuses"), QString());
    for (CaseStatus status : allCaseStatuses())
        m_status->addItem(EntityText::displayName(status), machineName(status));

    m_client->addItem(tr("All clients"), QVariant());
    if (const auto clients = ClientRepository(m_database).all()) {
        for (const Client &client : *clients)
            m_client->addItem(client.name, client.id);
    } else {
        Q_EMIT statusMessage(tr("The clients could not be read: %1").arg(clients.error().message));
    }
    m_officer->addItem(tr("All officers"), QVariant());
    if (const auto users = UserRepository(m_database).all()) {
        for (const User &user : *users) {
            if (user.active)
                m_officer->addItem(user.name, user.id);
        }
    } else {
        Q_EMIT statusMessage(tr("The officers could not be read: %1").arg(users.error().message));
    }
}

void CaseQueueWidget::setCurrentUserLogin(const QString &login)
{
    const QString wanted = login.trimmed().isEmpty() ? defaultLogin() : login.trimmed();
    m_currentUserId = 0;
    if (!wanted.isEmpty()) {
        if (const auto user = UserRepository(m_database).byLogin(wanted); user && user->has_value())
            m_currentUserId = (*user)->id;
    }
    m_mine->setEnabled(m_currentUserId != 0);
    m_mine->setToolTip(
        m_currentUserId != 0
            ? tr("Show only the cases assigned to you (%1)").arg(wanted)
            : tr("Your login '%1' is not a Fordran user: ask an administrator to add it")
                  .arg(wanted));
    if (m_currentUserId == 0 && m_mine->isChecked())
        m_mine->setChecked(false); // applies the filters again
    else
        applyFilters();
}

void CaseQueueWidget::applyFilters()
{
    CaseQueueFilter filter = m_model->filter();
    const QString status = m_status->currentData().toString();
    filter.openOnly = status == kOpenStatus;
    filter.status = fromMachineName<CaseStatus>(status);
    const QVariant client = m_client->currentData();
    filter.clientId = client.isValid() ? std::optional<qint64>(client.toLongLong()) : std::nullopt;
    m_officer->setEnabled(!m_mine->isChecked());
    if (m_mine->isChecked() && m_currentUserId != 0) {
        filter.assignedUserId = m_currentUserId;
    } else {
        const QVariant officer = m_officer->currentData();
        filter.assignedUserId
            = officer.isValid() ? std::optional<qint64>(officer.toLongLong()) : std::nullopt;
    }
    m_model->setFilter(filter);
    selectFirstRowIfNone();
}

void CaseQueueWidget::applySearchNow()
{
    m_debounce->stop();
    m_model->setSearchText(m_search->text());
    selectFirstRowIfNone();
}

void CaseQueueWidget::updateCount(qint64 count)
{
    m_count->setText(
        tr("%Ln case(s)", nullptr, int(std::min<qint64>(count, std::numeric_limits<int>::max()))));
    // An empty queue says why, in the table itself.
    const QString search = m_model->filter().search;
    if (count == 0) {
        m_nothingFound->setText(
            search.isEmpty()
                ? tr("No cases match the filters.")
                : tr("No case matches “%1”.<br><br>Search by case number, OCR reference, invoice "
                     "number, personnummer or organisationsnummer, or the beginning of a name "
                     "(first name first).")
                      .arg(search.toHtmlEscaped()));
    }
    m_nothingFound->setVisible(count == 0);
}

void CaseQueueWidget::selectFirstRowIfNone()
{
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->setCurrentIndex(m_model->index(0, CaseQueueModel::CaseNo));
}

void CaseQueueWidget::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void CaseQueueWidget::openCurrent()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (current.isValid())
        openCase(current.data(CaseQueueModel::CaseIdRole).toLongLong());
}

void CaseQueueWidget::openCase(qint64 caseId)
{
    if (caseId <= 0)
        return;
    const auto details = m_service->details(caseId);
    if (!details || !details->has_value()) {
        QMessageBox box(QMessageBox::Warning, tr("Open case"),
                        details ? tr("The case is no longer in the database.")
                                : details.error().message,
                        QMessageBox::Ok, this);
        if (!details)
            box.setDetailedText(details.error().detail);
        box.exec();
        return;
    }
    auto *view = new CaseView(**details, window());
    view->show();
    view->raise();
    view->activateWindow();
    Q_EMIT caseOpened(caseId);
}

bool CaseQueueWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_nothingFound->setGeometry(m_table->viewport()->rect().adjusted(24, 24, -24, -24));
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_table) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
        // Type to search: printable text in the table goes to the search box.
        const QString text = key->text();
        const bool command
            = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        if (!command && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace()) {
            m_search->setFocus(Qt::OtherFocusReason);
            m_search->end(false);
            m_search->insert(text);
            m_debounce->start();
            return true;
        }
    } else if (watched == m_search) {
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) {
            if (m_debounce->isActive())
                applySearchNow();
            selectFirstRowIfNone();
            m_table->setFocus(Qt::OtherFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearchNow();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Fordran
