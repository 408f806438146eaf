#include "ui/messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace Fordran {

MessageBanner::MessageBanner(Kind kind, QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(kind == Kind::Warning ? QStringLiteral("warningBanner")
                                        : QStringLiteral("informationBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(kind == Kind::Warning
                      ? QStringLiteral("#warningBanner { background: #fff4ce; border: 1px solid "
                                       "#e0b400; border-radius: 4px; }"
                                       " #warningBanner QLabel { color: #3b2f00; }")
                      : QStringLiteral("#informationBanner { background: #e8f1fb; border: 1px "
                                       "solid #9ec3ea; border-radius: 4px; }"
                                       " #informationBanner QLabel { color: #10304f; }"));

    const int size = fontMetrics().height() + 4;
    m_icon->setPixmap(style()
                          ->standardIcon(kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                               : QStyle::SP_MessageBoxInformation)
                          .pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(QStringLiteral("bannerText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_text->setOpenExternalLinks(true);

    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 6, 8, 6);
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::setText(const QString &text)
{
    m_text->setText(text);
}

QString MessageBanner::text() const
{
    return m_text->text();
}

} // namespace Fordran
