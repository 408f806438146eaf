#include "ui/databaseactionhandler.h"

#include "models/rules/referencerates.h"
#include "models/services/referenceratecheck.h"
#include "models/services/referencerateservice.h"
#include "models/storage/database.h"
#include "ui/actionregistry.h"
#include "ui/databasecontroller.h"
#include "ui/databasedialog.h"
#include "ui/mainactions.h"
#include "ui/mainwindow.h"
#include "ui/referenceratesdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace Fordran {

DatabaseActionHandler::DatabaseActionHandler(MainWindow &window, DatabaseController &controller)
    : QObject(&window)
    , m_window(window)
    , m_controller(controller)
{
    if (QAction *choose = window.actions().action(ActionId::FileDatabase)) {
        connect(choose, &QAction::triggered, this, &DatabaseActionHandler::chooseDatabase);
        choose->setEnabled(true);
    }
    if (QAction *rates = window.actions().action(ActionId::SettingsReferenceRates))
        connect(rates, &QAction::triggered, this, [this] { showReferenceRates(); });
    connect(&controller, &DatabaseController::databaseChanged, this,
            &DatabaseActionHandler::databaseChanged);
    databaseChanged(controller.database());
}

DatabaseActionHandler::~DatabaseActionHandler() = default;

QDate DatabaseActionHandler::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void DatabaseActionHandler::databaseChanged(Database *database)
{
    if (QAction *rates = m_window.actions().action(ActionId::SettingsReferenceRates))
        rates->setEnabled(database != nullptr);
    m_window.setDatabaseDescription(database ? database->config().displayName() : QString());
}

std::optional<QDate> DatabaseActionHandler::missingReferenceRate() const
{
    Database *database = m_controller.database();
    if (!database)
        return std::nullopt;
    const auto table = ReferenceRateService(*database).table();
    if (!table)
        return std::nullopt;
    return ReferenceRateCheck::missingCurrentHalfYear(*table, today());
}

void DatabaseActionHandler::chooseDatabase()
{
    DatabaseDialog dialog(m_controller.database() ? m_controller.config()
                                                  : DatabaseConfig::fromSettings(),
                          &m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const DatabaseConfig chosen = dialog.config();
    if (const Status opened = m_controller.open(chosen); !opened) {
        QMessageBox box(QMessageBox::Warning, tr("Database"),
                        tr("Cannot open the database %1.").arg(chosen.displayName()),
                        QMessageBox::Ok, &m_window);
        box.setInformativeText(
            m_controller.database()
                ? tr("%1\n\nFordran keeps working in %2.")
                      .arg(opened.error().message, m_controller.config().displayName())
                : opened.error().message);
        box.setDetailedText(opened.error().detail);
        box.exec();
        return;
    }
    chosen.saveToSettings();
    checkReferenceRate();
}

void DatabaseActionHandler::showReferenceRates(QDate select)
{
    Database *database = m_controller.database();
    if (!database)
        return;
    ReferenceRatesDialog dialog(*database, today(), &m_window);
    if (select.isValid())
        dialog.selectHalfYear(select);
    dialog.exec();
}

std::optional<QDate> DatabaseActionHandler::checkReferenceRate()
{
    const std::optional<QDate> missing = missingReferenceRate();
    if (!missing)
        return std::nullopt;
    Q_EMIT referenceRateMissing(*missing);
    const QString label = ReferenceRateTable::halfYearLabel(*missing);
    QMessageBox box(QMessageBox::Warning, tr("Reference Rate Missing"),
                    tr("The reference rate for the half-year starting %1 is missing.").arg(label),
                    QMessageBox::NoButton, &m_window);
    box.setObjectName(QStringLiteral("referenceRateMissingBox"));
    box.setEscapeButton(box.addButton(tr("Enter the Rate…"), QMessageBox::AcceptRole));
    box.setInformativeText(
        tr("Fordran does not compute interest for days from %1 until the Riksbank's rate for that "
           "half-year is entered; it never guesses a rate. Enter it in the next window.")
            .arg(label));
    box.exec();
    showReferenceRates(*missing);
    return missing;
}

} // namespace Fordran
