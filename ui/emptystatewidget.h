#pragma once

// A calm, centred message for an area that has nothing to show yet: a heading and a short
// explanation of what to do next (rich text: <b>, <br>; escape user data).

#include <QWidget>

class QLabel;

namespace Fordran {

class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);
    ~EmptyStateWidget() override;

    void setHeading(const QString &heading);
    void setMessage(const QString &message);
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString message() const;

private:
    QLabel *m_heading;
    QLabel *m_message;
};

} // namespace Fordran
