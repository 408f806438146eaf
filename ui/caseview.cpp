#include "ui/caseview.h"

#include "models/domain/identity.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Fordran {

namespace {

struct MachineText
{
    const char *machine;
    const char *text;
};

// Names for people of the machine names the timeline and the fee list carry.
constexpr MachineText kNames[] = {
    {"registered", QT_TRANSLATE_NOOP("Fordran::CaseView", "Registered")},
    {"import", QT_TRANSLATE_NOOP("Fordran::CaseView", "Import")},
    {"status", QT_TRANSLATE_NOOP("Fordran::CaseView", "Status")},
    {"letter", QT_TRANSLATE_NOOP("Fordran::CaseView", "Letter")},
    {"sms", QT_TRANSLATE_NOOP("Fordran::CaseView", "SMS")},
    {"call", QT_TRANSLATE_NOOP("Fordran::CaseView", "Call")},
    {"note", QT_TRANSLATE_NOOP("Fordran::CaseView", "Note")},
    {"payment", QT_TRANSLATE_NOOP("Fordran::CaseView", "Payment")},
    {"dispute", QT_TRANSLATE_NOOP("Fordran::CaseView", "Dispute")},
    {"pause", QT_TRANSLATE_NOOP("Fordran::CaseView", "Pause")},
    {"plan", QT_TRANSLATE_NOOP("Fordran::CaseView", "Payment plan")},
    {"bf", QT_TRANSLATE_NOOP("Fordran::CaseView", "Order to pay (BF)")},
    {"enforcement", QT_TRANSLATE_NOOP("Fordran::CaseView", "Enforcement")},
    {"surveillance", QT_TRANSLATE_NOOP("Fordran::CaseView", "Surveillance")},
    {"closed", QT_TRANSLATE_NOOP("Fordran::CaseView", "Closed")},
    {"reminder", QT_TRANSLATE_NOOP("Fordran::CaseView", "Reminder fee")},
    {"inkassokrav", QT_TRANSLATE_NOOP("Fordran::CaseView", "Collection fee")},
    {"b2b_compensation", QT_TRANSLATE_NOOP("Fordran::CaseView", "Late-payment compensation")},
    {"bf_application", QT_TRANSLATE_NOOP("Fordran::CaseView", "BF application fee")},
    {"bf_agent", QT_TRANSLATE_NOOP("Fordran::CaseView", "BF agent fee")},
};

/*! The name for people of a machine name; an unknown one is shown with spaces for '_'. */
QString named(const QString &machine)
{
    for (const MachineText &name : kNames) {
        if (machine == QLatin1StringView(name.machine))
            return QCoreApplication::translate("Fordran::CaseView", name.text);
    }
    return QString(machine).replace(u'_', u' ');
}

QString dateText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *amountLabel(Money amount, QWidget *parent, bool bold = false)
{
    auto *label = valueLabel(amount.toString(), parent);
    label->setWordWrap(false);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (bold) {
        QFont font = label->font();
        font.setBold(true);
        label->setFont(font);
    }
    return label;
}

QTableWidgetItem *item(const QString &text,
                       Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(alignment);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return cell;
}

QTableWidgetItem *amountItem(Money amount)
{
    return item(amount.toString(), Qt::AlignRight | Qt::AlignVCenter);
}

QTableWidget *readOnlyTable(const QStringList &headers, int rows, QWidget *parent)
{
    auto *table = new QTableWidget(rows, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}

} // namespace

CaseView::CaseView(CaseDetails details, QWidget *parent)
    : QDialog(parent)
    , m_details(std::move(details))
{
    setObjectName(QStringLiteral("caseView"));
    setAttribute(Qt::WA_DeleteOnClose);
    const Debtor *debtor = m_details.mainDebtor();
    setWindowTitle(
        tr("Case %1 – %2").arg(m_details.caseData.caseNo, debtor ? debtor->name : QString()));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(buildDebtorBox());
    leftLayout->addWidget(buildBalanceBox());
    leftLayout->addWidget(buildCaseBox());
    leftLayout->addStretch(1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *claimsTitle = new QLabel(tr("<b>Claims</b>"), right);
    rightLayout->addWidget(claimsTitle);
    rightLayout->addWidget(buildClaimsTable());
    auto *tabs = new QTabWidget(right);
    tabs->setObjectName(QStringLiteral("caseTabs"));
    tabs->addTab(buildTimeline(), tr("Timeline (%1)").arg(m_details.events.size()));
    tabs->addTab(buildFeesTable(), tr("Fees (%1)").arg(m_details.fees.size()));
    rightLayout->addWidget(tabs, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes(
        {fontMetrics().averageCharWidth() * 58, fontMetrics().averageCharWidth() * 120});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    if (!m_details.warnings.isEmpty())
        layout->addWidget(buildWarningBanner());
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 190, fontMetrics().height() * 46);
}

CaseView::~CaseView() = default;

QWidget *CaseView::buildHeader()
{
    const Case &c = m_details.caseData;
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(4, 0, 4, 4);

    const Debtor *debtor = m_details.mainDebtor();
    auto *title = new QLabel(header);
    title->setObjectName(QStringLiteral("caseTitle"));
    title->setText(
        QStringLiteral("<span style='font-size:large'><b>%1</b> &nbsp;%2</span>")
            .arg(c.caseNo.toHtmlEscaped(), debtor ? debtor->name.toHtmlEscaped() : QString()));
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(title);

    const QStringList chips {EntityText::displayName(c.status), EntityText::displayName(c.segment),
                             m_details.client.name};
    for (const QString &chip : chips) {
        auto *label = new QLabel(chip, header);
        label->setStyleSheet(
            QStringLiteral("QLabel { border: 1px solid palette(mid); border-radius: 9px;"
                           " padding: 1px 9px; background: palette(alternate-base); }"));
        row->addWidget(label);
    }
    row->addStretch(1);
    auto *total = new QLabel(header);
    total->setText(tr("Owed as of %1: <b>%2</b>")
                       .arg(dateText(m_details.asOf), m_details.balance.total().toString()));
    row->addWidget(total);
    return header;
}

QGroupBox *CaseView::buildDebtorBox()
{
    auto *box = new QGroupBox(tr("Debtor"), this);
    auto *form = new QFormLayout(box);
    const Debtor *debtor = m_details.mainDebtor();
    if (!debtor) {
        form->addRow(valueLabel(tr("No debtor is recorded for this case."), box));
        return box;
    }
    form->addRow(tr("Name:"), valueLabel(debtor->name, box));
    QString identity = tr("None (foreign debtor)");
    if (!debtor->identity.isEmpty()) {
        const auto parsed = Identity::parse(debtor->identity, QDate::currentDate());
        identity = !parsed ? debtor->identity
                           : (debtor->protectedIdentity ? parsed->masked() : parsed->display());
    }
    form->addRow(debtor->kind == DebtorKind::Organisation ? tr("Org. no.:") : tr("Personnummer:"),
                 valueLabel(identity, box));
    if (debtor->protectedIdentity)
        form->addRow(
            QString(),
            valueLabel(tr("<i>Protected personal data: the address is not shown.</i>"), box));
    else {
        QStringList address;
        if (!debtor->careOf.isEmpty())
            address.append(tr("c/o %1").arg(debtor->careOf));
        address.append(debtor->address);
        address.append((debtor->postalCode.size() == 5
                            ? debtor->postalCode.left(3) + u' ' + debtor->postalCode.mid(3)
                            : debtor->postalCode)
                       + u"  " + debtor->city);
        if (debtor->country != u"SE")
            address.append(debtor->country);
        address.removeAll(QString());
        form->addRow(tr("Address:"), valueLabel(address.join(u'\n'), box));
    }
    form->addRow(tr("Phone:"), valueLabel(debtor->phone.isEmpty() ? tr("–") : debtor->phone, box));
    form->addRow(tr("E-mail:"), valueLabel(debtor->email.isEmpty() ? tr("–") : debtor->email, box));
    if (debtor->deceasedOn.isValid())
        form->addRow(tr("Deceased:"), valueLabel(dateText(debtor->deceasedOn), box));
    for (qsizetype i = 1; i < m_details.debtors.size(); ++i) {
        const CaseParty &party = m_details.debtors.at(i);
        form->addRow(EntityText::displayName(party.role) + u':',
                     valueLabel(party.debtor.name, box));
    }
    return box;
}

QGroupBox *CaseView::buildCaseBox()
{
    const Case &c = m_details.caseData;
    auto *box = new QGroupBox(tr("Case"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("Client:"), valueLabel(m_details.client.name, box));
    form->addRow(tr("OCR:"), valueLabel(c.ocr, box));
    form->addRow(tr("Opened:"), valueLabel(dateText(c.openedOn), box));
    form->addRow(
        tr("Next action:"),
        valueLabel(c.nextActionDate.isValid()
                       ? tr("%1 on %2").arg(named(c.nextAction), dateText(c.nextActionDate))
                       : tr("None"),
                   box));
    form->addRow(
        tr("Officer:"),
        valueLabel(m_details.assignedUser ? m_details.assignedUser->name : tr("Unassigned"), box));
    form->addRow(tr("Score:"),
                 valueLabel(m_details.score ? QString::number(m_details.score->value)
                                            : tr("Not computed yet (the daily run scores cases)"),
                            box));
    if (c.pausedUntil.isValid())
        form->addRow(tr("Paused until:"),
                     valueLabel(tr("%1 (%2)").arg(dateText(c.pausedUntil), c.pauseReason), box));
    if (c.closedOn.isValid())
        form->addRow(tr("Closed:"),
                     valueLabel(tr("%1 (%2)").arg(dateText(c.closedOn), c.closeReason), box));
    return box;
}

QGroupBox *CaseView::buildBalanceBox()
{
    const BalanceSplit &b = m_details.balance;
    auto *box = new QGroupBox(tr("Balance as of %1").arg(dateText(m_details.asOf)), this);
    box->setObjectName(QStringLiteral("balanceBox"));
    auto *form = new QFormLayout(box);
    form->addRow(tr("Principal:"), amountLabel(b.principal, box));
    form->addRow(tr("Interest:"), amountLabel(b.interest, box));
    form->addRow(tr("Fees:"), amountLabel(b.fees, box));
    form->addRow(tr("Paid:"), amountLabel(-b.paid, box));
    auto *line = new QFrame(box);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    form->addRow(line);
    form->addRow(tr("<b>Owed:</b>"), amountLabel(b.total(), box, true));
    if (!m_details.warnings.isEmpty())
        form->addRow(valueLabel(tr("<i>Incomplete: see the warning above.</i>"), box));
    return box;
}

QWidget *CaseView::buildWarningBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("warningBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setStyleSheet(QStringLiteral(
        "#warningBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }"
        " #warningBanner QLabel { color: #3b2f00; }"));
    auto *row = new QHBoxLayout(banner);
    row->setContentsMargins(8, 6, 8, 6);
    auto *icon = new QLabel(banner);
    const int size = fontMetrics().height() + 4;
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    row->addWidget(icon);
    auto *text = valueLabel(m_details.warnings.join(u'\n'), banner);
    text->setObjectName(QStringLiteral("balanceWarning"));
    row->addWidget(text, 1);
    return banner;
}

QWidget *CaseView::buildClaimsTable()
{
    auto *table = readOnlyTable({tr("Invoice"), tr("Due"), tr("Amount"), tr("Principal"),
                                 tr("Interest"), tr("Fees"), tr("Paid"), tr("Owed")},
                                int(m_details.claims.size()), this);
    table->setObjectName(QStringLiteral("claimsTable"));
    for (int r = 0; r < m_details.claims.size(); ++r) {
        const ClaimDetails &claim = m_details.claims.at(r);
        QString invoice = claim.claim.invoiceNo;
        if (claim.claim.disputed)
            invoice = tr("%1 (disputed)").arg(invoice);
        table->setItem(r, 0, item(invoice));
        table->setItem(r, 1, item(dateText(claim.claim.dueDate)));
        table->setItem(r, 2, amountItem(claim.claim.originalAmount));
        table->setItem(r, 3, amountItem(claim.balance.principal));
        QTableWidgetItem *interest = amountItem(claim.balance.interest);
        interest->setToolTip(
            tr("Of which accrued and not yet posted: %1").arg(claim.interestAccrued.toString()));
        table->setItem(r, 4, interest);
        table->setItem(r, 5, amountItem(claim.balance.fees));
        table->setItem(r, 6, amountItem(-claim.balance.paid));
        table->setItem(r, 7, amountItem(claim.balance.total()));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    const int rows = std::clamp(int(m_details.claims.size()), 1, 6);
    table->setMaximumHeight(table->horizontalHeader()->sizeHint().height()
                            + rows * table->verticalHeader()->defaultSectionSize()
                            + 2 * table->frameWidth() + 2);
    return table;
}

QWidget *CaseView::buildFeesTable()
{
    auto *table = readOnlyTable({tr("Date"), tr("Fee"), tr("Invoice"), tr("Amount")},
                                int(m_details.fees.size()), this);
    table->setObjectName(QStringLiteral("feesTable"));
    for (int r = 0; r < m_details.fees.size(); ++r) {
        const CaseFee &fee = m_details.fees.at(r);
        table->setItem(r, 0, item(dateText(fee.date)));
        table->setItem(r, 1, item(named(fee.type)));
        table->setItem(r, 2, item(fee.invoiceNo));
        table->setItem(r, 3, amountItem(fee.amount));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QWidget *CaseView::buildTimeline()
{
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(QStringLiteral("timeline"));
    tree->setHeaderLabels({tr("Date"), tr("Event"), tr("What happened")});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    for (const Event &e : m_details.events)
        new QTreeWidgetItem(tree, {dateText(e.occurredOn), named(e.type), e.text});
    tree->resizeColumnToContents(0);
    tree->resizeColumnToContents(1);
    return tree;
}

} // namespace Fordran
