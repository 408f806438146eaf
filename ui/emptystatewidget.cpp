#include "ui/emptystatewidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Fordran {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_message(new QLabel(this))
{
    m_heading->setObjectName(QStringLiteral("emptyStateHeading"));
    m_message->setObjectName(QStringLiteral("emptyStateMessage"));

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignHCenter);

    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_message->setTextFormat(Qt::RichText);

    // A readable column (at most ~80 characters wide) centred in the area; the labels fill
    // the column so that the word-wrapped message gets the height it needs.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 80);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_heading);
    columnLayout->addWidget(m_message);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column, 4);
    row->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

EmptyStateWidget::~EmptyStateWidget() = default;

void EmptyStateWidget::setHeading(const QString &heading)
{
    m_heading->setText(heading);
}

void EmptyStateWidget::setMessage(const QString &message)
{
    m_message->setText(message);
}

QString EmptyStateWidget::heading() const
{
    return m_heading->text();
}

QString EmptyStateWidget::message() const
{
    return m_message->text();
}

} // namespace Fordran
