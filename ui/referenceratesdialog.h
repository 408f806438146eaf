#pragma once

// Settings → Reference rates…: the Riksbank reference rate of every half-year, built-in and
// entered, with the half-years up to today that have none highlighted. "Add rate…" enters the
// rate of a half-year (ReferenceRateEntryDialog); this dialog stores it in the database through
// ReferenceRateService in one UnitOfWork, so every workstation gets it.

#include "models/domain/result.h"

#include <QDate>
#include <QDialog>

class QPushButton;
class QTableView;

namespace Fordran {

class Database;
class MessageBanner;
class ReferenceRateModel;
struct ReferenceRateEntry;

class ReferenceRatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceRatesDialog)

public:
    /*! Shows the rates of \a database (which must outlive the dialog) as of \a today (an
        invalid date: the current date). */
    explicit ReferenceRatesDialog(Database &database, QDate today = {}, QWidget *parent = nullptr);
    ~ReferenceRatesDialog() override;

    [[nodiscard]] ReferenceRateModel *model() const { return m_model; }
    [[nodiscard]] QTableView *table() const { return m_table; }
    /*! The warning above the table (missing half-years), or empty when none is missing. */
    [[nodiscard]] QString missingWarning() const;

    /*! Reads the rates again; an Error is also shown in the warning banner. */
    Status reload();
    /*! Selects and shows the row of the half-year starting \a validFrom. */
    void selectHalfYear(QDate validFrom);

    /*! "Add rate…": asks for a rate for \a validFrom (default: the selected half-year, else the
        newest missing one) and stores it; a refusal is shown in a message box. */
    void addRate(QDate validFrom = {});
    /*! Stores \a entry (entered by the current user) and reloads; emits rateEntered(). */
    Status store(const ReferenceRateEntry &entry);

Q_SIGNALS:
    /*! A rate for the half-year starting \a validFrom was stored. */
    void rateEntered(QDate validFrom);

protected:
    void done(int result) override;

private:
    [[nodiscard]] QDate selectedHalfYear() const;
    void updateBanner();

    Database &m_database;
    QDate m_today;
    ReferenceRateModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    MessageBanner *m_banner = nullptr;
    QPushButton *m_add = nullptr;
    QString m_loadError;
};

} // namespace Fordran
