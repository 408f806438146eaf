#pragma once

// "Add rate…" in the reference-rate dialog: the half-year (1 January or 1 July) and the rate
// the Riksbank announced for it. Returns the entry; the caller stores it.

#include "models/domain/percentage.h"
#include "models/rules/referencerates.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Fordran {

/*! A reference rate as entered: the half-year it starts and the rate. */
struct ReferenceRateEntry
{
    QDate validFrom;
    Percentage rate;
};

class ReferenceRateEntryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceRateEntryDialog)

public:
    /*!
     * Offers every half-year from the first one of \a inUse (the table in use) through the
     * one after \a today, newest first, with \a preselect chosen (default: the newest one without
     * a rate, else the next half-year). A half-year of the built-in table is shown as confirmed
     * and cannot be entered.
     */
    ReferenceRateEntryDialog(const ReferenceRateTable &inUse, QDate today, QDate preselect = {},
                             QWidget *parent = nullptr);
    ~ReferenceRateEntryDialog() override;

    /*! The half-year and rate in the form; meaningful when problem() is empty. */
    [[nodiscard]] ReferenceRateEntry entry() const;
    /*! Why the form cannot be accepted as it is, or empty (Save is enabled). Shown in the
        dialog, except "enter the rate" while the rate field is still empty. */
    [[nodiscard]] QString problem() const { return m_problemText; }

    /*! Chooses the half-year starting \a validFrom; false if it is not offered. */
    bool selectHalfYear(QDate validFrom);

private:
    void updateState();

    ReferenceRateTable m_inUse;
    QComboBox *m_halfYear = nullptr;
    QLineEdit *m_rate = nullptr;
    QLabel *m_current = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problemText;
};

} // namespace Fordran
