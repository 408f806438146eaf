#pragma once

// The main window's central view: the case queue. A search box (type anywhere in the table to
// search; the queue follows 200 ms after the last key), filters for status, client and officer,
// "My cases", the number of cases found, and the table of CaseQueueModel. Enter or a double
// click opens the case in a CaseView.

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Fordran {

class CaseQueueModel;
class CaseService;
class Database;

class CaseQueueWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseQueueWidget)

public:
    /*! Shows the cases of \a database, which must outlive the widget. */
    explicit CaseQueueWidget(Database &database, QWidget *parent = nullptr);
    ~CaseQueueWidget() override;

    [[nodiscard]] CaseQueueModel *model() const { return m_model; }
    [[nodiscard]] QLineEdit *searchField() const { return m_search; }
    [[nodiscard]] QTableView *table() const { return m_table; }

    /*!
     * The user whose cases "My cases" shows, by login (users.login). Empty: the saved setting,
     * else the operating-system login. Without a matching user "My cases" is disabled.
     */
    void setCurrentUserLogin(const QString &login);
    [[nodiscard]] qint64 currentUserId() const { return m_currentUserId; }

    /*! Puts the cursor in the search box with its text selected (action Case.Open). */
    void focusSearch();
    /*! Opens \a caseId in a new CaseView window; a storage error is shown in a message box. */
    void openCase(qint64 caseId);

Q_SIGNALS:
    /*! A case view was opened for \a caseId. */
    void caseOpened(qint64 caseId);
    /*! A short message for the status bar (storage errors of the queue). */
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildFilterBar();
    void fillFilterChoices();
    void applySearchNow();
    void applyFilters();
    void updateCount(qint64 count);
    void openCurrent();
    void selectFirstRowIfNone();

    Database &m_database;
    std::unique_ptr<CaseService> m_service;
    CaseQueueModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_client = nullptr;
    QComboBox *m_officer = nullptr;
    QCheckBox *m_mine = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_nothingFound = nullptr;
    QTableView *m_table = nullptr;
    QTimer *m_debounce = nullptr;
    qint64 m_currentUserId = 0;
};

} // namespace Fordran
