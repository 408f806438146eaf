#include "ui/referenceratesdialog.h"

#include "models/items/referenceratemodel.h"
#include "models/services/referencerateservice.h"
#include "ui/messagebanner.h"
#include "ui/referencerateentrydialog.h"
#include "ui/settings.h"

#include <QDialogButtonBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Fordran {

namespace Internal {

/*! Paints the rows of half-years without a rate so they stand out. */
class MissingRateHighlight final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        const bool missing = index.isValid()
            && QIdentityProxyModel::data(index, ReferenceRateModel::StateRole).toInt()
                == int(ReferenceRateModel::RowState::Missing);
        if (missing) {
            switch (role) {
            case Qt::BackgroundRole:
                return QColor(0xfd, 0xe7, 0xe9);
            case Qt::ForegroundRole:
                return QColor(0x7a, 0x00, 0x10);
            case Qt::FontRole:
                if (index.column() == ReferenceRateModel::Source) {
                    QFont bold;
                    bold.setBold(true);
                    return bold;
                }
                break;
            default:
                break;
            }
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace Internal

namespace {

constexpr QSize kDefaultSize {780, 560};
constexpr Setting<QSize> kDialogSize {"ReferenceRatesDialog/size", kDefaultSize};

/*! Who enters a rate: the saved login, else the operating system's. */
QString currentLogin()
{
    if (const QString saved = kUserLogin.value().trimmed(); !saved.isEmpty())
        return saved;
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        if (const QString login = qEnvironmentVariable(variable).trimmed(); !login.isEmpty())
            return login;
    }
    return QStringLiteral("fordran-gui");
}

} // namespace

ReferenceRatesDialog::ReferenceRatesDialog(Database &database, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_today(today.isValid() ? today : QDate::currentDate())
    , m_model(new ReferenceRateModel(this))
{
    setObjectName(QStringLiteral("referenceRatesDialog"));
    setWindowTitle(tr("Reference Rates"));

    auto *intro = new QLabel(tr("Default interest on a late payment is the Riksbank's reference "
                                "rate plus eight percentage "
                                "points (räntelagen 6 and 9 §§). The reference rate is fixed for "
                                "each calendar half-year, "
                                "from 1 January and 1 July. Fordran has the confirmed rates built "
                                "in; a rate entered here "
                                "is stored in the database and used on every workstation."),
                             this);
    intro->setWordWrap(true);

    m_banner = new MessageBanner(MessageBanner::Kind::Warning, this);

    auto *highlight = new Internal::MissingRateHighlight(this);
    highlight->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("referenceRateTable"));
    m_table->setModel(highlight);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *source = new QLabel(
        tr("Source: Sveriges Riksbank announces the reference rate shortly before each half-year "
           "starts, on <a href=\"https://www.riksbank.se/sv/statistik/rantor-och-valutakurser/"
           "referensranta-och-diskonto/\">riksbank.se</a> (Statistics → Interest rates and "
           "exchange "
           "rates → Reference rate). Enter it as published, e.g. 1,75."),
        this);
    source->setObjectName(QStringLiteral("sourceHint"));
    source->setWordWrap(true);
    source->setOpenExternalLinks(true);
    source->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_add = new QPushButton(tr("&Add rate…"), this);
    m_add->setObjectName(QStringLiteral("addRateButton"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_banner);
    layout->addWidget(m_table, 1);
    layout->addWidget(source);
    layout->addWidget(buttons);

    connect(m_add, &QPushButton::clicked, this, [this] { addRate(); });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        addRate(index.data(ReferenceRateModel::ValidFromRole).toDate());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    resize(kDialogSize.value());
    reload();
}

ReferenceRatesDialog::~ReferenceRatesDialog() = default;

Status ReferenceRatesDialog::reload()
{
    const QDate selected = selectedHalfYear();
    auto table = ReferenceRateService(m_database).table();
    m_loadError = table ? QString() : table.error().message;
    m_model->setTable(table ? *table : ReferenceRateTable(), m_today);
    m_table->resizeColumnsToContents();
    for (const int column : {int(ReferenceRateModel::ValidFrom), int(ReferenceRateModel::Rate),
                             int(ReferenceRateModel::Source)})
        m_table->setColumnWidth(
            column, m_table->columnWidth(column) + fontMetrics().averageCharWidth() * 3);
    if (selected.isValid())
        selectHalfYear(selected);
    updateBanner();
    if (!table)
        return table.error();
    return {};
}

QString ReferenceRatesDialog::missingWarning() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ReferenceRatesDialog::updateBanner()
{
    if (!m_loadError.isEmpty()) {
        m_banner->setText(
            tr("The reference rates cannot be read: %1").arg(m_loadError.toHtmlEscaped()));
        m_banner->show();
        return;
    }
    const QList<QDate> missing = m_model->missing(); // newest first
    if (missing.isEmpty()) {
        m_banner->hide();
        return;
    }
    const QDate current = ReferenceRateTable::halfYearStart(m_today);
    QStringList earlier;
    for (const QDate start : missing) {
        if (start != current)
            earlier.append(ReferenceRateTable::halfYearLabel(start));
    }
    QString text;
    if (missing.constFirst() == current)
        text = tr("<b>The reference rate for the half-year starting %1 is missing.</b> Interest "
                  "for days "
                  "in that half-year is not computed until you enter the Riksbank's rate.")
                   .arg(ReferenceRateTable::halfYearLabel(current));
    if (!earlier.isEmpty()) {
        if (!text.isEmpty())
            text += QStringLiteral("<br>");
        text += tr("No rate either for the half-year(s) starting %1.", nullptr, int(earlier.size()))
                    .arg(earlier.join(QStringLiteral(", ")));
    }
    m_banner->setText(text);
    m_banner->show();
}

QDate ReferenceRatesDialog::selectedHalfYear() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QDate()
                          : rows.constFirst().data(ReferenceRateModel::ValidFromRole).toDate();
}

void ReferenceRatesDialog::selectHalfYear(QDate validFrom)
{
    const int row = m_model->rowOf(validFrom);
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_table->model()->index(row, 0));
}

void ReferenceRatesDialog::addRate(QDate validFrom)
{
    if (!validFrom.isValid()) {
        const QDate selected = selectedHalfYear();
        const QList<QDate> missing = m_model->missing();
        if (selected.isValid() && ReferenceRateService::checkEnterable(selected))
            validFrom = selected;
        else if (!missing.isEmpty())
            validFrom = missing.constFirst();
    }
    ReferenceRateEntryDialog dialog(m_model->table(), m_today, validFrom, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ReferenceRateEntry entry = dialog.entry();
    if (const Status stored = store(entry); !stored) {
        QMessageBox box(QMessageBox::Warning, tr("Reference Rates"),
                        tr("The reference rate for the half-year starting %1 was not saved.")
                            .arg(ReferenceRateTable::halfYearLabel(entry.validFrom)),
                        QMessageBox::Ok, this);
        box.setInformativeText(stored.error().message);
        box.setDetailedText(stored.error().detail);
        box.exec();
    }
}

Status ReferenceRatesDialog::store(const ReferenceRateEntry &entry)
{
    if (const Status stored
        = ReferenceRateService(m_database).enter(entry.validFrom, entry.rate, currentLogin());
        !stored)
        return stored;
    reload();
    selectHalfYear(entry.validFrom);
    Q_EMIT rateEntered(entry.validFrom);
    return {};
}

void ReferenceRatesDialog::done(int result)
{
    kDialogSize.setValue(size());
    QDialog::done(result);
}

} // namespace Fordran
