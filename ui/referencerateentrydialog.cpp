#include "ui/referencerateentrydialog.h"

#include "models/items/referenceratemodel.h"
#include "models/services/referencerateservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace Fordran {

namespace {

std::optional<ReferenceRateTable::Entry> entryOf(const ReferenceRateTable &table, QDate validFrom)
{
    for (const ReferenceRateTable::Entry &entry : table.entries()) {
        if (entry.validFrom == validFrom)
            return entry;
    }
    return std::nullopt;
}

} // namespace

ReferenceRateEntryDialog::ReferenceRateEntryDialog(const ReferenceRateTable &inUse, QDate today,
                                                   QDate preselect, QWidget *parent)
    : QDialog(parent)
    , m_inUse(inUse)
{
    setObjectName(QStringLiteral("referenceRateEntryDialog"));
    setWindowTitle(tr("Add Reference Rate"));

    m_halfYear = new QComboBox(this);
    m_halfYear->setObjectName(QStringLiteral("halfYearCombo"));
    const QDate current
        = ReferenceRateTable::halfYearStart(today.isValid() ? today : QDate::currentDate());
    const QDate first
        = inUse.entries().isEmpty() ? current : inUse.entries().constFirst().validFrom;
    QDate firstMissing;
    for (QDate start = current.addMonths(6); start >= first; start = start.addMonths(-6)) {
        const auto entry = entryOf(inUse, start);
        QString text;
        if (!entry)
            text = start > current ? tr("%1 (next half-year)") : tr("%1 (missing)");
        else if (entry->source == ReferenceRateTable::Source::BuiltIn)
            text = tr("%1 (built-in, %2)");
        else
            text = tr("%1 (entered, %2)");
        text = text.arg(ReferenceRateTable::halfYearLabel(start));
        if (entry)
            text = text.arg(ReferenceRateModel::formatRate(entry->rate));
        m_halfYear->addItem(text, start);
        if (!entry && start <= current && !firstMissing.isValid())
            firstMissing = start;
    }
    if (!selectHalfYear(preselect) && !selectHalfYear(firstMissing))
        m_halfYear->setCurrentIndex(0);

    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentRate"));
    m_current->setWordWrap(true);
    m_current->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("rateField"));
    QString example = Percentage::fromBasisPoints(175).toString();
    example.replace(u'.', QLocale().decimalPoint());
    m_rate->setPlaceholderText(tr("e.g. %1", "an example rate").arg(example));
    m_rate->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("\u221210,00")) * 3);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("entryProblem"));
    m_problem->setWordWrap(true);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, QColor(0xa4, 0x00, 0x0f));
    m_problem->setPalette(palette);

    auto *rateRow = new QHBoxLayout;
    rateRow->addWidget(m_rate);
    rateRow->addWidget(new QLabel(QStringLiteral("%"), this));
    rateRow->addStretch(1);
    auto *halfYearLabel = new QLabel(tr("&Half-year from:"), this);
    halfYearLabel->setBuddy(m_halfYear);
    auto *rateLabel = new QLabel(tr("&Reference rate:"), this);
    rateLabel->setBuddy(m_rate);
    // A grid rather than a QFormLayout: it gives the wrapped text under the half-year the
    // height it needs at the dialog's width, not the height of its size hint.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->addWidget(halfYearLabel, 0, 0);
    form->addWidget(m_halfYear, 0, 1);
    form->addWidget(m_current, 1, 1);
    form->addWidget(rateLabel, 2, 0);
    form->addLayout(rateRow, 2, 1);

    auto *hint
        = new QLabel(tr("The rate the Riksbank announced for the half-year, in percent. It is "
                        "stored in the database and used on every workstation."),
                     this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);

    connect(m_halfYear, &QComboBox::currentIndexChanged, this,
            &ReferenceRateEntryDialog::updateState);
    connect(m_rate, &QLineEdit::textChanged, this, &ReferenceRateEntryDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    adjustSize(); // the height the wrapped texts need at this width
    m_rate->setFocus(Qt::OtherFocusReason);
}

ReferenceRateEntryDialog::~ReferenceRateEntryDialog() = default;

bool ReferenceRateEntryDialog::selectHalfYear(QDate validFrom)
{
    if (!validFrom.isValid())
        return false;
    const int index = m_halfYear->findData(validFrom);
    if (index < 0)
        return false;
    m_halfYear->setCurrentIndex(index);
    return true;
}

ReferenceRateEntry ReferenceRateEntryDialog::entry() const
{
    ReferenceRateEntry entry;
    entry.validFrom = m_halfYear->currentData().toDate();
    if (const auto rate = Percentage::parse(m_rate->text()))
        entry.rate = *rate;
    return entry;
}

void ReferenceRateEntryDialog::updateState()
{
    const QDate validFrom = m_halfYear->currentData().toDate();
    const auto existing = entryOf(m_inUse, validFrom);
    const Status enterable = ReferenceRateService::checkEnterable(validFrom);

    if (!existing)
        m_current->setText(tr("No rate is known for this half-year yet."));
    else if (existing->source == ReferenceRateTable::Source::Entered)
        m_current->setText(
            tr("Now %1 (%2); the rate you save replaces it.")
                .arg(ReferenceRateModel::formatRate(existing->rate), existing->note));
    else
        m_current->setText(
            tr("Fixed by the Riksbank: %1.").arg(ReferenceRateModel::formatRate(existing->rate)));
    m_rate->setEnabled(enterable.ok());

    QString shown;
    if (!enterable) {
        m_problemText = enterable.error().message + u'.';
        shown = m_problemText;
    } else if (m_rate->text().trimmed().isEmpty()) {
        m_problemText = tr("Enter the rate in percent.");
    } else if (const auto rate = Percentage::parse(m_rate->text()); !rate) {
        m_problemText = tr("Reference rate: %1").arg(rate.error().message);
        shown = m_problemText;
    } else {
        m_problemText.clear();
    }
    m_problem->setText(shown);
    m_problem->setHidden(shown.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(m_problemText.isEmpty());
}

} // namespace Fordran
