#pragma once

// File → Database…: where Fordran keeps its data. A SQLite file on this computer (default:
// DatabaseConfig::defaultSqlitePath()) or a PostgreSQL server shared by several workstations.
// "Test connection" tries the choice on a temporary connection and says what it found.
//
// The dialog only returns the choice (config()); the caller opens it and saves it:
//
//   DatabaseDialog dialog(controller.config(), window);
//   if (dialog.exec() == QDialog::Accepted && controller.open(dialog.config()))
//       dialog.config().saveToSettings();

#include "models/storage/databaseconfig.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Fordran {

class DatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DatabaseDialog)

public:
    /*! Shows \a current (the open database or the saved choice). */
    explicit DatabaseDialog(const DatabaseConfig &current, QWidget *parent = nullptr);
    ~DatabaseDialog() override;

    /*! The choice in the form (with the password typed, which is never saved). */
    [[nodiscard]] DatabaseConfig config() const;

    /*! Why the form cannot be used as it is, naming the field; empty when it can. */
    [[nodiscard]] QString validationError() const;
    /*! The message shown under the form after OK was refused, or empty. */
    [[nodiscard]] QString shownValidationError() const;
    /*! What the last "Test connection" found, as shown (plain text), or empty. */
    [[nodiscard]] QString testResult() const;
    /*! True when the last "Test connection" succeeded. */
    [[nodiscard]] bool testSucceeded() const { return m_testSucceeded; }

    /*! "Test connection": validates the form, then DatabaseController::testConnection(). */
    void testConnection();
    /*! "Use default": the SQLite file at DatabaseConfig::defaultSqlitePath(). */
    void useDefaultPath();
    /*! Accepts only a valid form; otherwise shows validationError() and focuses the field. */
    void accept() override;

private:
    void buildForm();
    void browse();
    void engineChosen();
    void formEdited();
    void showTestResult(bool ok, const QString &text);
    [[nodiscard]] bool postgresChosen() const;
    [[nodiscard]] QWidget *invalidField() const;

    DatabaseConfig m_initial;
    QRadioButton *m_sqliteChoice = nullptr;
    QRadioButton *m_postgresChoice = nullptr;
    QButtonGroup *m_engineGroup = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_useDefault = nullptr;
    QLabel *m_defaultPath = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QList<QWidget *> m_sqliteWidgets;
    QList<QWidget *> m_postgresWidgets;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_validation = nullptr;
    bool m_testSucceeded = false;
};

} // namespace Fordran
