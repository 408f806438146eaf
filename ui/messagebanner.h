#pragma once

// A coloured strip with an icon and a short text above a form or table: a warning that needs
// action ("The reference rate for … is missing") or a note. Rich text; escape user data.

#include <QFrame>

class QLabel;

namespace Fordran {

class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind { Warning, Information };

    explicit MessageBanner(Kind kind, QWidget *parent = nullptr);
    ~MessageBanner() override;

    void setText(const QString &text);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Fordran
