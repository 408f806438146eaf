#pragma once

// One case in its own window: the debtor (name, address, identifiers, contact), the case's state
// and next action, the balance split into principal, interest, fees and paid with any warning
// (a missing reference rate), the claims with their amounts, the fees and the timeline, newest
// first. It shows a CaseDetails (CaseService); it reads nothing itself.

#include "models/services/caseservice.h"

#include <QDialog>

class QFormLayout;
class QGroupBox;
class QTableWidget;
class QTreeWidget;

namespace Fordran {

class CaseView final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseView)

public:
    /*! A window (deleted when closed) showing \a details. */
    explicit CaseView(CaseDetails details, QWidget *parent = nullptr);
    ~CaseView() override;

    [[nodiscard]] const CaseDetails &details() const { return m_details; }
    [[nodiscard]] QString caseNumber() const { return m_details.caseData.caseNo; }

private:
    QWidget *buildHeader();
    QGroupBox *buildDebtorBox();
    QGroupBox *buildCaseBox();
    QGroupBox *buildBalanceBox();
    QWidget *buildWarningBanner();
    QWidget *buildClaimsTable();
    QWidget *buildFeesTable();
    QWidget *buildTimeline();

    CaseDetails m_details;
};

} // namespace Fordran
